#include "MemorySecretStore.h"

#include <QMetaObject>
#include <QPointer>

namespace milink {

MemorySecretStore::MemorySecretStore(QObject *parent) : QObject(parent)
{
}

void MemorySecretStore::deliver(QObject *context, Callback callback, Result result)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, callback = std::move(callback), result = std::move(result)]() {
            if (guard && callback)
                callback(result);
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback callback)
{
    Result result;
    if (m_unavailable) {
        result.status = Status::Unavailable;
        result.message = unavailableMessage();
    } else if (m_values.contains(key)) {
        result.status = Status::Ok;
        result.value = m_values.value(key);
    } else {
        result.status = Status::NotFound;
    }
    deliver(context, std::move(callback), std::move(result));
}

void MemorySecretStore::write(const QString &key, const QString &value, QObject *context,
                              Callback callback)
{
    Result result;
    if (m_unavailable) {
        result.status = Status::Unavailable;
        result.message = unavailableMessage();
    } else {
        m_values.insert(key, value);
        result.status = Status::Ok;
    }
    deliver(context, std::move(callback), std::move(result));
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    Result result;
    if (m_unavailable) {
        result.status = Status::Unavailable;
        result.message = unavailableMessage();
    } else {
        m_values.remove(key);
        result.status = Status::Ok;
    }
    deliver(context, std::move(callback), std::move(result));
}

} // namespace milink
