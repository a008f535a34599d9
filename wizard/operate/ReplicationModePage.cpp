#include "ReplicationModePage.h"

#include "common/PlanController.h"
#include "session/LinkSession.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace milink {

ReplicationModePage::ReplicationModePage(LinkSession *session, PlanController *plan,
                                         QWidget *parent)
    : QWizardPage(parent), m_session(session), m_plan(plan)
{
    setObjectName(QStringLiteral("replicationModePage"));
    setTitle(tr("Replication mode"));
    setSubTitle(tr("The commit mode of the link on both sides."));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentModeLabel"));
    m_current->setWordWrap(true);
    m_async = new QRadioButton(tr("&Asynchronous commit: the primary does not wait for the "
                                  "managed instance (recommended for normal operation)"),
                               this);
    m_async->setObjectName(QStringLiteral("asynchronousRadio"));
    m_sync = new QRadioButton(tr("&Synchronous commit: every commit waits until the secondary "
                                 "hardened it (before a planned failover; adds latency)"),
                              this);
    m_sync->setObjectName(QStringLiteral("synchronousRadio"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_async);
    layout->addWidget(m_sync);
    layout->addStretch();
}

void ReplicationModePage::initializePage()
{
    const ReplicationMode current = m_session->link().replicationMode;
    m_current->setText(
        tr("The project records %1 commit.")
            .arg(current == ReplicationMode::Sync ? tr("synchronous") : tr("asynchronous")));
    // Preselect the other mode: that is why the wizard was opened.
    (current == ReplicationMode::Sync ? m_async : m_sync)->setChecked(true);
    (current == ReplicationMode::Sync ? m_async : m_sync)->setFocus();
}

bool ReplicationModePage::validatePage()
{
    PlanOptions options;
    options.replicationMode = m_sync->isChecked() ? ReplicationMode::Sync : ReplicationMode::Async;
    m_plan->setOptions(options);
    return true;
}

} // namespace milink
