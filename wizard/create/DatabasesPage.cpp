#include "DatabasesPage.h"

#include "DatabasesController.h"

#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

DatabasesPage::DatabasesPage(LinkSession *session, QWidget *parent)
    : QWizardPage(parent),
      m_controller(new DatabasesController(session, this)),
      m_source(new QLabel(this)),
      m_tree(new QTreeWidget(this)),
      m_typedName(new QLineEdit(this)),
      m_add(new QPushButton(tr("A&dd"), this)),
      m_refresh(new QPushButton(tr("Re&fresh"), this)),
      m_takeBackup(new QCheckBox(this)),
      m_backupDirectory(new QLineEdit(this)),
      m_details(new QLabel(this)),
      m_typedLabel(new QLabel(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("databasesPage"));
    setTitle(tr("Databases"));
    setSubTitle(tr("Choose the databases to link. Each gets its own link; press F2 on a "
                   "database to rename its link."));

    m_source->setObjectName(QStringLiteral("databasesSource"));
    m_source->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("databasesTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Database"), tr("Eligibility"), tr("Link name"), tr("Reasons")});
    m_tree->setRootIsDecorated(false);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    // Fixed starting widths: a 128-character database name must not push the
    // other columns out of sight (the full name is in the tooltip).
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(NameColumn, 200);
    m_tree->setColumnWidth(StatusColumn, 150);
    m_tree->setColumnWidth(LinkColumn, 180);
    m_typedName->setObjectName(QStringLiteral("databaseNameEdit"));
    m_typedName->setPlaceholderText(tr("Database name"));
    m_add->setObjectName(QStringLiteral("addDatabaseButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setToolTip(tr("Read the databases again; the selection of those that still "
                             "exist is kept."));
    m_takeBackup->setObjectName(QStringLiteral("takeFullBackupCheck"));
    m_takeBackup->setText(tr("&Take a full backup first of each selected database that has "
                             "none, into:"));
    m_backupDirectory->setObjectName(QStringLiteral("backupDirectoryEdit"));
    m_backupDirectory->setPlaceholderText(tr("a directory on the SQL Server host, e.g. "
                                             "D:\\Backup"));
    m_details->setObjectName(QStringLiteral("databaseDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);

    auto *typed = new QHBoxLayout;
    m_typedLabel->setText(tr("Database na&me:"));
    m_typedLabel->setBuddy(m_typedName);
    typed->addWidget(m_typedLabel);
    typed->addWidget(m_typedName, 1);
    typed->addWidget(m_add);
    typed->addStretch();
    typed->addWidget(m_refresh);
    auto *backup = new QHBoxLayout;
    backup->addWidget(m_takeBackup);
    backup->addWidget(m_backupDirectory, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(typed);
    layout->addLayout(backup);
    layout->addWidget(m_banner);

    setTabOrder(m_tree, m_typedName);
    setTabOrder(m_typedName, m_add);
    setTabOrder(m_add, m_refresh);
    setTabOrder(m_refresh, m_takeBackup);
    setTabOrder(m_takeBackup, m_backupDirectory);

    connect(m_tree, &QTreeWidget::itemChanged, this, &DatabasesPage::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const DatabaseRow *row
            = item ? m_controller->row(item->data(NameColumn, Qt::UserRole).toString()) : nullptr;
        QString text;
        if (row) {
            for (const CheckResult &check : row->verdict.checks) {
                text += check.title + QStringLiteral(": ") + check.reason;
                if (!check.remedy.isEmpty())
                    text += QLatin1Char(' ') + check.remedy;
                text += QLatin1Char('\n');
            }
            if (text.isEmpty())
                text = tr("%1 can be linked.").arg(row->name);
        }
        m_details->setText(text.trimmed());
    });
    connect(m_add, &QPushButton::clicked, this, &DatabasesPage::addTyped);
    // Enter in the name field adds the name; it must not also press the
    // wizard's default button (Next).
    m_typedName->installEventFilter(this);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_lastError.clear();
        m_controller->refresh();
    });
    connect(m_takeBackup, &QCheckBox::toggled, this, [this](bool on) {
        m_controller->setTakeFullBackup(on);
        m_backupDirectory->setEnabled(on);
    });
    connect(m_backupDirectory, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setBackupDirectory(text.trimmed()); });
    // Queued: the rows change while the view is still inside the check-box or
    // edit event that changed them, and rebuilding would delete that item.
    connect(m_controller, &DatabasesController::rowsChanged, this, &DatabasesPage::showRows,
            Qt::QueuedConnection);
    connect(m_controller, &DatabasesController::runningChanged, this, [this](bool running) {
        m_refresh->setEnabled(!running);
        if (running)
            m_banner->showMessage(MessageBanner::Level::Information, tr("Reading the databases…"));
        emit completeChanged();
    });
    connect(m_controller, &DatabasesController::refreshFinished, this,
            [this](const DatabasesRefreshResult &result) {
                m_lastError = result.error;
                m_lastServerText = result.serverText;
                m_lastErrorNumber = result.errorNumber;
                showProblem();
            });
    connect(session, &LinkSession::createLinkOptionsChanged, this, &DatabasesPage::showProblem);
}

