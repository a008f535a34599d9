#pragma once

#include <QWizardPage>

class QCheckBox;

namespace milink {

class DialogFacade;
class LinkSession;
class MessageBanner;

// What the wizard will do and what the user needs before starting: permissions,
// supported versions and network openings. Also where a saved project is
// reopened, and where a consultant without access to the servers chooses to work
// offline (values are typed in, the wizard exports scripts and executes nothing).
class IntroductionPage : public QWizardPage
{
    Q_OBJECT

public:
    IntroductionPage(LinkSession *session, DialogFacade *dialogs, QWidget *parent = nullptr);

private:
    void openProject();

    LinkSession *m_session;
    DialogFacade *m_dialogs;
    QCheckBox *m_offline;
    MessageBanner *m_banner;
};

} // namespace milink
