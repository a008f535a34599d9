#pragma once

#include "CheckResult.h"

#include "link/LinkDefinition.h"
#include "sql/ServerFacts.h"

#include <QCoreApplication>

#include <optional>

namespace milink {

// The instance-level requirements of a link on SQL Server (domain §2.2, §3.1):
// supported version and edition for the chosen direction and failover mode,
// sysadmin, Always On enabled, the database master key, trace flags 1800 and
// 9567, the host OS, the collation, a mirroring endpoint that can be reused.
// Pure evaluation over what ServerProbe found; no I/O. Without facts (offline,
// or the probe failed) every check that needs the server is NotVerified.
class SqlServerRequirements
{
    Q_DECLARE_TR_FUNCTIONS(SqlServerRequirements)

public:
    struct Input
    {
        std::optional<ServerFacts> facts; // empty: the server was not read
        // The choices so far: direction, failover mode, the declared version
        // (used when there are no facts), the update policy when known, the endpoint port.
        LinkDefinition link;
        bool offline = false;
        // The managed instance's collation when the Azure page has read it.
        QString managedInstanceCollation;
    };

    // Ids of the checks, in the order they are returned.
    static const QString kVersion;
    static const QString kLinkOptions;
    static const QString kEdition;
    static const QString kSysadmin;
    static const QString kHadr;
    static const QString kMasterKey;
    static const QString kTraceFlags;
    static const QString kHostPlatform;
    static const QString kCollation;
    static const QString kEndpoint;
    static const QString kProbe;

    static CheckResults evaluate(const Input &input);

private:
    static CheckResult version(const Input &input);
    static CheckResult linkOptions(const Input &input);
    static CheckResult edition(const ServerFacts &facts);
    static CheckResult hadr(const ServerFacts &facts);
    static CheckResult masterKey(const ServerFacts &facts);
    static CheckResult traceFlags(const ServerFacts &facts);
    static CheckResult hostPlatform(const ServerFacts &facts);
    static CheckResult collation(const ServerFacts &facts, const QString &instanceCollation);
    static CheckResult endpoint(const ServerFacts &facts, const LinkDefinition &link);
};

} // namespace milink
