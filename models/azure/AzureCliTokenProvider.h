#pragma once

#include "TokenProvider.h"

#include <QHash>
#include <QObject>

namespace milink {

class Clock;

// Reuses the user's Azure CLI sign-in: runs
// `az account get-access-token --resource <cloud token resource> [--tenant T] -o json`
// asynchronously (QProcess) and caches the token per tenant until shortly before it
// expires. The CLI must be signed in to the same cloud (`az cloud set`).
class AzureCliTokenProvider : public QObject, public TokenProvider
{
    Q_OBJECT
public:
    AzureCliTokenProvider(QString tokenResource, Clock *clock = nullptr, QObject *parent = nullptr);

    // The az executable ("az" on PATH by default); tests point it to a stub.
    void setProgram(const QString &program) { m_program = program; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                      Callback callback) override;
    QString displayName() const override;

    // Parses the JSON `az account get-access-token` prints.
    static TokenResult parseOutput(const QByteArray &json, const QString &tenantId);
    // Explains a failed run from its exit code and stderr.
    static TokenResult explainFailure(int exitCode, const QString &standardError);

private:
    QString m_tokenResource;
    Clock *m_clock;
    QString m_program = QStringLiteral("az");
    int m_timeoutMs = 60000;
    QHash<QString, AccessToken> m_cache;
};

} // namespace milink
