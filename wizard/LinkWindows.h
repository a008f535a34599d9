#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QWidget;
class QWizard;

namespace milink {

class DialogFacade;
class LinkMonitor;
class LinkSession;
class LinkStatusWindow;

// Opens the application's windows over one LinkSession and wires them to each
// other: the create-link wizard's *Open link status* opens the status window on
// the same connections, and the status window's actions open the operating
// wizards. Windows delete themselves when closed; the session and the dialogs
// are not owned and must outlive this object.
class LinkWindows : public QObject
{
    Q_OBJECT

public:
    enum class Operate { Failover, Delete, ReplicationMode, RotateCertificate };

    LinkWindows(LinkSession *session, DialogFacade *dialogs, QObject *parent = nullptr);
    ~LinkWindows() override;

    // "failover", "delete", "replication-mode", "rotate-certificate".
    static std::optional<Operate> operateFromString(const QString &text);

    QWizard *openCreateWizard();
    QWizard *openOperateWizard(Operate which);
    // The status window on the session's SQL Server connection and ARM client
    // (and the managed instance's T-SQL endpoint when it is open).
    LinkStatusWindow *openStatusWindow();

private:
    void show(QWidget *window);

    LinkSession *m_session;
    DialogFacade *m_dialogs;
    LinkMonitor *m_monitor = nullptr; // owned; created with the first status window
    QPointer<LinkStatusWindow> m_statusWindow;
    // Every window opened and still open: closed with this object, before the
    // session they point to goes away.
    QList<QPointer<QWidget>> m_windows;
};

} // namespace milink
