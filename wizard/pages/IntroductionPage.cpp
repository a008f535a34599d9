#include "IntroductionPage.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace milink {

IntroductionPage::IntroductionPage(QWidget *parent) : QWizardPage(parent)
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
}

} // namespace milink
