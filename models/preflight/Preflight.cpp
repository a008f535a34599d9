#include "Preflight.h"

#include "plan/SupportMatrix.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace milink {

const QString Preflight::kSysadmin = QStringLiteral("sqlServer.sysadmin");
const QString Preflight::kHadr = QStringLiteral("sqlServer.hadr");
const QString Preflight::kMasterKey = QStringLiteral("sqlServer.masterKey");
const QString Preflight::kUpdatePolicy = QStringLiteral("managedInstance.updatePolicy");
const QString Preflight::kInstanceState = QStringLiteral("managedInstance.state");
const QString Preflight::kCollation = QStringLiteral("managedInstance.collation");
const QString Preflight::kServiceTier = QStringLiteral("managedInstance.serviceTier");
const QString Preflight::kLinkLimit = QStringLiteral("managedInstance.linkLimit");
const QString Preflight::kStaleTrustCertificate = QStringLiteral("certificate.staleTrust");
const QString Preflight::kDuplicateTrustCertificate = QStringLiteral("certificate.duplicateTrust");
const QString Preflight::kNamesSqlServer = QStringLiteral("names.sqlServer");
const QString Preflight::kNamesAzure = QStringLiteral("names.azure");
const QString Preflight::kCertificate = QStringLiteral("certificate.sqlServer");
const QString Preflight::kCertificateExpiry = QStringLiteral("certificate.expiry");
const QString Preflight::kEndpoint = QStringLiteral("endpoint.configuration");
const QString Preflight::kEndpointPort = QStringLiteral("endpoint.port");
const QString Preflight::kEndpointAddress = QStringLiteral("endpoint.address");
const QString Preflight::kLogBackupJobs = QStringLiteral("seeding.logBackupJobs");
const QString Preflight::kLogSpace = QStringLiteral("seeding.logSpace");
const QString Preflight::kTde = QStringLiteral("database.tde");
const QString Preflight::kAzureReadPermissions = QStringLiteral("azure.readPermissions");
const QString Preflight::kAzureWritePermissions = QStringLiteral("azure.writePermissions");
const QString Preflight::kNetworkToManagedInstance = QStringLiteral("network.toManagedInstance");
const QString Preflight::kNetworkToSqlServer = QStringLiteral("network.toSqlServer");

namespace {

using Status = CheckResult::Status;

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString offlineReason()
{
    return Preflight::tr("Not verified: the wizard works offline and did not connect.");
}

QString sqlNotRead(const Preflight::Input &input)
{
    return input.offline
        ? offlineReason()
        : Preflight::tr("Not verified: SQL Server was not read (go back to the SQL "
                        "Server page and connect).");
}

QString azureNotRead(const Preflight::Input &input)
{
    return input.offline ? offlineReason()
                         : Preflight::tr("Not verified: the managed instance was not read from "
                                         "Azure (go back to the Azure page and sign in).");
}

bool isBusinessCritical(const ManagedInstanceInfo &instance)
{
    return instance.skuTier.contains(QLatin1String("BusinessCritical"), Qt::CaseInsensitive)
        || instance.skuName.startsWith(QLatin1String("BC_"), Qt::CaseInsensitive);
}

QString policyText(UpdatePolicy policy)
{
    switch (policy) {
    case UpdatePolicy::AlwaysUpToDate: return Preflight::tr("Always-up-to-date");
    case UpdatePolicy::SqlServer2022: return Preflight::tr("SQL Server 2022");
    case UpdatePolicy::SqlServer2025: return Preflight::tr("SQL Server 2025");
    case UpdatePolicy::Unknown: break;
    }
    return Preflight::tr("unknown");
}

QStringList databaseNames(const LinkDefinition &link)
{
    QStringList names;
    for (const DatabaseLink &database : link.databases)
        names << database.databaseName;
    return names;
}

} // namespace

QString Preflight::normalizeThumbprint(const QString &thumbprint)
{
    QString hex = thumbprint.trimmed();
    if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        hex = hex.mid(2);
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    return hex.isEmpty() ? QString() : QStringLiteral("0x") + hex.toUpper();
}

