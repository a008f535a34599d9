#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace milink {

class LinkSession;
class PlanController;

// Replication mode: asynchronous (normal operation) or synchronous commit
// (before a planned failover), applied on SQL Server and in Azure.
class ReplicationModePage : public QWizardPage
{
    Q_OBJECT

public:
    ReplicationModePage(LinkSession *session, PlanController *plan, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    LinkSession *m_session;
    PlanController *m_plan;
    QLabel *m_current;
    QRadioButton *m_async;
    QRadioButton *m_sync;
};

} // namespace milink
