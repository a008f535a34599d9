#include "LinkValidator.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>

namespace milink {

namespace {

bool hasControlCharacter(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// SQL Server compares names with the server collation, usually case-insensitive;
// treat names that differ only in case as the same object.
QString foldedName(const QString &name)
{
    return name.toCaseFolded();
}

bool isSystemDatabase(const QString &name)
{
    static const QStringList system = {QStringLiteral("master"), QStringLiteral("model"),
                                       QStringLiteral("msdb"), QStringLiteral("tempdb")};
    return system.contains(name, Qt::CaseInsensitive);
}

class IssueCollector
{
public:
    void error(const QString &path, const QString &message)
    {
        if (!message.isEmpty())
            m_issues.append({ValidationIssue::Severity::Error, path, message});
    }
    void warning(const QString &path, const QString &message)
    {
        if (!message.isEmpty())
            m_issues.append({ValidationIssue::Severity::Warning, path, message});
    }
    ValidationIssues take() { return std::move(m_issues); }

private:
    ValidationIssues m_issues;
};

} // namespace

QString LinkValidator::sysnameProblem(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        return tr("%1 is empty. Enter a name.").arg(what);
    if (name.size() > kSysnameLength)
        return tr("%1 has %2 characters; SQL Server allows at most %3. Shorten it.")
            .arg(what)
            .arg(name.size())
            .arg(kSysnameLength);
    if (hasControlCharacter(name))
        return tr("%1 contains a control character (such as a line break or tab). Remove it.")
            .arg(what);
    if (name != name.trimmed())
        return tr("%1 starts or ends with a space, which is easy to get wrong in scripts. Remove "
                  "the space.")
            .arg(what);
    return {};
}

QString LinkValidator::certificateNameProblem(const QString &name)
{
    const QString basic = sysnameProblem(name, tr("The certificate name"));
    if (!basic.isEmpty())
        return basic;
    if (name.contains(QLatin1Char('\\')))
        return tr("The certificate name contains a backslash, which SQL Server does not accept "
                  "in certificate names used by the link. Replace it, for example with an "
                  "underscore (Cert_HOST_INSTANCE_endpoint).");
    return {};
}

QString LinkValidator::linkNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("The link name is empty. Enter a name such as DAG_Sales.");
    if (name.size() > kSysnameLength)
        return tr("The link name has %1 characters; Azure allows at most %2. Shorten it.")
            .arg(name.size())
            .arg(kSysnameLength);
    static const QRegularExpression rule(QStringLiteral("^[#A-Za-z_][\\w@#$]*$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (!rule.match(name).hasMatch())
        return tr("The link name \"%1\" is not accepted by Azure: it must start with a letter, "
                  "_ or #, and contain only letters, digits, _, @, # and $ (no spaces, dots or "
                  "hyphens).")
            .arg(name);
    return {};
}

QString LinkValidator::databaseNameProblem(const QString &name)
{
    const QString basic = sysnameProblem(name, tr("The database name"));
    if (!basic.isEmpty())
        return basic;
    if (isSystemDatabase(name))
        return tr("%1 is a system database; the link replicates user databases only. Choose a "
                  "user database.")
            .arg(name);
    return {};
}

QString LinkValidator::managedInstanceNameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("The managed instance name is empty. Enter the name shown in the Azure portal.");
    if (name.size() > 63)
        return tr("The managed instance name has %1 characters; Azure allows at most 63.")
            .arg(name.size());
    static const QRegularExpression rule(QStringLiteral("^[a-z0-9]+(?:-[a-z0-9]+)*$"));
    if (!rule.match(name).hasMatch())
        return tr("The managed instance name \"%1\" is not valid: use lowercase letters, digits "
                  "and single hyphens, not at the start or end. Enter the name only, not the "
                  "full host name.")
            .arg(name);
    return {};
}

QString LinkValidator::resourceGroupProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("The resource group is empty. Enter the resource group of the managed "
                  "instance.");
    if (name.size() > 90)
        return tr("The resource group name has %1 characters; Azure allows at most 90.")
            .arg(name.size());
    static const QRegularExpression rule(QStringLiteral("^[-\\w._()]+$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (!rule.match(name).hasMatch() || name.endsWith(QLatin1Char('.')))
        return tr("The resource group name \"%1\" is not valid: use letters, digits, "
                  "underscores, hyphens, periods and parentheses, and do not end with a period.")
            .arg(name);
    return {};
}

QString LinkValidator::subscriptionIdProblem(const QString &id)
{
    if (id.isEmpty())
        return tr("The subscription ID is empty. Enter the subscription's GUID.");
    static const QRegularExpression rule(QStringLiteral(
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    if (!rule.match(id).hasMatch())
        return tr("The subscription ID \"%1\" is not a GUID such as "
                  "00000000-0000-0000-0000-000000000000. Copy it from the Azure portal.")
            .arg(id);
    return {};
}

QString LinkValidator::instanceNameProblem(const QString &name)
{
    if (name.isEmpty())
        return {}; // default instance
    if (name.size() > 16)
        return tr("The SQL Server instance name has %1 characters; SQL Server allows at most 16.")
            .arg(name.size());
    static const QRegularExpression rule(QStringLiteral("^[\\w$#]+$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    if (!rule.match(name).hasMatch())
        return tr("The SQL Server instance name \"%1\" is not valid: use letters, digits, _, $ "
                  "and #. Enter only the instance part of HOST\\INSTANCE.")
            .arg(name);
    return {};
}

QString LinkValidator::portProblem(int port, const QString &what)
{
    if (port < 1 || port > 65535)
        return tr("%1 %2 is not a TCP port; use a number from 1 to 65535.").arg(what).arg(port);
    return {};
}

QString LinkValidator::hostProblem(const QString &host, const QString &what)
{
    if (host.isEmpty())
        return tr("%1 is empty. Enter a host name or an IP address.").arg(what);
    if (!QHostAddress(host).isNull())
        return {};
    if (host.contains(QLatin1Char('\\')))
        return tr("%1 \"%2\" contains a backslash: enter the host only and the instance name in "
                  "its own field.")
            .arg(what, host);
    if (host.contains(QLatin1Char(':')))
        return tr("%1 \"%2\" contains a colon: enter the port in its own field.").arg(what, host);
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return tr("%1 \"%2\" is neither an IP address nor a valid host name (letters, digits "
                      "and hyphens between dots).")
                .arg(what, host);
    }
    if (host.size() > 253)
        return tr("%1 is longer than the 253 characters a host name may have.").arg(what);
    return {};
}

QString LinkValidator::fqdnProblem(const QString &fqdn)
{
    const QString what = tr("The managed instance host name");
    const QString problem = hostProblem(fqdn, what);
    if (!problem.isEmpty())
        return problem;
    if (!QHostAddress(fqdn).isNull() || !fqdn.contains(QLatin1Char('.')))
        return tr("%1 must be the fully qualified name Azure reports, such as "
                  "sqlmi1.0123456789ab.database.windows.net: SQL Server only trusts the managed "
                  "instance's certificate under exactly that name.")
            .arg(what);
    return {};
}

QString LinkValidator::ipAddressProblem(const QString &address)
{
    const QHostAddress parsed(address);
    if (parsed.isNull())
        return tr("\"%1\" is not an IPv4 or IPv6 address.").arg(address);
    if (parsed.isLoopback() || parsed == QHostAddress(QHostAddress::AnyIPv4)
        || parsed == QHostAddress(QHostAddress::AnyIPv6))
        return tr("%1 is a loopback or wildcard address; the managed instance must reach SQL "
                  "Server at an address of its network. Enter that address.")
            .arg(address);
    return {};
}

QString LinkValidator::expiryDateProblem(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return {};
    if (date <= today)
        return tr("The certificate expiry date %1 is not in the future; an expired certificate "
                  "breaks the link. Choose a later date.")
            .arg(date.toString(Qt::ISODate));
    return {};
}

ValidationIssues LinkValidator::validate(const LinkDefinition &link, const QDate &today)
{
    IssueCollector issues;

    const SqlServerConnection &sql = link.sqlServer;
    issues.error(QStringLiteral("sqlServer.host"),
                 hostProblem(sql.host, tr("The SQL Server host")));
    issues.error(QStringLiteral("sqlServer.port"),
                 portProblem(sql.port, tr("The SQL Server port")));
    issues.error(QStringLiteral("sqlServer.instanceName"), instanceNameProblem(sql.instanceName));
    if (!sql.serverName.isEmpty())
        issues.error(QStringLiteral("sqlServer.serverName"),
                     sysnameProblem(sql.serverName, tr("The SQL Server name")));
    if (sql.authentication == SqlAuthentication::SqlLogin)
        issues.error(QStringLiteral("sqlServer.loginName"),
                     sysnameProblem(sql.loginName, tr("The login name")));
    if (sql.encryption == SqlEncryption::Optional)
        issues.warning(QStringLiteral("sqlServer.encryption"),
                       tr("Encryption is optional, so the SQL Server login and the commands milink "
                          "sends may cross the network in clear. Use mandatory encryption unless "
                          "the server cannot offer it."));
    if (sql.trustServerCertificate)
        issues.warning(QStringLiteral("sqlServer.trustServerCertificate"),
                       tr("The SQL Server's TLS certificate will be trusted without validation. "
                          "Install a certificate the client trusts when you can."));

    const ManagedInstanceTarget &mi = link.managedInstance;
    if (mi.cloud.trimmed().isEmpty())
        issues.error(QStringLiteral("managedInstance.cloud"),
                     tr("The cloud is empty. Choose AzureCloud, AzureUSGovernment, "
                        "AzureChinaCloud or a custom cloud profile."));
    issues.error(QStringLiteral("managedInstance.subscriptionId"),
                 subscriptionIdProblem(mi.subscriptionId));
    issues.error(QStringLiteral("managedInstance.resourceGroup"),
                 resourceGroupProblem(mi.resourceGroup));
    issues.error(QStringLiteral("managedInstance.name"), managedInstanceNameProblem(mi.name));
    if (!mi.fqdn.isEmpty()) {
        const QString problem = fqdnProblem(mi.fqdn);
        issues.error(QStringLiteral("managedInstance.fqdn"), problem);
        if (problem.isEmpty() && !mi.name.isEmpty()
            && mi.fqdn.section(QLatin1Char('.'), 0, 0).compare(mi.name, Qt::CaseInsensitive) != 0)
            issues.warning(QStringLiteral("managedInstance.fqdn"),
                           tr("The host name %1 does not start with the managed instance name "
                              "%2. Check that both name the same instance.")
                               .arg(mi.fqdn, mi.name));
    }

    issues.error(QStringLiteral("endpoint.name"),
                 sysnameProblem(link.endpoint.name, tr("The endpoint name")));
    issues.error(QStringLiteral("endpoint.port"),
                 portProblem(link.endpoint.port, tr("The endpoint port")));
    if (link.endpoint.port == sql.port)
        issues.error(QStringLiteral("endpoint.port"),
                     tr("The mirroring endpoint port %1 is the same as the SQL Server port. Use "
                        "a separate port such as 5022.")
                         .arg(link.endpoint.port));
    if (link.endpoint.port >= 11000 && link.endpoint.port <= 11999)
        issues.warning(QStringLiteral("endpoint.port"),
                       tr("Port %1 lies in 11000–11999, the range the managed instance uses for "
                          "redirected connections; firewalls between the two sides often treat "
                          "it specially. Prefer 5022.")
                           .arg(link.endpoint.port));
    if (link.endpoint.listenerAddress.isEmpty()) {
        issues.error(QStringLiteral("endpoint.listenerAddress"),
                     tr("The address the managed instance uses to reach SQL Server is empty. "
                        "Enter SQL Server's IP address or host name as seen from the managed "
                        "instance's network (or the AG listener IP)."));
    } else if (!QHostAddress(link.endpoint.listenerAddress).isNull()) {
        issues.error(QStringLiteral("endpoint.listenerAddress"),
                     ipAddressProblem(link.endpoint.listenerAddress));
    } else {
        issues.error(QStringLiteral("endpoint.listenerAddress"),
                     hostProblem(link.endpoint.listenerAddress, tr("The endpoint address")));
    }

    if (!link.certificate.name.isEmpty())
        issues.error(QStringLiteral("certificate.name"),
                     certificateNameProblem(link.certificate.name));
    else
        issues.error(QStringLiteral("certificate.name"),
                     certificateNameProblem(link.effectiveCertificateName()));
    issues.error(QStringLiteral("certificate.expiryDate"),
                 expiryDateProblem(link.certificate.expiryDate, today));

    if (link.databases.isEmpty())
        issues.error(QStringLiteral("databases"),
                     tr("No database is selected. Choose at least one database to link."));

    // Names must be unique across databases: one DAG and one pair of AGs per link.
    QHash<QString, QString> seenDatabases;
    QHash<QString, QString> seenNames; // every AG/DAG name → the path that used it first
    auto claimName = [&](const QString &name, const QString &path) {
        if (name.isEmpty())
            return;
        const QString key = foldedName(name);
        const auto found = seenNames.constFind(key);
        if (found != seenNames.constEnd()) {
            issues.error(path,
                         tr("The name \"%1\" is already used at %2. Each link needs its own "
                            "link and availability group names.")
                             .arg(name, found.value()));
            return;
        }
        seenNames.insert(key, path);
    };

    for (int i = 0; i < link.databases.size(); ++i) {
        const DatabaseLink &db = link.databases.at(i);
        const QString base = QStringLiteral("databases[%1].").arg(i);
        const QString dbProblem = databaseNameProblem(db.databaseName);
        issues.error(base + QStringLiteral("name"), dbProblem);
        if (dbProblem.isEmpty()) {
            const QString key = foldedName(db.databaseName);
            const auto found = seenDatabases.constFind(key);
            if (found != seenDatabases.constEnd())
                issues.error(base + QStringLiteral("name"),
                             tr("The database %1 is listed twice (also at %2). Remove one entry.")
                                 .arg(db.databaseName, found.value()));
            else
                seenDatabases.insert(key, base + QStringLiteral("name"));
        }

        const QString linkProblem = linkNameProblem(db.linkName);
        issues.error(base + QStringLiteral("linkName"), linkProblem);
        const QString agProblem = sysnameProblem(db.availabilityGroupName,
                                                 tr("The SQL Server availability group name"));
        issues.error(base + QStringLiteral("availabilityGroupName"), agProblem);
        const QString miAgProblem = sysnameProblem(
            db.instanceAvailabilityGroupName, tr("The managed instance availability group name"));
        issues.error(base + QStringLiteral("instanceAvailabilityGroupName"), miAgProblem);

        if (agProblem.isEmpty() && miAgProblem.isEmpty()
            && foldedName(db.availabilityGroupName)
                == foldedName(db.instanceAvailabilityGroupName)) {
            issues.error(base + QStringLiteral("instanceAvailabilityGroupName"),
                         tr("The availability group names on SQL Server and on the managed "
                            "instance are both \"%1\"; Azure requires them to differ.")
                             .arg(db.availabilityGroupName));
            continue;
        }
        if (linkProblem.isEmpty())
            claimName(db.linkName, base + QStringLiteral("linkName"));
        if (agProblem.isEmpty())
            claimName(db.availabilityGroupName, base + QStringLiteral("availabilityGroupName"));
        if (miAgProblem.isEmpty())
            claimName(db.instanceAvailabilityGroupName,
                      base + QStringLiteral("instanceAvailabilityGroupName"));
    }

    return issues.take();
}

} // namespace milink
