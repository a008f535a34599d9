#pragma once

#include "SqlServerVersion.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace milink {

// Every value a user chooses for a link, as edited by the wizard and stored in a
// `.milink` project file. Plain values only: no secrets (passwords live in the
// OS keychain or are typed at run time), no I/O, no discovered server state
// beyond what the user may also declare by hand (version, update policy).

// Where the databases live when the link is created.
enum class LinkDirection {
    SqlServerToManagedInstance, // SQL Server is the initial primary
    ManagedInstanceToSqlServer, // managed instance is the initial primary (2022 CU10+ / 2025)
};

// ARM `failoverMode`: None = one-way failover to Azure, Manual = two-way.
enum class FailoverMode { OneWay, TwoWay };

// ARM `replicationMode` / the DAG's AVAILABILITY_MODE.
enum class ReplicationMode { Async, Sync };

// How milink signs in to SQL Server.
enum class SqlAuthentication { SqlLogin, Windows };

// TLS for the SQL Server connection. Optional maps to FreeTDS `request` and
// Microsoft's `Encrypt=no`; Strict (TDS 8) needs Microsoft ODBC Driver 18.
enum class SqlEncryption { Mandatory, Optional, Strict };

// The managed instance's update policy, ARM `databaseFormat`.
enum class UpdatePolicy { Unknown, AlwaysUpToDate, SqlServer2022, SqlServer2025 };

struct SqlServerConnection
{
    QString host;
    int port = 1433;
    QString instanceName; // empty for the default instance
    QString serverName; // @@SERVERNAME (HOST or HOST\INSTANCE); discovered or declared
    SqlAuthentication authentication = SqlAuthentication::SqlLogin;
    QString loginName;
    SqlEncryption encryption = SqlEncryption::Mandatory;
    bool trustServerCertificate = false;
    QString odbcDriver; // empty: pick the best installed driver
    SqlServerVersion version; // discovered or declared; invalid when unknown

    // The name milink expects @@SERVERNAME to report when none was declared.
    QString effectiveServerName() const;

    friend bool operator==(const SqlServerConnection &a, const SqlServerConnection &b);
};

struct ManagedInstanceTarget
{
    QString cloud = QStringLiteral("AzureCloud"); // a built-in cloud or a custom profile name
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString fqdn; // fullyQualifiedDomainName from ARM; empty until known
    UpdatePolicy updatePolicy = UpdatePolicy::Unknown;

    friend bool operator==(const ManagedInstanceTarget &a, const ManagedInstanceTarget &b);
};

// One database and the names of the objects that replicate it. Single-database
// link mode: one distributed availability group (= one ARM link) per database.
struct DatabaseLink
{
    QString databaseName;
    QString linkName; // DAG name = ARM resource name
    QString availabilityGroupName; // AG on SQL Server (ARM partnerAvailabilityGroupName)
    QString instanceAvailabilityGroupName; // AG on the managed instance

    friend bool operator==(const DatabaseLink &a, const DatabaseLink &b);
};

// The SQL Server database mirroring endpoint the managed instance connects to.
struct MirroringEndpoint
{
    QString name = QStringLiteral("database_mirroring_endpoint");
    int port = 5022;
    // Host name or IP address of SQL Server as the managed instance reaches it,
    // or the AG listener IP when an existing multi-node AG is linked.
    QString listenerAddress;

    // "TCP://10.0.0.4:5022" (IPv6 addresses are bracketed).
    QString url() const;

    friend bool operator==(const MirroringEndpoint &a, const MirroringEndpoint &b);
};

// The SQL Server certificate that authenticates the mirroring endpoint.
struct EndpointCertificate
{
    QString name; // empty: derived from the server name (Cert_<server>_endpoint)
    QDate expiryDate; // invalid: one year from the day the plan is made

    friend bool operator==(const EndpointCertificate &a, const EndpointCertificate &b);
};

struct LinkDefinition
{
    SqlServerConnection sqlServer;
    ManagedInstanceTarget managedInstance;
    LinkDirection direction = LinkDirection::SqlServerToManagedInstance;
    FailoverMode failoverMode = FailoverMode::OneWay;
    ReplicationMode replicationMode = ReplicationMode::Async;
    QList<DatabaseLink> databases;
    MirroringEndpoint endpoint;
    EndpointCertificate certificate;

    // The certificate name to use: the declared one, or the SSMS-style default.
    QString effectiveCertificateName() const;

    // Adds a database with default object names, made unique against the
    // databases already present.
    DatabaseLink &addDatabase(const QString &databaseName);

    friend bool operator==(const LinkDefinition &a, const LinkDefinition &b);
    friend bool operator!=(const LinkDefinition &a, const LinkDefinition &b) { return !(a == b); }
};

// Stable spellings used in project files and on the command line.
QString toString(LinkDirection value);
QString toString(FailoverMode value);
QString toString(ReplicationMode value);
QString toString(SqlAuthentication value);
QString toString(SqlEncryption value);
QString toString(UpdatePolicy value);
std::optional<LinkDirection> linkDirectionFromString(const QString &text);
std::optional<FailoverMode> failoverModeFromString(const QString &text);
std::optional<ReplicationMode> replicationModeFromString(const QString &text);
std::optional<SqlAuthentication> sqlAuthenticationFromString(const QString &text);
std::optional<SqlEncryption> sqlEncryptionFromString(const QString &text);
std::optional<UpdatePolicy> updatePolicyFromString(const QString &text);

// ARM spellings: "AlwaysUpToDate"/"SQLServer2022"/"SQLServer2025", "None"/"Manual", "Async"/"Sync".
QString armDatabaseFormat(UpdatePolicy value);
std::optional<UpdatePolicy> updatePolicyFromArm(const QString &databaseFormat);
QString armFailoverMode(FailoverMode value);
QString armReplicationMode(ReplicationMode value);

} // namespace milink
