#pragma once

#include "preflight/DatabaseEligibility.h"
#include "sql/ServerFacts.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace milink {

class LinkSession;
class SqlServerProbeJob;

// One line of the Databases page.
struct DatabaseRow
{
    QString name;
    DatabaseEligibility::Verdict verdict;
    bool selectable = true; // eligible, or only missing a full backup
    bool selected = false;
    QString linkName; // of its DatabaseLink when selected
    bool typedIn = false; // typed by the user, not read from a server
};

struct DatabasesRefreshResult
{
    bool ok = false;
    QString error;
    QString serverText;
    QString errorNumber;
};

// The databases to link: lists the eligible and ineligible user databases of the
// initial primary with their reasons, keeps the selection as the definition's
// DatabaseLinks (one link per database, names made unique), the per-database link
// names, and the full-backup-first option (LinkSession::createLinkOptions). The
// list comes from SQL Server, or from the managed instance when it is the initial
// primary and connected; otherwise (offline, or the managed instance not connected
// yet) databases are typed in. No widgets.
class DatabasesController : public QObject
{
    Q_OBJECT

public:
    enum class Source { SqlServer, ManagedInstance, Typed };

    explicit DatabasesController(LinkSession *session, QObject *parent = nullptr);

    Source source() const;
    // A sentence on where the list comes from and, for typed names, why.
    QString sourceExplanation() const;
    const QList<DatabaseRow> &rows() const { return m_rows; }
    const DatabaseRow *row(const QString &database) const;

    // Reads the databases again; the selection of those that still exist is kept.
    void refresh();
    bool isRefreshing() const;

    // Returns the reason when the database cannot be selected.
    QString setSelected(const QString &database, bool selected);
    // Typed-in names (Source::Typed): validated, added and selected.
    QString addTypedDatabase(const QString &database);
    // Returns the problem when the name is refused (the old name is kept).
    QString setLinkName(const QString &database, const QString &linkName);

    bool takeFullBackup() const;
    QString backupDirectory() const;
    void setTakeFullBackup(bool take);
    void setBackupDirectory(const QString &directory);

    // What keeps Next from going on; empty when it may.
    QString problem() const;

signals:
    void rowsChanged();
    void runningChanged(bool running);
    void refreshFinished(const milink::DatabasesRefreshResult &result);

private:
    void rebuild();
    DatabaseEligibility::Context context() const;
    // Renames the links still carrying the name this controller gave them, after
    // the link name or the selection changed.
    void applyDefaultNames();
    void pruneMissing();

    LinkSession *m_session;
    QList<DatabaseRow> m_rows;
    std::optional<ServerFacts> m_instanceFacts; // the managed instance's, when read
    QHash<QString, QString> m_defaultNames; // database → the name given by default
    QPointer<SqlServerProbeJob> m_probe;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::DatabasesRefreshResult)
