#include "ProjectFile.h"

#include "JsonObjectReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStringList>

namespace milink {

namespace {

template<typename Enum, std::size_t N> QStringList spellings(const Enum (&values)[N])
{
    QStringList out;
    for (Enum value : values)
        out << QLatin1Char('"') + toString(value) + QLatin1Char('"');
    return out;
}

constexpr LinkDirection kAllDirections[]
    = {LinkDirection::SqlServerToManagedInstance, LinkDirection::ManagedInstanceToSqlServer};
constexpr FailoverMode kAllFailoverModes[] = {FailoverMode::OneWay, FailoverMode::TwoWay};
constexpr ReplicationMode kAllReplicationModes[] = {ReplicationMode::Async, ReplicationMode::Sync};
constexpr SqlAuthentication kAllAuthentications[]
    = {SqlAuthentication::SqlLogin, SqlAuthentication::Windows};
constexpr SqlEncryption kAllEncryptions[]
    = {SqlEncryption::Mandatory, SqlEncryption::Optional, SqlEncryption::Strict};
constexpr UpdatePolicy kAllUpdatePolicies[]
    = {UpdatePolicy::Unknown, UpdatePolicy::AlwaysUpToDate, UpdatePolicy::SqlServer2022,
       UpdatePolicy::SqlServer2025};

QDate parseDate(JsonObjectReader &reader, const QString &key)
{
    const QString text = reader.string(key);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        reader.error(key,
                     ProjectFile::tr("\"%1\" is not a date in the form YYYY-MM-DD.").arg(text));
    return date;
}

void readSqlServer(const QJsonObject &object, ValidationIssues &issues, SqlServerConnection &sql)
{
    JsonObjectReader reader(object, QStringLiteral("sqlServer"), issues);
    sql.host = reader.string(QStringLiteral("host"), {}, true);
    sql.port = reader.integer(QStringLiteral("port"), sql.port, 1, 65535);
    sql.instanceName = reader.string(QStringLiteral("instanceName"));
    sql.serverName = reader.string(QStringLiteral("serverName"));
    sql.authentication
        = reader.enumeration(QStringLiteral("authentication"), sql.authentication,
                             sqlAuthenticationFromString, spellings(kAllAuthentications));
    sql.loginName = reader.string(QStringLiteral("loginName"));
    sql.encryption = reader.enumeration(QStringLiteral("encryption"), sql.encryption,
                                        sqlEncryptionFromString, spellings(kAllEncryptions));
    sql.trustServerCertificate
        = reader.boolean(QStringLiteral("trustServerCertificate"), sql.trustServerCertificate);
    sql.odbcDriver = reader.string(QStringLiteral("odbcDriver"));
    const QString version = reader.string(QStringLiteral("version"));
    if (!version.isEmpty()) {
        sql.version = SqlServerVersion::parse(version);
        if (!sql.version.isValid())
            reader.error(QStringLiteral("version"),
                         ProjectFile::tr("\"%1\" is not a SQL Server build number such as "
                                         "16.0.4125.3 (SERVERPROPERTY('ProductVersion')).")
                             .arg(version));
    }
}

void readManagedInstance(const QJsonObject &object, ValidationIssues &issues,
                         ManagedInstanceTarget &mi)
{
    JsonObjectReader reader(object, QStringLiteral("managedInstance"), issues);
    mi.cloud = reader.string(QStringLiteral("cloud"), mi.cloud);
    mi.subscriptionId = reader.string(QStringLiteral("subscriptionId"), {}, true);
    mi.resourceGroup = reader.string(QStringLiteral("resourceGroup"), {}, true);
    mi.name = reader.string(QStringLiteral("name"), {}, true);
    mi.fqdn = reader.string(QStringLiteral("fqdn"));
    mi.updatePolicy = reader.enumeration(QStringLiteral("updatePolicy"), mi.updatePolicy,
                                         updatePolicyFromString, spellings(kAllUpdatePolicies));
}

void readLinkOptions(const QJsonObject &object, ValidationIssues &issues, LinkDefinition &link)
{
    JsonObjectReader reader(object, QStringLiteral("link"), issues);
    link.direction = reader.enumeration(QStringLiteral("direction"), link.direction,
                                        linkDirectionFromString, spellings(kAllDirections));
    link.failoverMode = reader.enumeration(QStringLiteral("failover"), link.failoverMode,
                                           failoverModeFromString, spellings(kAllFailoverModes));
    link.replicationMode
        = reader.enumeration(QStringLiteral("replicationMode"), link.replicationMode,
                             replicationModeFromString, spellings(kAllReplicationModes));
}

void readDatabases(const QJsonArray &array, ValidationIssues &issues, LinkDefinition &link)
{
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("databases[%1]").arg(i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            issues.append(
                {ValidationIssue::Severity::Error, path,
                 JsonObjectReader::tr("Expected an object with the database's name and link "
                                      "names, found %1.")
                     .arg(JsonObjectReader::typeName(value))});
            continue;
        }
        JsonObjectReader reader(value.toObject(), path, issues);
        const QString name = reader.string(QStringLiteral("name"), {}, true);
        // Missing object names take the defaults, so a hand-written file can list
        // just the databases.
        DatabaseLink &db = link.addDatabase(name);
        db.linkName = reader.string(QStringLiteral("linkName"), db.linkName);
        db.availabilityGroupName
            = reader.string(QStringLiteral("availabilityGroupName"), db.availabilityGroupName);
        db.instanceAvailabilityGroupName = reader.string(
            QStringLiteral("instanceAvailabilityGroupName"), db.instanceAvailabilityGroupName);
    }
}

void readEndpoint(const QJsonObject &object, ValidationIssues &issues, MirroringEndpoint &endpoint)
{
    JsonObjectReader reader(object, QStringLiteral("endpoint"), issues);
    endpoint.name = reader.string(QStringLiteral("name"), endpoint.name);
    endpoint.port = reader.integer(QStringLiteral("port"), endpoint.port, 1, 65535);
    endpoint.listenerAddress = reader.string(QStringLiteral("listenerAddress"));
}

void readCertificate(const QJsonObject &object, ValidationIssues &issues,
                     EndpointCertificate &certificate)
{
    JsonObjectReader reader(object, QStringLiteral("certificate"), issues);
    certificate.name = reader.string(QStringLiteral("name"));
    certificate.expiryDate = parseDate(reader, QStringLiteral("expiryDate"));
}

QJsonObject insertIfSet(QJsonObject object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
    return object;
}

} // namespace

