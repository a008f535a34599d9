#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace milink {

// The verdict of one preflight check, as a value: the Requirements and
// Databases pages show these, and the Validation page reuses them for the full
// preflight. `reason` says what was found (a full sentence), `remedy` how to fix
// it; a check that could not run (offline, a query that failed) is NotVerified,
// never Passed. `serverText` / `errorNumber` keep what a server said when the
// verdict comes from an error, so a DBA can search for it.
struct CheckResult
{
    enum class Status { Passed, Warning, Failed, NotVerified };

    QString id; // stable, e.g. "sqlServer.hadr" or "database.recoveryModel"
    QString title; // short, e.g. "Always On availability groups"
    Status status = Status::NotVerified;
    QString reason;
    QString remedy; // empty when there is nothing to do
    QString subject; // what the check is about when not the instance (a database name)
    QString serverText;
    QString errorNumber;

    bool isFailure() const { return status == Status::Failed; }

    static CheckResult make(const QString &id, const QString &title, Status status,
                            const QString &reason, const QString &remedy = {})
    {
        CheckResult result;
        result.id = id;
        result.title = title;
        result.status = status;
        result.reason = reason;
        result.remedy = remedy;
        return result;
    }

    // "Passed", "Warning", "Failed", "Not verified", translated.
    static QString statusText(Status status)
    {
        switch (status) {
        case Status::Passed: return QCoreApplication::translate("milink::CheckResult", "Passed");
        case Status::Warning: return QCoreApplication::translate("milink::CheckResult", "Warning");
        case Status::Failed: return QCoreApplication::translate("milink::CheckResult", "Failed");
        case Status::NotVerified:
            return QCoreApplication::translate("milink::CheckResult", "Not verified");
        }
        return {};
    }

    friend bool operator==(const CheckResult &a, const CheckResult &b)
    {
        return a.id == b.id && a.title == b.title && a.status == b.status && a.reason == b.reason
            && a.remedy == b.remedy && a.subject == b.subject && a.serverText == b.serverText
            && a.errorNumber == b.errorNumber;
    }
};

using CheckResults = QList<CheckResult>;

inline bool hasFailures(const CheckResults &results)
{
    for (const CheckResult &result : results) {
        if (result.isFailure())
            return true;
    }
    return false;
}

// The first result with this id, or nullptr.
inline const CheckResult *findCheck(const CheckResults &results, const QString &id)
{
    for (const CheckResult &result : results) {
        if (result.id == id)
            return &result;
    }
    return nullptr;
}

} // namespace milink

Q_DECLARE_METATYPE(milink::CheckResult)
