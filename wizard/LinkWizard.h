#pragma once

#include <QWizard>

#include <functional>

namespace milink {

class DialogFacade;
class LinkSession;
class RunController;

// The "New Managed Instance link" wizard. Owns its pages; pages talk to the
// shared LinkSession through their controllers, never to each other or to this
// class. The frame adds what every page shares: *Save project…* (a `.milink`
// file, never a secret in it) and a guard against closing with unsaved changes
// or while steps run.
class LinkWizard : public QWizard
{
    Q_OBJECT

public:
    // SSMS order, with Requirements split from the connection page.
    enum PageId {
        IntroductionPageId,
        LinkOptionsPageId,
        SqlServerPageId,
        RequirementsPageId,
        DatabasesPageId,
        AzurePageId,
        EndpointPageId,
        ValidationPageId,
        SummaryPageId,
        ExecutingPageId,
        ResultsPageId,
    };
    Q_ENUM(PageId)

    // The session and the dialogs are not owned and must outlive the wizard.
    LinkWizard(LinkSession *session, DialogFacade *dialogs, QWidget *parent = nullptr);

    LinkSession *session() const { return m_session; }
    RunController *run() const { return m_run; }

    // Saves to the project's path, or asks for one; `done(saved)` follows.
    void saveProject(const std::function<void(bool saved)> &done = {});

signals:
    // The link status window was asked for (Results page); the application opens it.
    void linkStatusRequested();

public slots:
    void reject() override;

private:
    void updateTitle();
    void writeProject(const QString &path, const std::function<void(bool)> &done);

    LinkSession *m_session;
    DialogFacade *m_dialogs;
    RunController *m_run = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace milink
