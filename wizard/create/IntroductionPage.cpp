#include "IntroductionPage.h"

#include "common/DialogFacade.h"
#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace milink {

IntroductionPage::IntroductionPage(LinkSession *session, DialogFacade *dialogs, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_dialogs(dialogs),
      m_offline(new QCheckBox(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("introductionPage"));
    setTitle(tr("Introduction"));
    setSubTitle(tr("Replicate SQL Server databases to Azure SQL Managed Instance (or back) "
                   "through a distributed availability group."));

    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("introductionText"));
    text->setOpenExternalLinks(false);
    text->setFrameShape(QFrame::NoFrame);
    text->setHtml(
        tr("<p>This wizard creates a <b>Managed Instance link</b> for each database you choose. "
           "It checks both servers first and changes nothing until you press <i>Finish</i> on the "
           "summary. At any point you can export the same steps as scripts to review and run "
           "later; a setup that stops half-way can be resumed.</p>"
           "<p>The wizard will:</p>"
           "<ol>"
           "<li>check SQL Server, the databases and the managed instance against the link's "
           "requirements;</li>"
           "<li>create or reuse the database master key, the certificates and the trust between "
           "SQL Server and the managed instance;</li>"
           "<li>create or adjust the database mirroring endpoint;</li>"
           "<li>create an availability group and a distributed availability group per "
           "database;</li>"
           "<li>create the link in Azure and follow the connection and the initial seeding.</li>"
           "</ol>"
           "<h4>Before you start</h4>"
           "<ul>"
           "<li><b>Permissions</b>: membership in <i>sysadmin</i> on SQL Server; the "
           "<i>SQL Managed Instance Contributor</i> role (or a custom role with the link "
           "permissions) on the managed instance.</li>"
           "<li><b>Versions</b>: SQL Server 2016 SP3 or 2017 CU31 with their Azure Connect packs, "
           "2019 CU20, 2022 or 2025. SQL Server 2016–2019 fail over one way only; creating the "
           "link from the managed instance needs SQL Server 2022 CU10 or 2025 and a matching "
           "update policy on the managed instance.</li>"
           "<li><b>SQL Server</b>: Always On availability groups enabled; each database in the "
           "FULL recovery model with at least one full backup.</li>"
           "<li><b>Network</b>: SQL Server reaches the managed instance's subnet on TCP 5022 and "
           "11000–11999, and the managed instance reaches SQL Server's mirroring endpoint "
           "(TCP 5022 by default), over a private connection (VPN, ExpressRoute or "
           "peering).</li>"
           "</ul>"));

    auto *open = new QPushButton(tr("&Open project…"), this);
    open->setObjectName(QStringLiteral("openProjectButton"));
    open->setToolTip(tr("Continue with a .milink project saved earlier."));
    connect(open, &QPushButton::clicked, this, &IntroductionPage::openProject);

    m_offline->setObjectName(QStringLiteral("offlineCheck"));
    m_offline->setText(tr("&Work offline: type the values in and export scripts, without "
                          "connecting to SQL Server or Azure"));
    m_offline->setChecked(session->isOffline());
    connect(m_offline, &QCheckBox::toggled, session, &LinkSession::setOffline);
    connect(session, &LinkSession::offlineChanged, m_offline, &QCheckBox::setChecked);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_offline, 1);
    actions->addWidget(open);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text, 1);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
}

void IntroductionPage::openProject()
{
    m_dialogs->chooseFileToOpen(
        this, tr("Open a link project"), tr("milink projects (*.milink)"),
        [this](const QString &path) {
            if (path.isEmpty())
                return;
            const ValidationIssues issues = m_session->load(path);
            if (hasErrors(issues)) {
                QStringList lines;
                for (const ValidationIssue &issue : issues)
                    lines << issue.toString();
                m_banner->showError(
                    tr("%1 cannot be opened. Nothing was changed in the wizard; correct the file "
                       "or choose another.")
                        .arg(QDir::toNativeSeparators(path)),
                    lines.join(QLatin1Char('\n')));
                return;
            }
            QStringList warnings;
            for (const ValidationIssue &issue : issues)
                warnings << issue.toString();
            if (warnings.isEmpty())
                m_banner->showMessage(MessageBanner::Level::Information,
                                      tr("Opened %1. Press Next to review each page.")
                                          .arg(QDir::toNativeSeparators(path)));
            else
                m_banner->showMessage(MessageBanner::Level::Warning,
                                      tr("Opened %1 with warnings; review them on the pages.")
                                          .arg(QDir::toNativeSeparators(path)),
                                      warnings.join(QLatin1Char('\n')));
        });
}

} // namespace milink