ProjectFile::LoadResult ProjectFile::fromJson(const QByteArray &json)
{
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Give a line and column: the offset alone is useless in a text editor.
        const QByteArray head = json.left(parseError.offset);
        const int line = head.count('\n') + 1;
        const int column = parseError.offset - (head.lastIndexOf('\n') + 1) + 1;
        result.issues.append({ValidationIssue::Severity::Error, QString(),
                              tr("The file is not valid JSON: %1 at line %2, column %3. Fix the "
                                 "file in a text editor or save the project again from milink.")
                                  .arg(parseError.errorString())
                                  .arg(line)
                                  .arg(column)});
        return result;
    }
    if (!document.isObject()) {
        result.issues.append({ValidationIssue::Severity::Error, QString(),
                              tr("The file holds JSON but not a milink project (expected an "
                                 "object at the top level).")});
        return result;
    }

    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(kFormatName)) {
        result.issues.append({ValidationIssue::Severity::Error, QStringLiteral("format"),
                              tr("This is not a milink project: \"format\" must be \"%1\".")
                                  .arg(QLatin1String(kFormatName))});
        return result;
    }
    const QJsonValue schema = root.value(QStringLiteral("schemaVersion"));
    const int version = schema.toInt(-1);
    if (!schema.isDouble() || version < 1) {
        result.issues.append({ValidationIssue::Severity::Error, QStringLiteral("schemaVersion"),
                              tr("The schema version is missing or not a positive whole "
                                 "number.")});
        return result;
    }
    if (version > kSchemaVersion) {
        result.issues.append(
            {ValidationIssue::Severity::Error, QStringLiteral("schemaVersion"),
             tr("The project was written by a newer milink (schema version %1; this milink "
                "%2 reads up to %3). Open it with that newer milink, or update milink.")
                 .arg(version)
                 .arg(QStringLiteral(MILINK_VERSION_STRING))
                 .arg(kSchemaVersion)});
        return result;
    }

    LinkDefinition link;
    {
        JsonObjectReader reader(root, QString(), result.issues);
        reader.has(QStringLiteral("format"));
        reader.has(QStringLiteral("schemaVersion"));
        readSqlServer(reader.object(QStringLiteral("sqlServer"), true), result.issues,
                      link.sqlServer);
        readManagedInstance(reader.object(QStringLiteral("managedInstance"), true), result.issues,
                            link.managedInstance);
        readLinkOptions(reader.object(QStringLiteral("link"), false), result.issues, link);
        readDatabases(reader.array(QStringLiteral("databases"), true), result.issues, link);
        readEndpoint(reader.object(QStringLiteral("endpoint"), false), result.issues,
                     link.endpoint);
        readCertificate(reader.object(QStringLiteral("certificate"), false), result.issues,
                        link.certificate);
    }
    if (!hasErrors(result.issues))
        result.link = link;
    return result;
}

