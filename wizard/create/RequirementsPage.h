#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace milink {

class LinkSession;
class MessageBanner;
class RequirementsController;

// SQL Server requirements: each check with its status (passed, warning, failed,
// not verified), the reason and how to fix it, and Re-run to read the server
// again. Next is disabled while a check has failed or Re-run is running; the
// banner says which checks to fix. A thin view over RequirementsController.
class RequirementsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RequirementsPage(LinkSession *session, QWidget *parent = nullptr);

    RequirementsController *controller() const { return m_controller; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void showResults();

    RequirementsController *m_controller;
    QTreeWidget *m_tree;
    QPushButton *m_rerun;
    QLabel *m_summary;
    QLabel *m_details;
    MessageBanner *m_banner;
    QString m_rerunError;
    QString m_rerunServerText;
    QString m_rerunErrorNumber;
};

} // namespace milink