CheckResults Preflight::evaluate(const Input &input)
{
    CheckResults results;
    const std::optional<ServerFacts> &facts = input.sqlServer;

    // Instance prerequisites the Requirements page showed; repeated here because
    // the server may have changed since, and Validation is the last word.
    if (!facts) {
        results << CheckResult::make(kSysadmin, tr("sysadmin on SQL Server"), Status::NotVerified,
                                     sqlNotRead(input),
                                     tr("Make sure the login used is a member of sysadmin."));
        results << CheckResult::make(kHadr, tr("Always On availability groups"),
                                     Status::NotVerified, sqlNotRead(input),
                                     tr("Check that SERVERPROPERTY('IsHadrEnabled') returns 1."));
        results << CheckResult::make(kMasterKey, tr("Database master key"), Status::NotVerified,
                                     sqlNotRead(input));
    } else {
        results << (facts->sysadmin
                        ? CheckResult::make(kSysadmin, tr("sysadmin on SQL Server"), Status::Passed,
                                            tr("The login is a member of sysadmin."))
                        : CheckResult::make(
                            kSysadmin, tr("sysadmin on SQL Server"), Status::Failed,
                            tr("The login is not a member of sysadmin; creating certificates, "
                               "the endpoint and availability groups needs it."),
                            tr("Connect with a sysadmin login, or ask for the role.")));
        results << (facts->hadrEnabled
                        ? CheckResult::make(kHadr, tr("Always On availability groups"),
                                            Status::Passed, tr("Always On is enabled."))
                        : CheckResult::make(
                            kHadr, tr("Always On availability groups"), Status::Failed,
                            tr("Always On availability groups are not enabled on SQL Server."),
                            tr("Enable them in SQL Server Configuration Manager (Linux: "
                               "mssql-conf set hadr.hadrenabled 1) and restart the service.")));
        results << (facts->masterKey
                        ? CheckResult::make(kMasterKey, tr("Database master key"), Status::Passed,
                                            tr("master has a database master key."))
                        : CheckResult::make(
                            kMasterKey, tr("Database master key"), Status::Warning,
                            tr("master has no database master key; the wizard creates one."),
                            tr("Keep the master key password you type on the summary in a "
                               "safe place.")));
    }

    const bool azureVerified = input.azure.has_value() && !input.offline;
    results << updatePolicy(input.link, azureVerified);
    results << instanceState(input.offline ? std::nullopt : input.azure);
    results << collation(facts, input.offline ? std::nullopt : input.azure);
    results << serviceTier(input.link, facts, input.offline ? std::nullopt : input.azure);
    results << linkLimit(input.link, input.offline ? std::nullopt : input.azure);
    results << staleTrustCertificate(input);
    results << duplicateTrustCertificate(input);
    results << sqlServerNames(input);
    results << azureNames(input);
    results << certificate(input);
    results << certificateExpiry(input);
    results << endpoint(input);
    results << endpointPort(input);
    results << endpointAddress(input.link);
    results << logBackupJobs(input);
    results << logSpace(input);
    results << tde(input);
    results << azureReadPermissions(input);
    results << azureWritePermissions(input);
    results << networkToManagedInstance(input);
    results << networkToSqlServer(input);
    return results;
}

CheckResults Preflight::managedInstanceChecks(const LinkDefinition &link,
                                              const std::optional<ServerFacts> &sqlServer,
                                              const ManagedInstanceInfo &instance, int linkCount)
{
    AzureFacts facts;
    facts.instance = instance;
    LinkDefinition withPolicy = link;
    withPolicy.managedInstance.updatePolicy
        = updatePolicyFromArm(instance.databaseFormat).value_or(UpdatePolicy::Unknown);
    CheckResults results;
    results << instanceState(facts);
    results << updatePolicy(withPolicy, true);
    results << collation(sqlServer, facts);
    results << serviceTier(link, sqlServer, facts);
    if (linkCount >= 0) {
        for (int i = 0; i < linkCount; ++i)
            facts.links.append(DistributedAvailabilityGroupInfo());
        results << linkLimit(link, facts);
    } else {
        results << linkLimit(link, std::nullopt);
    }
    return results;
}

CheckResult Preflight::updatePolicy(const LinkDefinition &link, bool verified)
{
    const QString title = tr("Update policy, direction and failover");
    const bool needsMatch = link.direction == LinkDirection::ManagedInstanceToSqlServer
        || link.failoverMode == FailoverMode::TwoWay;
    if (!link.sqlServer.version.isValid())
        return CheckResult::make(kUpdatePolicy, title, Status::NotVerified,
                                 tr("SQL Server's version is not known, so the update policy "
                                    "cannot be compared with it."),
                                 tr("Connect to SQL Server, or declare its version."));
    const ValidationIssues issues = SupportMatrix::check(link, Operation::CreateLink, {});
    for (const ValidationIssue &issue : issues) {
        if (issue.isError())
            return CheckResult::make(
                kUpdatePolicy, title, Status::Failed, issue.message,
                needsMatch ? tr("Choose a managed instance whose update policy matches SQL "
                                "Server, or create a one-way link from SQL Server.")
                           : QString());
    }
    if (!verified)
        return CheckResult::make(
            kUpdatePolicy, title, Status::NotVerified,
            tr("The declared update policy (%1) suits the link, but it was not read from Azure.")
                .arg(policyText(link.managedInstance.updatePolicy)),
            tr("Check the update policy in the Azure portal (managed instance → Maintenance "
               "and updates)."));
    if (!needsMatch)
        return CheckResult::make(kUpdatePolicy, title, Status::Passed,
                                 tr("A one-way link from SQL Server works with every update "
                                    "policy."));
    return CheckResult::make(kUpdatePolicy, title, Status::Passed,
                             tr("The managed instance's update policy matches SQL Server %1.")
                                 .arg(link.sqlServer.version.toString()));
}

CheckResult Preflight::instanceState(const std::optional<AzureFacts> &azure)
{
    const QString title = tr("Managed instance state");
    if (!azure)
        return CheckResult::make(kInstanceState, title, Status::NotVerified,
                                 tr("Not verified: the managed instance was not read from Azure."),
                                 tr("Check in the Azure portal that the instance is Ready."));
    const ManagedInstanceInfo &mi = azure->instance;
    if (mi.isReady())
        return CheckResult::make(kInstanceState, title, Status::Passed,
                                 tr("%1 is Ready.").arg(mi.name));
    CheckResult result = CheckResult::make(
        kInstanceState, title, Status::Failed,
        tr("%1 is %2, not Ready; a link can only be created on a running instance.")
            .arg(mi.name, mi.state.isEmpty() ? tr("in an unknown state") : mi.state),
        tr("Start the managed instance (or wait for its current operation to finish), then read "
           "it again."));
    result.serverText = mi.state;
    return result;
}

