#include "AzurePage.h"

#include "common/AsyncValidation.h"
#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

namespace {

QIcon statusIcon(const QWidget *widget, CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Passed:
        return widget->style()->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::Status::Warning:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::Status::Failed:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckResult::Status::NotVerified:
        return widget->style()->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return {};
}

// After QWizard has shown the page and placed its own focus.
void focusLater(QWidget *widget)
{
    QTimer::singleShot(0, widget, [widget] { widget->setFocus(); });
}

QString policyLabel(UpdatePolicy policy)
{
    switch (policy) {
    case UpdatePolicy::AlwaysUpToDate: return AzurePage::tr("Always-up-to-date");
    case UpdatePolicy::SqlServer2022: return AzurePage::tr("SQL Server 2022");
    case UpdatePolicy::SqlServer2025: return AzurePage::tr("SQL Server 2025");
    case UpdatePolicy::Unknown: break;
    }
    return AzurePage::tr("(choose)");
}

} // namespace

AzurePage::AzurePage(LinkSession *session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_controller(new AzureController(session, this)),
      m_validation(new AsyncValidation(this)),
      m_banner(new MessageBanner(this)),
      m_cloud(new QComboBox(this)),
      m_online(new QGroupBox(tr("Managed instance in Azure"), this)),
      m_signInMethod(new QComboBox(this)),
      m_signIn(new QPushButton(tr("&Sign in"), this)),
      m_signInStatus(new QLabel(this)),
      m_deviceCode(new QLabel(this)),
      m_tenant(new QComboBox(this)),
      m_subscription(new QComboBox(this)),
      m_resourceGroup(new QComboBox(this)),
      m_instance(new QComboBox(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_busy(new QProgressBar(this)),
      m_offline(new QGroupBox(tr("Managed instance (typed, offline)"), this)),
      m_offlineSubscription(new QLineEdit(this)),
      m_offlineResourceGroup(new QLineEdit(this)),
      m_offlineName(new QLineEdit(this)),
      m_offlinePolicy(new QComboBox(this)),
      m_state(new QLabel(this)),
      m_policy(new QLabel(this)),
      m_collation(new QLabel(this)),
      m_sku(new QLabel(this)),
      m_findings(new QTreeWidget(this)),
      m_findingDetails(new QLabel(this))
{
    setObjectName(QStringLiteral("azurePage"));
    setTitle(tr("Azure"));
    setSubTitle(tr("Sign in to Azure and choose the managed instance the databases replicate "
                   "to."));
    m_controller->setUrlOpener([](const QUrl &url) { QDesktopServices::openUrl(url); });

    m_banner->setObjectName(QStringLiteral("azureBanner"));
    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    m_signInMethod->setObjectName(QStringLiteral("signInMethodCombo"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signInStatus->setObjectName(QStringLiteral("signInStatusLabel"));
    m_deviceCode->setObjectName(QStringLiteral("deviceCodeLabel"));
    m_tenant->setObjectName(QStringLiteral("tenantCombo"));
    m_subscription->setObjectName(QStringLiteral("subscriptionCombo"));
    m_resourceGroup->setObjectName(QStringLiteral("resourceGroupCombo"));
    m_instance->setObjectName(QStringLiteral("managedInstanceCombo"));
    m_refresh->setObjectName(QStringLiteral("refreshAzureButton"));
    m_busy->setObjectName(QStringLiteral("azureBusy"));
    m_online->setObjectName(QStringLiteral("azureOnlineGroup"));
    m_offline->setObjectName(QStringLiteral("azureOfflineGroup"));
    m_offlineSubscription->setObjectName(QStringLiteral("offlineSubscriptionEdit"));
    m_offlineResourceGroup->setObjectName(QStringLiteral("offlineResourceGroupEdit"));
    m_offlineName->setObjectName(QStringLiteral("offlineInstanceNameEdit"));
    m_offlinePolicy->setObjectName(QStringLiteral("offlineUpdatePolicyCombo"));
    m_state->setObjectName(QStringLiteral("instanceStateLabel"));
    m_policy->setObjectName(QStringLiteral("instanceUpdatePolicyLabel"));
    m_collation->setObjectName(QStringLiteral("instanceCollationLabel"));
    m_sku->setObjectName(QStringLiteral("instanceSkuLabel"));
    m_findings->setObjectName(QStringLiteral("azureFindings"));

    m_signInMethod->addItem(tr("Azure CLI (az login)"),
                            int(AzureController::SignInMethod::AzureCli));
    m_signInMethod->addItem(tr("Browser"), int(AzureController::SignInMethod::Browser));
    m_signInMethod->addItem(tr("Device code (another device)"),
                            int(AzureController::SignInMethod::DeviceCode));
    m_signInMethod->setCurrentIndex(1);
    m_deviceCode->setWordWrap(true);
    m_deviceCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_deviceCode->hide();
    m_signInStatus->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();

    for (QComboBox *combo : {m_tenant, m_subscription, m_resourceGroup, m_instance})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *cloudRow = new QFormLayout;
    auto *cloudLabel = new QLabel(tr("&Cloud:"), this);
    cloudLabel->setBuddy(m_cloud);
    cloudRow->addRow(cloudLabel, m_cloud);

    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signInMethod, 1);
    signInRow->addWidget(m_signIn);
    auto *pickers = new QFormLayout(m_online);
    auto *methodLabel = new QLabel(tr("Sign-in &method:"), this);
    methodLabel->setBuddy(m_signInMethod);
    pickers->addRow(methodLabel, signInRow);
    pickers->addRow(QString(), m_signInStatus);
    pickers->addRow(QString(), m_deviceCode);
    auto *tenantLabel = new QLabel(tr("&Tenant:"), this);
    tenantLabel->setBuddy(m_tenant);
    pickers->addRow(tenantLabel, m_tenant);
    auto *subscriptionLabel = new QLabel(tr("S&ubscription:"), this);
    subscriptionLabel->setBuddy(m_subscription);
    pickers->addRow(subscriptionLabel, m_subscription);
    auto *groupLabel = new QLabel(tr("Resource &group:"), this);
    groupLabel->setBuddy(m_resourceGroup);
    pickers->addRow(groupLabel, m_resourceGroup);
    auto *instanceRow = new QHBoxLayout;
    instanceRow->addWidget(m_instance, 1);
    instanceRow->addWidget(m_refresh);
    auto *instanceLabel = new QLabel(tr("Managed &instance:"), this);
    instanceLabel->setBuddy(m_instance);
    pickers->addRow(instanceLabel, instanceRow);
    pickers->addRow(QString(), m_busy);

    auto *typed = new QFormLayout(m_offline);
    auto *offSub = new QLabel(tr("S&ubscription ID:"), this);
    offSub->setBuddy(m_offlineSubscription);
    typed->addRow(offSub, m_offlineSubscription);
    auto *offGroup = new QLabel(tr("Resource &group:"), this);
    offGroup->setBuddy(m_offlineResourceGroup);
    typed->addRow(offGroup, m_offlineResourceGroup);
    auto *offName = new QLabel(tr("Managed &instance name:"), this);
    offName->setBuddy(m_offlineName);
    typed->addRow(offName, m_offlineName);
    auto *offPolicy = new QLabel(tr("Update &policy:"), this);
    offPolicy->setBuddy(m_offlinePolicy);
    typed->addRow(offPolicy, m_offlinePolicy);
    for (UpdatePolicy policy : {UpdatePolicy::Unknown, UpdatePolicy::SqlServer2022,
                                UpdatePolicy::SqlServer2025, UpdatePolicy::AlwaysUpToDate})
        m_offlinePolicy->addItem(policyLabel(policy), int(policy));
    m_offlineSubscription->setPlaceholderText(tr("00000000-0000-0000-0000-000000000000"));

    auto *factsBox = new QGroupBox(tr("The chosen instance"), this);
    auto *facts = new QFormLayout(factsBox);
    facts->addRow(tr("State:"), m_state);
    facts->addRow(tr("Update policy:"), m_policy);
    facts->addRow(tr("Collation:"), m_collation);
    facts->addRow(tr("SKU:"), m_sku);
    for (QLabel *label : {m_state, m_policy, m_collation, m_sku})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_findingDetails->setObjectName(QStringLiteral("azureFindingDetails"));
    m_findingDetails->setWordWrap(true);
    m_findingDetails->setTextFormat(Qt::PlainText);
    m_findingDetails->setFrameShape(QFrame::StyledPanel);
    m_findingDetails->setMinimumHeight(48);
    m_findingDetails->setTextInteractionFlags(Qt::TextSelectableByMouse
                                              | Qt::TextSelectableByKeyboard);
    for (QLabel *label : {m_state, m_policy, m_collation, m_sku})
        label->setWordWrap(true);
    m_findings->setColumnCount(3);
    m_findings->setHeaderLabels({tr("Check"), tr("Status"), tr("What was found")});
    m_findings->setRootIsDecorated(false);
    m_findings->setWordWrap(true);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(true);
    m_findings->setMinimumHeight(110);

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addLayout(cloudRow);
    left->addWidget(m_online);
    left->addWidget(m_offline);
    top->addLayout(left, 3);
    top->addWidget(factsBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_findingDetails);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_findingDetails->setText(item ? item->text(0) + QStringLiteral(": ") + item->text(2)
                                       : QString());
    });

    setTabOrder(m_cloud, m_signInMethod);
    setTabOrder(m_signInMethod, m_signIn);
    setTabOrder(m_signIn, m_tenant);
    setTabOrder(m_tenant, m_subscription);
    setTabOrder(m_subscription, m_resourceGroup);
    setTabOrder(m_resourceGroup, m_instance);
    setTabOrder(m_instance, m_refresh);
    setTabOrder(m_refresh, m_offlineSubscription);
    setTabOrder(m_offlineSubscription, m_offlineResourceGroup);
    setTabOrder(m_offlineResourceGroup, m_offlineName);
    setTabOrder(m_offlineName, m_offlinePolicy);
    setTabOrder(m_offlinePolicy, m_findings);

    connect(m_cloud, &QComboBox::activated, this, [this](int index) {
        m_controller->setCloud(m_cloud->itemData(index).toString());
        m_tenant->clear();
        m_subscription->clear();
        m_resourceGroup->clear();
        m_instance->clear();
        m_signInStatus->setText(tr("Sign in to %1.").arg(m_cloud->itemText(index)));
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        if (m_controller->isSigningIn()) {
            m_controller->cancelSignIn();
            return;
        }
        m_deviceCode->hide();
        m_signInStatus->setText(tr("Signing in…"));
        m_controller->signIn(AzureController::SignInMethod(m_signInMethod->currentData().toInt()));
        updateBusy();
    });
    connect(m_tenant, &QComboBox::activated, this, [this](int index) {
        m_controller->selectTenant(m_tenant->itemData(index).toString());
    });
    connect(m_subscription, &QComboBox::activated, this, [this](int index) {
        m_controller->selectSubscription(m_subscription->itemData(index).toString());
    });
    connect(m_resourceGroup, &QComboBox::activated, this, [this] { fillInstanceCombo(); });
    connect(m_instance, &QComboBox::activated, this, [this](int index) {
        m_validation->invalidate();
        m_controller->selectManagedInstance(m_resourceGroup->currentText(),
                                            m_instance->itemData(index).toString());
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_banner->clear();
        if (!m_controller->isSignedIn())
            return;
        if (m_controller->tenants().isEmpty())
            m_controller->loadTenants();
        else if (m_controller->subscriptions().isEmpty())
            m_controller->loadSubscriptions();
        else
            m_controller->loadManagedInstances();
    });
    for (QLineEdit *edit : {m_offlineSubscription, m_offlineResourceGroup, m_offlineName})
        connect(edit, &QLineEdit::textEdited, this, [this] { applyOfflineValues(); });
    connect(m_offlinePolicy, &QComboBox::activated, this, [this] { applyOfflineValues(); });

    connect(m_controller, &AzureController::busyChanged, this, [this] { updateBusy(); });
    connect(m_controller, &AzureController::signInFinished, this, &AzurePage::showSignIn);
    connect(m_controller, &AzureController::deviceCodeReady, this,
            [this](const QString &code, const QUrl &uri, const QString &message) {
                m_deviceCode->setText(
                    tr("<b>Device code: %1</b><br>On any device, open %2 and enter the code. "
                       "This page continues when you have signed in there.")
                        .arg(code.toHtmlEscaped(), uri.toString().toHtmlEscaped())
                    + (message.isEmpty()
                           ? QString()
                           : QStringLiteral("<br><small>%1</small>").arg(message.toHtmlEscaped())));
                m_deviceCode->show();
            });
    connect(m_controller, &AzureController::notice, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Level::Warning, message);
    });
    connect(m_controller, &AzureController::tenantsLoaded, this, &AzurePage::showTenants);
    connect(m_controller, &AzureController::subscriptionsLoaded, this,
            &AzurePage::showSubscriptions);
    connect(m_controller, &AzureController::managedInstancesLoaded, this,
            &AzurePage::showInstances);
    connect(m_controller, &AzureController::instanceLoaded, this, &AzurePage::showInstance);
    connect(m_controller, &AzureController::checkFinished, this,
            [this](const AzureController::CheckOutcome &outcome) {
                if (outcome.passed) {
                    m_banner->clear();
                    m_validation->passed();
                    return;
                }
                showFailure(outcome.failure);
                showFindings(m_session->isOffline() ? m_controller->offlineFindings()
                                                    : m_controller->findings());
                m_validation->failed(outcome.failure.error);
            });
    connect(m_validation, &AsyncValidation::runningChanged, this, [this] { updateBusy(); });
}

