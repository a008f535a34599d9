#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace milink {

class FailoverController;
class MessageBanner;
class PlanController;

// After the failover: keep the link (SQL Server 2022/2025, two-way) so it
// replicates in the other direction, or remove it — optionally with the
// availability group — and, when the databases move to the managed instance, the
// state of its first full backup, which the plan waits for before removing the link.
class PostFailoverPage : public QWizardPage
{
    Q_OBJECT

public:
    PostFailoverPage(FailoverController *controller, PlanController *plan,
                     QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

private:
    void refresh();

    FailoverController *m_controller;
    PlanController *m_plan;
    QRadioButton *m_keep;
    QRadioButton *m_remove;
    QLabel *m_keepReason;
    QCheckBox *m_dropAg;
    QLabel *m_backup;
    MessageBanner *m_banner;
};

} // namespace milink
