#include "ConnectPage.h"

#include "ConnectController.h"

#include "common/AsyncValidation.h"
#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace milink {

ConnectPage::ConnectPage(ConnectController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_validation(new AsyncValidation(this))
{
    setObjectName(QStringLiteral("connectPage"));
    setTitle(tr("Connect to the link"));
    setSubTitle(tr("milink reads both replicas before it plans anything: SQL Server always, the "
                   "managed instance through Azure and, if you give a login, through T-SQL."));

    m_sqlServer = new QLabel(this);
    m_sqlServer->setObjectName(QStringLiteral("sqlServerLabel"));
    m_sqlServer->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("sqlPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_miHost = new QLineEdit(this);
    m_miHost->setObjectName(QStringLiteral("managedInstanceHostEdit"));
    m_miPort = new QSpinBox(this);
    m_miPort->setObjectName(QStringLiteral("managedInstancePortSpin"));
    m_miPort->setRange(1, 65535);
    m_miPort->setValue(1433);
    m_miLogin = new QLineEdit(this);
    m_miLogin->setObjectName(QStringLiteral("managedInstanceLoginEdit"));
    m_miLogin->setPlaceholderText(tr("optional"));
    m_miPassword = new QLineEdit(this);
    m_miPassword->setObjectName(QStringLiteral("managedInstancePasswordEdit"));
    m_miPassword->setEchoMode(QLineEdit::Password);
    m_azure = new QLabel(this);
    m_azure->setObjectName(QStringLiteral("azureLabel"));
    m_azure->setWordWrap(true);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("connectNotesLabel"));
    m_notes->setWordWrap(true);
    m_banner = new MessageBanner(this);

    auto *form = new QFormLayout;
    form->addRow(tr("SQL Server:"), m_sqlServer);
    form->addRow(tr("SQL Server &password:"), m_password);
    form->addRow(tr("Managed instance &host:"), m_miHost);
    form->addRow(tr("Managed instance p&ort:"), m_miPort);
    form->addRow(tr("Managed instance &login:"), m_miLogin);
    form->addRow(tr("Managed instance pass&word:"), m_miPassword);
    form->addRow(tr("Azure:"), m_azure);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    layout->addStretch();
    layout->addWidget(m_banner);

    setTabOrder(m_password, m_miHost);
    setTabOrder(m_miHost, m_miPort);
    setTabOrder(m_miPort, m_miLogin);
    setTabOrder(m_miLogin, m_miPassword);

    connect(m_controller, &ConnectController::finished, this, &ConnectPage::onFinished);
    connect(m_validation, &AsyncValidation::runningChanged, this, &QWizardPage::completeChanged);
    for (QLineEdit *edit : {m_password, m_miHost, m_miLogin, m_miPassword})
        connect(edit, &QLineEdit::textEdited, m_validation, &AsyncValidation::invalidate);
    connect(m_password, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void ConnectPage::initializePage()
{
    LinkSession *session = m_controller->session();
    const LinkDefinition &link = session->link();
    m_sqlServer->setText(tr("%1, port %2, login %3 (from the project)")
                             .arg(link.sqlServer.host)
                             .arg(link.sqlServer.port)
                             .arg(link.sqlServer.loginName));
    if (m_password->text().isEmpty())
        m_password->setText(session->sqlPassword());
    if (m_miHost->text().isEmpty())
        m_miHost->setText(link.managedInstance.fqdn);
    m_azure->setText(session->isOffline()
                         ? tr("Offline: nothing connects; the wizard exports scripts.")
                         : session->tokenProvider()
                         ? tr("Signed in; the managed instance %1 is read from Azure.")
                               .arg(link.managedInstance.name)
                         : tr("Not signed in: Azure's view of the link is not used, and steps "
                              "that call Azure cannot run."));
    for (QWidget *w : {static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_miHost),
                       static_cast<QWidget *>(m_miPort), static_cast<QWidget *>(m_miLogin),
                       static_cast<QWidget *>(m_miPassword)})
        w->setEnabled(!session->isOffline());
    m_password->setFocus();
}

bool ConnectPage::isComplete() const
{
    return m_validation->allowsNext()
        && (m_controller->session()->isOffline() || !m_password->text().isEmpty()
            || m_controller->session()->link().sqlServer.authentication
                == SqlAuthentication::Windows);
}

bool ConnectPage::validatePage()
{
    return m_validation->validate([this] {
        m_banner->clear();
        SqlServerConnection mi;
        mi.host = m_miHost->text().trimmed();
        mi.port = m_miPort->value();
        mi.loginName = m_miLogin->text().trimmed();
        mi.encryption = m_controller->session()->link().sqlServer.encryption;
        mi.trustServerCertificate
            = m_controller->session()->link().sqlServer.trustServerCertificate;
        m_controller->connectAll(m_password->text(), mi, m_miPassword->text());
    });
}

void ConnectPage::onFinished(const ConnectResult &result)
{
    m_notes->setText(result.notes.join(QLatin1Char('\n')));
    if (!result.error.isEmpty()) {
        m_banner->showError(result.error, result.serverText, result.errorNumber);
        m_validation->failed(result.error);
        return;
    }
    m_validation->passed();
}

} // namespace milink
