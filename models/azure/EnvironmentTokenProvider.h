#pragma once

#include "TokenProvider.h"

namespace milink {

class Clock;

// For automation: the access token comes from an environment variable
// (MILINK_AZURE_ACCESS_TOKEN by default), e.g. from `az account get-access-token`
// in a pipeline. The token cannot be refreshed: when it expires or ARM rejects it,
// the message says to provide a fresh one. A JWT's `exp` claim is honoured.
class EnvironmentTokenProvider : public TokenProvider
{
public:
    explicit EnvironmentTokenProvider(QString variable = defaultVariable(), Clock *clock = nullptr);

    static QString defaultVariable() { return QStringLiteral("MILINK_AZURE_ACCESS_TOKEN"); }

    void requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                      Callback callback) override;
    QString displayName() const override;

    // The `exp` claim of a JWT, or an invalid QDateTime when not a JWT.
    static QDateTime jwtExpiry(const QString &token);

private:
    QString m_variable;
    Clock *m_clock;
};

} // namespace milink
