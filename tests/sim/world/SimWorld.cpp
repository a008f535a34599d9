#include "SimWorld.h"

#include "SimCertificateFactory.h"
#include "link/JsonObjectReader.h"
#include "link/SqlServerVersion.h"

#include <QJsonArray>

namespace milink::sim {

namespace {

using milink::JsonObjectReader;
using milink::ValidationIssues;

// Scenario files hold the simulator's own test logins, so passwords are allowed.
constexpr auto kAllowSecrets = JsonObjectReader::SecretPolicy::Allow;

QDateTime parseTime(JsonObjectReader &reader, const QString &key)
{
    const QString text = reader.string(key);
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        reader.error(key, QStringLiteral("\"%1\" is not an ISO 8601 date and time.").arg(text));
    return when.toUTC();
}

void readLogins(const QJsonArray &array, const QString &path, ValidationIssues &issues,
                SimInstance &instance)
{
    for (int i = 0; i < array.size(); ++i) {
        JsonObjectReader reader(array.at(i).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i),
                                issues, kAllowSecrets);
        SimLogin login;
        login.name = reader.string(QStringLiteral("name"), {}, true);
        login.password = reader.string(QStringLiteral("password"), {}, true);
        login.sysadmin = reader.boolean(QStringLiteral("sysadmin"), true);
        login.disabled = reader.boolean(QStringLiteral("disabled"), false);
        instance.logins.append(login);
    }
}

void readDatabases(const QJsonArray &array, const QString &path, ValidationIssues &issues,
                   SimInstance &instance, const QDateTime &now)
{
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        JsonObjectReader reader(array.at(i).toObject(), at, issues, kAllowSecrets);
        SimDatabase db;
        db.databaseId = instance.nextDatabaseId();
        db.name = reader.string(QStringLiteral("name"), {}, true);
        db.recoveryModel = reader.string(QStringLiteral("recoveryModel"), db.recoveryModel);
        db.sizeBytes = qint64(reader.integer(QStringLiteral("sizeMB"), 64, 1, 64 * 1024 * 1024))
            * 1024 * 1024;
        db.logFileCount = reader.integer(QStringLiteral("logFiles"), 1, 1, 32);
        db.filestream = reader.boolean(QStringLiteral("filestream"), false);
        db.memoryOptimized = reader.boolean(QStringLiteral("memoryOptimized"), false);
        db.encrypted = reader.boolean(QStringLiteral("tde"), false);
        db.brokerEnabled = reader.boolean(QStringLiteral("brokerEnabled"), false);
        db.collation = reader.string(QStringLiteral("collation"), instance.collation);
        db.createDate = now.addDays(-400);
        if (instance.database(db.name)) {
            reader.error(QStringLiteral("name"),
                         QStringLiteral("The database %1 is defined twice.").arg(db.name));
            continue;
        }
        if (reader.boolean(QStringLiteral("fullBackup"), true)) {
            // A full backup a day ago starts the log chain (FULL recovery only).
            SimBackup backup;
            backup.databaseName = db.name;
            backup.type = QLatin1Char('D');
            backup.checksum = true;
            backup.startDate = now.addDays(-1);
            backup.finishDate = backup.startDate.addSecs(db.sizeBytes / (50 * 1024 * 1024) + 1);
            backup.firstLsn = db.endOfLogLsn - 1000000;
            backup.lastLsn = db.endOfLogLsn - 500000;
            backup.path = QStringLiteral("D:\\Backup\\%1_full.bak").arg(db.name);
            instance.backups.append(backup);
            db.logChainStarted = db.recoveryModel != QLatin1String("SIMPLE");
        }
        instance.databases.append(db);
    }
}

