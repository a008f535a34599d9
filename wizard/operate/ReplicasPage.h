#pragma once

#include <QWizardPage>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace milink {

class FailoverController;
class MessageBanner;
class PlanController;

// Replicas: both replicas with their role, where it was read, connection and
// health (read-only). Both primary → the split-brain repair: which side keeps its
// changes and where the other side's backup goes; Next leads to the repair's
// summary instead of a failover.
class ReplicasPage : public QWizardPage
{
    Q_OBJECT

public:
    ReplicasPage(FailoverController *controller, PlanController *repairPlan,
                 QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void refresh();
    void updateRepair();

    FailoverController *m_controller;
    PlanController *m_repairPlan;
    QLabel *m_summary;
    QTreeWidget *m_table;
    QPushButton *m_refresh;
    QComboBox *m_assumedPrimary;
    QLabel *m_assumedLabel;
    QGroupBox *m_repairBox;
    QRadioButton *m_keepManagedInstance;
    QRadioButton *m_keepSqlServer;
    QLabel *m_backupLabel;
    QLineEdit *m_backup;
    MessageBanner *m_banner;
};

} // namespace milink