void AzurePage::fillClouds()
{
    m_cloud->clear();
    const QString current = m_controller->cloudName();
    for (const CloudProfile &cloud : m_controller->clouds()) {
        m_cloud->addItem(cloud.name, cloud.name);
        if (cloud.name.compare(current, Qt::CaseInsensitive) == 0)
            m_cloud->setCurrentIndex(m_cloud->count() - 1);
    }
}

void AzurePage::initializePage()
{
    m_banner->clear();
    fillClouds();
    const bool offline = m_session->isOffline();
    m_online->setVisible(!offline);
    m_offline->setVisible(offline);
    const ManagedInstanceTarget &target = m_session->link().managedInstance;
    if (offline) {
        m_offlineSubscription->setText(target.subscriptionId);
        m_offlineResourceGroup->setText(target.resourceGroup);
        m_offlineName->setText(target.name);
        m_offlinePolicy->setCurrentIndex(
            std::max(0, m_offlinePolicy->findData(int(target.updatePolicy))));
        m_state->setText(tr("not read (offline)"));
        m_policy->setText(policyLabel(target.updatePolicy));
        m_collation->setText(tr("not read (offline)"));
        m_sku->setText(tr("not read (offline)"));
        showFindings(m_controller->offlineFindings());
        focusLater(m_offlineSubscription);
    } else {
        m_signInStatus->setText(m_controller->isSignedIn()
                                    ? tr("Signed in.")
                                    : tr("Choose how to sign in, then press Sign in."));
        if (m_controller->isSignedIn() && m_controller->tenants().isEmpty())
            m_controller->loadTenants();
        focusLater(m_signIn);
    }
    updateBusy();
}

