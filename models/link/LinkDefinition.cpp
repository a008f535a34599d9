#include "LinkDefinition.h"

#include "LinkDefaults.h"

#include <QHostAddress>

#include <tuple>
#include <utility>

namespace milink {

namespace {

// One table per enum keeps the text forms in a single place for both directions.
template<typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, const char *> (&table)[N], const QString &text)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

const std::pair<LinkDirection, const char *> kDirections[] = {
    {LinkDirection::SqlServerToManagedInstance, "sqlServerToManagedInstance"},
    {LinkDirection::ManagedInstanceToSqlServer, "managedInstanceToSqlServer"},
};
const std::pair<FailoverMode, const char *> kFailoverModes[] = {
    {FailoverMode::OneWay, "oneWay"},
    {FailoverMode::TwoWay, "twoWay"},
};
const std::pair<ReplicationMode, const char *> kReplicationModes[] = {
    {ReplicationMode::Async, "async"},
    {ReplicationMode::Sync, "sync"},
};
const std::pair<SqlAuthentication, const char *> kAuthentications[] = {
    {SqlAuthentication::SqlLogin, "sqlLogin"},
    {SqlAuthentication::Windows, "windows"},
};
const std::pair<SqlEncryption, const char *> kEncryptions[] = {
    {SqlEncryption::Mandatory, "mandatory"},
    {SqlEncryption::Optional, "optional"},
    {SqlEncryption::Strict, "strict"},
};
const std::pair<UpdatePolicy, const char *> kUpdatePolicies[] = {
    {UpdatePolicy::Unknown, "unknown"},
    {UpdatePolicy::AlwaysUpToDate, "alwaysUpToDate"},
    {UpdatePolicy::SqlServer2022, "sqlServer2022"},
    {UpdatePolicy::SqlServer2025, "sqlServer2025"},
};
const std::pair<UpdatePolicy, const char *> kArmDatabaseFormats[] = {
    {UpdatePolicy::AlwaysUpToDate, "AlwaysUpToDate"},
    {UpdatePolicy::SqlServer2022, "SQLServer2022"},
    {UpdatePolicy::SqlServer2025, "SQLServer2025"},
};

} // namespace

QString SqlServerConnection::effectiveServerName() const
{
    if (!serverName.isEmpty())
        return serverName;
    // @@SERVERNAME is the machine name, not the DNS name: take the first label of a
    // host name, and the whole text of an IP address (better than nothing).
    QString machine = host;
    if (QHostAddress(host).isNull())
        machine = host.section(QLatin1Char('.'), 0, 0);
    machine = machine.toUpper();
    if (instanceName.isEmpty())
        return machine;
    return machine + QLatin1Char('\\') + instanceName;
}

bool operator==(const SqlServerConnection &a, const SqlServerConnection &b)
{
    return std::tie(a.host, a.port, a.instanceName, a.serverName, a.authentication, a.loginName,
                    a.encryption, a.trustServerCertificate, a.odbcDriver, a.version)
        == std::tie(b.host, b.port, b.instanceName, b.serverName, b.authentication, b.loginName,
                    b.encryption, b.trustServerCertificate, b.odbcDriver, b.version);
}

bool operator==(const ManagedInstanceTarget &a, const ManagedInstanceTarget &b)
{
    return std::tie(a.cloud, a.subscriptionId, a.resourceGroup, a.name, a.fqdn, a.updatePolicy)
        == std::tie(b.cloud, b.subscriptionId, b.resourceGroup, b.name, b.fqdn, b.updatePolicy);
}

bool operator==(const DatabaseLink &a, const DatabaseLink &b)
{
    return std::tie(a.databaseName, a.linkName, a.availabilityGroupName,
                    a.instanceAvailabilityGroupName)
        == std::tie(b.databaseName, b.linkName, b.availabilityGroupName,
                    b.instanceAvailabilityGroupName);
}

