#pragma once

#include "SimAgentJob.h"
#include "SimAvailabilityGroup.h"
#include "SimCertificate.h"
#include "SimDatabase.h"
#include "SimEndpoint.h"
#include "SimLogin.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace milink::sim {

// One simulated SQL engine: a SQL Server instance or a managed instance's
// database engine. Its members are plain data that the T-SQL engine, the link
// state machine and the control interface read and change, all on the main
// thread; whoever changes something calls notifyChanged() afterwards. Lookups
// by name are case-insensitive, as under SQL Server's default collation.
class SimInstance : public QObject
{
    Q_OBJECT

public:
    enum class Kind { SqlServer, ManagedInstance };

    explicit SimInstance(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    bool isManagedInstance() const { return m_kind == Kind::ManagedInstance; }

    // Server properties (SERVERPROPERTY, @@SERVERNAME, @@VERSION, sys.dm_os_host_info).
    QString serverName; // @@SERVERNAME: HOST or HOST\INSTANCE; the short name for an MI
    QString hostName; // the network name clients use (an MI: its FQDN)
    QString productVersion; // "16.0.4125.3"
    QString productLevel = QStringLiteral("RTM");
    QString productUpdateLevel; // "CU13", empty on RTM/SP builds
    QString edition = QStringLiteral("Enterprise Edition (64-bit)");
    int engineEdition = 3; // 2 Standard, 3 Enterprise/Developer, 8 managed instance
    QString hostPlatform = QStringLiteral("Windows");
    QString hostDistribution = QStringLiteral("Windows Server 2022 Datacenter");
    bool hadrEnabled = true;
    bool agentRunning = true;
    QSet<int> traceFlags;
    QString collation = QStringLiteral("SQL_Latin1_General_CP1_CI_AS");

    QList<SimLogin> logins;
    bool masterKey = false;
    QList<SimCertificate> certificates;
    QList<SimEndpoint> endpoints;
    QList<SimDatabase> databases;
    QList<SimAvailabilityGroup> availabilityGroups;
    QList<SimBackup> backups; // msdb.dbo.backupset
    QList<SimAgentJob> agentJobs; // msdb.dbo.sysjobs and sysjobsteps

    // A managed instance's own DATABASE_MIRRORING certificate (what
    // sp_get_endpoint_certificate and ARM endpointCertificates return); it is not
    // in sys.certificates.
    std::optional<SimCertificate> mirroringEndpointCertificate;

    int tdsPort = 0; // set by the TDS listener once it listens

    SimLogin *login(const QString &name);
    SimCertificate *certificate(const QString &name);
    SimCertificate *certificate(int certificateId);
    SimEndpoint *mirroringEndpoint(); // at most one DATABASE_MIRRORING endpoint exists
    SimDatabase *database(const QString &name);
    SimDatabase *database(int databaseId);
    SimAvailabilityGroup *availabilityGroup(const QString &name);

    // Ids as SQL Server hands them out: certificates from 256, user databases from 5,
    // endpoints from 65536.
    int nextCertificateId() const;
    int nextDatabaseId() const;
    int nextEndpointId() const;

    // The whole state, for the control interface and tests.
    QJsonObject snapshot() const;

    void notifyChanged() { emit changed(); }

signals:
    void changed();

private:
    Kind m_kind;
};

} // namespace milink::sim
