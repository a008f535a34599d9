#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace milink {

// What happened to one plan step in a run, as the journal keeps it.
struct StepRecord
{
    enum class Status { Pending, Running, Done, Skipped, Failed, Cancelled };

    QString stepId;
    Status status = Status::Pending;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString message; // what happened, for the user
    QString errorCode; // SQL Server error number or ARM error code
    QString serverText; // the raw text of the server or Azure
    QHash<QString, QString> outputs; // values the step produced (never secrets)
    // The step's action ran and created the object its undo removes (not a step
    // skipped because it was already done). Kept by the journal across reruns.
    bool created = false;

    bool isComplete() const { return status == Status::Done || status == Status::Skipped; }

    QJsonObject toJson() const;
    static StepRecord fromJson(const QJsonObject &object);
};

QString toString(StepRecord::Status status);

} // namespace milink

Q_DECLARE_METATYPE(milink::StepRecord)
