#include "StepRecord.h"

namespace milink {

namespace {

const std::pair<StepRecord::Status, const char *> kStatuses[] = {
    {StepRecord::Status::Pending, "pending"}, {StepRecord::Status::Running, "running"},
    {StepRecord::Status::Done, "done"},       {StepRecord::Status::Skipped, "skipped"},
    {StepRecord::Status::Failed, "failed"},   {StepRecord::Status::Cancelled, "cancelled"},
};

} // namespace

QString toString(StepRecord::Status status)
{
    for (const auto &entry : kStatuses) {
        if (entry.first == status)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

QJsonObject StepRecord::toJson() const
{
    QJsonObject values;
    for (auto it = outputs.cbegin(); it != outputs.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject out {{QStringLiteral("id"), stepId}, {QStringLiteral("status"), toString(status)}};
    if (startedAt.isValid())
        out.insert(QStringLiteral("startedAt"), startedAt.toString(Qt::ISODateWithMs));
    if (finishedAt.isValid())
        out.insert(QStringLiteral("finishedAt"), finishedAt.toString(Qt::ISODateWithMs));
    if (!message.isEmpty())
        out.insert(QStringLiteral("message"), message);
    if (!errorCode.isEmpty())
        out.insert(QStringLiteral("errorCode"), errorCode);
    if (!serverText.isEmpty())
        out.insert(QStringLiteral("serverText"), serverText);
    if (!values.isEmpty())
        out.insert(QStringLiteral("outputs"), values);
    if (created)
        out.insert(QStringLiteral("created"), true);
    return out;
}

StepRecord StepRecord::fromJson(const QJsonObject &object)
{
    StepRecord record;
    record.stepId = object.value(QStringLiteral("id")).toString();
    const QString status = object.value(QStringLiteral("status")).toString();
    for (const auto &entry : kStatuses) {
        if (status == QLatin1String(entry.second))
            record.status = entry.first;
    }
    record.startedAt = QDateTime::fromString(object.value(QStringLiteral("startedAt")).toString(),
                                             Qt::ISODateWithMs);
    record.finishedAt = QDateTime::fromString(object.value(QStringLiteral("finishedAt")).toString(),
                                              Qt::ISODateWithMs);
    record.message = object.value(QStringLiteral("message")).toString();
    record.errorCode = object.value(QStringLiteral("errorCode")).toString();
    record.serverText = object.value(QStringLiteral("serverText")).toString();
    record.created = object.value(QStringLiteral("created")).toBool();
    const QJsonObject values = object.value(QStringLiteral("outputs")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        record.outputs.insert(it.key(), it.value().toString());
    return record;
}

} // namespace milink
