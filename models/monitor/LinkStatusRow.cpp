#include "LinkStatusRow.h"

#include <QJsonArray>

namespace milink {

QString toString(LinkHealth health)
{
    switch (health) {
    case LinkHealth::Healthy: return QStringLiteral("healthy");
    case LinkHealth::Warning: return QStringLiteral("warning");
    case LinkHealth::Critical: return QStringLiteral("critical");
    }
    return {};
}

bool LinkStatusRow::hardenedLsnsEqual() const
{
    return !sqlServerHardenedLsn.isEmpty() && sqlServerHardenedLsn == managedInstanceHardenedLsn;
}

namespace {

// Unknown values are JSON null, so a consumer can tell "0" from "not reported".
QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}
QJsonValue number(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}
QJsonValue integer(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}
QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject LinkStatusRow::toJson() const
{
    QJsonObject seedingObject {
        {QStringLiteral("active"), seeding},
        {QStringLiteral("percent"), number(seedingPercent)},
        {QStringLiteral("transferredBytes"), integer(seedingTransferredBytes)},
        {QStringLiteral("totalBytes"), integer(seedingTotalBytes)},
        {QStringLiteral("bytesPerSecond"), number(seedingBytesPerSecond)},
        {QStringLiteral("eta"), time(seedingEta)},
        {QStringLiteral("failure"), text(seedingFailure)},
    };
    QJsonObject error {
        {QStringLiteral("number"), errorNumber == 0 ? QJsonValue() : QJsonValue(errorNumber)},
        {QStringLiteral("text"), text(errorText)},
        {QStringLiteral("explanation"), text(errorExplanation)},
        {QStringLiteral("time"), time(errorTime)},
    };
    return QJsonObject {
        {QStringLiteral("link"), linkName},
        {QStringLiteral("database"), databaseName},
        {QStringLiteral("sources"), QJsonArray::fromStringList(sources)},
        {QStringLiteral("health"), toString(health)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
        {QStringLiteral("roles"),
         QJsonObject {{QStringLiteral("sqlServer"), text(sqlServerRole)},
                      {QStringLiteral("managedInstance"), text(managedInstanceRole)}}},
        {QStringLiteral("splitBrain"), splitBrain},
        {QStringLiteral("replicationMode"), text(replicationMode)},
        {QStringLiteral("connectedState"), text(connectedState)},
        {QStringLiteral("synchronizationState"), text(synchronizationState)},
        {QStringLiteral("synchronizationHealth"), text(synchronizationHealth)},
        {QStringLiteral("replicaState"), text(replicaState)},
        {QStringLiteral("seeding"), seedingObject},
        {QStringLiteral("hardenedLsn"),
         QJsonObject {{QStringLiteral("sqlServer"), text(sqlServerHardenedLsn)},
                      {QStringLiteral("managedInstance"), text(managedInstanceHardenedLsn)},
                      {QStringLiteral("equal"), hardenedLsnsEqual()}}},
        {QStringLiteral("lagSeconds"), number(lagSeconds)},
        {QStringLiteral("logSendQueueKb"), integer(logSendQueueKb)},
        {QStringLiteral("redoQueueKb"), integer(redoQueueKb)},
        {QStringLiteral("logSpaceUsedPercent"),
         QJsonObject {{QStringLiteral("sqlServer"), number(sqlServerLogUsedPercent)},
                      {QStringLiteral("managedInstance"), number(managedInstanceLogUsedPercent)}}},
        {QStringLiteral("certificates"),
         QJsonObject {
             {QStringLiteral("sqlServer"),
              QJsonObject {{QStringLiteral("name"), text(sqlServerCertificateName)},
                           {QStringLiteral("expiry"), time(sqlServerCertificateExpiry)}}},
             {QStringLiteral("managedInstance"),
              QJsonObject {{QStringLiteral("name"), text(managedInstanceCertificateName)},
                           {QStringLiteral("expiry"), time(managedInstanceCertificateExpiry)}}}}},
        {QStringLiteral("error"), error},
    };
}

} // namespace milink