void AzurePage::applyOfflineValues()
{
    m_validation->invalidate();
    m_controller->setOfflineTarget(m_offlineSubscription->text(), m_offlineResourceGroup->text(),
                                   m_offlineName->text(),
                                   UpdatePolicy(m_offlinePolicy->currentData().toInt()));
    m_policy->setText(policyLabel(m_session->link().managedInstance.updatePolicy));
    showFindings(m_controller->offlineFindings());
    emit completeChanged();
}

void AzurePage::showSignIn(const AzureController::SignInResult &result)
{
    m_deviceCode->hide();
    if (!result.signedIn) {
        m_signInStatus->setText(tr("Not signed in."));
        if (result.failure.isError())
            showFailure(result.failure);
    } else {
        m_signInStatus->setText(tr("Signed in with %1. Loading the tenants…").arg(result.account));
    }
    updateBusy();
}

void AzurePage::showFailure(const AzureController::Failure &failure)
{
    m_banner->showError(failure.error, failure.details, failure.code);
}

void AzurePage::showTenants(const AzureController::TenantsResult &result)
{
    if (result.failure.isError()) {
        showFailure(result.failure);
        return;
    }
    m_tenant->clear();
    for (const AzureTenant &tenant : result.tenants) {
        const QString name = tenant.displayName.isEmpty() ? tenant.tenantId : tenant.displayName;
        m_tenant->addItem(
            QStringLiteral("%1 (%2)").arg(
                name, tenant.defaultDomain.isEmpty() ? tenant.tenantId : tenant.defaultDomain),
            tenant.tenantId);
    }
    if (result.tenants.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("Your account sees no tenant in this cloud. Check the cloud, or "
                                 "sign in with another account."));
    m_signInStatus->setText(tr("Signed in."));
}

