#pragma once

#include "StepRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace milink {

struct Plan;

// The record of one plan's run, kept in a JSON file next to the project
// (`sales.milink` → `sales.create-link.journal.json`) and rewritten atomically
// after every step. A run that crashed or failed resumes from it: finished steps
// are not repeated and the values they produced (public keys, LSNs) are
// restored; a rollback reads which objects this run created. The journal never
// holds a secret: plan parameters of kind Secret are not recorded.
class RunJournal
{
    Q_DECLARE_TR_FUNCTIONS(RunJournal)

public:
    static constexpr int kSchemaVersion = 1;

    // `sales.milink` + create-link → `sales.create-link.journal.json`.
    static QString pathFor(const QString &projectPath, const QString &operationName);

    // Opens `path` (or starts empty when it does not exist) for `plan`.
    // Returns an empty string, or why the file cannot be used: unreadable,
    // malformed, or the journal of another operation.
    QString open(const QString &path, const Plan &plan);

    QString path() const { return m_path; }
    const QList<StepRecord> &records() const { return m_records; }
    const StepRecord *record(const QString &stepId) const;
    // Inserts or replaces the record of its step and saves; returns an error text.
    // A step's `created` flag, once set, stays set.
    QString update(const StepRecord &record);
    // Forgets every record (a fresh run); saves.
    QString reset();

private:
    QString save() const;

    QString m_path;
    QString m_operation;
    QString m_planTitle;
    QList<StepRecord> m_records;
};

} // namespace milink