void DatabasesPage::initializePage()
{
    m_lastError.clear();
    {
        const QSignalBlocker block(m_takeBackup);
        m_takeBackup->setChecked(m_controller->takeFullBackup());
    }
    m_backupDirectory->setText(m_controller->backupDirectory());
    m_backupDirectory->setEnabled(m_controller->takeFullBackup());
    showRows();
    // The managed instance's databases are read the first time they are needed.
    if (m_controller->source() == DatabasesController::Source::ManagedInstance
        && m_controller->rows().isEmpty())
        m_controller->refresh();
    m_tree->setFocus();
    if (m_tree->topLevelItemCount() > 0 && !m_tree->currentItem())
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

bool DatabasesPage::isComplete() const
{
    return !m_controller->isRefreshing() && m_controller->problem().isEmpty();
}

void DatabasesPage::showRows()
{
    const bool typed = m_controller->source() == DatabasesController::Source::Typed;
    m_source->setText(m_controller->sourceExplanation());
    m_typedName->setVisible(typed);
    m_typedLabel->setVisible(typed);
    m_add->setVisible(typed);
    m_refresh->setVisible(!typed);
    const QString current = m_tree->currentItem()
        ? m_tree->currentItem()->data(NameColumn, Qt::UserRole).toString()
        : QString();
    m_filling = true;
    m_tree->clear();
    QTreeWidgetItem *restore = nullptr;
    for (const DatabaseRow &row : m_controller->rows()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, Qt::UserRole, row.name);
        item->setText(NameColumn, row.name);
        item->setToolTip(NameColumn, row.name);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (row.selectable || row.selected)
            flags |= Qt::ItemIsUserCheckable;
        if (row.selected)
            flags |= Qt::ItemIsEditable;
        item->setFlags(flags);
        item->setCheckState(NameColumn, row.selected ? Qt::Checked : Qt::Unchecked);
        QString status;
        if (row.typedIn && !row.verdict.eligible())
            status = tr("Not found");
        else if (!row.verdict.eligible())
            status = row.selectable ? tr("Needs a full backup") : tr("Cannot be linked");
        else if (row.verdict.checks.isEmpty())
            status = tr("Eligible");
        else {
            bool unverified = false;
            for (const CheckResult &check : row.verdict.checks)
                unverified = unverified || check.status == CheckResult::Status::NotVerified;
            status = unverified ? tr("Not verified") : tr("Eligible, with warnings");
        }
        item->setText(StatusColumn, status);
        item->setText(LinkColumn, row.selected ? row.linkName : QString());
        const QString reasons = row.verdict.summary();
        item->setText(ReasonColumn, reasons.split(QLatin1Char('\n')).join(QStringLiteral(" ")));
        item->setToolTip(ReasonColumn, reasons);
        if (row.name == current)
            restore = item;
    }
    if (restore)
        m_tree->setCurrentItem(restore);
    m_filling = false;
    showProblem();
}

void DatabasesPage::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_filling)
        return;
    const QString database = item->data(NameColumn, Qt::UserRole).toString();
    QString problem;
    if (column == NameColumn) {
        problem = m_controller->setSelected(database, item->checkState(NameColumn) == Qt::Checked);
    } else if (column == LinkColumn) {
        problem = m_controller->setLinkName(database, item->text(LinkColumn));
    }
    m_lastError = problem;
    m_lastServerText.clear();
    m_lastErrorNumber.clear();
    if (!problem.isEmpty()) {
        // Refused: put the row back as the controller has it. Deferred, because
        // the view is still inside the edit that changed the item.
        QMetaObject::invokeMethod(this, &DatabasesPage::showRows, Qt::QueuedConnection);
    }
    showProblem();
}

bool DatabasesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_typedName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_typedName->text().isEmpty()) {
                addTyped();
                return true;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void DatabasesPage::addTyped()
{
    const QString name = m_typedName->text();
    const QString problem = m_controller->addTypedDatabase(name);
    m_lastError = problem;
    m_lastServerText.clear();
    m_lastErrorNumber.clear();
    if (problem.isEmpty())
        m_typedName->clear();
    showProblem();
}

void DatabasesPage::showProblem()
{
    if (!m_lastError.isEmpty()) {
        m_banner->showError(m_lastError, m_lastServerText, m_lastErrorNumber);
    } else {
        const QString problem = m_controller->problem();
        if (problem.isEmpty())
            m_banner->clear();
        else
            m_banner->showMessage(MessageBanner::Level::Warning, problem);
    }
    emit completeChanged();
}

} // namespace milink
