#include "SqlServerRequirements.h"

#include "plan/SupportMatrix.h"

#include <QRegularExpression>

namespace milink {

const QString SqlServerRequirements::kVersion = QStringLiteral("sqlServer.version");
const QString SqlServerRequirements::kLinkOptions = QStringLiteral("sqlServer.linkOptions");
const QString SqlServerRequirements::kEdition = QStringLiteral("sqlServer.edition");
const QString SqlServerRequirements::kSysadmin = QStringLiteral("sqlServer.sysadmin");
const QString SqlServerRequirements::kHadr = QStringLiteral("sqlServer.hadr");
const QString SqlServerRequirements::kMasterKey = QStringLiteral("sqlServer.masterKey");
const QString SqlServerRequirements::kTraceFlags = QStringLiteral("sqlServer.traceFlags");
const QString SqlServerRequirements::kHostPlatform = QStringLiteral("sqlServer.hostPlatform");
const QString SqlServerRequirements::kCollation = QStringLiteral("sqlServer.collation");
const QString SqlServerRequirements::kEndpoint = QStringLiteral("sqlServer.endpoint");
const QString SqlServerRequirements::kProbe = QStringLiteral("sqlServer.probe");

namespace {

using Status = CheckResult::Status;

// A check that needs the server while there are no facts: never "passed".
CheckResult notRead(const SqlServerRequirements::Input &input, const QString &id,
                    const QString &title, const QString &whatToVerify)
{
    const QString reason = input.offline
        ? SqlServerRequirements::tr("Not verified (offline): milink does not connect to SQL "
                                    "Server in offline mode.")
        : SqlServerRequirements::tr("Not verified: SQL Server has not been read yet. Connect on "
                                    "the SQL Server page, or press Re-run.");
    return CheckResult::make(id, title, Status::NotVerified, reason, whatToVerify);
}

bool isWindows(const ServerFacts &facts)
{
    return facts.hostPlatform.compare(QLatin1String("Windows"), Qt::CaseInsensitive) == 0;
}

Status worse(Status a, Status b)
{
    auto rank = [](Status s) {
        switch (s) {
        case Status::Passed: return 0;
        case Status::NotVerified: return 1;
        case Status::Warning: return 2;
        case Status::Failed: return 3;
        }
        return 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace

CheckResults SqlServerRequirements::evaluate(const Input &input)
{
    CheckResults results;
    results << version(input) << linkOptions(input);
    if (!input.facts || input.facts->isManagedInstance()) {
        results << notRead(input, kEdition, tr("Edition"),
                           tr("Check that SQL Server is Enterprise, Developer or Standard "
                              "edition (SELECT SERVERPROPERTY('Edition')). Express and Web "
                              "cannot use the link."))
                << notRead(input, kSysadmin, tr("sysadmin permission"),
                           tr("The login that runs the scripts must be a member of the "
                              "sysadmin server role."))
                << notRead(input, kHadr, tr("Always On availability groups"),
                           tr("Check that SERVERPROPERTY('IsHadrEnabled') returns 1; enable "
                              "Always On and restart SQL Server if not."))
                << notRead(input, kMasterKey, tr("Database master key"),
                           tr("The scripts create a master key in master when none exists; "
                              "have a strong password ready."))
                << notRead(input, kTraceFlags, tr("Trace flags 1800 and 9567"),
                           tr("Recommended: start SQL Server with -T1800 and -T9567 (check "
                              "with DBCC TRACESTATUS(-1))."))
                << notRead(input, kHostPlatform, tr("Host operating system"),
                           tr("SQL Server 2016 must run on Windows Server; Windows 10 and 11 "
                              "client hosts are not supported."))
                << notRead(input, kCollation, tr("Collation"),
                           tr("Compare SERVERPROPERTY('Collation') with the managed "
                              "instance's collation; they should match."))
                << notRead(input, kEndpoint, tr("Database mirroring endpoint"),
                           tr("An existing mirroring endpoint is reused and altered to "
                              "certificate authentication with AES; note its port."));
        return results;
    }
    const ServerFacts &facts = *input.facts;
    results << edition(facts)
            << (facts.sysadmin
                    ? CheckResult::make(kSysadmin, tr("sysadmin permission"), Status::Passed,
                                        tr("The login is a member of the sysadmin server role."))
                    : CheckResult::make(
                        kSysadmin, tr("sysadmin permission"), Status::Failed,
                        tr("The login is not a member of the sysadmin server role, which "
                           "creating certificates, the endpoint and availability groups "
                           "requires."),
                        tr("Connect with a login that is a member of sysadmin, or ask an "
                           "administrator to run ALTER SERVER ROLE sysadmin ADD MEMBER for "
                           "it.")))
            << hadr(facts) << masterKey(facts) << traceFlags(facts) << hostPlatform(facts)
            << collation(facts, input.managedInstanceCollation) << endpoint(facts, input.link);
    if (!facts.problems.isEmpty()) {
        CheckResult probe = CheckResult::make(
            kProbe, tr("Details that could not be read"), Status::Warning,
            tr("Some details could not be read from SQL Server; the checks that depend on them "
               "are shown as not verified."),
            tr("Check the login's permissions (VIEW SERVER STATE), then press Re-run."));
        probe.serverText = facts.problems.join(QLatin1Char('\n'));
        results << probe;
    }
    return results;
}

CheckResult SqlServerRequirements::version(const Input &input)
{
    const QString title = tr("Supported SQL Server version");
    if (input.facts && input.facts->isManagedInstance())
        return CheckResult::make(
            kVersion, title, Status::Failed,
            tr("The server connected to is an Azure SQL Managed Instance, not SQL Server."),
            tr("Go back to the SQL Server page and enter the SQL Server that holds the "
               "databases; the managed instance is chosen on the Azure page."));
    const bool declared = !input.facts;
    const SqlServerVersion v = declared ? input.link.sqlServer.version : input.facts->version;
    if (!v.isValid()) {
        if (declared)
            return CheckResult::make(
                kVersion, title, Status::NotVerified,
                input.offline ? tr("Not verified (offline): no SQL Server version was typed in.")
                              : tr("Not verified: SQL Server has not been read yet."),
                tr("Type the version as SERVERPROPERTY('ProductVersion') reports it (for "
                   "example 16.0.4125.3) on the SQL Server page."));
        return CheckResult::make(kVersion, title, Status::Failed,
                                 tr("The SQL Server version could not be read."),
                                 tr("Press Re-run; if it persists, check the login's "
                                    "permissions."));
    }
    const QString source = declared ? tr(" (as typed in, not read from the server)") : QString();
    const SupportMatrix::Row *row = SupportMatrix::row(v);
    if (!row)
        return CheckResult::make(
            kVersion, title, Status::Failed,
            tr("%1%2 cannot use the Managed Instance link.").arg(v.displayName(), source),
            tr("Upgrade to SQL Server 2016 SP3 with the Azure Connect pack or later (2019 CU20, "
               "2022 or 2025 are recommended), or migrate with another method."));
    if (!SupportMatrix::supports(v, SupportMatrix::Feature::LinkToManagedInstance))
        return CheckResult::make(
            kVersion, title, Status::Failed,
            tr("%1%2 is too old for the link.").arg(v.displayName(), source),
            tr("Install SQL Server %1 %2 (%3) or later, then press Re-run.")
                .arg(row->year)
                .arg(QString::fromLatin1(row->linkMinimumLabel), row->linkMinimum.toString()));
    if (v.major() > row->major)
        return CheckResult::make(
            kVersion, title, Status::Warning,
            tr("%1%2 is newer than the versions milink knows; it is treated like SQL Server %3.")
                .arg(v.displayName(), source)
                .arg(row->year),
            tr("Check the generated steps against the current Managed Instance link "
               "documentation."));
    QString reason = tr("%1%2 supports the Managed Instance link.").arg(v.displayName(), source);
    if (!row->twoWay)
        reason += QLatin1Char(' ')
            + tr("It replicates to the managed instance only: a failover to Azure cannot be "
                 "reversed.");
    return CheckResult::make(kVersion, title, Status::Passed, reason);
}

CheckResult SqlServerRequirements::linkOptions(const Input &input)
{
    const QString title = tr("Direction and failover mode for this version");
    LinkDefinition link = input.link;
    if (input.facts && !input.facts->isManagedInstance())
        link.sqlServer.version = input.facts->version;
    if (!link.sqlServer.version.isValid() || !SupportMatrix::row(link.sqlServer.version))
        return CheckResult::make(kLinkOptions, title, Status::NotVerified,
                                 tr("Not verified: the SQL Server version is not known."),
                                 tr("Connect to SQL Server or type its version."));
    const bool policyUnknown = link.managedInstance.updatePolicy == UpdatePolicy::Unknown;
    QStringList errors;
    const ValidationIssues issues = SupportMatrix::check(link, Operation::CreateLink, {});
    for (const ValidationIssue &issue : issues) {
        if (issue.severity != ValidationIssue::Severity::Error)
            continue;
        // The update policy is read on the Azure page, after this one: an unknown
        // policy is not a failure yet, the Validation page checks it.
        if (policyUnknown && issue.path == QLatin1String("managedInstance.updatePolicy"))
            continue;
        errors << issue.message;
    }
    if (!errors.isEmpty())
        return CheckResult::make(kLinkOptions, title, Status::Failed, errors.join(QLatin1Char(' ')),
                                 tr("Go back to Link options and choose a direction and "
                                    "failover mode this SQL Server supports, or update SQL "
                                    "Server."));
    const bool needsPolicy = link.direction == LinkDirection::ManagedInstanceToSqlServer
        || link.failoverMode == FailoverMode::TwoWay;
    QString reason = tr("SQL Server %1 supports the chosen direction and failover mode.")
                         .arg(link.sqlServer.version.toString());
    if (needsPolicy && policyUnknown)
        reason += QLatin1Char(' ')
            + tr("The managed instance's update policy must match; it is checked once the "
                 "managed instance is chosen.");
    return CheckResult::make(kLinkOptions, title, Status::Passed, reason);
}

CheckResult SqlServerRequirements::edition(const ServerFacts &facts)
{
    const QString title = tr("Edition");
    const QString name = facts.edition.isEmpty() ? tr("This edition") : facts.edition;
    if (facts.engineEdition == 3)
        return CheckResult::make(kEdition, title, Status::Passed,
                                 tr("%1 supports availability groups.").arg(name));
    if (facts.engineEdition == 2
        && !facts.edition.contains(QLatin1String("Web"), Qt::CaseInsensitive))
        return CheckResult::make(
            kEdition, title, Status::Passed,
            tr("%1 supports basic availability groups, which hold one database each. milink "
               "creates one availability group per database link, so several databases are "
               "possible; an existing availability group cannot be extended.")
                .arg(name));
    if (facts.engineEdition == 0 && facts.edition.isEmpty())
        return CheckResult::make(kEdition, title, Status::NotVerified,
                                 tr("The edition could not be read."),
                                 tr("Check that SQL Server is Enterprise, Developer or "
                                    "Standard edition."));
    return CheckResult::make(
        kEdition, title, Status::Failed,
        tr("%1 cannot host availability groups, which the link needs.").arg(name),
        tr("Upgrade to Standard, Enterprise or Developer edition."));
}

CheckResult SqlServerRequirements::hadr(const ServerFacts &facts)
{
    const QString title = tr("Always On availability groups");
    if (facts.hadrEnabled)
        return CheckResult::make(kHadr, title, Status::Passed,
                                 tr("Always On availability groups are enabled."));
    const QString remedy = isWindows(facts)
        ? tr("Enable Always On availability groups in SQL Server Configuration Manager (the "
             "SQL Server service's properties, Always On tab), restart the service, then press "
             "Re-run.")
        : tr("Run sudo /opt/mssql/bin/mssql-conf set hadr.hadrenabled 1, restart SQL Server "
             "(sudo systemctl restart mssql-server), then press Re-run.");
    return CheckResult::make(kHadr, title, Status::Failed,
                             tr("Always On availability groups are not enabled "
                                "(SERVERPROPERTY('IsHadrEnabled') is 0); the link is an "
                                "availability group."),
                             remedy);
}

CheckResult SqlServerRequirements::masterKey(const ServerFacts &facts)
{
    const QString title = tr("Database master key");
    if (facts.masterKey)
        return CheckResult::make(kMasterKey, title, Status::Passed,
                                 tr("master has a database master key; it protects the "
                                    "endpoint certificate."));
    return CheckResult::make(kMasterKey, title, Status::Warning,
                             tr("master has no database master key. The wizard creates one to "
                                "protect the endpoint certificate's private key."),
                             tr("Nothing to do now: a later page asks for the master key's "
                                "password. Keep that password in your password manager."));
}

CheckResult SqlServerRequirements::traceFlags(const ServerFacts &facts)
{
    const QString title = tr("Trace flags 1800 and 9567");
    if (!facts.traceFlags)
        return CheckResult::make(kTraceFlags, title, Status::NotVerified,
                                 tr("The trace flags could not be read (DBCC TRACESTATUS)."),
                                 tr("Check with DBCC TRACESTATUS(-1); 1800 and 9567 are "
                                    "recommended."));
    QStringList missing;
    for (int flag : {1800, 9567}) {
        if (!facts.traceFlags->contains(flag))
            missing << QString::number(flag);
    }
    if (missing.isEmpty())
        return CheckResult::make(kTraceFlags, title, Status::Passed,
                                 tr("Trace flags 1800 and 9567 are enabled."));
    const QString remedy = isWindows(facts)
        ? tr("Add -T1800 and -T9567 to the startup parameters in SQL Server Configuration "
             "Manager and restart SQL Server when convenient.")
        : tr("Run mssql-conf traceflag 1800 9567 on and restart SQL Server when convenient.");
    return CheckResult::make(
        kTraceFlags, title, Status::Warning,
        tr("Trace flag(s) %1 are not enabled. They are recommended, not required: 1800 "
           "avoids slow log writes when the disks' sector sizes differ, 9567 compresses the "
           "initial seeding.")
            .arg(missing.join(QStringLiteral(", "))),
        remedy);
}

CheckResult SqlServerRequirements::hostPlatform(const ServerFacts &facts)
{
    const QString title = tr("Host operating system");
    if (facts.hostPlatform.isEmpty())
        return CheckResult::make(kHostPlatform, title, Status::NotVerified,
                                 tr("The host operating system could not be read "
                                    "(sys.dm_os_host_info)."),
                                 tr("SQL Server 2016 must run on Windows Server; Windows 10 "
                                    "and 11 client hosts are not supported."));
    const QString host
        = facts.hostDistribution.isEmpty() ? facts.hostPlatform : facts.hostDistribution;
    if (facts.version.major() == 13 && !isWindows(facts))
        return CheckResult::make(kHostPlatform, title, Status::Failed,
                                 tr("SQL Server 2016 supports the link on Windows only; this "
                                    "one runs on %1.")
                                     .arg(host),
                                 tr("Use SQL Server 2017 CU31 or later on Linux."));
    static const QRegularExpression client(QStringLiteral("\\bWindows (10|11)\\b"));
    if (isWindows(facts) && client.match(facts.hostDistribution).hasMatch())
        return CheckResult::make(kHostPlatform, title, Status::Failed,
                                 tr("SQL Server runs on %1, a client version of Windows, which "
                                    "the link does not support.")
                                     .arg(host),
                                 tr("Move the databases to SQL Server on Windows Server or "
                                    "Linux."));
    return CheckResult::make(kHostPlatform, title, Status::Passed,
                             tr("SQL Server runs on %1.").arg(host));
}

CheckResult SqlServerRequirements::collation(const ServerFacts &facts,
                                             const QString &instanceCollation)
{
    const QString title = tr("Collation");
    if (facts.collation.isEmpty())
        return CheckResult::make(kCollation, title, Status::NotVerified,
                                 tr("The server collation could not be read."),
                                 tr("Compare SERVERPROPERTY('Collation') with the managed "
                                    "instance's collation."));
    if (instanceCollation.isEmpty())
        return CheckResult::make(kCollation, title, Status::Passed,
                                 tr("SQL Server uses %1; it is compared with the managed "
                                    "instance's collation once the instance is chosen.")
                                     .arg(facts.collation));
    if (instanceCollation.compare(facts.collation, Qt::CaseInsensitive) != 0)
        return CheckResult::make(
            kCollation, title, Status::Warning,
            tr("SQL Server uses %1 but the managed instance uses %2. Different collations can "
               "change how server names compare and break the link's connection.")
                .arg(facts.collation, instanceCollation),
            tr("Use a managed instance with the collation %1 if you can.").arg(facts.collation));
    return CheckResult::make(
        kCollation, title, Status::Passed,
        tr("SQL Server and the managed instance both use %1.").arg(facts.collation));
}

CheckResult SqlServerRequirements::endpoint(const ServerFacts &facts, const LinkDefinition &link)
{
    const QString title = tr("Database mirroring endpoint");
    if (!facts.mirroringEndpoint)
        return CheckResult::make(kEndpoint, title, Status::Passed,
                                 tr("No database mirroring endpoint exists; the wizard creates "
                                    "%1 on port %2.")
                                     .arg(link.endpoint.name)
                                     .arg(link.endpoint.port));
    const ServerFacts::Endpoint &e = *facts.mirroringEndpoint;
    Status status = Status::Passed;
    QStringList reasons;
    QStringList remedies;
    reasons << tr("The endpoint %1 exists (port %2, %3) and will be reused: SQL Server has one "
                  "mirroring endpoint per instance.")
                   .arg(e.name)
                   .arg(e.port)
                   .arg(e.state.isEmpty() ? tr("state unknown") : e.state);
    if (e.role.compare(QLatin1String("WITNESS"), Qt::CaseInsensitive) == 0) {
        status = Status::Failed;
        reasons << tr("Its role is WITNESS, which cannot carry a database.");
        remedies << tr("Alter the endpoint to ROLE = ALL (ALTER ENDPOINT … FOR "
                       "DATABASE_MIRRORING (ROLE = ALL)), or drop it, then press Re-run.");
    }
    if (!e.authentication.contains(QLatin1String("CERTIFICATE"), Qt::CaseInsensitive)) {
        status = worse(status, Status::Warning);
        reasons << tr("It authenticates with %1 only; the wizard alters it to certificate "
                      "authentication and keeps Windows authentication as the second method.")
                       .arg(e.authentication.isEmpty() ? tr("an unknown method")
                                                       : e.authentication);
    }
    if (!e.encryptionEnabled || !e.algorithm.contains(QLatin1String("AES"), Qt::CaseInsensitive)) {
        status = worse(status, Status::Warning);
        reasons << tr("Its encryption is %1; the wizard alters it to require AES.")
                       .arg(e.encryptionEnabled ? e.algorithm : tr("disabled"));
    }
    if (e.port > 0 && e.port != link.endpoint.port) {
        status = worse(status, Status::Warning);
        reasons << tr("It listens on port %1, not on port %2 chosen for the link.")
                       .arg(e.port)
                       .arg(link.endpoint.port);
        remedies << tr("Use port %1 on the Endpoint page, and open it in the firewalls between "
                       "SQL Server and the managed instance.")
                        .arg(e.port);
    }
    if (!e.state.isEmpty() && e.state.compare(QLatin1String("STARTED"), Qt::CaseInsensitive) != 0) {
        status = worse(status, Status::Warning);
        reasons << tr("It is %1; the wizard starts it.").arg(e.state);
    }
    if (status == Status::Warning && remedies.isEmpty())
        remedies << tr("Nothing to do unless other applications use this endpoint; they keep "
                       "working with Windows authentication.");
    return CheckResult::make(kEndpoint, title, status, reasons.join(QLatin1Char(' ')),
                             remedies.join(QLatin1Char(' ')));
}

} // namespace milink
