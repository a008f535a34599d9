#include "SimInstance.h"

#include <QJsonArray>

#include <algorithm>

namespace milink::sim {

namespace {

template<typename T, typename Key> T *findByName(QList<T> &items, const QString &name, Key key)
{
    for (T &item : items) {
        if ((item.*key).compare(name, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject certificateJson(const SimCertificate &c)
{
    return {{QStringLiteral("certificateId"), c.certificateId},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("issuerName"), c.issuerName},
            {QStringLiteral("thumbprint"), QString::fromLatin1(c.thumbprint().toHex())},
            {QStringLiteral("hasPrivateKey"), c.hasPrivateKey},
            {QStringLiteral("startDate"), iso(c.startDate)},
            {QStringLiteral("expiryDate"), iso(c.expiryDate)},
            {QStringLiteral("issuerPatterns"), QJsonArray::fromStringList(c.issuerPatterns)}};
}

} // namespace

SimInstance::SimInstance(Kind kind, QObject *parent) : QObject(parent), m_kind(kind)
{
    if (kind == Kind::ManagedInstance) {
        engineEdition = 8;
        edition = QStringLiteral("SQL Azure");
        hostPlatform = QStringLiteral("Windows");
        hostDistribution = QStringLiteral("Azure SQL Managed Instance");
        masterKey = true; // a managed instance always has a service master key chain
    }
}

SimLogin *SimInstance::login(const QString &name)
{
    return findByName(logins, name, &SimLogin::name);
}

SimCertificate *SimInstance::certificate(const QString &name)
{
    return findByName(certificates, name, &SimCertificate::name);
}

SimCertificate *SimInstance::certificate(int certificateId)
{
    for (SimCertificate &c : certificates) {
        if (c.certificateId == certificateId)
            return &c;
    }
    return nullptr;
}

SimEndpoint *SimInstance::mirroringEndpoint()
{
    return endpoints.isEmpty() ? nullptr : &endpoints.first();
}

SimDatabase *SimInstance::database(const QString &name)
{
    return findByName(databases, name, &SimDatabase::name);
}

SimDatabase *SimInstance::database(int databaseId)
{
    for (SimDatabase &d : databases) {
        if (d.databaseId == databaseId)
            return &d;
    }
    return nullptr;
}

SimAvailabilityGroup *SimInstance::availabilityGroup(const QString &name)
{
    return findByName(availabilityGroups, name, &SimAvailabilityGroup::name);
}

int SimInstance::nextCertificateId() const
{
    int next = 256;
    for (const SimCertificate &c : certificates)
        next = std::max(next, c.certificateId + 1);
    return next;
}

int SimInstance::nextDatabaseId() const
{
    int next = 5;
    for (const SimDatabase &d : databases)
        next = std::max(next, d.databaseId + 1);
    return next;
}

int SimInstance::nextEndpointId() const
{
    int next = 65536;
    for (const SimEndpoint &e : endpoints)
        next = std::max(next, e.endpointId + 1);
    return next;
}

QJsonObject SimInstance::snapshot() const
{
    QJsonArray certificateList;
    for (const SimCertificate &c : certificates)
        certificateList.append(certificateJson(c));
    QJsonArray endpointList;
    for (const SimEndpoint &e : endpoints) {
        endpointList.append(
            QJsonObject {{QStringLiteral("endpointId"), e.endpointId},
                         {QStringLiteral("name"), e.name},
                         {QStringLiteral("port"), e.port},
                         {QStringLiteral("started"), e.started},
                         {QStringLiteral("role"), e.role},
                         {QStringLiteral("authentication"), e.authentication},
                         {QStringLiteral("certificateName"), e.certificateName},
                         {QStringLiteral("encryptionRequired"), e.encryptionRequired},
                         {QStringLiteral("algorithm"), e.algorithm}});
    }
    QJsonArray databaseList;
    for (const SimDatabase &d : databases) {
        databaseList.append(
            QJsonObject {{QStringLiteral("databaseId"), d.databaseId},
                         {QStringLiteral("name"), d.name},
                         {QStringLiteral("recoveryModel"), d.recoveryModel},
                         {QStringLiteral("state"), d.state},
                         {QStringLiteral("sizeBytes"), d.sizeBytes},
                         {QStringLiteral("logUsedPercent"), d.logUsedPercent},
                         {QStringLiteral("logChainStarted"), d.logChainStarted},
                         {QStringLiteral("endOfLogLsn"), QString::number(d.endOfLogLsn)}});
    }
    QJsonArray groupList;
    for (const SimAvailabilityGroup &ag : availabilityGroups) {
        QJsonArray replicaList;
        for (const SimReplica &r : ag.replicas) {
            replicaList.append(QJsonObject {
                {QStringLiteral("replicaId"), r.replicaId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("serverName"), r.serverName},
                {QStringLiteral("endpointUrl"), r.endpointUrl},
                {QStringLiteral("availabilityMode"), r.availabilityMode},
                {QStringLiteral("isLocal"), r.isLocal},
                {QStringLiteral("role"), r.role},
                {QStringLiteral("connectedState"), r.connectedState},
                {QStringLiteral("synchronizationHealth"), r.synchronizationHealth},
                {QStringLiteral("lastConnectErrorNumber"), r.lastConnectErrorNumber},
                {QStringLiteral("lastConnectErrorDescription"), r.lastConnectErrorDescription}});
        }
        groupList.append(
            QJsonObject {{QStringLiteral("groupId"), ag.groupId.toString(QUuid::WithoutBraces)},
                         {QStringLiteral("name"), ag.name},
                         {QStringLiteral("distributed"), ag.distributed},
                         {QStringLiteral("clusterType"), ag.clusterType},
                         {QStringLiteral("databases"), QJsonArray::fromStringList(ag.databases)},
                         {QStringLiteral("replicas"), replicaList}});
    }
    QJsonArray flags;
    QList<int> sortedFlags(traceFlags.cbegin(), traceFlags.cend());
    std::sort(sortedFlags.begin(), sortedFlags.end());
    for (int flag : sortedFlags)
        flags.append(flag);

    QJsonObject out {
        {QStringLiteral("kind"),
         isManagedInstance() ? QStringLiteral("managedInstance") : QStringLiteral("sqlServer")},
        {QStringLiteral("serverName"), serverName},
        {QStringLiteral("hostName"), hostName},
        {QStringLiteral("productVersion"), productVersion},
        {QStringLiteral("edition"), edition},
        {QStringLiteral("hadrEnabled"), hadrEnabled},
        {QStringLiteral("traceFlags"), flags},
        {QStringLiteral("masterKey"), masterKey},
        {QStringLiteral("tdsPort"), tdsPort},
        {QStringLiteral("certificates"), certificateList},
        {QStringLiteral("endpoints"), endpointList},
        {QStringLiteral("databases"), databaseList},
        {QStringLiteral("availabilityGroups"), groupList},
        {QStringLiteral("backupCount"), static_cast<int>(backups.size())}};
    if (mirroringEndpointCertificate)
        out.insert(QStringLiteral("mirroringEndpointCertificate"),
                   certificateJson(*mirroringEndpointCertificate));
    return out;
}

} // namespace milink::sim