CheckResult Preflight::collation(const std::optional<ServerFacts> &sqlServer,
                                 const std::optional<AzureFacts> &azure)
{
    const QString title = tr("Collation");
    if (!sqlServer || sqlServer->collation.isEmpty() || !azure
        || azure->instance.collation.isEmpty())
        return CheckResult::make(kCollation, title, Status::NotVerified,
                                 tr("Not verified: the collations of both servers are needed."),
                                 tr("Compare SERVERPROPERTY('Collation') on both servers."));
    if (same(sqlServer->collation, azure->instance.collation))
        return CheckResult::make(kCollation, title, Status::Passed,
                                 tr("Both servers use %1.").arg(sqlServer->collation));
    return CheckResult::make(
        kCollation, title, Status::Warning,
        tr("SQL Server uses %1 and the managed instance %2. A mismatch can change how server "
           "names are cased and keep the link from connecting.")
            .arg(sqlServer->collation, azure->instance.collation),
        tr("Prefer a managed instance with the same collation; otherwise make sure the names "
           "passed to Azure use SQL Server's exact case."));
}

CheckResult Preflight::serviceTier(const LinkDefinition &link,
                                   const std::optional<ServerFacts> &sqlServer,
                                   const std::optional<AzureFacts> &azure)
{
    const QString title = tr("Service tier and memory-optimized databases");
    if (!sqlServer)
        return CheckResult::make(kServiceTier, title, Status::NotVerified,
                                 tr("Not verified: the databases were not read on SQL Server."),
                                 tr("Databases with memory-optimized tables need a Business "
                                    "Critical managed instance."));
    QStringList memoryOptimized;
    QStringList unknown;
    for (const QString &name : databaseNames(link)) {
        const ServerFacts::Database *database = sqlServer->database(name);
        if (!database || !database->memoryOptimized.has_value())
            unknown << name;
        else if (*database->memoryOptimized)
            memoryOptimized << name;
    }
    if (memoryOptimized.isEmpty() && unknown.isEmpty())
        return CheckResult::make(kServiceTier, title, Status::Passed,
                                 tr("No selected database has memory-optimized tables; every "
                                    "service tier can hold them."));
    if (!azure)
        return CheckResult::make(kServiceTier, title, Status::NotVerified,
                                 tr("Not verified: the managed instance's service tier was not "
                                    "read."),
                                 tr("Databases with memory-optimized tables need a Business "
                                    "Critical managed instance."));
    if (!memoryOptimized.isEmpty() && !isBusinessCritical(azure->instance))
        return CheckResult::make(
            kServiceTier, title, Status::Failed,
            tr("%1 %2 memory-optimized tables, which only a Business Critical managed instance "
               "can hold; %3 is %4.")
                .arg(memoryOptimized.join(QStringLiteral(", ")),
                     memoryOptimized.size() == 1 ? tr("has") : tr("have"), azure->instance.name,
                     azure->instance.skuTier.isEmpty() ? azure->instance.skuName
                                                       : azure->instance.skuTier),
            tr("Choose a Business Critical managed instance, or leave these databases out."));
    if (!unknown.isEmpty() && !isBusinessCritical(azure->instance))
        return CheckResult::make(
            kServiceTier, title, Status::NotVerified,
            tr("Whether %1 use memory-optimized tables is not known; %2 is not Business "
               "Critical.")
                .arg(unknown.join(QStringLiteral(", ")), azure->instance.name),
            tr("Check sys.filegroups for type FX in those databases."));
    return CheckResult::make(
        kServiceTier, title, Status::Passed,
        tr("%1 is Business Critical and holds memory-optimized tables.").arg(azure->instance.name));
}

CheckResult Preflight::linkLimit(const LinkDefinition &link, const std::optional<AzureFacts> &azure)
{
    const QString title = tr("Links per managed instance");
    if (!azure)
        return CheckResult::make(kLinkLimit, title, Status::NotVerified,
                                 tr("Not verified: the instance's links were not read."),
                                 tr("A managed instance holds at most %1 links (%2 on Next-gen "
                                    "General Purpose).")
                                     .arg(kLinkLimitDefault)
                                     .arg(kLinkLimitNextGen));
    const int existing = int(azure->links.size());
    const int total = existing + int(link.databases.size());
    if (total <= kLinkLimitDefault)
        return CheckResult::make(kLinkLimit, title, Status::Passed,
                                 tr("%1 links after this one (%2 exist); the limit is %3.")
                                     .arg(total)
                                     .arg(existing)
                                     .arg(kLinkLimitDefault));
    const bool generalPurpose = !isBusinessCritical(azure->instance);
    if (generalPurpose && total <= kLinkLimitNextGen)
        return CheckResult::make(
            kLinkLimit, title, Status::Warning,
            tr("%1 links after this one: more than %2 are only possible on Next-gen General "
               "Purpose (up to %3).")
                .arg(total)
                .arg(kLinkLimitDefault)
                .arg(kLinkLimitNextGen),
            tr("Make sure the instance uses Next-gen General Purpose, or use another instance."));
    return CheckResult::make(kLinkLimit, title, Status::Failed,
                             tr("%1 links after this one exceed the limit of %2.")
                                 .arg(total)
                                 .arg(generalPurpose ? kLinkLimitNextGen : kLinkLimitDefault),
                             tr("Remove links that are no longer used, or use another managed "
                                "instance."));
}

