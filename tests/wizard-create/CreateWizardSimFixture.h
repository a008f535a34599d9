#pragma once

// Shared by the Azure, Endpoint and Validation tests: a LinkSession pointed at
// milink-sim's cloud and demo link, with helpers to sign in, connect to SQL
// Server and read its facts, and to read the managed instance through the
// Azure page's controller.

#include "SimProcess.h"

#include "azure/ArmRetryPolicy.h"
#include "azure/TokenProvider.h"
#include "secrets/MemorySecretStore.h"
#include "session/LinkSession.h"

#include <QNetworkAccessManager>

// A TokenProvider that hands out one token issued by the simulator.
class FixedTokenProvider : public milink::TokenProvider
{
public:
    explicit FixedTokenProvider(QString token) : m_token(std::move(token)) { }
    void requestToken(const QString &tenantId, bool forceRefresh, QObject *context,
                      Callback callback) override;
    QString displayName() const override { return QStringLiteral("test token"); }

private:
    QString m_token;
};

struct CreateWizardSimFixture
{
    explicit CreateWizardSimFixture(const SimProcess::Options &options = {});

    // Fast ARM retries, so 503 bursts do not wait in real time.
    static milink::ArmRetryPolicy fastPolicy();
    // Signs in with a token issued by the simulator.
    void useSimToken();
    // Opens the SQL Server connection and stores ServerProbe's facts in the session.
    void connectSqlServer();
    // Plays the user's browser without waiting: GET the URL, following the
    // authority's redirect to the sign-in's loopback listener.
    void playBrowser(const QUrl &url);

    SimProcess sim;
    QNetworkAccessManager network;
    milink::MemorySecretStore secrets;
    milink::LinkSession session {{&network, &secrets}};
};