void readAgentJobs(const QJsonArray &array, const QString &path, ValidationIssues &issues,
                   SimInstance &instance)
{
    for (int i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        JsonObjectReader reader(array.at(i).toObject(), at, issues, kAllowSecrets);
        SimAgentJob job;
        job.name = reader.string(QStringLiteral("name"), {}, true);
        job.enabled = reader.boolean(QStringLiteral("enabled"), true);
        const QJsonArray steps = reader.array(QStringLiteral("steps"), false);
        for (int j = 0; j < steps.size(); ++j) {
            JsonObjectReader stepReader(steps.at(j).toObject(),
                                        QStringLiteral("%1.steps[%2]").arg(at).arg(j), issues,
                                        kAllowSecrets);
            SimAgentJobStep step;
            step.stepName = stepReader.string(QStringLiteral("stepName"),
                                              QStringLiteral("Step %1").arg(j + 1));
            step.subsystem = stepReader.string(QStringLiteral("subsystem"), step.subsystem);
            step.command = stepReader.string(QStringLiteral("command"), {}, true);
            job.steps.append(step);
        }
        instance.agentJobs.append(job);
    }
}

void readTraceFlags(const QJsonArray &array, SimInstance &instance)
{
    for (const QJsonValue &value : array)
        instance.traceFlags.insert(value.toInt());
}

void readSqlServer(const QJsonObject &object, const QString &path, ValidationIssues &issues,
                   SimWorld &world)
{
    JsonObjectReader reader(object, path, issues, kAllowSecrets);
    SimInstance *server = world.addSqlServer();
    server->serverName = reader.string(QStringLiteral("serverName"), {}, true);
    server->hostName = reader.string(QStringLiteral("hostName"),
                                     server->serverName.section(QLatin1Char('\\'), 0, 0));
    server->productVersion
        = reader.string(QStringLiteral("productVersion"), QStringLiteral("16.0.4125.3"));
    if (!milink::SqlServerVersion::parse(server->productVersion).isValid())
        reader.error(QStringLiteral("productVersion"),
                     QStringLiteral("\"%1\" is not a build number such as 16.0.4125.3.")
                         .arg(server->productVersion));
    server->productLevel = reader.string(QStringLiteral("productLevel"), server->productLevel);
    server->productUpdateLevel = reader.string(QStringLiteral("productUpdateLevel"));
    server->edition = reader.string(QStringLiteral("edition"), server->edition);
    server->engineEdition
        = reader.integer(QStringLiteral("engineEdition"),
                         server->edition.startsWith(QLatin1String("Standard")) ? 2 : 3, 1, 11);
    server->hostPlatform = reader.string(QStringLiteral("hostPlatform"), server->hostPlatform);
    server->hostDistribution
        = reader.string(QStringLiteral("hostDistribution"), server->hostDistribution);
    server->hadrEnabled = reader.boolean(QStringLiteral("hadrEnabled"), true);
    server->agentRunning = reader.boolean(QStringLiteral("agentRunning"), true);
    server->collation = reader.string(QStringLiteral("collation"), server->collation);
    server->masterKey = reader.boolean(QStringLiteral("masterKey"), false);
    server->tdsPort = reader.integer(QStringLiteral("port"), 0, 0, 65535);
    readTraceFlags(reader.array(QStringLiteral("traceFlags"), false), *server);
    readLogins(reader.array(QStringLiteral("logins"), true), reader.path(QStringLiteral("logins")),
               issues, *server);
    readDatabases(reader.array(QStringLiteral("databases"), false),
                  reader.path(QStringLiteral("databases")), issues, *server, world.clock().now());
    readAgentJobs(reader.array(QStringLiteral("agentJobs"), false),
                  reader.path(QStringLiteral("agentJobs")), issues, *server);
}

