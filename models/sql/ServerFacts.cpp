#include "ServerFacts.h"

#include "plan/SupportMatrix.h"

#include <QCoreApplication>

namespace milink {

const ServerFacts::Database *ServerFacts::database(const QString &name) const
{
    for (const Database &db : databases) {
        if (db.name.compare(name, Qt::CaseInsensitive) == 0)
            return &db;
    }
    return nullptr;
}

const ServerFacts::Certificate *ServerFacts::certificate(const QString &name) const
{
    for (const Certificate &c : certificates) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString ServerFacts::supportProblem() const
{
    if (isManagedInstance())
        return {};
    if (!version.isValid())
        return QCoreApplication::translate("milink::ServerFacts",
                                           "The SQL Server version could not be read.");
    const SupportMatrix::Row *row = SupportMatrix::row(version);
    if (!row)
        return QCoreApplication::translate("milink::ServerFacts",
                                           "%1 cannot use the Managed Instance link; SQL Server "
                                           "2016 SP3 or later is required.")
            .arg(version.displayName());
    if (!SupportMatrix::supports(version, SupportMatrix::Feature::LinkToManagedInstance))
        return QCoreApplication::translate("milink::ServerFacts",
                                           "%1 is too old for the Managed Instance link; install "
                                           "at least %2 (%3).")
            .arg(version.displayName(), QString::fromLatin1(row->linkMinimumLabel),
                 row->linkMinimum.toString());
    return {};
}

bool ServerFacts::supportsTwoWayFailover() const
{
    return version.isValid()
        && SupportMatrix::supports(version, SupportMatrix::Feature::TwoWayFailover);
}

DiscoveredState ServerFacts::toDiscoveredState() const
{
    DiscoveredState state;
    state.hasMasterKey = masterKey;
    for (const Certificate &c : certificates)
        state.certificates << c.name;
    for (const AvailabilityGroup &ag : availabilityGroups)
        state.availabilityGroups << ag.name;
    for (const Database &db : databases) {
        DiscoveredState::Database d;
        d.name = db.name;
        d.fullRecovery = db.recoveryModel.compare(QLatin1String("FULL"), Qt::CaseInsensitive) == 0;
        d.hasFullBackup = db.lastFullBackup.isValid();
        state.databases << d;
    }
    return state;
}

} // namespace milink
