#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace milink {

class FailoverController;

// Forced failover: where it runs (the secondary), what can be lost, the split
// brain it can cause, and an acknowledgement the user must type exactly — Next
// stays disabled until the typed text matches.
class ForcedAcknowledgementPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ForcedAcknowledgementPage(FailoverController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    FailoverController *m_controller;
    QLabel *m_warning;
    QLineEdit *m_typed;
};

} // namespace milink
