#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "milink.secrets")

namespace milink {

namespace {

// Messages QtKeychain/libsecret/D-Bus give when there is no usable Secret Service.
bool looksLikeNoKeychain(const QString &text)
{
    static const char *const markers[] = {
        "org.freedesktop.secrets",
        "D-Bus",
        "DBus",
        "dbus",
        "Could not connect",
        "Object does not exist at path",
        "No such interface",
        "libsecret",
        "secret service",
        "Secret Service",
    };
    for (const char *marker : markers) {
        if (text.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

template<typename Job>
void connectJob(Job *job, QObject *context, SecretStore::Callback callback,
                std::function<SecretStore::Result(Job *)> onSuccess)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, guard, callback = std::move(callback), onSuccess]() {
                         SecretStore::Result result;
                         if (job->error() == QKeychain::NoError)
                             result = onSuccess(job);
                         else
                             result = KeychainSecretStore::mapError(int(job->error()),
                                                                    job->errorString());
                         if (!result.ok() && result.status != SecretStore::Status::NotFound)
                             qCWarning(lcSecrets) << "keychain:" << job->errorString();
                         if (guard && callback)
                             callback(result);
                     });
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{
}

SecretStore::Result KeychainSecretStore::mapError(int keychainError, const QString &errorText)
{
    Result result;
    switch (keychainError) {
    case QKeychain::NoError: result.status = Status::Ok; return result;
    case QKeychain::EntryNotFound: result.status = Status::NotFound; return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::AccessDenied;
        result.message = tr("The keychain refused access (it may be locked). Unlock it and "
                            "try again; until then you will have to sign in each time.")
            + QStringLiteral(" (") + errorText + QLatin1Char(')');
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::Unavailable;
        result.message = unavailableMessage();
        return result;
    default: break;
    }
    if (looksLikeNoKeychain(errorText)) {
        result.status = Status::Unavailable;
        result.message = unavailableMessage() + QStringLiteral(" (") + errorText + QLatin1Char(')');
        return result;
    }
    result.status = Status::Failed;
    result.message = tr("The keychain reported an error: %1").arg(errorText);
    return result;
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connectJob<QKeychain::ReadPasswordJob>(job, context, std::move(callback),
                                           [](QKeychain::ReadPasswordJob *done) {
                                               Result r;
                                               r.status = Status::Ok;
                                               r.value = done->textData();
                                               return r;
                                           });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, QObject *context,
                                Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    connectJob<QKeychain::WritePasswordJob>(job, context, std::move(callback),
                                            [](QKeychain::WritePasswordJob *) {
                                                Result r;
                                                r.status = Status::Ok;
                                                return r;
                                            });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connectJob<QKeychain::DeletePasswordJob>(job, context, std::move(callback),
                                             [](QKeychain::DeletePasswordJob *) {
                                                 Result r;
                                                 r.status = Status::Ok;
                                                 return r;
                                             });
    job->start();
}

} // namespace milink
