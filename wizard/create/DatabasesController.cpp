#include "DatabasesController.h"

#include "SqlServerProbeJob.h"

#include "link/LinkDefaults.h"
#include "link/LinkValidator.h"
#include "session/LinkSession.h"
#include "sql/SqlSession.h"

namespace milink {

namespace {

constexpr int kSysnameLength = 128;

// SSMS naming: the link name for the first database, the name with the
// database appended for the others; "DAG_<database>" without a link name.
QString defaultLinkName(const QString &base, int index, const QString &database)
{
    if (base.isEmpty())
        return LinkDefaults::linkName(database);
    if (index == 0)
        return base;
    const QString suffix = QLatin1Char('_') + LinkDefaults::linkName(database).mid(4);
    return base.left(kSysnameLength - suffix.size()) + suffix;
}

bool onlyNeedsBackup(const DatabaseEligibility::Verdict &verdict)
{
    for (const CheckResult &check : verdict.checks) {
        if (check.isFailure() && check.id != DatabaseEligibility::kFullBackup)
            return false;
    }
    return true;
}

} // namespace

DatabasesController::DatabasesController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    qRegisterMetaType<DatabasesRefreshResult>();
    connect(session, &LinkSession::sqlServerFactsChanged, this, &DatabasesController::rebuild);
    connect(session, &LinkSession::azureFactsChanged, this, &DatabasesController::rebuild);
    connect(session, &LinkSession::createLinkOptionsChanged, this, &DatabasesController::rebuild);
    connect(session, &LinkSession::offlineChanged, this, &DatabasesController::rebuild);
    connect(session, &LinkSession::linkChanged, this, &DatabasesController::rebuild);
    connect(session, &LinkSession::linkNameChanged, this, &DatabasesController::applyDefaultNames);
    rebuild();
}

DatabasesController::Source DatabasesController::source() const
{
    if (m_session->isOffline())
        return Source::Typed;
    if (m_session->link().direction == LinkDirection::SqlServerToManagedInstance)
        return Source::SqlServer;
    if (m_instanceFacts || m_session->managedInstanceSql()->state() == SqlSession::State::Connected)
        return Source::ManagedInstance;
    return Source::Typed;
}

QString DatabasesController::sourceExplanation() const
{
    switch (source()) {
    case Source::SqlServer:
        return tr("The user databases of SQL Server, the initial primary. Select the databases "
                  "to link: each gets its own link.");
    case Source::ManagedInstance:
        return tr("The managed instance is the initial primary, so these are its databases. "
                  "Select the databases to replicate to SQL Server: each gets its own link.");
    case Source::Typed:
        if (m_session->isOffline())
            return tr("Offline: type the name of each database to link, as it is on the "
                      "initial primary. Nothing is read from a server, so eligibility is not "
                      "verified.");
        return tr("The managed instance is the initial primary and milink is not connected to "
                  "it yet (that happens on the Azure page), so type the name of each database "
                  "to replicate to SQL Server. The Validation page checks that they exist.");
    }
    return {};
}

const DatabaseRow *DatabasesController::row(const QString &database) const
{
    for (const DatabaseRow &r : m_rows) {
        if (r.name == database)
            return &r;
    }
    return nullptr;
}

DatabaseEligibility::Context DatabasesController::context() const
{
    DatabaseEligibility::Context c;
    c.direction = m_session->link().direction;
    c.takeFullBackup = m_session->createLinkOptions().takeFullBackup;
    c.offline = m_session->isOffline();
    if (const auto &azure = m_session->azureFacts(); azure && !c.offline)
        c.managedInstanceTier = azure->instance.skuTier;
    if (const auto &facts = m_session->sqlServerFacts(); facts && !c.offline) {
        for (const DatabaseLink &db : m_session->link().databases) {
            for (const ServerFacts::AvailabilityGroup &group : facts->availabilityGroups) {
                if (!group.distributed
                    && group.name.compare(db.availabilityGroupName, Qt::CaseInsensitive) == 0)
                    c.resumingDatabases << db.databaseName;
            }
        }
    }
    return c;
}

