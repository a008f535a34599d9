#include "LinkStatusWindow.h"

#include "LinkHistoryChart.h"
#include "LinkStatusTableModel.h"

#include "common/DialogFacade.h"
#include "monitor/LinkMonitor.h"
#include "support/SupportBundle.h"

#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QToolBar>
#include <QVBoxLayout>

namespace milink {

namespace {

WidgetDialogs &productDialogs()
{
    static WidgetDialogs dialogs;
    return dialogs;
}

} // namespace

LinkStatusWindow::LinkStatusWindow(LinkMonitor *monitor, QWidget *parent)
    : QMainWindow(parent),
      m_monitor(monitor),
      m_dialogs(&productDialogs()),
      m_model(new LinkStatusTableModel(this)),
      m_table(new QTableView),
      m_chart(new LinkHistoryChart),
      m_problems(new QLabel),
      m_refreshedLabel(new QLabel),
      m_detail(new QLabel),
      m_autoRefresh(new QComboBox)
{
    setObjectName(QStringLiteral("linkStatusWindow"));
    setWindowTitle(tr("Link status"));

    auto *toolbar = addToolBar(tr("Status"));
    toolbar->setObjectName(QStringLiteral("statusToolbar"));
    m_refreshAction = toolbar->addAction(tr("Refresh"), this, &LinkStatusWindow::refresh);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshCombo"));
    m_autoRefresh->setToolTip(tr("Refresh automatically"));
    m_autoRefresh->addItem(tr("Auto-refresh off"), 0);
    m_autoRefresh->addItem(tr("Every 15 seconds"), 15);
    m_autoRefresh->addItem(tr("Every 30 seconds"), 30);
    m_autoRefresh->addItem(tr("Every minute"), 60);
    m_autoRefresh->addItem(tr("Every 5 minutes"), 300);
    toolbar->addWidget(m_autoRefresh);
    toolbar->addSeparator();
    // The operations open their own wizards (with plans, checks and confirmations);
    // this window only says which link.
    const auto linkAction = [&](const QString &text, const char *name,
                                void (LinkStatusWindow::*signal)(const QString &)) {
        QAction *action = toolbar->addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, signal] {
            const QString link = selectedLink();
            if (!link.isEmpty())
                emit(this->*signal)(link);
        });
        return action;
    };
    m_failover
        = linkAction(tr("Failover…"), "failoverAction", &LinkStatusWindow::failoverRequested);
    m_delete = linkAction(tr("Delete…"), "deleteAction", &LinkStatusWindow::deleteRequested);
    m_rotate = linkAction(tr("Rotate certificate…"), "rotateCertificateAction",
                          &LinkStatusWindow::rotateCertificateRequested);
    m_mode = linkAction(tr("Replication mode…"), "replicationModeAction",
                        &LinkStatusWindow::replicationModeRequested);
    toolbar->addSeparator();
    m_bundle
        = toolbar->addAction(tr("Support bundle…"), this, &LinkStatusWindow::chooseSupportBundle);
    m_bundle->setObjectName(QStringLiteral("supportBundleAction"));

    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("QLabel { background: #f8d7da; padding: 6px; }"));
    m_problems->hide();
    m_refreshedLabel->setObjectName(QStringLiteral("refreshedLabel"));
    m_refreshedLabel->setText(tr("Not refreshed yet."));

    m_table->setObjectName(QStringLiteral("linkTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_detail->setObjectName(QStringLiteral("detailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_chart, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_problems);
    layout->addWidget(m_refreshedLabel);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    resize(1200, 720);

    m_timer.setObjectName(QStringLiteral("autoRefreshTimer"));
    connect(&m_timer, &QTimer::timeout, this, &LinkStatusWindow::refresh);
    connect(m_autoRefresh, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const int seconds = m_autoRefresh->currentData().toInt();
        if (seconds <= 0) {
            m_timer.stop();
        } else {
            m_timer.start(seconds * 1000);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateActions();
    });
    if (m_monitor)
        connect(m_monitor, &LinkMonitor::refreshed, this, &LinkStatusWindow::onRefreshed);
    updateActions();
    updateDetail();
}

LinkStatusWindow::~LinkStatusWindow()
{
    // A bundle still being written finishes first: its file must not be left half done.
    for (QThread *worker : std::as_const(m_workers))
        worker->wait();
}

void LinkStatusWindow::setDialogs(DialogFacade *dialogs)
{
    m_dialogs = dialogs ? dialogs : &productDialogs();
}

void LinkStatusWindow::setAutoRefreshSeconds(int seconds)
{
    const int index = m_autoRefresh->findData(seconds);
    m_autoRefresh->setCurrentIndex(index < 0 ? 0 : index);
}

