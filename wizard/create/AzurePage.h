#pragma once

#include "AzureController.h"

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace milink {

class AsyncValidation;
class LinkSession;
class MessageBanner;

// Page 5: the managed instance in Azure. Cloud, sign-in (Azure CLI, browser or
// device code), tenant, subscription, resource group and instance, each list
// filled by AzureController; the chosen instance's state, update policy,
// collation and SKU with what they mean for this link. Offline, the same values
// are typed. Next reads what the later pages need (two-phase, never blocking).
class AzurePage : public QWizardPage
{
    Q_OBJECT

public:
    AzurePage(LinkSession *session, QWidget *parent = nullptr);

    AzureController *controller() const { return m_controller; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillClouds();
    void showSignIn(const AzureController::SignInResult &result);
    void showTenants(const AzureController::TenantsResult &result);
    void showSubscriptions(const AzureController::SubscriptionsResult &result);
    void showInstances(const AzureController::InstancesResult &result);
    void fillInstanceCombo();
    void showInstance(const AzureController::InstanceResult &result);
    void showFindings(const QList<CheckResult> &findings);
    void showFailure(const AzureController::Failure &failure);
    void updateBusy();
    void applyOfflineValues();

    LinkSession *m_session;
    AzureController *m_controller;
    AsyncValidation *m_validation;
    MessageBanner *m_banner;

    QComboBox *m_cloud;
    QGroupBox *m_online;
    QComboBox *m_signInMethod;
    QPushButton *m_signIn;
    QLabel *m_signInStatus;
    QLabel *m_deviceCode;
    QComboBox *m_tenant;
    QComboBox *m_subscription;
    QComboBox *m_resourceGroup;
    QComboBox *m_instance;
    QPushButton *m_refresh;
    QProgressBar *m_busy;

    QGroupBox *m_offline;
    QLineEdit *m_offlineSubscription;
    QLineEdit *m_offlineResourceGroup;
    QLineEdit *m_offlineName;
    QComboBox *m_offlinePolicy;

    QLabel *m_state;
    QLabel *m_policy;
    QLabel *m_collation;
    QLabel *m_sku;
    QTreeWidget *m_findings;
    QLabel *m_findingDetails;
};

} // namespace milink
