#include "ResultsPage.h"

#include "DialogFacade.h"
#include "ExecutingPage.h"
#include "MessageBanner.h"
#include "RunController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

ResultsPage::ResultsPage(RunController *run, DialogFacade *dialogs, QWidget *parent)
    : QWizardPage(parent),
      m_run(run),
      m_dialogs(dialogs),
      m_summary(new QLabel(this)),
      m_steps(new QTreeWidget(this)),
      m_details(new MessageBanner(this)),
      m_retry(new QPushButton(tr("Retry from &here"), this)),
      m_rollback(new QPushButton(tr("R&oll back what this run created…"), this)),
      m_status(new QPushButton(tr("Open link &status"), this))
{
    setObjectName(QStringLiteral("resultsPage"));
    setTitle(tr("Results"));
    setSubTitle(tr("What each step did. Select a step to see its details."));

    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("resultsStepList"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({tr("#"), tr("Step"), tr("Target"), tr("Result")});
    m_steps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    m_details->setObjectName(QStringLiteral("resultsDetails"));

    m_retry->setObjectName(QStringLiteral("retryFromHereButton"));
    m_retry->setToolTip(tr("Run the selected step and every step after it again. Finished "
                           "steps before it are not repeated; each step checks first whether "
                           "it is already done."));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rollback->setToolTip(tr("Remove the objects this run created (newest first). Objects "
                              "that existed before the run are never touched."));
    m_status->setObjectName(QStringLiteral("openLinkStatusButton"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const int index = selectedIndex();
        if (index >= 0)
            m_run->retryFrom(index);
    });
    connect(m_rollback, &QPushButton::clicked, this, &ResultsPage::confirmRollback);
    connect(m_status, &QPushButton::clicked, this, &ResultsPage::linkStatusRequested);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this] {
        showSelected();
        updateButtons();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_rollback);
    buttons->addStretch(1);
    buttons->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    setTabOrder(m_steps, m_retry);
    setTabOrder(m_retry, m_rollback);
    setTabOrder(m_rollback, m_status);

    connect(m_run, &RunController::stepsReset, this, &ResultsPage::rebuild);
    connect(m_run, &RunController::stepChanged, this, &ResultsPage::updateStep);
    connect(m_run, &RunController::stateChanged, this, [this] {
        updateButtons();
        showSelected();
        emit completeChanged();
    });
    connect(m_run, &RunController::finished, this, [this] {
        // After a run, point at what needs attention.
        const int failed = m_run->failedIndex();
        if (failed >= 0 && m_steps->topLevelItem(failed))
            m_steps->setCurrentItem(m_steps->topLevelItem(failed));
        showSelected();
    });
}

void ResultsPage::initializePage()
{
    rebuild();
    m_steps->setFocus();
}

bool ResultsPage::isComplete() const
{
    return m_run->state() != RunController::State::Running;
}

void ResultsPage::rebuild()
{
    m_steps->clear();
    const QList<RunStepState> steps = m_run->steps();
    for (const RunStepState &step : steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(0, QString::number(step.index + 1));
        item->setText(1,
                      step.databaseName.isEmpty()
                          ? step.title
                          : tr("%1 (%2)").arg(step.title, step.databaseName));
        item->setText(2, step.target);
        updateStep(step.index);
    }
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(2);
    const int failed = m_run->failedIndex();
    if (failed >= 0)
        m_steps->setCurrentItem(m_steps->topLevelItem(failed));
    else if (m_steps->topLevelItemCount() > 0)
        m_steps->setCurrentItem(m_steps->topLevelItem(0));
    showSelected();
    updateButtons();
}

void ResultsPage::updateStep(int index)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    const QList<RunStepState> steps = m_run->steps();
    if (!item || index >= steps.size())
        return;
    const RunStepState &step = steps.at(index);
    item->setText(3, ExecutingPage::statusText(step));
    item->setIcon(3, ExecutingPage::statusIcon(this, step));
    m_steps->resizeColumnToContents(3);
    if (index == selectedIndex())
        showSelected();
}

int ResultsPage::selectedIndex() const
{
    QTreeWidgetItem *item = m_steps->currentItem();
    return item ? m_steps->indexOfTopLevelItem(item) : -1;
}

void ResultsPage::showSelected()
{
    QString summary;
    switch (m_run->state()) {
    case RunController::State::Succeeded:
        summary = m_run->isRollback()
            ? tr("The rollback is complete: what this run created is removed.")
            : tr("Every step is done.");
        break;
    case RunController::State::Running: summary = tr("Running…"); break;
    default: summary = m_run->lastMessage(); break;
    }
    m_summary->setText(summary);

    const int index = selectedIndex();
    const QList<RunStepState> steps = m_run->steps();
    if (index < 0 || index >= steps.size()) {
        m_details->clear();
        return;
    }
    const RunStepState &step = steps.at(index);
    switch (step.status) {
    case StepRecord::Status::Failed:
        m_details->showError(step.message, step.serverText, step.errorCode);
        break;
    case StepRecord::Status::Cancelled:
        m_details->showMessage(MessageBanner::Level::Warning, step.message);
        break;
    case StepRecord::Status::Done:
    case StepRecord::Status::Skipped:
        m_details->showMessage(MessageBanner::Level::Information,
                               step.message.isEmpty() ? ExecutingPage::statusText(step)
                                                      : step.message);
        break;
    default: m_details->clear(); break;
    }
}

void ResultsPage::updateButtons()
{
    const int index = selectedIndex();
    const QList<RunStepState> steps = m_run->steps();
    const bool retryable = index >= 0 && index < steps.size()
        && steps.at(index).status != StepRecord::Status::Done
        && steps.at(index).status != StepRecord::Status::Skipped;
    m_retry->setEnabled(m_run->canRetry() && retryable);
    m_rollback->setEnabled(m_run->canRollback());
    m_status->setEnabled(m_run->state() != RunController::State::Running);
}

void ResultsPage::confirmRollback()
{
    if (!m_run->canRollback())
        return;
    QStringList objects;
    for (const RunStepState &step : m_run->steps()) {
        if (step.created)
            objects << QStringLiteral("• ") + step.title;
    }
    m_dialogs->confirm(
        this, tr("Roll back what this run created?"),
        tr("These steps created objects that will be removed, newest first:\n%1\n\nObjects that "
           "existed before the run stay. Databases keep their data; their links and "
           "availability groups are dropped.")
            .arg(objects.join(QLatin1Char('\n'))),
        tr("Roll back"), [this](bool accepted) {
            if (accepted)
                m_run->rollback();
        });
}

} // namespace milink
