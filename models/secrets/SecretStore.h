#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace milink {

// Where milink keeps secrets (refresh tokens, saved SQL passwords): the OS keychain
// in the product, memory in tests. There is deliberately no plaintext fallback:
// when the keychain is missing the caller is told so (Status::Unavailable) and the
// secret is simply not kept, so the user signs in again next time.
//
// Asynchronous because keychains may talk D-Bus or show a prompt; callbacks run on
// the thread that owns the store and are dropped when `context` is destroyed.
class SecretStore
{
public:
    enum class Status {
        Ok,
        NotFound, // nothing stored under that key
        Unavailable, // no keychain on this system / session (nothing was stored)
        AccessDenied, // the keychain is locked or the user refused
        Failed, // anything else; see message
    };

    struct Result
    {
        Status status = Status::Failed;
        QString value; // the secret, for a successful read
        QString message; // user-facing explanation when status is not Ok

        bool ok() const { return status == Status::Ok; }
    };

    using Callback = std::function<void(const Result &)>;

    virtual ~SecretStore() = default;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &value, QObject *context,
                       Callback callback)
        = 0;
    // Removing a key that does not exist succeeds.
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // The sentence shown when no keychain can be used.
    static QString unavailableMessage();
};

} // namespace milink
