#include "RotationPage.h"

#include "common/MessageBanner.h"
#include "common/PlanController.h"
#include "failover/CertificateExpiry.h"
#include "link/LinkValidator.h"
#include "plan/PlanBuilder.h"
#include "session/LinkSession.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace milink {

RotationPage::RotationPage(LinkSession *session, PlanController *plan, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_plan(plan)
{
    setObjectName(QStringLiteral("rotationPage"));
    setTitle(tr("Rotate the endpoint certificate"));
    setSubTitle(tr("A new certificate is created and trusted by the managed instance before "
                   "the endpoint switches to it, so the link stays connected; the old one is "
                   "dropped last."));
    auto label = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        l->setWordWrap(true);
        return l;
    };
    m_sqlServerExpiry = label("sqlServerCertificateExpiryLabel");
    m_trustedExpiry = label("trustedCertificateExpiryLabel");
    m_instanceExpiry = label("instanceCertificateExpiryLabel");
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newCertificateNameEdit"));
    m_expiry = new QDateEdit(this);
    m_expiry->setObjectName(QStringLiteral("newCertificateExpiryEdit"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_banner = new MessageBanner(this);
    auto *form = new QFormLayout;
    form->addRow(tr("SQL Server certificate:"), m_sqlServerExpiry);
    form->addRow(tr("Trusted by the managed instance:"), m_trustedExpiry);
    form->addRow(tr("Managed instance's certificate:"), m_instanceExpiry);
    form->addRow(tr("New certificate &name:"), m_name);
    form->addRow(tr("New certificate &expires:"), m_expiry);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_banner);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void RotationPage::initializePage()
{
    const LinkDefinition &link = m_session->link();
    const QString current = link.effectiveCertificateName();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString offline = tr("not verified (offline)");

    QDateTime sqlExpiry;
    if (m_session->sqlServerFacts()) {
        for (const auto &c : m_session->sqlServerFacts()->certificates) {
            if (c.name.compare(current, Qt::CaseInsensitive) == 0)
                sqlExpiry = c.expiryDate;
        }
    }
    m_sqlServerExpiry->setText(
        m_session->isOffline()
            ? offline
            : tr("%1: %2").arg(current, CertificateExpiry::describe(sqlExpiry, now)));
    QDateTime trusted;
    QDateTime instance;
    if (m_session->azureFacts()) {
        for (const ServerTrustCertificateInfo &t : m_session->azureFacts()->trustCertificates) {
            if (t.name.compare(current, Qt::CaseInsensitive) == 0
                || t.certificateName.compare(current, Qt::CaseInsensitive) == 0)
                trusted = CertificateExpiry::fromDer(t.der());
        }
        if (m_session->azureFacts()->endpointCertificate)
            instance
                = CertificateExpiry::fromDer(m_session->azureFacts()->endpointCertificate->der());
    }
    const bool azure = m_session->azureFacts().has_value();
    m_trustedExpiry->setText(m_session->isOffline() ? offline
                                 : azure            ? CertificateExpiry::describe(trusted, now)
                                                    : tr("unknown (not signed in to Azure)"));
    m_instanceExpiry->setText(m_session->isOffline() ? offline
                                  : azure            ? CertificateExpiry::describe(instance, now)
                                      + tr(" — Azure renews it; nothing to do here.")
                                          : tr("unknown (not signed in to Azure)"));
    if (m_name->text().isEmpty())
        m_name->setText(PlanBuilder::defaultNewCertificateName(link));
    if (!m_expiry->date().isValid() || m_expiry->date() <= QDate::currentDate())
        m_expiry->setDate(QDate::currentDate().addYears(1));
    if (sqlExpiry.isValid() && now.daysTo(sqlExpiry) < 30)
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The current certificate expires within 30 days; once it has "
                                 "expired the link disconnects with error 41973."));
    else
        m_banner->clear();
    m_name->setFocus();
}

bool RotationPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

bool RotationPage::validatePage()
{
    const QString name = m_name->text().trimmed();
    const QString problem = LinkValidator::certificateNameProblem(name);
    if (!problem.isEmpty()) {
        m_banner->showError(problem);
        return false;
    }
    if (name.compare(m_session->link().effectiveCertificateName(), Qt::CaseInsensitive) == 0) {
        m_banner->showError(tr("The new certificate needs a name other than the current one."));
        return false;
    }
    PlanOptions options;
    options.newCertificateName = name;
    options.newCertificateExpiry = m_expiry->date();
    m_plan->setOptions(options);
    return true;
}

} // namespace milink
