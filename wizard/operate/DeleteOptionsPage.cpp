#include "DeleteOptionsPage.h"

#include "ConnectController.h"

#include "common/MessageBanner.h"
#include "common/PlanController.h"
#include "session/LinkSession.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace milink {

DeleteOptionsPage::DeleteOptionsPage(LinkSession *session, PlanController *plan, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_plan(plan)
{
    setObjectName(QStringLiteral("deleteOptionsPage"));
    setTitle(tr("Delete the link"));
    setSubTitle(tr("Replication stops for good; both copies of each database become "
                   "independent read/write databases."));
    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("deleteWhatLabel"));
    m_what->setWordWrap(true);
    auto *banner = new MessageBanner(this);
    banner->showMessage(MessageBanner::Level::Warning,
                        tr("Azure warns that deleting a link may lose data: transactions not yet "
                           "replicated stay on the side that wrote them. When the managed "
                           "instance is primary, the plan first waits for its first full "
                           "backup."));
    m_dropAg = new QCheckBox(tr("Also drop the &availability group on SQL Server"), this);
    m_dropAg->setObjectName(QStringLiteral("deleteDropAvailabilityGroupCheck"));
    m_certificates = new QCheckBox(tr("Also remove the &certificates, trust certificates and the "
                                      "mirroring endpoint when no other link uses them"),
                                   this);
    m_certificates->setObjectName(QStringLiteral("deleteRemoveCertificatesCheck"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(banner);
    layout->addWidget(m_dropAg);
    layout->addWidget(m_certificates);
    layout->addStretch();
    m_error = new MessageBanner(this);
    layout->addWidget(m_error);
}

void DeleteOptionsPage::initializePage()
{
    QStringList links;
    for (const DatabaseLink &db : m_session->link().databases)
        links << tr("%1 (database %2)").arg(db.linkName, db.databaseName);
    m_what->setText(tr("Links to delete: %1.").arg(links.join(QStringLiteral(", "))));
    m_dropAg->setFocus();
}

bool DeleteOptionsPage::validatePage()
{
    PlanOptions options;
    options.dropAvailabilityGroup = m_dropAg->isChecked();
    options.removeCertificates = m_certificates->isChecked();
    const QString missing
        = ConnectController::missingConnection(m_session, Operation::DeleteLink, options);
    if (!missing.isEmpty()) {
        m_error->showError(missing);
        return false;
    }
    m_error->clear();
    m_plan->setOptions(options);
    return true;
}

} // namespace milink
