#pragma once

#include "SecretStore.h"

namespace milink {

// SecretStore on the operating system's keychain through QtKeychain (Secret Service
// on Linux, Keychain on macOS, Credential Manager on Windows). Entries live under the
// service name given to the constructor ("milink" in the product).
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("milink"),
                                 QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &value, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    // Turns a QtKeychain error (its numeric QKeychain::Error and text) into our
    // status. QtKeychain 0.13 on Linux reports a missing or unreachable Secret
    // Service as OtherError with a D-Bus message, never as NoBackendAvailable, so
    // the text decides between "no keychain" and a real failure.
    static Result mapError(int keychainError, const QString &errorText);

private:
    QString m_service;
};

} // namespace milink