CheckResult Preflight::staleTrustCertificate(const Input &input)
{
    const QString title = tr("Stale trust certificate on the managed instance");
    const QString name = input.link.effectiveCertificateName();
    if (input.offline || !input.azure)
        return CheckResult::make(kStaleTrustCertificate, title, Status::NotVerified,
                                 azureNotRead(input),
                                 tr("List the server trust certificates (az sql mi partner-cert "
                                    "list) and remove one named %1 that does not match SQL "
                                    "Server's certificate.")
                                     .arg(name));
    const ServerTrustCertificateInfo *trust = nullptr;
    for (const ServerTrustCertificateInfo &c : input.azure->trustCertificates) {
        if (same(c.name, name) || same(c.certificateName, name))
            trust = &c;
    }
    if (!trust)
        return CheckResult::make(kStaleTrustCertificate, title, Status::Passed,
                                 tr("The managed instance trusts no certificate named %1 yet; "
                                    "the wizard uploads it.")
                                     .arg(name));
    const QString remedy
        = tr("Remove the stale trust certificate %1 from the managed instance (Azure portal → "
             "Security → Trusted certificates, or az sql mi partner-cert delete --name %1), then "
             "validate again.")
              .arg(name);
    const bool sqlHasCertificate = input.sqlServer && input.sqlServer->certificate(name);
    if (input.sqlServer && !sqlHasCertificate)
        return CheckResult::make(
            kStaleTrustCertificate, title, Status::Failed,
            tr("The managed instance trusts a certificate named %1, but SQL Server has no "
               "certificate of that name: it is left from an earlier attempt, and the new "
               "certificate cannot be uploaded under the same name.")
                .arg(name),
            remedy);
    if (!input.extras.certificateThumbprints)
        return CheckResult::make(
            kStaleTrustCertificate, title, Status::NotVerified,
            tr("The managed instance trusts a certificate named %1; its thumbprint could not be "
               "compared with SQL Server's (%2).")
                .arg(name,
                     input.extras.certificateThumbprintsProblem.isEmpty()
                         ? tr("SQL Server's certificates were not read")
                         : input.extras.certificateThumbprintsProblem),
            tr("Compare the thumbprint in sys.certificates with az sql mi partner-cert show."));
    QString sqlThumbprint;
    for (const auto &pair : *input.extras.certificateThumbprints) {
        if (same(pair.first, name))
            sqlThumbprint = normalizeThumbprint(pair.second);
    }
    const QString trustThumbprint = normalizeThumbprint(trust->thumbprint);
    if (sqlThumbprint.isEmpty() || trustThumbprint.isEmpty())
        return CheckResult::make(kStaleTrustCertificate, title, Status::NotVerified,
                                 tr("The thumbprint of %1 is missing on one side.").arg(name),
                                 remedy);
    if (sqlThumbprint == trustThumbprint)
        return CheckResult::make(kStaleTrustCertificate, title, Status::Passed,
                                 tr("The managed instance already trusts SQL Server's certificate "
                                    "%1 (same thumbprint); it is reused.")
                                     .arg(name));
    CheckResult result = CheckResult::make(
        kStaleTrustCertificate, title, Status::Failed,
        tr("The managed instance trusts a certificate named %1 whose thumbprint (%2) differs from "
           "SQL Server's (%3): it is stale, and the link would fail although everything else "
           "checks out.")
            .arg(name, trustThumbprint, sqlThumbprint),
        remedy);
    return result;
}

CheckResult Preflight::duplicateTrustCertificate(const Input &input)
{
    const QString title = tr("SQL Server's certificate trusted under another name");
    const QString name = input.link.effectiveCertificateName();
    if (input.offline || !input.azure || !input.extras.certificateThumbprints)
        return CheckResult::make(kDuplicateTrustCertificate, title, Status::NotVerified,
                                 input.offline || !input.azure
                                     ? azureNotRead(input)
                                     : tr("Not verified: SQL Server's certificate thumbprints "
                                          "were not read."));
    QString sqlThumbprint;
    for (const auto &pair : *input.extras.certificateThumbprints) {
        if (same(pair.first, name))
            sqlThumbprint = normalizeThumbprint(pair.second);
    }
    if (sqlThumbprint.isEmpty())
        return CheckResult::make(kDuplicateTrustCertificate, title, Status::Passed,
                                 tr("SQL Server's certificate %1 is new; it cannot be trusted "
                                    "under another name yet.")
                                     .arg(name));
    for (const ServerTrustCertificateInfo &c : input.azure->trustCertificates) {
        if (!same(c.name, name) && normalizeThumbprint(c.thumbprint) == sqlThumbprint)
            return CheckResult::make(
                kDuplicateTrustCertificate, title, Status::Warning,
                tr("The managed instance already trusts SQL Server's certificate %1 under the "
                   "name %2; Azure refuses to upload the same public key twice.")
                    .arg(name, c.name),
                tr("Use the certificate name %1 on the Endpoint page, or remove that trust "
                   "certificate first.")
                    .arg(c.name));
    }
    return CheckResult::make(kDuplicateTrustCertificate, title, Status::Passed,
                             tr("The certificate is not trusted under another name."));
}

