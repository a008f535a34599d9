#pragma once

#include <QWizardPage>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace milink {

class AsyncValidation;
class EndpointController;
class LinkSession;
class MessageBanner;

// Page 6: SQL Server's database mirroring endpoint (reuse the existing one or
// create one; name, port, the address the managed instance connects to) and
// the endpoint certificate (reuse one or create one with an expiry date). Shows
// the resulting endpoint URL and, when reusing, what will be altered.
class EndpointPage : public QWizardPage
{
    Q_OBJECT

public:
    EndpointPage(LinkSession *session, QWidget *parent = nullptr);

    EndpointController *controller() const { return m_controller; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();

    LinkSession *m_session;
    EndpointController *m_controller;
    AsyncValidation *m_validation;
    MessageBanner *m_banner;

    QRadioButton *m_reuseEndpoint;
    QRadioButton *m_createEndpoint;
    QLineEdit *m_name;
    QSpinBox *m_port;
    QLineEdit *m_address;
    QLabel *m_alterations;
    QLabel *m_url;

    QRadioButton *m_reuseCertificate;
    QRadioButton *m_createCertificate;
    QComboBox *m_certificates;
    QLineEdit *m_certificateName;
    QDateEdit *m_expiry;
    QLabel *m_review;
    bool m_filling = false;
};

} // namespace milink