void readManagedInstance(const QJsonObject &object, const QString &path, ValidationIssues &issues,
                         SimWorld &world)
{
    JsonObjectReader reader(object, path, issues, kAllowSecrets);
    SimManagedInstance *mi = world.addManagedInstance();
    mi->subscriptionId = reader.string(QStringLiteral("subscriptionId"), {}, true);
    mi->resourceGroup = reader.string(QStringLiteral("resourceGroup"), {}, true);
    mi->name = reader.string(QStringLiteral("name"), {}, true);
    mi->location = reader.string(QStringLiteral("location"), mi->location);
    mi->dnsZone = reader.string(QStringLiteral("dnsZone"), QStringLiteral("0123456789ab"));
    mi->fqdn = mi->name + QLatin1Char('.') + mi->dnsZone + QLatin1Char('.') + world.sqlDnsSuffix;
    mi->databaseFormat = reader.string(QStringLiteral("databaseFormat"), mi->databaseFormat);
    mi->state = reader.string(QStringLiteral("state"), mi->state);
    mi->skuName = reader.string(QStringLiteral("skuName"), mi->skuName);
    mi->skuTier = mi->skuName.startsWith(QLatin1String("BC")) ? QStringLiteral("BusinessCritical")
                                                              : QStringLiteral("GeneralPurpose");
    mi->vCores = reader.integer(QStringLiteral("vCores"), mi->vCores, 4, 128);
    mi->collation = reader.string(QStringLiteral("collation"), mi->collation);
    mi->subnetId = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/"
                                  "Microsoft.Network/virtualNetworks/vnet-mi/subnets/mi")
                       .arg(mi->subscriptionId, mi->resourceGroup);

    const SimSubscription *subscription = world.subscription(mi->subscriptionId);
    if (!subscription)
        reader.error(QStringLiteral("subscriptionId"),
                     QStringLiteral("No subscription %1 is defined in \"subscriptions\".")
                         .arg(mi->subscriptionId));
    else if (!subscription->resourceGroup(mi->resourceGroup))
        reader.error(QStringLiteral("resourceGroup"),
                     QStringLiteral("Subscription %1 has no resource group %2.")
                         .arg(mi->subscriptionId, mi->resourceGroup));

    SimInstance *engine = mi->engine();
    engine->serverName = mi->name;
    engine->hostName = mi->fqdn;
    engine->productVersion
        = reader.string(QStringLiteral("productVersion"), QStringLiteral("16.0.4185.3"));
    engine->collation = mi->collation;
    engine->tdsPort = reader.integer(QStringLiteral("port"), 0, 0, 65535);
    readLogins(reader.array(QStringLiteral("logins"), true), reader.path(QStringLiteral("logins")),
               issues, *engine);
    readDatabases(reader.array(QStringLiteral("databases"), false),
                  reader.path(QStringLiteral("databases")), issues, *engine, world.clock().now());

    // The instance's own mirroring endpoint certificate, issued by a Microsoft CA.
    const QDateTime now = world.clock().now();
    SimCertificateFactory::Request request;
    request.subjectCommonName = mi->fqdn;
    request.issuerCommonName = QStringLiteral("Microsoft Azure RSA TLS Issuing CA 04");
    request.issuerOrganization = QStringLiteral("Microsoft Corporation");
    request.notBefore = now.addDays(-30);
    request.notAfter = now.addDays(335);
    SimCertificate certificate;
    certificate.name = mi->fqdn;
    certificate.subject = QStringLiteral("CN=") + mi->fqdn;
    certificate.issuerName
        = QStringLiteral("CN=Microsoft Azure RSA TLS Issuing CA 04, O=Microsoft Corporation");
    certificate.der = SimCertificateFactory::create(request);
    certificate.hasPrivateKey = true;
    certificate.startDate = request.notBefore;
    certificate.expiryDate = request.notAfter;
    engine->mirroringEndpointCertificate = certificate;
}

} // namespace

SimWorld::SimWorld(QObject *parent) : QObject(parent), m_links(new SimLinkStateMachine(*this, this))
{
}

SimInstance *SimWorld::addSqlServer()
{
    auto *server = new SimInstance(SimInstance::Kind::SqlServer, this);
    connect(server, &SimInstance::changed, this, &SimWorld::changed);
    m_sqlServers.append(server);
    return server;
}

SimManagedInstance *SimWorld::addManagedInstance()
{
    auto *mi = new SimManagedInstance(this);
    connect(mi, &SimManagedInstance::changed, this, &SimWorld::changed);
    m_managedInstances.append(mi);
    return mi;
}

SimInstance *SimWorld::sqlServer(const QString &serverName) const
{
    for (SimInstance *server : m_sqlServers) {
        if (server->serverName.compare(serverName, Qt::CaseInsensitive) == 0)
            return server;
    }
    return nullptr;
}

SimManagedInstance *SimWorld::managedInstance(const QString &subscriptionId,
                                              const QString &resourceGroup,
                                              const QString &name) const
{
    // ARM names and ids compare case-insensitively.
    for (SimManagedInstance *mi : m_managedInstances) {
        if (mi->subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0
            && mi->resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) == 0
            && mi->name.compare(name, Qt::CaseInsensitive) == 0)
            return mi;
    }
    return nullptr;
}