CheckResult Preflight::sqlServerNames(const Input &input)
{
    const QString title = tr("Names free on SQL Server");
    if (!input.sqlServer)
        return CheckResult::make(kNamesSqlServer, title, Status::NotVerified, sqlNotRead(input),
                                 tr("Check sys.availability_groups for the availability group "
                                    "and link names."));
    QStringList used;
    QStringList resumed;
    const auto ours = [&input](const QString &step, const DatabaseLink &database) {
        return input.finishedSteps.contains(step + QLatin1Char(':') + database.linkName);
    };
    for (const DatabaseLink &database : input.link.databases) {
        for (const ServerFacts::AvailabilityGroup &group : input.sqlServer->availabilityGroups) {
            if (same(group.name, database.availabilityGroupName))
                (ours(QStringLiteral("create-availability-group"), database) ? resumed : used)
                    << tr("availability group %1").arg(group.name);
            if (same(group.name, database.linkName))
                (ours(QStringLiteral("create-distributed-availability-group"), database) ? resumed
                                                                                         : used)
                    << tr("distributed availability group %1").arg(group.name);
        }
    }
    if (used.isEmpty() && !resumed.isEmpty())
        return CheckResult::make(
            kNamesSqlServer, title, Status::Warning,
            tr("An earlier run of this link created: %1. The run resumes and skips them.")
                .arg(resumed.join(QStringLiteral(", "))),
            tr("Nothing to do; to start over instead, roll back the earlier run."));
    if (used.isEmpty())
        return CheckResult::make(kNamesSqlServer, title, Status::Passed,
                                 tr("No availability group on SQL Server uses the link's names."));
    return CheckResult::make(kNamesSqlServer, title, Status::Failed,
                             tr("SQL Server already has: %1.").arg(used.join(QStringLiteral(", "))),
                             tr("Choose other names on the Link Options page, or remove the "
                                "leftovers of an earlier attempt (drop the distributed "
                                "availability group, then the availability group)."));
}

CheckResult Preflight::azureNames(const Input &input)
{
    const QString title = tr("Names free on the managed instance");
    if (input.offline || !input.azure)
        return CheckResult::make(kNamesAzure, title, Status::NotVerified, azureNotRead(input),
                                 tr("List the instance's links (az sql mi link list)."));
    QStringList used;
    QStringList resumed;
    for (const DatabaseLink &database : input.link.databases) {
        for (const DistributedAvailabilityGroupInfo &existing : input.azure->links) {
            // A link an earlier run of this project created is resumed, not in the way.
            if (same(existing.name, database.linkName)
                && input.finishedSteps.contains(QStringLiteral("create-link:")
                                                + database.linkName)) {
                resumed << tr("link %1").arg(existing.name);
                continue;
            }
            if (same(existing.name, database.linkName))
                used << tr("link %1").arg(existing.name);
            if (same(existing.instanceAvailabilityGroupName,
                     database.instanceAvailabilityGroupName))
                used << tr("availability group %1 (link %2)")
                            .arg(existing.instanceAvailabilityGroupName, existing.name);
            for (const LinkDatabaseState &replicated : existing.databases) {
                if (same(replicated.databaseName, database.databaseName))
                    used << tr("database %1 (link %2)").arg(replicated.databaseName, existing.name);
            }
        }
    }
    if (used.isEmpty() && !resumed.isEmpty())
        return CheckResult::make(
            kNamesAzure, title, Status::Warning,
            tr("An earlier run of this link created: %1. The run resumes and skips it.")
                .arg(resumed.join(QStringLiteral(", "))),
            tr("Nothing to do; to start over instead, roll back the earlier run."));
    if (used.isEmpty())
        return CheckResult::make(kNamesAzure, title, Status::Passed,
                                 tr("No link on the managed instance uses these names or "
                                    "databases."));
    return CheckResult::make(
        kNamesAzure, title, Status::Failed,
        tr("The managed instance already has: %1.").arg(used.join(QStringLiteral(", "))),
        tr("Choose other names, or delete the old link first (it is left "
           "from an earlier attempt if nobody uses it)."));
}

CheckResult Preflight::certificate(const Input &input)
{
    const QString title = tr("SQL Server endpoint certificate");
    const QString name = input.link.effectiveCertificateName();
    if (!input.sqlServer)
        return CheckResult::make(kCertificate, title, Status::NotVerified, sqlNotRead(input));
    const ServerFacts::Certificate *existing = input.sqlServer->certificate(name);
    if (!existing)
        return CheckResult::make(kCertificate, title, Status::Passed,
                                 tr("The certificate %1 does not exist yet; the wizard creates "
                                    "it.")
                                     .arg(name));
    if (!existing->encryptedByMasterKey)
        return CheckResult::make(kCertificate, title, Status::Failed,
                                 tr("The certificate %1 exists, but its private key is not "
                                    "encrypted by the database master key, so the endpoint "
                                    "cannot use it.")
                                     .arg(name),
                                 tr("Choose another certificate name, or re-create %1 with the "
                                    "master key.")
                                     .arg(name));
    if (existing->expiryDate.isValid() && existing->expiryDate <= input.now)
        return CheckResult::make(kCertificate, title, Status::Failed,
                                 tr("The certificate %1 expired on %2.")
                                     .arg(name, existing->expiryDate.toString(Qt::ISODate)),
                                 tr("Choose a new certificate name to create a fresh one."));
    return CheckResult::make(kCertificate, title, Status::Passed,
                             tr("The existing certificate %1 is reused.").arg(name));
}