QByteArray ProjectFile::toJson(const LinkDefinition &link)
{
    const SqlServerConnection &sql = link.sqlServer;
    QJsonObject sqlServer {{QStringLiteral("host"), sql.host},
                           {QStringLiteral("port"), sql.port},
                           {QStringLiteral("authentication"), toString(sql.authentication)},
                           {QStringLiteral("encryption"), toString(sql.encryption)},
                           {QStringLiteral("trustServerCertificate"), sql.trustServerCertificate}};
    sqlServer = insertIfSet(sqlServer, QStringLiteral("instanceName"), sql.instanceName);
    sqlServer = insertIfSet(sqlServer, QStringLiteral("serverName"), sql.serverName);
    sqlServer = insertIfSet(sqlServer, QStringLiteral("loginName"), sql.loginName);
    sqlServer = insertIfSet(sqlServer, QStringLiteral("odbcDriver"), sql.odbcDriver);
    sqlServer = insertIfSet(sqlServer, QStringLiteral("version"), sql.version.toString());

    const ManagedInstanceTarget &mi = link.managedInstance;
    QJsonObject managedInstance {{QStringLiteral("cloud"), mi.cloud},
                                 {QStringLiteral("subscriptionId"), mi.subscriptionId},
                                 {QStringLiteral("resourceGroup"), mi.resourceGroup},
                                 {QStringLiteral("name"), mi.name},
                                 {QStringLiteral("updatePolicy"), toString(mi.updatePolicy)}};
    managedInstance = insertIfSet(managedInstance, QStringLiteral("fqdn"), mi.fqdn);

    QJsonArray databases;
    for (const DatabaseLink &db : link.databases) {
        databases.append(QJsonObject {
            {QStringLiteral("name"), db.databaseName},
            {QStringLiteral("linkName"), db.linkName},
            {QStringLiteral("availabilityGroupName"), db.availabilityGroupName},
            {QStringLiteral("instanceAvailabilityGroupName"), db.instanceAvailabilityGroupName}});
    }

    QJsonObject endpoint {{QStringLiteral("name"), link.endpoint.name},
                          {QStringLiteral("port"), link.endpoint.port}};
    endpoint
        = insertIfSet(endpoint, QStringLiteral("listenerAddress"), link.endpoint.listenerAddress);

    QJsonObject certificate;
    certificate = insertIfSet(certificate, QStringLiteral("name"), link.certificate.name);
    certificate = insertIfSet(certificate, QStringLiteral("expiryDate"),
                              link.certificate.expiryDate.toString(Qt::ISODate));

    const QJsonObject root {
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("sqlServer"), sqlServer},
        {QStringLiteral("managedInstance"), managedInstance},
        {QStringLiteral("link"),
         QJsonObject {{QStringLiteral("direction"), toString(link.direction)},
                      {QStringLiteral("failover"), toString(link.failoverMode)},
                      {QStringLiteral("replicationMode"), toString(link.replicationMode)}}},
        {QStringLiteral("databases"), databases},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("certificate"), certificate}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProjectFile::LoadResult ProjectFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.issues.append({ValidationIssue::Severity::Error, QString(),
                              tr("Cannot open the project file %1: %2. Check the path and "
                                 "that you may read it.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString())});
        return result;
    }
    // A project is a few kilobytes; refuse anything absurdly large instead of
    // trying to parse it.
    constexpr qint64 kMaximumSize = 16 * 1024 * 1024;
    if (file.size() > kMaximumSize) {
        LoadResult result;
        result.issues.append({ValidationIssue::Severity::Error, QString(),
                              tr("The file %1 is %2 MiB, far larger than any milink project. "
                                 "Check that you chose the right file.")
                                  .arg(QDir::toNativeSeparators(path))
                                  .arg(file.size() / (1024 * 1024))});
        return result;
    }
    return fromJson(file.readAll());
}

QString ProjectFile::save(const LinkDefinition &link, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Cannot write the project file %1: %2. Choose a folder you may write to.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    const QByteArray json = toJson(link);
    if (file.write(json) != json.size() || !file.commit()) {
        return tr("Saving %1 failed: %2. The previous version of the file is unchanged.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace milink
