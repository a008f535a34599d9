#include "EndpointPage.h"

#include "EndpointController.h"

#include "common/AsyncValidation.h"
#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace milink {

EndpointPage::EndpointPage(LinkSession *session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_controller(new EndpointController(session, this)),
      m_validation(new AsyncValidation(this)),
      m_banner(new MessageBanner(this)),
      m_reuseEndpoint(new QRadioButton(tr("&Reuse the existing endpoint"), this)),
      m_createEndpoint(new QRadioButton(tr("Create a ne&w endpoint"), this)),
      m_name(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_address(new QLineEdit(this)),
      m_alterations(new QLabel(this)),
      m_url(new QLabel(this)),
      m_reuseCertificate(new QRadioButton(tr("Reuse an existing &certificate"), this)),
      m_createCertificate(new QRadioButton(tr("Create a new cer&tificate"), this)),
      m_certificates(new QComboBox(this)),
      m_certificateName(new QLineEdit(this)),
      m_expiry(new QDateEdit(this)),
      m_review(new QLabel(this))
{
    setObjectName(QStringLiteral("endpointPage"));
    setTitle(tr("Endpoint and certificates"));
    setSubTitle(tr("How the managed instance connects to SQL Server: the database mirroring "
                   "endpoint and the certificate that authenticates it."));

    m_banner->setObjectName(QStringLiteral("endpointBanner"));
    m_reuseEndpoint->setObjectName(QStringLiteral("reuseEndpointRadio"));
    m_createEndpoint->setObjectName(QStringLiteral("createEndpointRadio"));
    m_name->setObjectName(QStringLiteral("endpointNameEdit"));
    m_port->setObjectName(QStringLiteral("endpointPortSpin"));
    m_address->setObjectName(QStringLiteral("endpointAddressEdit"));
    m_alterations->setObjectName(QStringLiteral("endpointAlterationsLabel"));
    m_url->setObjectName(QStringLiteral("endpointUrlLabel"));
    m_reuseCertificate->setObjectName(QStringLiteral("reuseCertificateRadio"));
    m_createCertificate->setObjectName(QStringLiteral("createCertificateRadio"));
    m_certificates->setObjectName(QStringLiteral("certificateCombo"));
    m_certificateName->setObjectName(QStringLiteral("certificateNameEdit"));
    m_expiry->setObjectName(QStringLiteral("certificateExpiryEdit"));
    m_review->setObjectName(QStringLiteral("endpointReviewLabel"));

    m_port->setRange(1, 65535);
    m_address->setPlaceholderText(tr("e.g. 10.0.0.4, sql01.contoso.com or fd00::4"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (QLabel *label : {m_alterations, m_review}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *endpointGroup = new QButtonGroup(this);
    endpointGroup->addButton(m_reuseEndpoint);
    endpointGroup->addButton(m_createEndpoint);
    auto *certificateGroup = new QButtonGroup(this);
    certificateGroup->addButton(m_reuseCertificate);
    certificateGroup->addButton(m_createCertificate);

    auto *endpointBox = new QGroupBox(tr("Database mirroring endpoint on SQL Server"), this);
    auto *endpointForm = new QFormLayout(endpointBox);
    endpointForm->addRow(m_reuseEndpoint);
    endpointForm->addRow(m_createEndpoint);
    auto *nameLabel = new QLabel(tr("Endpoint na&me:"), this);
    nameLabel->setBuddy(m_name);
    endpointForm->addRow(nameLabel, m_name);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    endpointForm->addRow(portLabel, m_port);
    auto *addressLabel = new QLabel(tr("SQL Server &address:"), this);
    addressLabel->setBuddy(m_address);
    addressLabel->setToolTip(tr("The host name or IP address the managed instance connects to; "
                                "for an existing availability group, its listener IP."));
    endpointForm->addRow(addressLabel, m_address);
    endpointForm->addRow(tr("Endpoint URL:"), m_url);
    endpointForm->addRow(m_alterations);

    auto *certificateBox = new QGroupBox(tr("Endpoint certificate"), this);
    auto *certificateForm = new QFormLayout(certificateBox);
    certificateForm->addRow(m_reuseCertificate);
    auto *existingLabel = new QLabel(tr("E&xisting certificate:"), this);
    existingLabel->setBuddy(m_certificates);
    certificateForm->addRow(existingLabel, m_certificates);
    certificateForm->addRow(m_createCertificate);
    auto *certNameLabel = new QLabel(tr("Cert&ificate name:"), this);
    certNameLabel->setBuddy(m_certificateName);
    certificateForm->addRow(certNameLabel, m_certificateName);
    auto *expiryLabel = new QLabel(tr("&Expires on:"), this);
    expiryLabel->setBuddy(m_expiry);
    certificateForm->addRow(expiryLabel, m_expiry);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(endpointBox);
    layout->addWidget(certificateBox);
    layout->addWidget(m_review);
    layout->addStretch(1);

    setTabOrder(m_reuseEndpoint, m_createEndpoint);
    setTabOrder(m_createEndpoint, m_name);
    setTabOrder(m_name, m_port);
    setTabOrder(m_port, m_address);
    setTabOrder(m_address, m_reuseCertificate);
    setTabOrder(m_reuseCertificate, m_certificates);
    setTabOrder(m_certificates, m_createCertificate);
    setTabOrder(m_createCertificate, m_certificateName);
    setTabOrder(m_certificateName, m_expiry);

    auto edited = [this] {
        m_validation->invalidate();
        m_banner->clear();
    };
    connect(m_reuseEndpoint, &QRadioButton::toggled, this, [this, edited](bool on) {
        if (m_filling)
            return;
        edited();
        m_controller->setReuseEndpoint(on);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this, edited](const QString &text) {
        edited();
        m_controller->setEndpointName(text);
    });
    connect(m_port, &QSpinBox::valueChanged, this, [this, edited](int port) {
        if (m_filling)
            return;
        edited();
        m_controller->setPort(port);
    });
    connect(m_address, &QLineEdit::textEdited, this, [this, edited](const QString &text) {
        edited();
        m_controller->setAddress(text);
    });
    auto applyCertificate = [this, edited] {
        if (m_filling)
            return;
        edited();
        if (m_reuseCertificate->isChecked())
            m_controller->reuseCertificate(m_certificates->currentData().toString());
        else
            m_controller->createCertificate(m_certificateName->text(), m_expiry->date());
    };
    connect(m_reuseCertificate, &QRadioButton::toggled, this, applyCertificate);
    connect(m_certificates, &QComboBox::activated, this, applyCertificate);
    connect(m_certificateName, &QLineEdit::textEdited, this, applyCertificate);
    connect(m_expiry, &QDateEdit::dateChanged, this, applyCertificate);
    connect(m_controller, &EndpointController::changed, this, &EndpointPage::refresh);
    connect(m_controller, &EndpointController::checkFinished, this,
            [this](const EndpointController::CheckOutcome &outcome) {
                if (outcome.passed) {
                    m_validation->passed();
                    return;
                }
                m_banner->showError(outcome.error);
                m_validation->failed(outcome.error);
            });
}

void EndpointPage::initializePage()
{
    m_banner->clear();
    m_filling = true;
    const LinkDefinition &link = m_session->link();
    const std::optional<ServerFacts::Endpoint> existing = m_controller->existingEndpoint();
    m_reuseEndpoint->setEnabled(existing.has_value());
    if (existing) {
        m_reuseEndpoint->setText(tr("&Reuse the existing endpoint %1 (port %2)")
                                     .arg(existing->name)
                                     .arg(existing->port));
        if (!m_controller->reusesEndpoint())
            m_controller->setReuseEndpoint(true);
    } else {
        m_reuseEndpoint->setText(m_session->isOffline()
                                     ? tr("&Reuse an existing endpoint (not known offline)")
                                     : tr("&Reuse the existing endpoint (SQL Server has none)"));
    }
    m_reuseEndpoint->setChecked(m_controller->reusesEndpoint());
    m_createEndpoint->setChecked(!m_controller->reusesEndpoint());
    m_createEndpoint->setEnabled(!existing.has_value());

    m_certificates->clear();
    for (const ServerFacts::Certificate &certificate : m_controller->reusableCertificates()) {
        m_certificates->addItem(
            tr("%1 (expires %2)")
                .arg(certificate.name, certificate.expiryDate.date().toString(Qt::ISODate)),
            certificate.name);
    }
    m_reuseCertificate->setEnabled(m_certificates->count() > 0);
    const bool reuse = m_controller->reusesCertificate();
    m_reuseCertificate->setChecked(reuse);
    m_createCertificate->setChecked(!reuse);
    if (reuse)
        m_certificates->setCurrentIndex(m_certificates->findData(link.effectiveCertificateName()));
    m_certificateName->setText(reuse ? QString() : link.certificate.name);
    m_certificateName->setPlaceholderText(link.effectiveCertificateName());
    m_expiry->setMinimumDate(QDate::currentDate().addDays(-1));
    m_expiry->setDate(link.certificate.expiryDate.isValid() ? link.certificate.expiryDate
                                                            : EndpointController::defaultExpiry());
    m_filling = false;
    if (!reuse && !link.certificate.expiryDate.isValid())
        m_controller->createCertificate(link.certificate.name, m_expiry->date());
    refresh();
    QWidget *first = existing ? static_cast<QWidget *>(m_address) : m_name;
    // After QWizard has shown the page and placed its own focus.
    QTimer::singleShot(0, first, [first] { first->setFocus(); });
}

void EndpointPage::refresh()
{
    const LinkDefinition &link = m_session->link();
    const bool reuse = m_controller->reusesEndpoint();
    m_filling = true;
    if (m_name->text() != link.endpoint.name)
        m_name->setText(link.endpoint.name);
    m_port->setValue(link.endpoint.port);
    if (m_address->text() != link.endpoint.listenerAddress && !m_address->hasFocus())
        m_address->setText(link.endpoint.listenerAddress);
    m_filling = false;
    m_name->setReadOnly(reuse);
    m_port->setReadOnly(reuse);

    const bool reuseCertificate = m_reuseCertificate->isChecked();
    m_certificates->setEnabled(reuseCertificate);
    m_certificateName->setEnabled(!reuseCertificate);
    m_expiry->setEnabled(!reuseCertificate);

    const EndpointController::Review review = m_controller->review();
    m_url->setText(review.url.isEmpty() ? tr("(type the address)") : review.url);
    if (reuse && !review.alterations.isEmpty())
        m_alterations->setText(tr("The existing endpoint will be altered: %1.")
                                   .arg(review.alterations.join(QStringLiteral("; "))));
    else if (reuse)
        m_alterations->setText(tr("The existing endpoint suits the link and stays as it is."));
    else
        m_alterations->setText(tr("The endpoint is created with certificate authentication and "
                                  "AES encryption."));
    QStringList lines;
    for (const QString &error : review.errors)
        lines << QStringLiteral("✗ ") + error;
    for (const QString &warning : review.warnings)
        lines << QStringLiteral("⚠ ") + warning;
    m_review->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool EndpointPage::isComplete() const
{
    return m_validation->allowsNext() && m_controller->review().errors.isEmpty();
}

bool EndpointPage::validatePage()
{
    return m_validation->validate([this] { m_controller->check(); });
}

} // namespace milink
