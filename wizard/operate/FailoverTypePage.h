#pragma once

#include <QHash>
#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace milink {

class FailoverController;

// Failover type: planned and forced, towards the managed instance and towards SQL
// Server. What this link cannot do stays visible, disabled, with the sentence that
// says why; the chosen one shows how milink runs it and its warnings.
class FailoverTypePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FailoverTypePage(FailoverController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void refresh();
    void choose();

    FailoverController *m_controller;
    QList<QRadioButton *> m_radios; // planned→MI, forced→MI, planned→SQL, forced→SQL
    QList<QLabel *> m_reasons;
    QLabel *m_details;
};

} // namespace milink
