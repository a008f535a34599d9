#pragma once

#include "link/SqlServerVersion.h"
#include "plan/DiscoveredState.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace milink {

// What ServerProbe found on one SQL Server or managed instance. Plain values; a
// std::optional left empty means "could not be determined" (the query failed or
// the server is too old for it), and `problems` says why.
struct ServerFacts
{
    struct Certificate
    {
        QString name;
        int certificateId = 0;
        QString subject;
        QString issuer;
        QDateTime startDate;
        QDateTime expiryDate;
        bool encryptedByMasterKey = false; // pvt_key_encryption_type = 'MK'
    };
    struct Endpoint
    {
        QString name;
        QString state; // STARTED, STOPPED, DISABLED
        QString role; // ALL, PARTNER, WITNESS
        QString authentication; // connection_auth_desc
        bool encryptionEnabled = false;
        QString algorithm; // encryption_algorithm_desc
        int certificateId = 0;
        int port = 0;
    };
    struct AvailabilityGroup
    {
        QString name;
        bool distributed = false;
    };
    struct Database
    {
        QString name;
        int databaseId = 0;
        QString state;
        QString recoveryModel; // FULL, SIMPLE, BULK_LOGGED
        bool encrypted = false; // TDE
        bool inAvailabilityGroup = false;
        QDateTime lastFullBackup; // invalid: none in msdb history
        int logFileCount = 0;
        std::optional<bool> filestream;
        std::optional<bool> memoryOptimized;
    };

    SqlServerVersion version;
    QString productLevel; // RTM, SP3
    QString updateLevel; // CU13, empty on RTM/SP builds
    QString edition;
    int engineEdition = 0; // 2 Standard, 3 Enterprise/Developer, 8 managed instance
    QString hostPlatform; // Windows, Linux
    QString hostDistribution;
    bool hadrEnabled = false;
    bool sysadmin = false;
    QString collation;
    QString serverName; // @@SERVERNAME
    bool masterKey = false;
    QList<Certificate> certificates;
    std::optional<Endpoint> mirroringEndpoint; // empty: none exists (or unknown, see problems)
    QList<AvailabilityGroup> availabilityGroups;
    std::optional<QList<int>> traceFlags; // globally enabled
    QList<Database> databases; // user databases
    QStringList problems; // queries that failed, in plain language

    bool isManagedInstance() const { return engineEdition == 8; }
    const Database *database(const QString &name) const;
    const Certificate *certificate(const QString &name) const;

    // The support matrix verdict for this build (SQL Server only): empty when the
    // link can be created, otherwise a sentence that says what to install.
    QString supportProblem() const;
    bool supportsTwoWayFailover() const;

    // The subset the plan builder uses to mark steps already done.
    DiscoveredState toDiscoveredState() const;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::ServerFacts)
