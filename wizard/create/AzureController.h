#pragma once

#include "azure/ArmError.h"
#include "azure/ArmJob.h"
#include "azure/ArmRetryPolicy.h"
#include "azure/AzureSubscription.h"
#include "azure/AzureTenant.h"
#include "azure/BrowserSignIn.h"
#include "azure/CloudProfile.h"
#include "azure/DeviceCodeSignIn.h"
#include "azure/ManagedInstanceInfo.h"
#include "azure/ManagedInstanceRef.h"
#include "link/LinkDefinition.h"
#include "preflight/CheckResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace milink {

class ArmClient;
class LinkSession;

// The Azure page's logic, without widgets: the cloud, the sign-in, the tenant /
// subscription / resource group / managed instance pickers filled from ARM, the
// chosen instance's facts checked against the link, and the two-phase Next that
// reads what later pages need (AzureFacts) into the session.
//
// Every list is loaded asynchronously and reports through its own signal with
// an error of its own; a failed load keeps the previous list and selection, so
// the user can retry without choosing again. Offline, nothing connects and the
// values are typed (setOfflineTarget()).
class AzureController : public QObject
{
    Q_OBJECT

public:
    enum class SignInMethod { AzureCli, Browser, DeviceCode };
    Q_ENUM(SignInMethod)

    // Opens a URL in the user's browser (QDesktopServices in the product).
    using UrlOpener = std::function<void(const QUrl &)>;

    // How a load or a sign-in ended. `error` is the explanation for the user
    // (what happened and what to do); `details` and `code` keep ARM's own text
    // and code for the banner.
    struct Failure
    {
        QString error;
        QString details;
        QString code;
        bool isError() const { return !error.isEmpty(); }
    };
    struct SignInResult
    {
        bool signedIn = false;
        QString account; // the sign-in's display name
        Failure failure;
    };
    struct TenantsResult
    {
        QList<AzureTenant> tenants;
        Failure failure;
    };
    struct SubscriptionsResult
    {
        QList<AzureSubscription> subscriptions;
        Failure failure;
    };
    struct InstancesResult
    {
        QList<ManagedInstanceInfo> instances;
        QStringList resourceGroups; // the groups that hold a managed instance, sorted
        Failure failure;
    };
    struct InstanceResult
    {
        std::optional<ManagedInstanceInfo> instance;
        int linkCount = -1; // links the instance already has; -1 unknown
        QList<CheckResult> findings; // the instance checked against the link
        Failure failure;
    };
    struct CheckOutcome
    {
        bool passed = false;
        Failure failure;
    };

    explicit AzureController(LinkSession *session, QObject *parent = nullptr);
    ~AzureController() override;

    // The Entra application milink signs in as (a public client).
    static QString defaultClientId();
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    void setUrlOpener(UrlOpener opener) { m_urlOpener = std::move(opener); }
    // Tests: faster device-code polling and ARM retries.
    void setDeviceCodeIntervalScale(double scale) { m_deviceCodeIntervalScale = scale; }
    void setRetryPolicy(const ArmRetryPolicy &policy) { m_retryPolicy = policy; }

    LinkSession *session() const { return m_session; }

    // ---- cloud and sign-in -------------------------------------------------------
    QList<CloudProfile> clouds() const;
    QString cloudName() const;
    // Changing the cloud forgets the sign-in and every list.
    void setCloud(const QString &name);
    void signIn(SignInMethod method);
    void cancelSignIn();
    bool isSigningIn() const;
    bool isSignedIn() const;

    // ---- pickers -------------------------------------------------------------------
    void loadTenants();
    void selectTenant(const QString &tenantId);
    void loadSubscriptions();
    void selectSubscription(const QString &subscriptionId);
    void loadManagedInstances();
    // Sets the link's target and reads the instance's facts (instanceLoaded).
    void selectManagedInstance(const QString &resourceGroup, const QString &name);
    void reloadManagedInstance();