CheckResult Preflight::certificateExpiry(const Input &input)
{
    const QString title = tr("Certificate expiry");
    const QString name = input.link.effectiveCertificateName();
    QDateTime expiry;
    if (input.sqlServer) {
        if (const ServerFacts::Certificate *existing = input.sqlServer->certificate(name))
            expiry = existing->expiryDate;
    }
    if (!expiry.isValid()) {
        const QDate declared = input.link.certificate.expiryDate;
        if (!declared.isValid())
            return CheckResult::make(kCertificateExpiry, title, Status::Passed,
                                     tr("The new certificate is valid for one year."));
        expiry = declared.startOfDay(Qt::UTC);
    }
    const qint64 days = input.now.daysTo(expiry);
    if (days <= 0)
        return CheckResult::make(kCertificateExpiry, title, Status::Failed,
                                 tr("The certificate %1 expires on %2, which is not in the "
                                    "future.")
                                     .arg(name, expiry.date().toString(Qt::ISODate)),
                                 tr("Choose a later expiry date on the Endpoint page."));
    if (days < kExpiryWarningDays)
        return CheckResult::make(kCertificateExpiry, title, Status::Warning,
                                 tr("The certificate %1 expires in %2 days (%3); the link stops "
                                    "when it does.")
                                     .arg(name)
                                     .arg(days)
                                     .arg(expiry.date().toString(Qt::ISODate)),
                                 tr("Choose a later date, or plan the certificate rotation now."));
    return CheckResult::make(
        kCertificateExpiry, title, Status::Passed,
        tr("The certificate %1 is valid until %2.").arg(name, expiry.date().toString(Qt::ISODate)));
}

CheckResult Preflight::endpoint(const Input &input)
{
    const QString title = tr("Database mirroring endpoint");
    if (!input.sqlServer)
        return CheckResult::make(kEndpoint, title, Status::NotVerified, sqlNotRead(input));
    const std::optional<ServerFacts::Endpoint> &existing = input.sqlServer->mirroringEndpoint;
    if (!existing)
        return CheckResult::make(kEndpoint, title, Status::Passed,
                                 tr("SQL Server has no database mirroring endpoint; the wizard "
                                    "creates %1 on port %2.")
                                     .arg(input.link.endpoint.name)
                                     .arg(input.link.endpoint.port));
    if (!same(existing->name, input.link.endpoint.name)
        || existing->port != input.link.endpoint.port)
        return CheckResult::make(
            kEndpoint, title, Status::Failed,
            tr("SQL Server already has the database mirroring endpoint %1 on port %2, and an "
               "instance can have only one (Msg 7862); the link is set up for %3 on port %4.")
                .arg(existing->name)
                .arg(existing->port)
                .arg(input.link.endpoint.name)
                .arg(input.link.endpoint.port),
            tr("Choose \"Reuse the existing endpoint\" on the Endpoint page."));
    QStringList changes;
    if (!existing->authentication.contains(QLatin1String("CERTIFICATE"), Qt::CaseInsensitive))
        changes << tr("authentication %1 becomes WINDOWS NEGOTIATE CERTIFICATE")
                       .arg(existing->authentication);
    if (!existing->encryptionEnabled
        || !existing->algorithm.contains(QLatin1String("AES"), Qt::CaseInsensitive))
        changes << tr("encryption becomes REQUIRED ALGORITHM AES");
    if (!same(existing->state, QStringLiteral("STARTED")))
        changes << tr("the endpoint is started (now %1)").arg(existing->state);
    if (changes.isEmpty())
        return CheckResult::make(
            kEndpoint, title, Status::Passed,
            tr("The endpoint %1 suits the link and is reused.").arg(existing->name));
    return CheckResult::make(kEndpoint, title, Status::Warning,
                             tr("The endpoint %1 is reused and altered: %2.")
                                 .arg(existing->name, changes.join(QStringLiteral("; "))),
                             tr("Other availability groups or mirroring sessions on this endpoint "
                                "keep working; check that their partners also accept "
                                "certificates."));
}

CheckResult Preflight::endpointPort(const Input &input)
{
    const QString title = tr("Endpoint port");
    const int port = input.link.endpoint.port;
    if (port < 1 || port > 65535)
        return CheckResult::make(kEndpointPort, title, Status::Failed,
                                 tr("%1 is not a TCP port.").arg(port),
                                 tr("Use a port between 1 and 65535, normally 5022."));
    if (port == input.link.sqlServer.port)
        return CheckResult::make(kEndpointPort, title, Status::Failed,
                                 tr("Port %1 is SQL Server's own client port.").arg(port),
                                 tr("Use another port for the endpoint, normally 5022."));
    if (!input.extras.tcpEndpoints)
        return CheckResult::make(kEndpointPort, title, Status::NotVerified,
                                 input.offline ? offlineReason()
                                               : (input.extras.tcpEndpointsProblem.isEmpty()
                                                      ? tr("Not verified: the endpoints were "
                                                           "not read.")
                                                      : input.extras.tcpEndpointsProblem),
                                 tr("Check sys.tcp_endpoints for port %1.").arg(port));
    for (const TcpEndpoint &other : *input.extras.tcpEndpoints) {
        if (other.port == port && !same(other.type, QStringLiteral("DATABASE_MIRRORING")))
            return CheckResult::make(kEndpointPort, title, Status::Failed,
                                     tr("The %1 endpoint %2 already listens on port %3.")
                                         .arg(other.type, other.name)
                                         .arg(port),
                                     tr("Choose another port on the Endpoint page."));
    }
    return CheckResult::make(kEndpointPort, title, Status::Passed,
                             tr("No other endpoint uses port %1.").arg(port));
}