QString MirroringEndpoint::url() const
{
    QString host = listenerAddress;
    if (QHostAddress(host).protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("TCP://%1:%2").arg(host).arg(port);
}

bool operator==(const MirroringEndpoint &a, const MirroringEndpoint &b)
{
    return std::tie(a.name, a.port, a.listenerAddress)
        == std::tie(b.name, b.port, b.listenerAddress);
}

bool operator==(const EndpointCertificate &a, const EndpointCertificate &b)
{
    return a.name == b.name && a.expiryDate == b.expiryDate;
}

QString LinkDefinition::effectiveCertificateName() const
{
    if (!certificate.name.isEmpty())
        return certificate.name;
    return LinkDefaults::certificateName(sqlServer.effectiveServerName());
}

DatabaseLink &LinkDefinition::addDatabase(const QString &databaseName)
{
    QStringList taken;
    for (const DatabaseLink &existing : std::as_const(databases)) {
        taken << existing.linkName << existing.availabilityGroupName
              << existing.instanceAvailabilityGroupName;
    }
    DatabaseLink link;
    link.databaseName = databaseName;
    link.linkName = LinkDefaults::unique(LinkDefaults::linkName(databaseName), taken);
    taken << link.linkName;
    link.availabilityGroupName
        = LinkDefaults::unique(LinkDefaults::availabilityGroupName(databaseName), taken);
    taken << link.availabilityGroupName;
    link.instanceAvailabilityGroupName
        = LinkDefaults::unique(LinkDefaults::instanceAvailabilityGroupName(databaseName), taken);
    databases.append(link);
    return databases.last();
}

bool operator==(const LinkDefinition &a, const LinkDefinition &b)
{
    return std::tie(a.sqlServer, a.managedInstance, a.direction, a.failoverMode, a.replicationMode,
                    a.databases, a.endpoint, a.certificate)
        == std::tie(b.sqlServer, b.managedInstance, b.direction, b.failoverMode, b.replicationMode,
                    b.databases, b.endpoint, b.certificate);
}

QString toString(LinkDirection value)
{
    return nameOf(kDirections, value);
}
QString toString(FailoverMode value)
{
    return nameOf(kFailoverModes, value);
}
QString toString(ReplicationMode value)
{
    return nameOf(kReplicationModes, value);
}
QString toString(SqlAuthentication value)
{
    return nameOf(kAuthentications, value);
}
QString toString(SqlEncryption value)
{
    return nameOf(kEncryptions, value);
}
QString toString(UpdatePolicy value)
{
    return nameOf(kUpdatePolicies, value);
}

std::optional<LinkDirection> linkDirectionFromString(const QString &text)
{
    return valueOf(kDirections, text);
}
std::optional<FailoverMode> failoverModeFromString(const QString &text)
{
    return valueOf(kFailoverModes, text);
}
std::optional<ReplicationMode> replicationModeFromString(const QString &text)
{
    return valueOf(kReplicationModes, text);
}
std::optional<SqlAuthentication> sqlAuthenticationFromString(const QString &text)
{
    return valueOf(kAuthentications, text);
}
std::optional<SqlEncryption> sqlEncryptionFromString(const QString &text)
{
    return valueOf(kEncryptions, text);
}
std::optional<UpdatePolicy> updatePolicyFromString(const QString &text)
{
    return valueOf(kUpdatePolicies, text);
}

QString armDatabaseFormat(UpdatePolicy value)
{
    return nameOf(kArmDatabaseFormats, value);
}

std::optional<UpdatePolicy> updatePolicyFromArm(const QString &databaseFormat)
{
    // ARM compares enum values case-insensitively and may add new ones.
    for (const auto &entry : kArmDatabaseFormats) {
        if (databaseFormat.compare(QLatin1String(entry.second), Qt::CaseInsensitive) == 0)
            return entry.first;
    }
    return std::nullopt;
}

QString armFailoverMode(FailoverMode value)
{
    return value == FailoverMode::TwoWay ? QStringLiteral("Manual") : QStringLiteral("None");
}

QString armReplicationMode(ReplicationMode value)
{
    return value == ReplicationMode::Sync ? QStringLiteral("Sync") : QStringLiteral("Async");
}

} // namespace milink