    QString tenantId() const { return m_tenantId; }
    const QList<AzureTenant> &tenants() const { return m_tenants; }
    const QList<AzureSubscription> &subscriptions() const { return m_subscriptions; }
    const QList<ManagedInstanceInfo> &managedInstances() const { return m_instances; }
    const std::optional<ManagedInstanceInfo> &instance() const { return m_instance; }
    const QList<CheckResult> &findings() const { return m_findings; }

    bool isBusy() const;
    bool isLoadingTenants() const { return m_tenantsJob != nullptr; }
    bool isLoadingSubscriptions() const { return m_subscriptionsJob != nullptr; }
    bool isLoadingInstances() const { return m_instancesJob != nullptr; }
    bool isLoadingInstance() const { return m_instanceJob != nullptr; }

    // ---- offline -------------------------------------------------------------------
    // Offline the target is typed: subscription, resource group, name and the
    // update policy chosen from a list.
    void setOfflineTarget(const QString &subscriptionId, const QString &resourceGroup,
                          const QString &name, UpdatePolicy policy);
    // The findings offline: what can be checked from the typed values.
    QList<CheckResult> offlineFindings() const;

    // ---- Next ----------------------------------------------------------------------
    // Online: reads the instance, its trust certificates, links and endpoint
    // certificate into the session (AzureFacts) and sets the link's managed
    // instance; fails on a blocking finding. Offline: checks the typed values.
    // Answers checkFinished.
    void check();

signals:
    void busyChanged(bool busy);
    void signInFinished(const milink::AzureController::SignInResult &result);
    void deviceCodeReady(const QString &userCode, const QUrl &verificationUri,
                         const QString &message);
    void tenantsLoaded(const milink::AzureController::TenantsResult &result);
    void subscriptionsLoaded(const milink::AzureController::SubscriptionsResult &result);
    void managedInstancesLoaded(const milink::AzureController::InstancesResult &result);
    void instanceLoaded(const milink::AzureController::InstanceResult &result);
    void checkFinished(const milink::AzureController::CheckOutcome &outcome);
    // Something the user should know that does not stop the page, e.g. that the
    // keychain is unavailable and the sign-in will not be remembered.
    void notice(const QString &message);

private:
    ArmClient *arm();
    Failure notSignedIn() const;
    static Failure failureOf(const ArmJob *job, const QString &what);
    void finishSignIn(const SignInResult &result);
    void adoptSignIn(const CloudProfile &cloud, const OAuthTokenResponse &response,
                     SignInResult &result);
    void updateBusy();
    void evaluate(InstanceResult &result) const;
    void finishCheck(const CheckOutcome &outcome);
    void readFacts();
    void factsRead();
    ManagedInstanceRef ref() const;

    LinkSession *m_session;
    QString m_clientId;
    UrlOpener m_urlOpener;
    double m_deviceCodeIntervalScale = 1.0;
    std::optional<ArmRetryPolicy> m_retryPolicy;

    QPointer<BrowserSignIn> m_browserSignIn;
    QPointer<DeviceCodeSignIn> m_deviceSignIn;

    QString m_tenantId;
    QList<AzureTenant> m_tenants;
    QList<AzureSubscription> m_subscriptions;
    QList<ManagedInstanceInfo> m_instances;
    std::optional<ManagedInstanceInfo> m_instance;
    int m_linkCount = -1;
    QList<CheckResult> m_findings;

    QPointer<ArmJob> m_tenantsJob;
    QPointer<ArmJob> m_subscriptionsJob;
    QPointer<ArmJob> m_instancesJob;
    QPointer<ArmJob> m_instanceJob;
    QPointer<ArmJob> m_linksJob;
    // The parallel reads of check(); null once handled.
    QList<QPointer<ArmJob>> m_factJobs;
    int m_factsPending = 0;
    bool m_busy = false;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::AzureController::SignInResult)
Q_DECLARE_METATYPE(milink::AzureController::TenantsResult)
Q_DECLARE_METATYPE(milink::AzureController::SubscriptionsResult)
Q_DECLARE_METATYPE(milink::AzureController::InstancesResult)
Q_DECLARE_METATYPE(milink::AzureController::InstanceResult)
Q_DECLARE_METATYPE(milink::AzureController::CheckOutcome)
