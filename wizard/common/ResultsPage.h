#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace milink {

class DialogFacade;
class MessageBanner;
class RunController;

// Results: every step's outcome; for the selected (by default the failed) step
// the explanation, the raw server or Azure text and the error number; *Retry from
// here*, *Roll back what this run created* (confirmed: destructive) and *Open link
// status*. The table stays live while a retry or a rollback runs. Shared by
// every wizard.
class ResultsPage : public QWizardPage
{
    Q_OBJECT

public:
    // The controller and the dialogs are not owned and must outlive the page.
    ResultsPage(RunController *run, DialogFacade *dialogs, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

signals:
    // The user wants the link status window (someone else's); the wizard opens it.
    void linkStatusRequested();

private:
    void rebuild();
    void updateStep(int index);
    void showSelected();
    void updateButtons();
    void confirmRollback();
    int selectedIndex() const;

    RunController *m_run;
    DialogFacade *m_dialogs;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    MessageBanner *m_details;
    QPushButton *m_retry;
    QPushButton *m_rollback;
    QPushButton *m_status;
};

} // namespace milink
