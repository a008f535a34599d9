#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace milink {

class RunController;
struct RunStepState;

// Executing: per-step status, overall progress, elapsed time and the live log of
// a RunController, with *Cancel* and, in step-through mode, *Run next step* and
// *Run the rest*. Run all starts when the page opens. Buttons follow the
// controller's state; nothing here waits. Shared by every wizard.
class ExecutingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExecutingPage(RunController *run, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // "Done", "Skipped (already done)", … and a standard icon, for both run pages.
    static QString statusText(const RunStepState &step);
    static QIcon statusIcon(const QWidget *widget, const RunStepState &step);

private:
    void rebuild();
    void updateStep(int index);
    void updateButtons();
    void updateElapsed();

    RunController *m_run;
    QTreeWidget *m_steps;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QLabel *m_state;
    QPlainTextEdit *m_log;
    QPushButton *m_cancel;
    QPushButton *m_next;
    QPushButton *m_rest;
    QTimer *m_ticker;
};

} // namespace milink
