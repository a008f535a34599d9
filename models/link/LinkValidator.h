#pragma once

#include "LinkDefinition.h"
#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QDate>

namespace milink {

// Checks a link definition for everything that can be known without a server:
// name rules, ports, addresses, dates, duplicates. Every message says what is
// wrong and what to do. The per-kind checks are public so a wizard field can
// show its problem while the user types; each returns an empty string when the
// value is acceptable.
class LinkValidator
{
    Q_DECLARE_TR_FUNCTIONS(LinkValidator)

public:
    static constexpr int kSysnameLength = 128;

    // `today` is injected so that expiry checks are testable.
    static ValidationIssues validate(const LinkDefinition &link, const QDate &today);

    // `what` names the object in the message ("The availability group name").
    static QString sysnameProblem(const QString &name, const QString &what);
    static QString certificateNameProblem(const QString &name);
    static QString linkNameProblem(const QString &name);
    static QString databaseNameProblem(const QString &name);
    static QString managedInstanceNameProblem(const QString &name);
    static QString resourceGroupProblem(const QString &name);
    static QString subscriptionIdProblem(const QString &id);
    static QString instanceNameProblem(const QString &name);
    static QString portProblem(int port, const QString &what);
    static QString hostProblem(const QString &host, const QString &what);
    static QString fqdnProblem(const QString &fqdn);
    static QString ipAddressProblem(const QString &address);
    static QString expiryDateProblem(const QDate &date, const QDate &today);
};

} // namespace milink
