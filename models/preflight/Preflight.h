#pragma once

#include "CheckResult.h"

#include "link/LinkDefinition.h"
#include "session/AzureFacts.h"
#include "sql/ServerFacts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace milink {

// The whole read-only preflight of a new link (the Validation page): every item
// of the failure catalog that can be checked before anything is changed, as
// CheckResults. Pure evaluation over the link definition, what ServerProbe found
// on SQL Server, what the Azure page read from ARM, and the few extra read-only
// query results PreflightRunner gathers. No I/O.
//
// What cannot be verified from here (offline, a read that failed, the network
// as the managed instance sees it) is NotVerified with the reason and how to
// verify it by hand, never Passed.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    // An SQL Agent job step that backs up a log (msdb.dbo.sysjobsteps).
    struct LogBackupJob
    {
        QString jobName;
        QString stepName;
        bool enabled = true;
        QString command;
    };
    struct LogSpace
    {
        QString databaseName;
        qint64 totalBytes = 0;
        double usedPercent = 0;
    };
    struct TcpEndpoint
    {
        QString name;
        QString type; // TSQL, DATABASE_MIRRORING, SERVICE_BROKER
        int port = 0;
    };

    // Results of PreflightRunner's read-only queries. An empty optional means
    // the query could not run; the matching *Problem says why (shown as the
    // NotVerified reason).
    struct Extras
    {
        std::optional<QList<LogBackupJob>> logBackupJobs;
        QString logBackupJobsProblem;
        std::optional<QList<LogSpace>> logSpace;
        QString logSpaceProblem;
        std::optional<QList<TcpEndpoint>> tcpEndpoints;
        QString tcpEndpointsProblem;
        // sys.certificates name → thumbprint ("0x" + upper-case hex).
        std::optional<QList<QPair<QString, QString>>> certificateThumbprints;
        QString certificateThumbprintsProblem;
    };

    struct Input
    {
        LinkDefinition link;
        std::optional<ServerFacts> sqlServer;
        std::optional<AzureFacts> azure;
        Extras extras;
        bool offline = false;
        QDateTime now = QDateTime::currentDateTimeUtc();
        // Ids of the create-link steps this project's journal records as finished
        // ("create-availability-group:DAG_Sales", …): objects an earlier run of the
        // same link created are a setup to resume, not names taken by someone else.
        QStringList finishedSteps;
    };

    // Check ids, stable for tests and support.
    static const QString kSysadmin;
    static const QString kHadr;
    static const QString kMasterKey;
    static const QString kUpdatePolicy;
    static const QString kInstanceState;
    static const QString kCollation;
    static const QString kServiceTier;
    static const QString kLinkLimit;
    static const QString kStaleTrustCertificate;
    static const QString kDuplicateTrustCertificate;
    static const QString kNamesSqlServer;
    static const QString kNamesAzure;
    static const QString kCertificate;
    static const QString kCertificateExpiry;
    static const QString kEndpoint;
    static const QString kEndpointPort;
    static const QString kEndpointAddress;
    static const QString kLogBackupJobs;
    static const QString kLogSpace;
    static const QString kTde;
    static const QString kAzureReadPermissions;
    static const QString kAzureWritePermissions;
    static const QString kNetworkToManagedInstance;
    static const QString kNetworkToSqlServer;

    // Every check, in the order the Validation page shows them.
    static CheckResults evaluate(const Input &input);

    // The checks the Azure page shows for the chosen managed instance; `linkCount`
    // is the number of links the instance has (-1 unknown).
    static CheckResults managedInstanceChecks(const LinkDefinition &link,
                                              const std::optional<ServerFacts> &sqlServer,
                                              const ManagedInstanceInfo &instance, int linkCount);

    // Single checks (public for the pages and the tests).
    static CheckResult updatePolicy(const LinkDefinition &link, bool verified);
    static CheckResult instanceState(const std::optional<AzureFacts> &azure);
    static CheckResult collation(const std::optional<ServerFacts> &sqlServer,
                                 const std::optional<AzureFacts> &azure);
    static CheckResult serviceTier(const LinkDefinition &link,
                                   const std::optional<ServerFacts> &sqlServer,
                                   const std::optional<AzureFacts> &azure);
    static CheckResult linkLimit(const LinkDefinition &link,
                                 const std::optional<AzureFacts> &azure);
    static CheckResult staleTrustCertificate(const Input &input);
    static CheckResult duplicateTrustCertificate(const Input &input);
    static CheckResult sqlServerNames(const Input &input);
    static CheckResult azureNames(const Input &input);
    static CheckResult certificate(const Input &input);
    static CheckResult certificateExpiry(const Input &input);
    static CheckResult endpoint(const Input &input);
    static CheckResult endpointPort(const Input &input);
    static CheckResult endpointAddress(const LinkDefinition &link);
    static CheckResult logBackupJobs(const Input &input);
    static CheckResult logSpace(const Input &input);
    static CheckResult tde(const Input &input);
    static CheckResult azureReadPermissions(const Input &input);
    static CheckResult azureWritePermissions(const Input &input);
    static CheckResult networkToManagedInstance(const Input &input);
    static CheckResult networkToSqlServer(const Input &input);

    // The most links one managed instance holds: 100, 500 on Next-gen General Purpose.
    static constexpr int kLinkLimitDefault = 100;
    static constexpr int kLinkLimitNextGen = 500;
    // A log more used than this (percent) is a warning before seeding.
    static constexpr double kLogSpaceWarningPercent = 70.0;
    // A certificate that expires within this many days is a warning.
    static constexpr int kExpiryWarningDays = 30;

    // "0xABCD…" for thumbprint comparisons, whatever the input spelling.
    static QString normalizeThumbprint(const QString &thumbprint);
};

} // namespace milink