CheckResult Preflight::endpointAddress(const LinkDefinition &link)
{
    const QString title = tr("Address the managed instance connects to");
    const QString address = link.endpoint.listenerAddress.trimmed();
    if (address.isEmpty())
        return CheckResult::make(kEndpointAddress, title, Status::Failed,
                                 tr("No address is given for SQL Server's endpoint."),
                                 tr("Type SQL Server's host name or IP address (or the listener "
                                    "IP of an existing availability group) on the Endpoint "
                                    "page."));
    const QHostAddress ip(address);
    if (ip.isNull()) {
        static const QRegularExpression hostName(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*"
                           "[A-Za-z0-9])?)*$"));
        if (!hostName.match(address).hasMatch())
            return CheckResult::make(
                kEndpointAddress, title, Status::Failed,
                tr("%1 is neither an IP address nor a host name.").arg(address),
                tr("Correct the address on the Endpoint page."));
        return CheckResult::make(kEndpointAddress, title, Status::Warning,
                                 tr("%1 is a host name: the managed instance must resolve it "
                                    "through its virtual network's DNS, or creating the link "
                                    "fails with UnableToResolveRemoteServer.")
                                     .arg(address),
                                 tr("Use SQL Server's IP address unless the instance's DNS "
                                    "resolves this name."));
    }
    if (ip.isLoopback())
        return CheckResult::make(
            kEndpointAddress, title, Status::Failed,
            tr("%1 is a loopback address the managed instance cannot reach.").arg(address),
            tr("Use SQL Server's address in its network."));
    return CheckResult::make(kEndpointAddress, title, Status::Passed,
                             tr("The managed instance connects to %1.").arg(link.endpoint.url()));
}

CheckResult Preflight::logBackupJobs(const Input &input)
{
    const QString title = tr("Log backups during seeding");
    if (input.link.direction == LinkDirection::ManagedInstanceToSqlServer)
        return CheckResult::make(kLogBackupJobs, title, Status::Passed,
                                 tr("The managed instance seeds SQL Server; log backups on SQL "
                                    "Server do not interfere."));
    if (!input.extras.logBackupJobs)
        return CheckResult::make(
            kLogBackupJobs, title, Status::NotVerified,
            input.offline ? offlineReason()
                          : (input.extras.logBackupJobsProblem.isEmpty()
                                 ? tr("Not verified: SQL Agent's jobs were not read.")
                                 : input.extras.logBackupJobsProblem),
            tr("Look for SQL Agent jobs or maintenance plans with BACKUP LOG on these databases, "
               "and pause them until seeding completes: a log backup during seeding breaks the "
               "link (errors 1408/1412)."));
    QStringList found;
    const QStringList databases = databaseNames(input.link);
    for (const LogBackupJob &job : *input.extras.logBackupJobs) {
        if (!job.enabled)
            continue;
        // A step names the database, or backs up every database (maintenance
        // solutions' USER_DATABASES / ALL_DATABASES, sp_MSforeachdb loops).
        bool concerns = job.command.contains(QLatin1String("USER_DATABASES"), Qt::CaseInsensitive)
            || job.command.contains(QLatin1String("ALL_DATABASES"), Qt::CaseInsensitive)
            || job.command.contains(QLatin1String("sp_MSforeachdb"), Qt::CaseInsensitive);
        for (const QString &database : databases)
            concerns = concerns || job.command.contains(database, Qt::CaseInsensitive);
        if (concerns)
            found << tr("%1 (step %2)").arg(job.jobName, job.stepName);
    }
    if (found.isEmpty())
        return CheckResult::make(kLogBackupJobs, title, Status::Passed,
                                 tr("No enabled SQL Agent job backs up the logs of these "
                                    "databases."),
                                 tr("Backup tools outside SQL Agent are not seen here; pause "
                                    "them too."));
    return CheckResult::make(
        kLogBackupJobs, title, Status::Warning,
        tr("These SQL Agent jobs back up the log of a selected database: %1. A log backup while "
           "seeding runs breaks the link (errors 1408/1412 on the managed instance).")
            .arg(found.join(QStringLiteral(", "))),
        tr("Disable these jobs until seeding completes, then enable them again: after seeding, "
           "regular log backups keep the log from filling."));
}

CheckResult Preflight::logSpace(const Input &input)
{
    const QString title = tr("Transaction log space");
    if (!input.extras.logSpace)
        return CheckResult::make(kLogSpace, title, Status::NotVerified,
                                 input.offline ? offlineReason()
                                               : (input.extras.logSpaceProblem.isEmpty()
                                                      ? tr("Not verified: log space was not "
                                                           "read.")
                                                      : input.extras.logSpaceProblem),
                                 tr("Run DBCC SQLPERF(LOGSPACE) and make room before seeding."));
    QStringList full;
    QStringList missing = databaseNames(input.link);
    for (const LogSpace &space : *input.extras.logSpace) {
        missing.removeAll(space.databaseName);
        if (space.usedPercent >= kLogSpaceWarningPercent)
            full << tr("%1 (%2 % used)").arg(space.databaseName).arg(space.usedPercent, 0, 'f', 0);
    }
    if (!full.isEmpty())
        return CheckResult::make(kLogSpace, title, Status::Warning,
                                 tr("The log is nearly full in %1; while seeding runs the log "
                                    "cannot be truncated and may fill (error 9002).")
                                     .arg(full.join(QStringLiteral(", "))),
                                 tr("Back up the log or grow the log file before creating the "
                                    "link."));
    if (!missing.isEmpty())
        return CheckResult::make(
            kLogSpace, title, Status::NotVerified,
            tr("The log space of %1 was not read.").arg(missing.join(QStringLiteral(", "))),
            tr("Run DBCC SQLPERF(LOGSPACE)."));
    return CheckResult::make(kLogSpace, title, Status::Passed,
                             tr("Every selected database has log space left."));
}

