#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace milink {

class DialogFacade;
class MessageBanner;
class PlanController;
class RunController;

// Summary: the plan as a list (target, and whether a step will be skipped because
// it is done), a read-only preview of each script file, *Script…* to export what
// `milink script` writes, password fields for the plan's secrets, and the run
// mode. Committing prepares the RunController; offline, nothing executes and the
// page only exports. A thin view over PlanController, shared by every wizard.
class PlanSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    // Controllers and dialogs are not owned and must outlive the page.
    PlanSummaryPage(PlanController *plan, RunController *run, DialogFacade *dialogs,
                    QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void refresh();
    void rebuildSecrets();
    void showFile(int row);
    void exportScripts();
    void updateBanner();

    PlanController *m_plan;
    RunController *m_run;
    DialogFacade *m_dialogs;
    MessageBanner *m_banner;
    QTreeWidget *m_steps;
    QListWidget *m_files;
    QPlainTextEdit *m_preview;
    QPushButton *m_export;
    QFormLayout *m_secretsForm;
    QWidget *m_secretsBox;
    QRadioButton *m_runAll;
    QRadioButton *m_stepThrough;
    QLabel *m_modeNote;
};

} // namespace milink
