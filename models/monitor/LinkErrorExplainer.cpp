#include "LinkErrorExplainer.h"

#include <QRegularExpression>

namespace milink {

namespace {

struct Explanation
{
    int number;
    const char *text;
};

// Paraphrased from Microsoft's troubleshooting article for the link; each says what
// to do, because the raw server text rarely does.
const Explanation kExplanations[] = {
    {1408,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The replicas no longer share log: log was truncated (for example "
                       "by a log backup) while the database was seeding. Delete the link "
                       "and create it again; keep trace flag 12381 on or pause log "
                       "backups until seeding finishes.")},
    {1412,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The log on the two replicas does not match because it was "
                       "truncated during seeding. Delete the link and create it again "
                       "with log backups paused or trace flag 12381 on.")},
    {1475,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The database needs a new backup chain. Take a full backup without "
                       "COPY_ONLY, then retry.")},
    {9002,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The transaction log is full; replication stops until log space is "
                       "freed. Take a log backup (after seeding) or grow the log file.")},
    {35206,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The connection between SQL Server and the managed instance timed "
                       "out. Check the network path in both directions (port 5022 to SQL "
                       "Server, 5022 and 11000–11999 to the managed instance).")},
    {41962,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The link did not connect within five minutes of its creation. "
                       "Usually the network: check that the managed instance reaches "
                       "SQL Server's mirroring endpoint and the other way round.")},
    {41973,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The managed instance does not trust SQL Server's endpoint "
                       "certificate (missing, stale or expired server trust "
                       "certificate). Upload the current certificate again or rotate it.")},
    {41974,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "SQL Server does not trust the managed instance's endpoint "
                       "certificate: create the certificate named after the instance's "
                       "FQDN from its public key and register the root certificates "
                       "with sp_certificate_add_issuer.")},
    {41976,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "An availability group of the link is not responding. Check that "
                       "the AG names of the link resource match the distributed "
                       "availability group's members.")},
    {41977,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The target database is not responding. Check the link's "
                       "parameters and the database on both sides.")},
    {41986,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The connection failed or the secondary does not respond. Check "
                       "endpoint names, ports (the partner endpoint must be SQL Server's "
                       "mirroring endpoint port) and the network.")},
    {41988,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "A two-way link needs matching database formats: match the "
                       "managed instance's update policy to the SQL Server version, or "
                       "create a one-way link.")},
    {47521,
     QT_TRANSLATE_NOOP("LinkErrorExplainer",
                       "The secondary did not receive the request. Check the health of "
                       "the availability group and database on the primary.")},
};

} // namespace

QString LinkErrorExplainer::explainNumber(int errorNumber)
{
    for (const Explanation &e : kExplanations) {
        if (e.number == errorNumber)
            return tr(e.text);
    }
    return {};
}

QString LinkErrorExplainer::explainReplicaState(const QString &replicaState)
{
    if (replicaState.compare(QLatin1String("LinkInitError"), Qt::CaseInsensitive) == 0)
        return explainNumber(41962);
    if (replicaState.compare(QLatin1String("LinkCreationError"), Qt::CaseInsensitive) == 0)
        return tr("Creating the link failed on the managed instance (often error 41977 or, "
                  "after a log backup during seeding, 1408). Check the most recent error, then "
                  "delete the link and create it again.");
    if (replicaState.contains(QLatin1String("Error"), Qt::CaseInsensitive))
        return tr("The link reports an error state (%1). Check the most recent error on both "
                  "sides.")
            .arg(replicaState);
    return {};
}

int LinkErrorExplainer::numberIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\b(\\d{4,5})\\b"));
    QRegularExpressionMatchIterator it = number.globalMatch(text);
    while (it.hasNext()) {
        const int n = it.next().captured(1).toInt();
        if (!explainNumber(n).isEmpty())
            return n;
    }
    return 0;
}

} // namespace milink
