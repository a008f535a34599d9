#include "PlanSummaryPage.h"

#include "DialogFacade.h"
#include "MessageBanner.h"
#include "PlanController.h"
#include "RunController.h"
#include "session/LinkSession.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

PlanSummaryPage::PlanSummaryPage(PlanController *plan, RunController *run, DialogFacade *dialogs,
                                 QWidget *parent)
    : QWizardPage(parent),
      m_plan(plan),
      m_run(run),
      m_dialogs(dialogs),
      m_banner(new MessageBanner(this)),
      m_steps(new QTreeWidget(this)),
      m_files(new QListWidget(this)),
      m_preview(new QPlainTextEdit(this)),
      m_export(new QPushButton(tr("&Script…"), this)),
      m_secretsForm(new QFormLayout),
      m_secretsBox(new QGroupBox(tr("Secrets the plan needs"), this)),
      m_runAll(new QRadioButton(tr("&Run all steps"), this)),
      m_stepThrough(new QRadioButton(tr("S&tep through: run one step, look at its result, "
                                        "then continue"),
                                     this)),
      m_modeNote(new QLabel(this))
{
    setObjectName(QStringLiteral("planSummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Every step the wizard will take, in order. Steps already in place are "
                   "checked again and skipped. Export the same steps as scripts with Script…"));
    setButtonText(QWizard::CommitButton, tr("&Execute"));

    m_banner->setObjectName(QStringLiteral("summaryBanner"));

    m_steps->setObjectName(QStringLiteral("planStepList"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({tr("#"), tr("Step"), tr("Target"), tr("Database"), tr("When run")});
    m_steps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);

    m_files->setObjectName(QStringLiteral("scriptFileList"));
    m_files->setMaximumWidth(220);
    m_preview->setObjectName(QStringLiteral("scriptPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_files, &QListWidget::currentRowChanged, this, &PlanSummaryPage::showFile);

    m_export->setObjectName(QStringLiteral("exportScriptsButton"));
    m_export->setToolTip(tr("Write the scripts `milink script` writes for this project into a "
                            "folder: T-SQL for sqlcmd or SSMS, PowerShell and Azure CLI, and a "
                            "README with the order."));
    connect(m_export, &QPushButton::clicked, this, &PlanSummaryPage::exportScripts);

    auto *scripts = new QWidget(this);
    auto *scriptsLayout = new QHBoxLayout(scripts);
    scriptsLayout->setContentsMargins(0, 0, 0, 0);
    scriptsLayout->addWidget(m_files);
    scriptsLayout->addWidget(m_preview, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("summaryTabs"));
    tabs->addTab(m_steps, tr("&Plan"));
    tabs->addTab(scripts, tr("Scrip&ts"));

    m_secretsBox->setObjectName(QStringLiteral("secretsBox"));
    m_secretsBox->setLayout(m_secretsForm);

    auto *modeBox = new QGroupBox(tr("How to run"), this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    m_runAll->setObjectName(QStringLiteral("runAllRadio"));
    m_stepThrough->setObjectName(QStringLiteral("stepThroughRadio"));
    m_runAll->setChecked(true);
    m_modeNote->setObjectName(QStringLiteral("runModeNote"));
    m_modeNote->setWordWrap(true);
    m_modeNote->setText(tr("Either way the run is journaled next to the project, so it can be "
                           "resumed after a failure."));
    modeLayout->addWidget(m_runAll);
    modeLayout->addWidget(m_stepThrough);
    modeLayout->addWidget(m_modeNote);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_secretsBox, 1);
    bottom->addWidget(modeBox, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(tabs, 1);
    layout->addLayout(bottom);
    layout->addLayout(buttons);

    setTabOrder(tabs, m_steps);
    setTabOrder(m_steps, m_files);
    setTabOrder(m_files, m_preview);
    setTabOrder(m_preview, m_runAll);
    setTabOrder(m_runAll, m_stepThrough);
    setTabOrder(m_stepThrough, m_export);

    connect(m_plan, &PlanController::planChanged, this, &PlanSummaryPage::refresh);
    connect(m_plan, &PlanController::secretsChanged, this, [this] {
        updateBanner();
        emit completeChanged();
    });
    connect(m_plan->session(), &LinkSession::offlineChanged, this, [this] {
        setCommitPage(!m_plan->session()->isOffline());
        refresh();
    });
    refresh();
}

void PlanSummaryPage::initializePage()
{
    // Offline there is nothing to execute: the last button closes the wizard.
    const bool offline = m_plan->session()->isOffline();
    setCommitPage(!offline);
    setButtonText(QWizard::FinishButton, offline ? tr("&Close") : tr("&Finish"));
    m_plan->rebuild();
}

void PlanSummaryPage::refresh()
{
    m_steps->clear();
    for (const PlannedStep &step : m_plan->steps()) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, QString::number(step.index + 1));
        item->setText(1, step.title);
        item->setText(2, step.target);
        item->setText(3, step.databaseName);
        item->setText(
            4, step.skippedBecauseDone ? tr("Already done: checked, then skipped") : tr("Runs"));
        item->setToolTip(1, step.description);
        if (step.destructive)
            item->setText(1, step.title + QLatin1Char(' ') + tr("(changes or removes data)"));
        if (step.skippedBecauseDone) {
            for (int c = 0; c < 5; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    for (int c : {0, 2, 3, 4})
        m_steps->resizeColumnToContents(c);

    const int row = qMax(0, m_files->currentRow());
    m_files->clear();
    for (const ScriptFile &file : m_plan->scriptFiles())
        m_files->addItem(file.name);
    if (m_files->count() > 0)
        m_files->setCurrentRow(qMin(row, m_files->count() - 1));
    else
        m_preview->clear();

    m_export->setEnabled(!m_plan->scriptFiles().isEmpty());
    const bool offline = m_plan->session()->isOffline();
    m_runAll->setEnabled(!offline);
    m_stepThrough->setEnabled(!offline);
    rebuildSecrets();
    updateBanner();
    emit completeChanged();
}

void PlanSummaryPage::rebuildSecrets()
{
    while (m_secretsForm->rowCount() > 0)
        m_secretsForm->removeRow(0);
    const QList<PlanParameter> secrets = m_plan->neededSecrets();
    const bool offline = m_plan->session()->isOffline();
    for (const PlanParameter &secret : secrets) {
        auto *field = new QLineEdit(m_secretsBox);
        field->setObjectName(QStringLiteral("secret_") + secret.name);
        field->setEchoMode(QLineEdit::Password);
        field->setToolTip(secret.description);
        field->setText(m_plan->secretValues().value(secret.name));
        field->setEnabled(!offline);
        connect(field, &QLineEdit::textChanged, this,
                [this, name = secret.name](const QString &text) { m_plan->setSecret(name, text); });
        m_secretsForm->addRow(secret.name + QLatin1Char(':'), field);
    }
    if (secrets.isEmpty()) {
        auto *none = new QLabel(tr("None: no step that will run needs a password."), m_secretsBox);
        none->setObjectName(QStringLiteral("noSecretsLabel"));
        none->setWordWrap(true);
        m_secretsForm->addRow(none);
    }
}

void PlanSummaryPage::showFile(int row)
{
    const QList<ScriptFile> &files = m_plan->scriptFiles();
    if (row < 0 || row >= files.size()) {
        m_preview->clear();
        return;
    }
    m_preview->setPlainText(QString::fromUtf8(files.at(row).content));
}

void PlanSummaryPage::exportScripts()
{
    m_dialogs->chooseDirectory(
        this, tr("Export the scripts to a folder"), QDir::homePath(), [this](const QString &dir) {
            if (dir.isEmpty())
                return;
            const QString problem = m_plan->exportScripts(dir);
            if (problem.isEmpty())
                m_banner->showMessage(MessageBanner::Level::Information,
                                      tr("Wrote %n file(s) to %1. Start with README.md.", nullptr,
                                         int(m_plan->scriptFiles().size()))
                                          .arg(QDir::toNativeSeparators(dir)));
            else
                m_banner->showError(problem);
        });
}

void PlanSummaryPage::updateBanner()
{
    if (!m_plan->hasPlan()) {
        m_banner->showError(m_plan->refusals());
        return;
    }
    if (m_plan->session()->isOffline()) {
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("Offline: milink executes nothing. Export the scripts with "
                                 "Script… and run them where the servers are reachable."));
        return;
    }
    const QString problem = m_plan->executeProblem();
    if (!problem.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning, problem);
        return;
    }
    if (!m_plan->warnings().isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Warning, m_plan->warnings());
        return;
    }
    m_banner->clear();
}

bool PlanSummaryPage::isComplete() const
{
    if (m_plan->session()->isOffline())
        return m_plan->hasPlan(); // Close
    return m_plan->canExecute();
}

bool PlanSummaryPage::validatePage()
{
    if (m_plan->session()->isOffline())
        return true; // closes the wizard; the scripts were exported with Script…
    if (!m_plan->canExecute()) {
        updateBanner();
        return false;
    }
    m_run->setMode(m_stepThrough->isChecked() ? RunController::Mode::StepThrough
                                              : RunController::Mode::RunAll);
    const QString problem = m_run->prepare(*m_plan->plan(), m_plan->secretValues());
    if (!problem.isEmpty()) {
        m_banner->showError(problem);
        return false;
    }
    return true;
}

int PlanSummaryPage::nextId() const
{
    if (m_plan->session()->isOffline())
        return -1;
    return QWizardPage::nextId();
}

} // namespace milink
