#include "TestLinks.h"

namespace TestLinks {

QDate today()
{
    return QDate(2026, 11, 22);
}

milink::LinkDefinition valid()
{
    milink::LinkDefinition link;
    link.sqlServer.host = QStringLiteral("sql01.contoso.local");
    link.sqlServer.port = 1433;
    link.sqlServer.instanceName = QStringLiteral("PROD");
    link.sqlServer.loginName = QStringLiteral("dba");
    link.sqlServer.version = milink::SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    link.managedInstance.subscriptionId = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
    link.managedInstance.resourceGroup = QStringLiteral("rg-sql");
    link.managedInstance.name = QStringLiteral("sqlmi-prod");
    link.managedInstance.fqdn = QStringLiteral("sqlmi-prod.0123456789ab.database.windows.net");
    link.managedInstance.updatePolicy = milink::UpdatePolicy::SqlServer2022;
    link.failoverMode = milink::FailoverMode::TwoWay;
    link.endpoint.listenerAddress = QStringLiteral("10.0.0.4");
    link.certificate.expiryDate = QDate(2027, 11, 22);
    link.addDatabase(QStringLiteral("Sales"));
    link.addDatabase(QStringLiteral("Inventory"));
    return link;
}

} // namespace TestLinks
