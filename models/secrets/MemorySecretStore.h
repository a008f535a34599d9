#pragma once

#include "SecretStore.h"

#include <QHash>

namespace milink {

// A SecretStore that forgets everything when destroyed: for tests, and for runs
// where the user chose not to keep anything. Callbacks are delivered from the event
// loop (never synchronously) so callers see the same ordering as with a keychain.
// `setUnavailable(true)` makes every call behave like a system without a keychain.
class MemorySecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QString &value, QObject *context,
               Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool contains(const QString &key) const { return m_values.contains(key); }
    QString value(const QString &key) const { return m_values.value(key); }
    int size() const { return int(m_values.size()); }

private:
    void deliver(QObject *context, Callback callback, Result result);

    QHash<QString, QString> m_values;
    bool m_unavailable = false;
};

} // namespace milink