void AzurePage::showSubscriptions(const AzureController::SubscriptionsResult &result)
{
    // The tenant the controller chose (the only one, or the project's).
    const int tenantIndex = m_tenant->findData(m_controller->tenantId());
    if (tenantIndex >= 0)
        m_tenant->setCurrentIndex(tenantIndex);
    if (result.failure.isError()) {
        showFailure(result.failure);
        return;
    }
    m_banner->clear();
    m_subscription->clear();
    for (const AzureSubscription &s : result.subscriptions) {
        QString text = QStringLiteral("%1 (%2)").arg(s.displayName, s.subscriptionId);
        if (!s.isUsable())
            text += QLatin1Char(' ') + tr("— %1, cannot be changed").arg(s.state);
        m_subscription->addItem(text, s.subscriptionId);
    }
    if (result.subscriptions.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("This tenant has no subscription your account can see. Choose "
                                 "another tenant, or ask for access to the subscription."));
}

void AzurePage::showInstances(const AzureController::InstancesResult &result)
{
    const int subIndex = m_subscription->findData(m_session->link().managedInstance.subscriptionId);
    if (subIndex >= 0)
        m_subscription->setCurrentIndex(subIndex);
    if (result.failure.isError()) {
        // The lists and the selection stay; the banner says what to do.
        showFailure(result.failure);
        return;
    }
    m_banner->clear();
    const QString chosenGroup = m_session->link().managedInstance.resourceGroup;
    m_resourceGroup->clear();
    m_resourceGroup->addItems(result.resourceGroups);
    const int groupIndex = m_resourceGroup->findText(chosenGroup, Qt::MatchFixedString);
    m_resourceGroup->setCurrentIndex(groupIndex >= 0 ? groupIndex : 0);
    fillInstanceCombo();
    if (result.instances.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("This subscription has no managed instance. Choose another "
                                 "subscription, or create the instance in the Azure portal "
                                 "first."));
}

