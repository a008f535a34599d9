#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace milink {

class LinkOptionsController;
class LinkSession;
class MessageBanner;

// Link options: the link name, the direction, one-way or two-way failover and
// the replication mode, each with what it means for the SQL Server version and
// the managed instance's update policy known so far. A thin view over
// LinkOptionsController; Next is disabled while the choices cannot work.
class LinkOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LinkOptionsPage(LinkSession *session, QWidget *parent = nullptr);

    LinkOptionsController *controller() const { return m_controller; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void refresh();

    LinkSession *m_session;
    LinkOptionsController *m_controller;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLabel *m_facts;
    QRadioButton *m_sqlServerFirst;
    QRadioButton *m_managedInstanceFirst;
    QRadioButton *m_oneWay;
    QRadioButton *m_twoWay;
    QRadioButton *m_async;
    QRadioButton *m_sync;
    QLabel *m_sqlServerFirstText;
    QLabel *m_managedInstanceFirstText;
    QLabel *m_oneWayText;
    QLabel *m_twoWayText;
    QLabel *m_asyncText;
    QLabel *m_syncText;
    MessageBanner *m_banner;
};

} // namespace milink
