#include "RunJournal.h"

#include "plan/Plan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace milink {

QString RunJournal::pathFor(const QString &projectPath, const QString &operationName)
{
    const QFileInfo project(projectPath);
    return project.dir().filePath(project.completeBaseName() + QLatin1Char('.') + operationName
                                  + QStringLiteral(".journal.json"));
}

QString RunJournal::open(const QString &path, const Plan &plan)
{
    m_path = path;
    m_operation = toString(plan.operation);
    m_planTitle = plan.title;
    m_records.clear();
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the run journal %1: %2.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("schemaVersion")).toInt() < 1)
        return tr("The run journal %1 is damaged (%2). Move it aside to start the operation "
                  "from the beginning; every step checks first whether it is already done.")
            .arg(QDir::toNativeSeparators(path), error.errorString());
    if (root.value(QStringLiteral("schemaVersion")).toInt() > kSchemaVersion)
        return tr("The run journal %1 was written by a newer milink. Use that version to "
                  "resume the run.")
            .arg(QDir::toNativeSeparators(path));
    if (root.value(QStringLiteral("operation")).toString() != m_operation)
        return tr("The run journal %1 belongs to the operation %2, not %3.")
            .arg(QDir::toNativeSeparators(path), root.value(QStringLiteral("operation")).toString(),
                 m_operation);
    for (const QJsonValue &value : root.value(QStringLiteral("steps")).toArray()) {
        const StepRecord record = StepRecord::fromJson(value.toObject());
        // Records of steps the plan no longer has are dropped: the plan changed.
        if (plan.step(record.stepId))
            m_records.append(record);
    }
    return {};
}

const StepRecord *RunJournal::record(const QString &stepId) const
{
    for (const StepRecord &r : m_records) {
        if (r.stepId == stepId)
            return &r;
    }
    return nullptr;
}

QString RunJournal::update(const StepRecord &record)
{
    bool replaced = false;
    for (StepRecord &r : m_records) {
        if (r.stepId == record.stepId) {
            // Once created by a run, an object stays this run's to roll back, even
            // when a retry later finds it in place and skips the step.
            const bool created = r.created || record.created;
            r = record;
            r.created = created;
            replaced = true;
        }
    }
    if (!replaced)
        m_records.append(record);
    return save();
}

QString RunJournal::reset()
{
    m_records.clear();
    return save();
}

QString RunJournal::save() const
{
    if (m_path.isEmpty())
        return {};
    QJsonArray steps;
    for (const StepRecord &r : m_records)
        steps.append(r.toJson());
    const QJsonObject root {{QStringLiteral("format"), QStringLiteral("milink-journal")},
                            {QStringLiteral("schemaVersion"), kSchemaVersion},
                            {QStringLiteral("operation"), m_operation},
                            {QStringLiteral("plan"), m_planTitle},
                            {QStringLiteral("steps"), steps}};
    QSaveFile file(m_path);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return tr("Cannot write the run journal %1: %2. The run stopped so that it can be "
                  "resumed safely; free space or fix the folder's permissions, then resume.")
            .arg(QDir::toNativeSeparators(m_path), file.errorString());
    return {};
}

} // namespace milink
