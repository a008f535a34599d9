#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace milink {

class DialogFacade;
class LinkHistoryChart;
class LinkMonitor;
class LinkStatusTableModel;

// The link status window: every link between one SQL Server and one managed
// instance in one table (LinkMonitor rows), refreshed by hand or every 15 s /
// 30 s / 1 min / 5 min, with a detail view charting the selected row's lag and
// LSN progress. Read-only: the link actions only emit signals that the
// application wires to the operating wizards.
class LinkStatusWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The monitor is not owned; its sources are set by the caller.
    explicit LinkStatusWindow(LinkMonitor *monitor, QWidget *parent = nullptr);
    ~LinkStatusWindow() override;

    void setDialogs(DialogFacade *dialogs);
    // The project the support bundle includes (with its journals and plans).
    void setProjectPath(const QString &path) { m_projectPath = path; }
    // Passwords and tokens the application holds: the bundle redacts them wherever
    // they appear (the variables milink reads secrets from are always redacted).
    void setKnownSecrets(const QStringList &secrets) { m_knownSecrets = secrets; }

    // 0 = off; otherwise one of autoRefreshChoices().
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const;
    static QList<int> autoRefreshChoices() { return {0, 15, 30, 60, 300}; }

    LinkStatusTableModel *model() const { return m_model; }
    LinkHistoryChart *chart() const { return m_chart; }
    void selectRow(int row);
    QString selectedLink() const;

    // Writes the support bundle on a worker thread; supportBundleWritten() answers.
    void writeSupportBundle(const QString &path);

public slots:
    void refresh();

signals:
    void failoverRequested(const QString &linkName);
    void deleteRequested(const QString &linkName);
    void rotateCertificateRequested(const QString &linkName);
    void replicationModeRequested(const QString &linkName);
    void supportBundleWritten(const QString &path, const QString &error);

private:
    void onRefreshed();
    void updateDetail();
    void updateActions();
    void chooseSupportBundle();

    QPointer<LinkMonitor> m_monitor;
    DialogFacade *m_dialogs;
    QString m_projectPath;
    QStringList m_knownSecrets;
    LinkStatusTableModel *m_model;
    QTableView *m_table;
    LinkHistoryChart *m_chart;
    QLabel *m_problems;
    QLabel *m_refreshedLabel;
    QLabel *m_detail;
    QComboBox *m_autoRefresh;
    QAction *m_refreshAction;
    QAction *m_failover;
    QAction *m_delete;
    QAction *m_rotate;
    QAction *m_mode;
    QAction *m_bundle;
    QTimer m_timer;
    QList<QThread *> m_workers;
};

} // namespace milink
