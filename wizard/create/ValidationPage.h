#pragma once

#include "ValidationController.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace milink {

class AsyncValidation;
class LinkSession;
class MessageBanner;

// Page 7: the whole read-only preflight as a list of checks (passed, warning,
// failed, not verified) with what was found and how to fix it. Failed checks
// block Next; warnings and unverified checks need "I have read the warnings".
class ValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    ValidationPage(LinkSession *session, QWidget *parent = nullptr);

    ValidationController *controller() const { return m_controller; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void show(const ValidationController::Result &result);

    LinkSession *m_session;
    ValidationController *m_controller;
    AsyncValidation *m_validation;
    MessageBanner *m_banner;
    QLabel *m_summary;
    QTreeWidget *m_checks;
    QLabel *m_details;
    QPushButton *m_rerun;
    QCheckBox *m_acknowledge;
};

} // namespace milink