CheckResult Preflight::tde(const Input &input)
{
    const QString title = tr("Transparent data encryption");
    if (input.link.direction == LinkDirection::ManagedInstanceToSqlServer)
        return CheckResult::make(kTde, title, Status::NotVerified,
                                 tr("The managed instance's TDE protector is not read here: a "
                                    "database encrypted with the service-managed key cannot "
                                    "replicate to SQL Server (DbEncryptedWithSmk)."),
                                 tr("Check that the instance uses a customer-managed key "
                                    "(Security → Transparent data encryption)."));
    if (!input.sqlServer)
        return CheckResult::make(kTde, title, Status::NotVerified, sqlNotRead(input));
    QStringList encrypted;
    for (const QString &name : databaseNames(input.link)) {
        const ServerFacts::Database *database = input.sqlServer->database(name);
        if (database && database->encrypted)
            encrypted << name;
    }
    if (encrypted.isEmpty())
        return CheckResult::make(kTde, title, Status::Passed, tr("No selected database uses TDE."));
    return CheckResult::make(kTde, title, Status::Warning,
                             tr("%1 %2 encrypted with TDE: the managed instance can only open "
                                "them once it has the TDE certificate.")
                                 .arg(encrypted.join(QStringLiteral(", ")),
                                      encrypted.size() == 1 ? tr("is") : tr("are")),
                             tr("Migrate the TDE certificate to the managed instance before "
                                "creating the link."));
}

CheckResult Preflight::azureReadPermissions(const Input &input)
{
    const QString title = tr("Azure read permissions");
    if (input.offline || !input.azure)
        return CheckResult::make(kAzureReadPermissions, title, Status::NotVerified,
                                 azureNotRead(input));
    if (!input.azure->endpointCertificate)
        return CheckResult::make(kAzureReadPermissions, title, Status::Warning,
                                 tr("The managed instance's endpoint certificate could not be "
                                    "read (Microsoft.Sql/managedInstances/endpointCertificates/"
                                    "read)."),
                                 tr("Ask for the SQL Managed Instance Contributor role on the "
                                    "instance."));
    return CheckResult::make(kAzureReadPermissions, title, Status::Passed,
                             tr("The instance, its links, trust certificates and endpoint "
                                "certificate were read."));
}

CheckResult Preflight::azureWritePermissions(const Input &input)
{
    // ARM has no harmless write to try, and reading the role assignments needs
    // rights of its own: saying "passed" here would be a guess.
    return CheckResult::make(
        kAzureWritePermissions, tr("Azure write permissions"), Status::NotVerified,
        input.offline ? offlineReason()
                      : tr("Not verified: Azure offers no harmless way to test a write before "
                           "the first change."),
        tr("Make sure your account has SQL Managed Instance Contributor on the instance, or a "
           "role with distributedAvailabilityGroups write/delete/setRole, "
           "serverTrustCertificates write/delete and hybridCertificate/action."));
}

CheckResult Preflight::networkToManagedInstance(const Input &input)
{
    const QString target = input.link.managedInstance.fqdn.isEmpty()
        ? input.link.managedInstance.name
        : input.link.managedInstance.fqdn;
    return CheckResult::make(
        kNetworkToManagedInstance, tr("Network: SQL Server to the managed instance"),
        Status::NotVerified,
        tr("Not verified from here: SQL Server must reach the managed instance's subnet on TCP "
           "5022 and 11000–11999."),
        tr("On SQL Server's host run Test-NetConnection %1 -Port 5022 (and a port of "
           "11000–11999), and check the instance's network security group allows them from "
           "SQL Server's address. A passing TCP test does not prove a firewall lets the link's "
           "own traffic through.")
            .arg(target.isEmpty() ? tr("<managed instance>") : target));
}

CheckResult Preflight::networkToSqlServer(const Input &input)
{
    const QString address = input.link.endpoint.listenerAddress.isEmpty()
        ? tr("SQL Server")
        : input.link.endpoint.listenerAddress;
    return CheckResult::make(
        kNetworkToSqlServer, tr("Network: the managed instance to SQL Server"), Status::NotVerified,
        tr("Not verified from here: the managed instance must reach TCP %1 on %2 (its outbound "
           "network security group rules, route table, on-premises and host firewalls).")
            .arg(input.link.endpoint.port)
            .arg(address),
        tr("Test from the managed instance with a SQL Agent job (the connectivity test of "
           "Microsoft's link preparation guide: a TEST_ENDPOINT on SQL Server and a job running "
           "tnc %1 -Port %2 on the instance), and open the port in every firewall between "
           "them.")
            .arg(address)
            .arg(input.link.endpoint.port));
}

} // namespace milink
