#include "LsnGatePage.h"

#include "FailoverController.h"
#include "FailoverWizard.h"

#include "failover/LsnGate.h"
#include "session/LinkSession.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

namespace {

QString queueText(qint64 kb)
{
    return kb < 0 ? LsnGatePage::tr("unknown") : LsnGatePage::tr("%1 KB").arg(kb);
}

} // namespace

LsnGatePage::LsnGatePage(FailoverController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("lsnGatePage"));
    setTitle(tr("Wait for equal LSNs"));
    setSubTitle(tr("The failover may start once SQL Server, the managed instance and Azure "
                   "report the same last hardened LSN, unchanged for the whole window."));
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("lsnWindowSpin"));
    m_window->setRange(1, 3600);
    m_window->setSuffix(tr(" s"));
    m_window->setValue(controller->gate()->windowSeconds());
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("lsnStateLabel"));
    m_state->setWordWrap(true);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("lsnTable"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Database"), tr("SQL Server"), tr("Managed instance"), tr("Azure"),
                              tr("Send queue"), tr("Redo queue"), tr("State")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->addRow(tr("Stable &window:"), m_window);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);

    connect(m_window, &QSpinBox::valueChanged, m_controller->gate(), &LsnGate::setWindowSeconds);
    connect(m_controller->gate(), &LsnGate::changed, this, &LsnGatePage::refresh);
}

void LsnGatePage::initializePage()
{
    m_controller->startGate();
    refresh();
}

void LsnGatePage::cleanupPage()
{
    m_controller->stopGate();
}

void LsnGatePage::refresh()
{
    const LsnGate *gate = m_controller->gate();
    if (m_controller->session()->isOffline())
        m_state->setText(tr("Offline: not verified (offline). The exported scripts wait for "
                            "equal LSNs themselves before they fail over."));
    else
        m_state->setText((gate->isOpen() ? tr("Open: ") : tr("Closed: ")) + gate->reason());
    m_table->clear();
    for (const LsnSample::Database &db : gate->lastSample().databases) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(0, db.name);
        item->setText(1, db.sqlServerLsn);
        item->setText(2, db.managedInstanceLsn);
        item->setText(3, db.armLsn.isEmpty() ? tr("not available") : db.armLsn);
        item->setText(4, queueText(db.logSendQueueKb));
        item->setText(5, queueText(db.redoQueueKb));
        item->setText(6, db.synchronizationState);
    }
    emit completeChanged();
}

bool LsnGatePage::isComplete() const
{
    return m_controller->session()->isOffline() || m_controller->gate()->isOpen();
}

bool LsnGatePage::validatePage()
{
    m_controller->stopGate();
    return true;
}

int LsnGatePage::nextId() const
{
    return FailoverWizard::PostFailoverPageId;
}

} // namespace milink