int LinkStatusWindow::autoRefreshSeconds() const
{
    return m_timer.isActive() ? m_timer.interval() / 1000 : 0;
}

void LinkStatusWindow::refresh()
{
    if (!m_monitor || m_monitor->isRefreshing())
        return;
    if (m_monitor->refresh()) {
        m_refreshAction->setEnabled(false);
        m_refreshedLabel->setText(tr("Refreshing…"));
    }
}

void LinkStatusWindow::onRefreshed()
{
    m_refreshAction->setEnabled(true);
    const LinkStatusRow *current = m_model->rowAt(m_table->currentIndex().row());
    const QString selectedKey = current ? current->key() : QString();
    const bool firstRows = m_model->rowCount() == 0;
    m_model->setRows(m_monitor->rows());
    if (firstRows)
        m_table->resizeColumnsToContents();
    const QStringList problems = m_monitor->problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    int healthy = 0, warning = 0, critical = 0;
    for (const LinkStatusRow &row : m_monitor->rows()) {
        switch (row.health) {
        case LinkHealth::Healthy: ++healthy; break;
        case LinkHealth::Warning: ++warning; break;
        case LinkHealth::Critical: ++critical; break;
        }
    }
    m_refreshedLabel->setText(
        tr("%n linked database(s): %1 healthy, %2 warning, %3 critical. Refreshed %4.", "",
           int(m_monitor->rows().size()))
            .arg(healthy)
            .arg(warning)
            .arg(critical)
            .arg(QLocale().toString(m_monitor->lastRefreshed().toLocalTime().time(),
                                    QLocale::LongFormat)));
    // Keep the selection on the same link and database when the rows changed
    // (a refresh with the same rows updates them in place); else the first row.
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid()) {
        int row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->rowAt(i)->key() == selectedKey)
                row = i;
        }
        selectRow(row);
    }
    updateDetail();
    updateActions();
}

void LinkStatusWindow::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

QString LinkStatusWindow::selectedLink() const
{
    const LinkStatusRow *row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->linkName : QString();
}

void LinkStatusWindow::updateActions()
{
    const bool linkSelected = !selectedLink().isEmpty();
    for (QAction *a : {m_failover, m_delete, m_rotate, m_mode})
        a->setEnabled(linkSelected);
}

void LinkStatusWindow::updateDetail()
{
    const LinkStatusRow *row = m_model->rowAt(m_table->currentIndex().row());
    if (!row) {
        m_detail->setText(tr("Select a link to see its details and history."));
        m_chart->setHistory(QString(), {});
        return;
    }
    QStringList lines;
    lines << tr("%1 / %2: %3")
                 .arg(row->linkName, row->databaseName,
                      m_model
                          ->data(m_model->index(m_table->currentIndex().row(),
                                                LinkStatusTableModel::Health))
                          .toString());
    lines += row->reasons;
    if (!row->errorText.isEmpty()) {
        lines << (row->errorNumber != 0
                      ? tr("Most recent error %1: %2").arg(row->errorNumber).arg(row->errorText)
                      : tr("Most recent error: %1").arg(row->errorText));
        if (!row->errorExplanation.isEmpty())
            lines << row->errorExplanation;
    }
    lines += row->problems;
    m_detail->setText(lines.join(QLatin1Char('\n')));
    m_chart->setHistory(tr("%1 — lag and hardened LSNs").arg(row->databaseName), row->history);
}

void LinkStatusWindow::chooseSupportBundle()
{
    const QString suggested = m_projectPath.isEmpty()
        ? QDir::home().filePath(QStringLiteral("milink-support.tar"))
        : m_projectPath + QStringLiteral(".support.tar");
    m_dialogs->chooseFileToSave(this, tr("Save support bundle"), suggested,
                                tr("Support bundles (*.tar)"), [this](const QString &path) {
                                    if (!path.isEmpty())
                                        writeSupportBundle(path);
                                });
}

void LinkStatusWindow::writeSupportBundle(const QString &path)
{
    SupportBundle::Input input;
    input.projectPath = m_projectPath;
    input.knownSecrets = m_knownSecrets;
    if (m_monitor)
        input.monitor = m_monitor->diagnostics();
    m_bundle->setEnabled(false);
    // Reading the project folder and writing the archive are file I/O: off the UI thread.
    auto result = std::make_shared<SupportBundle::Result>();
    QThread *worker
        = QThread::create([input, path, result] { *result = SupportBundle::write(path, input); });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, path, result] {
        m_workers.removeAll(worker);
        worker->deleteLater();
        m_bundle->setEnabled(true);
        if (!result->error.isEmpty())
            m_dialogs->inform(this, tr("Support bundle"), result->error);
        emit supportBundleWritten(path, result->error);
    });
    worker->start();
}

} // namespace milink