void DatabasesController::rebuild()
{
    const DatabaseEligibility::Context ctx = context();
    QList<DatabaseEligibility::Verdict> listed;
    bool fromServer = true;
    switch (source()) {
    case Source::SqlServer:
        if (const auto &facts = m_session->sqlServerFacts())
            listed = DatabaseEligibility::evaluate(*facts, ctx);
        break;
    case Source::ManagedInstance:
        if (m_instanceFacts)
            listed = DatabaseEligibility::evaluate(*m_instanceFacts, ctx);
        break;
    case Source::Typed: fromServer = false; break;
    }

    QList<DatabaseRow> rows;
    const QList<DatabaseLink> &selected = m_session->link().databases;
    auto linkOf = [&selected](const QString &name) -> const DatabaseLink * {
        for (const DatabaseLink &l : selected) {
            if (l.databaseName == name)
                return &l;
        }
        return nullptr;
    };
    for (const DatabaseEligibility::Verdict &verdict : std::as_const(listed)) {
        DatabaseRow r;
        r.name = verdict.database;
        r.verdict = verdict;
        r.selectable = onlyNeedsBackup(verdict);
        if (const DatabaseLink *l = linkOf(r.name)) {
            r.selected = true;
            r.linkName = l->linkName;
        }
        rows << r;
    }
    // Selected databases that the list does not have: typed in, or gone from the server.
    for (const DatabaseLink &l : selected) {
        bool present = false;
        for (const DatabaseRow &r : std::as_const(rows))
            present = present || r.name == l.databaseName;
        if (present)
            continue;
        DatabaseRow r;
        r.name = l.databaseName;
        r.selected = true;
        r.linkName = l.linkName;
        r.typedIn = true;
        const bool listKnown = fromServer
            && (source() == Source::SqlServer ? m_session->sqlServerFacts().has_value()
                                              : m_instanceFacts.has_value());
        if (listKnown) {
            r.verdict.database = r.name;
            CheckResult missing = CheckResult::make(
                QStringLiteral("database.exists"), tr("Database"), CheckResult::Status::Failed,
                tr("%1 is not on the server (any longer).").arg(r.name),
                tr("Clear its check box, or press Refresh after creating it."));
            missing.subject = r.name;
            r.verdict.checks << missing;
            r.selectable = false;
        } else {
            r.verdict = DatabaseEligibility::typedIn(r.name, ctx);
        }
        rows << r;
    }
    if (rows.size() == m_rows.size()) {
        bool same = true;
        for (int i = 0; i < rows.size() && same; ++i) {
            const DatabaseRow &a = rows.at(i);
            const DatabaseRow &b = m_rows.at(i);
            same = a.name == b.name && a.selected == b.selected && a.linkName == b.linkName
                && a.selectable == b.selectable && a.verdict.checks == b.verdict.checks;
        }
        if (same)
            return;
    }
    m_rows = rows;
    emit rowsChanged();
}

void DatabasesController::refresh()
{
    if (m_probe)
        return;
    const Source from = source();
    if (from == Source::Typed) {
        rebuild();
        DatabasesRefreshResult result;
        result.ok = true;
        emit refreshFinished(result);
        return;
    }
    SqlSession *sql
        = from == Source::SqlServer ? m_session->sqlServer() : m_session->managedInstanceSql();
    m_probe = new SqlServerProbeJob(sql, this);
    connect(m_probe, &SqlServerProbeJob::finished, this,
            [this, from](const ServerFacts &facts, const SqlError &error) {
                m_probe->deleteLater();
                m_probe = nullptr;
                emit runningChanged(false);
                DatabasesRefreshResult result;
                if (error.isError()) {
                    result.error = tr("The databases could not be read again: %1 The list "
                                      "shows what was read before.")
                                       .arg(error.message);
                    result.serverText = error.serverText;
                    result.errorNumber = error.nativeCode;
                    emit refreshFinished(result);
                    return;
                }
                result.ok = true;
                if (from == Source::SqlServer)
                    m_session->setSqlServerFacts(facts);
                else
                    m_instanceFacts = facts;
                pruneMissing();
                rebuild();
                emit refreshFinished(result);
            });
    emit runningChanged(true);
    m_probe->start();
}

void DatabasesController::pruneMissing()
{
    const ServerFacts *facts = nullptr;
    if (source() == Source::SqlServer && m_session->sqlServerFacts())
        facts = &*m_session->sqlServerFacts();
    else if (source() == Source::ManagedInstance && m_instanceFacts)
        facts = &*m_instanceFacts;
    if (!facts)
        return;
    m_session->editLink([facts](LinkDefinition &link) {
        QList<DatabaseLink> kept;
        for (const DatabaseLink &l : std::as_const(link.databases)) {
            // Exact names: a database renamed only in case is another name to the link.
            bool exists = false;
            for (const ServerFacts::Database &db : facts->databases)
                exists = exists || db.name == l.databaseName;
            if (exists)
                kept << l;
        }
        link.databases = kept;
    });
    applyDefaultNames();
}

QString DatabasesController::setSelected(const QString &database, bool selected)
{
    const DatabaseRow *r = row(database);
    if (selected) {
        if (r && r->selected)
            return {};
        if (r && !r->selectable)
            return tr("%1 cannot be linked: %2").arg(database, r->verdict.summary());
        if (!r)
            return tr("%1 is not in the list. Press Refresh, or type the name.").arg(database);
        m_session->editLink([&](LinkDefinition &link) {
            const DatabaseLink &added = link.addDatabase(database);
            m_defaultNames.insert(database, added.linkName);
        });
        applyDefaultNames();
        return {};
    }
    m_defaultNames.remove(database);
    m_session->editLink([&database](LinkDefinition &link) {
        for (int i = 0; i < link.databases.size(); ++i) {
            if (link.databases.at(i).databaseName == database) {
                link.databases.removeAt(i);
                break;
            }
        }
    });
    applyDefaultNames();
    return {};
}

