#include "LinkWizard.h"

#include "common/DialogFacade.h"
#include "common/ExecutingPage.h"
#include "common/PlanController.h"
#include "common/PlanSummaryPage.h"
#include "common/ResultsPage.h"
#include "common/RunController.h"
#include "create/AzurePage.h"
#include "create/DatabasesPage.h"
#include "create/EndpointPage.h"
#include "create/IntroductionPage.h"
#include "create/LinkOptionsPage.h"
#include "create/RequirementsPage.h"
#include "create/SqlServerPage.h"
#include "create/ValidationPage.h"
#include "session/LinkSession.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

namespace milink {

LinkWizard::LinkWizard(LinkSession *session, DialogFacade *dialogs, QWidget *parent)
    : QWizard(parent), m_session(session), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("linkWizard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/milink.svg")));
    // ModernStyle looks the same on every platform, so screenshots in the
    // documentation match what users see.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(860, 640);

    setButtonText(QWizard::CustomButton1, tr("Save pro&ject…"));
    setOption(QWizard::HaveCustomButton1);
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("saveProjectButton"));
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Save every choice made so far as a .milink project (no passwords) to "
                        "reopen later or to share with a colleague."));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            saveProject();
    });

    setPage(IntroductionPageId, new IntroductionPage(session, dialogs, this));
    setPage(LinkOptionsPageId, new LinkOptionsPage(session, this));
    setPage(SqlServerPageId, new SqlServerPage(session, this));
    setPage(RequirementsPageId, new RequirementsPage(session, this));
    setPage(DatabasesPageId, new DatabasesPage(session, this));
    setPage(AzurePageId, new AzurePage(session, this));
    setPage(EndpointPageId, new EndpointPage(session, this));
    setPage(ValidationPageId, new ValidationPage(session, this));

    // The plan follows the create-link choices made on the pages (e.g. a full
    // backup first); the run is shared by the last three pages.
    auto *plan
        = new PlanController(session, Operation::CreateLink, session->createLinkOptions(), this);
    connect(session, &LinkSession::createLinkOptionsChanged, plan,
            [plan, session] { plan->setOptions(session->createLinkOptions()); });
    m_run = new RunController(session, this);
    setPage(SummaryPageId, new PlanSummaryPage(plan, m_run, dialogs, this));
    setPage(ExecutingPageId, new ExecutingPage(m_run, this));
    auto *results = new ResultsPage(m_run, dialogs, this);
    connect(results, &ResultsPage::linkStatusRequested, this, &LinkWizard::linkStatusRequested);
    setPage(ResultsPageId, results);
    setStartId(IntroductionPageId);

    connect(session, &LinkSession::modifiedChanged, this, &LinkWizard::updateTitle);
    connect(session, &LinkSession::projectPathChanged, this, &LinkWizard::updateTitle);
    updateTitle();
}

void LinkWizard::saveProject(const std::function<void(bool saved)> &done)
{
    if (!m_session->projectPath().isEmpty()) {
        writeProject(m_session->projectPath(), done);
        return;
    }
    const LinkDefinition &link = m_session->link();
    const QString stem
        = link.databases.isEmpty() ? QStringLiteral("link") : link.databases.constFirst().linkName;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QLatin1Char('/') + stem + QStringLiteral(".milink");
    m_dialogs->chooseFileToSave(this, tr("Save the link project"), suggested,
                                tr("milink projects (*.milink)"),
                                [this, done](const QString &path) {
                                    if (path.isEmpty()) {
                                        if (done)
                                            done(false);
                                        return;
                                    }
                                    writeProject(path, done);
                                });
}

void LinkWizard::writeProject(const QString &path, const std::function<void(bool)> &done)
{
    const QString problem = m_session->save(path);
    if (problem.isEmpty()) {
        if (done)
            done(true);
        return;
    }
    m_dialogs->inform(this, tr("The project was not saved"),
                      problem + QLatin1Char('\n')
                          + tr("Nothing was lost: the wizard still holds every choice. Choose "
                               "another folder with Save project…."));
    if (done)
        done(false);
}

void LinkWizard::reject()
{
    if (m_closeConfirmed) {
        QWizard::reject();
        return;
    }
    // A running step is cancelled first, so nothing is left half-done without a
    // journal entry; the journal lets a later run resume.
    if (m_run->state() == RunController::State::Running) {
        m_dialogs->confirm(this, tr("Stop the running steps?"),
                           tr("Steps are running on SQL Server or in Azure. Closing cancels the "
                              "running step; what is done stays done, and the journal lets the "
                              "next run resume where this one stopped."),
                           tr("Cancel the run and close"), [this](bool close) {
                               if (!close)
                                   return;
                               m_run->cancel();
                               m_closeConfirmed = true;
                               QWizard::reject();
                           });
        return;
    }
    if (!m_session->isModified()) {
        QWizard::reject();
        return;
    }
    m_dialogs->confirm(this, tr("Close without saving?"),
                       tr("The choices made in this wizard are not saved in a project. Close the "
                          "wizard and lose them, or press Cancel and use Save project…."),
                       tr("Close without saving"), [this](bool close) {
                           if (!close)
                               return;
                           m_closeConfirmed = true;
                           QWizard::reject();
                       });
}

void LinkWizard::updateTitle()
{
    QString title = tr("New Managed Instance link");
    const QString path = m_session->projectPath();
    if (!path.isEmpty())
        title = QFileInfo(path).fileName() + QStringLiteral(" — ") + title;
    // Qt replaces [*] with the platform's modified marker.
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowModified(m_session->isModified());
}

} // namespace milink
