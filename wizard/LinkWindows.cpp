#include "LinkWindows.h"

#include "LinkWizard.h"
#include "monitor/LinkMonitor.h"
#include "operate/CertificateRotationWizard.h"
#include "operate/DeleteLinkWizard.h"
#include "operate/FailoverWizard.h"
#include "operate/ReplicationModeWizard.h"
#include "plan/PlanBuilder.h"
#include "session/LinkSession.h"
#include "sql/SqlSession.h"
#include "status/LinkStatusWindow.h"

namespace milink {

LinkWindows::LinkWindows(LinkSession *session, DialogFacade *dialogs, QObject *parent)
    : QObject(parent), m_session(session), m_dialogs(dialogs)
{
}

LinkWindows::~LinkWindows()
{
    for (const QPointer<QWidget> &window : std::as_const(m_windows))
        delete window.data();
}

std::optional<LinkWindows::Operate> LinkWindows::operateFromString(const QString &text)
{
    if (text == QLatin1String("failover"))
        return Operate::Failover;
    if (text == QLatin1String("delete"))
        return Operate::Delete;
    if (text == QLatin1String("replication-mode"))
        return Operate::ReplicationMode;
    if (text == QLatin1String("rotate-certificate"))
        return Operate::RotateCertificate;
    return std::nullopt;
}

QWizard *LinkWindows::openCreateWizard()
{
    auto *wizard = new LinkWizard(m_session, m_dialogs);
    connect(wizard, &LinkWizard::linkStatusRequested, this, &LinkWindows::openStatusWindow);
    show(wizard);
    return wizard;
}

QWizard *LinkWindows::openOperateWizard(Operate which)
{
    QWizard *wizard = nullptr;
    switch (which) {
    case Operate::Failover: wizard = new FailoverWizard(m_session, m_dialogs); break;
    case Operate::Delete: wizard = new DeleteLinkWizard(m_session, m_dialogs); break;
    case Operate::ReplicationMode: wizard = new ReplicationModeWizard(m_session, m_dialogs); break;
    case Operate::RotateCertificate:
        wizard = new CertificateRotationWizard(m_session, m_dialogs);
        break;
    }
    show(wizard);
    return wizard;
}

LinkStatusWindow *LinkWindows::openStatusWindow()
{
    if (m_statusWindow) {
        m_statusWindow->raise();
        m_statusWindow->activateWindow();
        return m_statusWindow;
    }
    if (!m_monitor)
        m_monitor = new LinkMonitor(this);
    // The same connections the wizards use: nothing is opened twice, and the
    // monitor only reads (SELECT and GET).
    const LinkDefinition &link = m_session->link();
    m_monitor->setSqlServer(m_session->sqlServer());
    const PlanRunner::Services services = m_session->runServices();
    if (services.managedInstance
        && services.managedInstance->state() == SqlSession::State::Connected)
        m_monitor->setManagedInstance(services.managedInstance);
    ManagedInstanceRef instance;
    instance.subscriptionId = link.managedInstance.subscriptionId;
    instance.resourceGroup = link.managedInstance.resourceGroup;
    instance.name = link.managedInstance.name;
    if (const auto &azure = m_session->azureFacts())
        instance.tenantId = azure->tenantId;
    m_monitor->setArm(m_session->arm(), instance);
    m_monitor->setManagedInstanceFqdn(link.managedInstance.fqdn);

    auto *window = new LinkStatusWindow(m_monitor);
    window->setDialogs(m_dialogs);
    window->setProjectPath(m_session->projectPath());
    if (!m_session->sqlPassword().isEmpty())
        window->setKnownSecrets({m_session->sqlPassword()});
    connect(window, &LinkStatusWindow::failoverRequested, this,
            [this] { openOperateWizard(Operate::Failover); });
    connect(window, &LinkStatusWindow::deleteRequested, this,
            [this] { openOperateWizard(Operate::Delete); });
    connect(window, &LinkStatusWindow::replicationModeRequested, this,
            [this] { openOperateWizard(Operate::ReplicationMode); });
    connect(window, &LinkStatusWindow::rotateCertificateRequested, this,
            [this] { openOperateWizard(Operate::RotateCertificate); });
    m_statusWindow = window;
    show(window);
    window->refresh();
    return window;
}

void LinkWindows::show(QWidget *window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_windows.removeAll(nullptr);
    m_windows.append(window);
    window->show();
}

} // namespace milink
