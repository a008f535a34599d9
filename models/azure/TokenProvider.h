#pragma once

#include "AccessToken.h"

#include <QObject>
#include <QString>

#include <functional>

namespace milink {

// The outcome of asking a TokenProvider for a token.
struct TokenResult
{
    enum class Failure {
        None,
        NotSignedIn, // the user must sign in (again)
        ToolMissing, // e.g. the Azure CLI is not installed
        Rejected, // the authority refused (consent, disabled account, bad tenant, …)
        Network, // the authority could not be reached
        Unsupported, // this provider cannot do what was asked (e.g. refresh a fixed token)
    };

    AccessToken token;
    Failure failure = Failure::None;
    QString message; // user-facing: what happened and what to do

    bool ok() const { return failure == Failure::None && !token.isEmpty(); }
};

// Where ARM bearer tokens come from: the Azure CLI, an interactive sign-in, an
// environment variable. One interface so ArmClient does not care.
//
// `tenantId` may be empty for "the user's home tenant / default". With
// `forceRefresh` the provider must not hand out a cached token (ArmClient asks so
// once after a 401). The callback runs once on the provider's thread, unless
// `context` was destroyed first.
class TokenProvider
{
public:
    using Callback = std::function<void(const TokenResult &)>;

    virtual ~TokenProvider() = default;
    virtual void requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                              Callback callback)
        = 0;
    // "Azure CLI", "Browser sign-in", … for messages.
    virtual QString displayName() const = 0;
};

} // namespace milink
