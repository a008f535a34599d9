#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace milink {

class DatabasesController;
class LinkSession;
class MessageBanner;

// Databases: the user databases of the initial primary, eligible or not with
// the reasons, several selectable (one link each), the link name of each editable
// (F2), Refresh, and "take a full backup first". Offline, or when the managed
// instance is the initial primary and not connected yet, names are typed in.
// A thin view over DatabasesController.
class DatabasesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DatabasesPage(LinkSession *session, QWidget *parent = nullptr);

    DatabasesController *controller() const { return m_controller; }

    void initializePage() override;
    bool isComplete() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Column { NameColumn, StatusColumn, LinkColumn, ReasonColumn };

    void showRows();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void addTyped();
    void showProblem();

    DatabasesController *m_controller;
    QLabel *m_source;
    QTreeWidget *m_tree;
    QLineEdit *m_typedName;
    QPushButton *m_add;
    QPushButton *m_refresh;
    QCheckBox *m_takeBackup;
    QLineEdit *m_backupDirectory;
    QLabel *m_details;
    QLabel *m_typedLabel;
    MessageBanner *m_banner;
    QString m_lastError;
    QString m_lastServerText;
    QString m_lastErrorNumber;
    bool m_filling = false;
};

} // namespace milink
