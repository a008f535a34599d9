#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace milink {

class LinkSession;
class MessageBanner;
class PlanController;

// Delete options: what goes besides the link itself. Both copies of each database
// stay and become independent; the plan waits for the managed instance's first
// full backup when it is primary.
class DeleteOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    DeleteOptionsPage(LinkSession *session, PlanController *plan, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    LinkSession *m_session;
    PlanController *m_plan;
    QLabel *m_what;
    QCheckBox *m_dropAg;
    QCheckBox *m_certificates;
    MessageBanner *m_error;
};

} // namespace milink