SimManagedInstance *SimWorld::managedInstanceByFqdn(const QString &fqdn) const
{
    for (SimManagedInstance *mi : m_managedInstances) {
        if (mi->fqdn.compare(fqdn, Qt::CaseInsensitive) == 0)
            return mi;
    }
    return nullptr;
}

SimManagedInstance *SimWorld::managedInstanceOf(const SimInstance *engine) const
{
    for (SimManagedInstance *mi : m_managedInstances) {
        if (mi->engine() == engine)
            return mi;
    }
    return nullptr;
}

const SimSubscription *SimWorld::subscription(const QString &subscriptionId) const
{
    for (const SimSubscription &s : subscriptions) {
        if (s.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void SimWorld::clear()
{
    qDeleteAll(m_sqlServers);
    m_sqlServers.clear();
    qDeleteAll(m_managedInstances);
    m_managedInstances.clear();
    tenants.clear();
    subscriptions.clear();
    users.clear();
}

QString SimWorld::loadScenario(const QJsonObject &scenario)
{
    clear();
    ValidationIssues issues;
    {
        JsonObjectReader root(scenario, QString(), issues, kAllowSecrets);
        root.has(QStringLiteral("description"));
        const QDateTime start = parseTime(root, QStringLiteral("startTime"));
        if (start.isValid())
            m_clock.setStart(start);
        sqlDnsSuffix = root.string(QStringLiteral("sqlDnsSuffix"), sqlDnsSuffix);

        const QJsonArray tenantList = root.array(QStringLiteral("tenants"), true);
        for (int i = 0; i < tenantList.size(); ++i) {
            JsonObjectReader reader(tenantList.at(i).toObject(),
                                    QStringLiteral("tenants[%1]").arg(i), issues, kAllowSecrets);
            tenants.append({reader.string(QStringLiteral("tenantId"), {}, true),
                            reader.string(QStringLiteral("displayName")),
                            reader.string(QStringLiteral("defaultDomain"))});
        }
        const QJsonArray userList = root.array(QStringLiteral("users"), false);
        for (int i = 0; i < userList.size(); ++i) {
            JsonObjectReader reader(userList.at(i).toObject(), QStringLiteral("users[%1]").arg(i),
                                    issues, kAllowSecrets);
            users.append({reader.string(QStringLiteral("userName"), {}, true),
                          reader.string(QStringLiteral("password"), {}, true),
                          reader.string(QStringLiteral("tenantId"), {}, true)});
        }
        const QJsonArray subscriptionList = root.array(QStringLiteral("subscriptions"), true);
        for (int i = 0; i < subscriptionList.size(); ++i) {
            const QString at = QStringLiteral("subscriptions[%1]").arg(i);
            JsonObjectReader reader(subscriptionList.at(i).toObject(), at, issues, kAllowSecrets);
            SimSubscription subscription;
            subscription.subscriptionId = reader.string(QStringLiteral("subscriptionId"), {}, true);
            subscription.displayName = reader.string(QStringLiteral("displayName"));
            subscription.tenantId = reader.string(QStringLiteral("tenantId"), {}, true);
            subscription.state = reader.string(QStringLiteral("state"), subscription.state);
            const QJsonArray groups = reader.array(QStringLiteral("resourceGroups"), false);
            for (int g = 0; g < groups.size(); ++g) {
                JsonObjectReader group(groups.at(g).toObject(),
                                       QStringLiteral("%1.resourceGroups[%2]").arg(at).arg(g),
                                       issues, kAllowSecrets);
                SimResourceGroup resourceGroup;
                resourceGroup.name = group.string(QStringLiteral("name"), {}, true);
                resourceGroup.location
                    = group.string(QStringLiteral("location"), resourceGroup.location);
                subscription.resourceGroups.append(resourceGroup);
            }
            subscriptions.append(subscription);
        }

        const QJsonArray servers = root.array(QStringLiteral("sqlServers"), false);
        for (int i = 0; i < servers.size(); ++i)
            readSqlServer(servers.at(i).toObject(), QStringLiteral("sqlServers[%1]").arg(i), issues,
                          *this);
        const QJsonArray instances = root.array(QStringLiteral("managedInstances"), false);
        for (int i = 0; i < instances.size(); ++i)
            readManagedInstance(instances.at(i).toObject(),
                                QStringLiteral("managedInstances[%1]").arg(i), issues, *this);
    }

    QStringList errors;
    for (const milink::ValidationIssue &issue : std::as_const(issues)) {
        if (issue.isError())
            errors << issue.toString();
    }
    if (!errors.isEmpty()) {
        clear();
        return errors.join(QLatin1Char('\n'));
    }
    emit changed();
    return {};
}

QJsonObject SimWorld::demoScenario()
{
    const QString tenant = QStringLiteral("c0a1b2c3-0000-4000-8000-000000000001");
    const QString subscription = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
    auto database = [](const char *name, int sizeMb) {
        return QJsonObject {{QStringLiteral("name"), QLatin1String(name)},
                            {QStringLiteral("recoveryModel"), QStringLiteral("FULL")},
                            {QStringLiteral("sizeMB"), sizeMb}};
    };
    return QJsonObject {
        {QStringLiteral("description"),
         QStringLiteral("SQL Server 2022 CU13 with two databases, and a managed instance with "
                        "the SQL Server 2022 update policy.")},
        {QStringLiteral("tenants"),
         QJsonArray {
             QJsonObject {{QStringLiteral("tenantId"), tenant},
                          {QStringLiteral("displayName"), QStringLiteral("Contoso")},
                          {QStringLiteral("defaultDomain"), QStringLiteral("contoso.example")}}}},
        {QStringLiteral("users"),
         QJsonArray {
             QJsonObject {{QStringLiteral("userName"), QStringLiteral("dba@contoso.example")},
                          {QStringLiteral("password"), QStringLiteral("Sim-Passw0rd")},
                          {QStringLiteral("tenantId"), tenant}}}},
        {QStringLiteral("subscriptions"),
         QJsonArray {QJsonObject {
             {QStringLiteral("subscriptionId"), subscription},
             {QStringLiteral("displayName"), QStringLiteral("Contoso Production")},
             {QStringLiteral("tenantId"), tenant},
             {QStringLiteral("resourceGroups"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("rg-sql")}}}}}}},
        {QStringLiteral("sqlServers"),
         QJsonArray {QJsonObject {
             {QStringLiteral("serverName"), QStringLiteral("SQL01")},
             {QStringLiteral("hostName"), QStringLiteral("sql01.contoso.example")},
             {QStringLiteral("productVersion"), QStringLiteral("16.0.4125.3")},
             {QStringLiteral("productUpdateLevel"), QStringLiteral("CU13")},
             {QStringLiteral("traceFlags"), QJsonArray {1800, 9567}},
             {QStringLiteral("logins"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("sa")},
                                       {QStringLiteral("password"), QStringLiteral("Sim-Passw0rd")},
                                       {QStringLiteral("sysadmin"), true}}}},
             {QStringLiteral("databases"),
              QJsonArray {database("Sales", 512), database("Inventory", 128)}}}}},
        {QStringLiteral("managedInstances"),
         QJsonArray {QJsonObject {
             {QStringLiteral("subscriptionId"), subscription},
             {QStringLiteral("resourceGroup"), QStringLiteral("rg-sql")},
             {QStringLiteral("name"), QStringLiteral("sqlmi-demo")},
             {QStringLiteral("databaseFormat"), QStringLiteral("SQLServer2022")},
             {QStringLiteral("logins"),
              QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("miadmin")},
                                       {QStringLiteral("password"), QStringLiteral("Sim-Passw0rd")},
                                       {QStringLiteral("sysadmin"), true}}}}}}}};
}

QJsonObject SimWorld::snapshot() const
{
    QJsonArray servers;
    for (const SimInstance *server : m_sqlServers)
        servers.append(server->snapshot());
    QJsonArray instances;
    for (const SimManagedInstance *mi : m_managedInstances)
        instances.append(mi->snapshot());
    return {{QStringLiteral("now"), m_clock.now().toString(Qt::ISODateWithMs)},
            {QStringLiteral("timeScale"), m_clock.scale()},
            {QStringLiteral("sqlServers"), servers},
            {QStringLiteral("managedInstances"), instances}};
}

} // namespace milink::sim
