#include "ExecutingPage.h"

#include "RunController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace milink {

namespace {

QString elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString stateText(RunController::State state)
{
    switch (state) {
    case RunController::State::Idle: return ExecutingPage::tr("Ready.");
    case RunController::State::Running: return ExecutingPage::tr("Running…");
    case RunController::State::Paused:
        return ExecutingPage::tr("Paused after a step: check its result, then run the next one.");
    case RunController::State::Succeeded: return ExecutingPage::tr("Every step is done.");
    case RunController::State::Failed:
        return ExecutingPage::tr("A step failed. The Results page explains it and offers a retry.");
    case RunController::State::Cancelled:
        return ExecutingPage::tr("Cancelled. The run can be resumed from the Results page.");
    }
    return {};
}

} // namespace

ExecutingPage::ExecutingPage(RunController *run, QWidget *parent)
    : QWizardPage(parent),
      m_run(run),
      m_steps(new QTreeWidget(this)),
      m_progress(new QProgressBar(this)),
      m_elapsed(new QLabel(this)),
      m_state(new QLabel(this)),
      m_log(new QPlainTextEdit(this)),
      m_cancel(new QPushButton(tr("&Cancel run"), this)),
      m_next(new QPushButton(tr("Run ne&xt step"), this)),
      m_rest(new QPushButton(tr("Run the &rest"), this)),
      m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("executingPage"));
    setTitle(tr("Executing"));
    setSubTitle(tr("Each step checks first whether it is already done. Long waits (connection, "
                   "seeding) run for several databases at once."));

    m_steps->setObjectName(QStringLiteral("executingStepList"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setHeaderLabels({tr("#"), tr("Step"), tr("Target"), tr("Status")});
    m_steps->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);

    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setFormat(tr("%v of %m steps"));
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_state->setObjectName(QStringLiteral("runStateLabel"));
    m_state->setWordWrap(true);

    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_next->setObjectName(QStringLiteral("runNextStepButton"));
    m_rest->setObjectName(QStringLiteral("runRestButton"));
    connect(m_cancel, &QPushButton::clicked, m_run, &RunController::cancel);
    connect(m_next, &QPushButton::clicked, m_run, &RunController::runNextStep);
    connect(m_rest, &QPushButton::clicked, m_run, &RunController::runAll);

    // Display only: the controller measures the time.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ExecutingPage::updateElapsed);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_log);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *status = new QHBoxLayout;
    status->addWidget(m_progress, 1);
    status->addWidget(m_elapsed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_next);
    buttons->addWidget(m_rest);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(status);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    setTabOrder(m_steps, m_log);
    setTabOrder(m_log, m_next);
    setTabOrder(m_next, m_rest);
    setTabOrder(m_rest, m_cancel);

    connect(m_run, &RunController::stepsReset, this, &ExecutingPage::rebuild);
    connect(m_run, &RunController::stepChanged, this, &ExecutingPage::updateStep);
    connect(m_run, &RunController::progressChanged, this, [this](int finished, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(finished);
    });
    connect(m_run, &RunController::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_run, &RunController::stateChanged, this, [this] {
        updateButtons();
        updateElapsed();
        emit completeChanged();
    });
    rebuild();
}

void ExecutingPage::initializePage()
{
    rebuild();
    m_log->setPlainText(m_run->logLines().join(QLatin1Char('\n')));
    if (m_run->mode() == RunController::Mode::RunAll && m_run->canStart())
        m_run->start();
    else if (m_run->mode() == RunController::Mode::StepThrough)
        m_next->setFocus();
    updateButtons();
}

bool ExecutingPage::isComplete() const
{
    const RunController::State state = m_run->state();
    return state == RunController::State::Succeeded || state == RunController::State::Failed
        || state == RunController::State::Cancelled;
}

QString ExecutingPage::statusText(const RunStepState &step)
{
    switch (step.status) {
    case StepRecord::Status::Pending: return tr("Waiting");
    case StepRecord::Status::Running: return tr("Running…");
    case StepRecord::Status::Done: return tr("Done");
    case StepRecord::Status::Skipped: return tr("Skipped (already done)");
    case StepRecord::Status::Failed:
        return step.errorCode.isEmpty() ? tr("Failed") : tr("Failed (%1)").arg(step.errorCode);
    case StepRecord::Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

QIcon ExecutingPage::statusIcon(const QWidget *widget, const RunStepState &step)
{
    QStyle *style = widget->style();
    switch (step.status) {
    case StepRecord::Status::Pending: return {};
    case StepRecord::Status::Running: return style->standardIcon(QStyle::SP_MediaPlay);
    case StepRecord::Status::Done: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case StepRecord::Status::Skipped: return style->standardIcon(QStyle::SP_MediaSkipForward);
    case StepRecord::Status::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case StepRecord::Status::Cancelled: return style->standardIcon(QStyle::SP_MediaStop);
    }
    return {};
}

void ExecutingPage::rebuild()
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
    }
    for (const RunStepState &step : steps)
        updateStep(step.index);
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(2);
    m_progress->setMaximum(qMax(1, m_run->totalCount()));
    m_progress->setValue(m_run->finishedCount());
    updateButtons();
    updateElapsed();
}

void ExecutingPage::updateStep(int index)
{
    QTreeWidgetItem *item = m_steps->topLevelItem(index);
    const QList<RunStepState> steps = m_run->steps();
    if (!item || index >= steps.size())
        return;
    const RunStepState &step = steps.at(index);
    item->setText(3, statusText(step));
    item->setIcon(3, statusIcon(this, step));
    m_steps->resizeColumnToContents(3);
    item->setToolTip(3, step.message);
    if (step.status == StepRecord::Status::Running)
        m_steps->scrollToItem(item);
}

void ExecutingPage::updateButtons()
{
    const bool stepThrough = m_run->mode() == RunController::Mode::StepThrough;
    m_cancel->setEnabled(m_run->canCancel());
    m_next->setEnabled(stepThrough && m_run->canRunNextStep());
    m_rest->setEnabled(stepThrough && m_run->canStart());
    m_next->setDefault(stepThrough && m_run->canRunNextStep());
    m_state->setText(stateText(m_run->state()));
    if (m_run->state() == RunController::State::Running)
        m_ticker->start();
    else
        m_ticker->stop();
}

void ExecutingPage::updateElapsed()
{
    m_elapsed->setText(tr("Elapsed %1").arg(elapsedText(m_run->elapsedMs())));
}

} // namespace milink
