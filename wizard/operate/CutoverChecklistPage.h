#pragma once

#include <QWizardPage>

#include <memory>

class QListWidget;
class QPushButton;

namespace milink {

class CutoverChecklist;
class DialogFacade;
class FailoverController;

// The post-cutover checklist: what the link does not move, as check boxes the
// DBA ticks off, exportable as text for a change record.
class CutoverChecklistPage : public QWizardPage
{
    Q_OBJECT

public:
    CutoverChecklistPage(FailoverController *controller, DialogFacade *dialogs,
                         QWidget *parent = nullptr);
    ~CutoverChecklistPage() override;

    void initializePage() override;
    // The checklist as text with the ticks given so far.
    QString text() const;

private:
    void exportText();

    FailoverController *m_controller;
    DialogFacade *m_dialogs;
    std::unique_ptr<CutoverChecklist> m_checklist;
    QListWidget *m_list;
    QPushButton *m_export;
};

} // namespace milink
