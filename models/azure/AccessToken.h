#pragma once

#include <QDateTime>
#include <QString>

namespace milink {

// A bearer token for ARM. Lives in memory only; never written anywhere.
struct AccessToken
{
    QString token;
    QDateTime expiresOn; // UTC; invalid when unknown
    QString tenantId; // the tenant it was issued for, when known

    bool isEmpty() const { return token.isEmpty(); }
    // True while the token is still good for at least `marginSeconds`: tokens are
    // renewed before they expire so a request never leaves with a dying token.
    bool isFreshAt(const QDateTime &now, int marginSeconds = 300) const
    {
        if (token.isEmpty())
            return false;
        if (!expiresOn.isValid())
            return true;
        return now.addSecs(marginSeconds) < expiresOn;
    }
};

} // namespace milink