QString DatabasesController::addTypedDatabase(const QString &database)
{
    const QString problem = LinkValidator::databaseNameProblem(database);
    if (!problem.isEmpty())
        return problem;
    for (const DatabaseLink &l : m_session->link().databases) {
        if (l.databaseName == database)
            return tr("%1 is already in the list.").arg(database);
    }
    if (source() != Source::Typed) {
        const DatabaseRow *r = row(database);
        if (!r)
            return tr("%1 is not on the server. Press Refresh, or check the name.").arg(database);
        return setSelected(database, true);
    }
    m_session->editLink([&](LinkDefinition &link) {
        const DatabaseLink &added = link.addDatabase(database);
        m_defaultNames.insert(database, added.linkName);
    });
    applyDefaultNames();
    return {};
}

QString DatabasesController::setLinkName(const QString &database, const QString &linkName)
{
    QString problem = LinkValidator::linkNameProblem(linkName);
    if (!problem.isEmpty())
        return problem;
    int index = -1;
    const QList<DatabaseLink> &links = m_session->link().databases;
    for (int i = 0; i < links.size(); ++i) {
        if (links.at(i).databaseName == database)
            index = i;
        else if (links.at(i).linkName.compare(linkName, Qt::CaseInsensitive) == 0)
            return tr("The link name %1 is already used for %2; each link needs its own name.")
                .arg(linkName, links.at(i).databaseName);
    }
    if (index < 0)
        return tr("%1 is not selected; select it first.").arg(database);
    // A name typed by the user is never replaced by a default again.
    m_defaultNames.remove(database);
    m_session->editLink(
        [index, &linkName](LinkDefinition &link) { link.databases[index].linkName = linkName; });
    return {};
}

void DatabasesController::applyDefaultNames()
{
    const QString base = m_session->linkName();
    m_session->editLink([&](LinkDefinition &link) {
        QStringList taken;
        // Names the user chose (or a project brought) are kept and reserved first.
        for (const DatabaseLink &l : std::as_const(link.databases)) {
            const auto given = m_defaultNames.constFind(l.databaseName);
            if (given == m_defaultNames.constEnd() || *given != l.linkName)
                taken << l.linkName;
        }
        for (int i = 0; i < link.databases.size(); ++i) {
            DatabaseLink &l = link.databases[i];
            const auto given = m_defaultNames.constFind(l.databaseName);
            if (given == m_defaultNames.constEnd() || *given != l.linkName)
                continue;
            const QString name
                = LinkDefaults::unique(defaultLinkName(base, i, l.databaseName), taken);
            taken << name;
            l.linkName = name;
            m_defaultNames.insert(l.databaseName, name);
        }
    });
}

bool DatabasesController::takeFullBackup() const
{
    return m_session->createLinkOptions().takeFullBackup;
}

QString DatabasesController::backupDirectory() const
{
    return m_session->createLinkOptions().backupDirectory;
}

void DatabasesController::setTakeFullBackup(bool take)
{
    PlanOptions options = m_session->createLinkOptions();
    if (options.takeFullBackup == take)
        return;
    options.takeFullBackup = take;
    m_session->setCreateLinkOptions(options);
}

void DatabasesController::setBackupDirectory(const QString &directory)
{
    PlanOptions options = m_session->createLinkOptions();
    if (options.backupDirectory == directory)
        return;
    options.backupDirectory = directory;
    m_session->setCreateLinkOptions(options);
}

QString DatabasesController::problem() const
{
    const QList<DatabaseLink> &links = m_session->link().databases;
    if (links.isEmpty())
        return source() == Source::Typed
            ? tr("Type the name of at least one database and press Add.")
            : tr("Select at least one database to link.");
    bool needsBackup = false;
    for (const DatabaseRow &r : m_rows) {
        if (!r.selected)
            continue;
        if (!r.verdict.eligible())
            return tr("%1 cannot be linked: %2").arg(r.name, r.verdict.summary());
        needsBackup = needsBackup || r.verdict.needsFullBackup;
    }
    QStringList seen;
    for (const DatabaseLink &l : links) {
        const QString name = LinkValidator::linkNameProblem(l.linkName);
        if (!name.isEmpty())
            return tr("%1: %2").arg(l.databaseName, name);
        if (seen.contains(l.linkName, Qt::CaseInsensitive))
            return tr("The link name %1 is used twice; each link needs its own name.")
                .arg(l.linkName);
        seen << l.linkName;
    }
    if (takeFullBackup() && needsBackup && backupDirectory().trimmed().isEmpty())
        return tr("Enter the directory on the SQL Server host where the full backups are "
                  "written (for example D:\\Backup or /var/opt/mssql/backup).");
    return {};
}

bool DatabasesController::isRefreshing() const
{
    return !m_probe.isNull();
}

} // namespace milink