void AzurePage::fillInstanceCombo()
{
    const QString group = m_resourceGroup->currentText();
    const QString chosen = m_session->link().managedInstance.name;
    m_instance->clear();
    for (const ManagedInstanceInfo &mi : m_controller->managedInstances()) {
        if (mi.resourceGroup.compare(group, Qt::CaseInsensitive) != 0)
            continue;
        QString text = mi.name;
        if (!mi.isReady())
            text += QLatin1Char(' ') + tr("(%1)").arg(mi.state);
        m_instance->addItem(text, mi.name);
        if (mi.name.compare(chosen, Qt::CaseInsensitive) == 0)
            m_instance->setCurrentIndex(m_instance->count() - 1);
    }
    if (m_instance->count() > 0 && m_session->link().managedInstance.name.isEmpty())
        m_instance->setCurrentIndex(-1);
}

void AzurePage::showInstance(const AzureController::InstanceResult &result)
{
    if (result.failure.isError()) {
        showFailure(result.failure);
        return;
    }
    m_banner->clear();
    if (!result.instance)
        return;
    const ManagedInstanceInfo &mi = *result.instance;
    m_state->setText(mi.state.isEmpty() ? tr("unknown") : mi.state);
    m_policy->setText(
        policyLabel(updatePolicyFromArm(mi.databaseFormat).value_or(UpdatePolicy::Unknown)));
    m_collation->setText(mi.collation.isEmpty() ? tr("unknown") : mi.collation);
    m_sku->setText(mi.vCores > 0
                       ? tr("%1 (%2), %3 vCores").arg(mi.skuName, mi.skuTier).arg(mi.vCores)
                       : tr("%1 (%2)").arg(mi.skuName, mi.skuTier));
    showFindings(result.findings);
    emit completeChanged();
}

void AzurePage::showFindings(const QList<CheckResult> &findings)
{
    m_findings->clear();
    m_findingDetails->clear();
    QTreeWidgetItem *firstProblem = nullptr;
    for (const CheckResult &finding : findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setText(0, finding.title);
        item->setIcon(1, statusIcon(this, finding.status));
        item->setText(1, CheckResult::statusText(finding.status));
        QString text = finding.reason;
        if (!finding.remedy.isEmpty() && finding.status != CheckResult::Status::Passed)
            text += QLatin1Char(' ') + finding.remedy;
        item->setText(2, text);
        item->setToolTip(2, text);
        item->setData(0, Qt::UserRole, finding.id);
        if (!firstProblem && finding.status == CheckResult::Status::Failed)
            firstProblem = item;
    }
    m_findings->setCurrentItem(firstProblem ? firstProblem : m_findings->topLevelItem(0));
}

void AzurePage::updateBusy()
{
    const bool busy = m_controller->isBusy() || m_validation->isRunning();
    m_busy->setVisible(busy);
    m_signIn->setText(m_controller->isSigningIn() ? tr("Cance&l sign-in") : tr("&Sign in"));
    m_refresh->setEnabled(!busy);
    emit completeChanged();
}

bool AzurePage::isComplete() const
{
    if (!m_validation->allowsNext() || m_controller->isBusy())
        return false;
    const ManagedInstanceTarget &target = m_session->link().managedInstance;
    if (m_session->isOffline())
        return !target.name.trimmed().isEmpty();
    return !target.name.isEmpty() && m_controller->instance().has_value();
}

bool AzurePage::validatePage()
{
    return m_validation->validate([this] { m_controller->check(); });
}

} // namespace milink
