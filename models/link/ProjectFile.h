#pragma once

#include "LinkDefinition.h"
#include "ValidationIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace milink {

// The `.milink` project file: a versioned JSON document holding one
// LinkDefinition and never a secret. Reading reports every structural problem
// (wrong type, unknown value, missing member, a secret-looking member) with its
// JSON path instead of stopping at the first one; semantic checks are
// LinkValidator's job. Writing is atomic (QSaveFile), so a crash or a full disk
// never leaves a half-written project behind.
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFile)

public:
    static constexpr int kSchemaVersion = 1;
    static constexpr const char *kFormatName = "milink-project";

    struct LoadResult
    {
        // Set when the file could be read well enough to edit (warnings only).
        std::optional<LinkDefinition> link;
        ValidationIssues issues;
    };

    static LoadResult fromJson(const QByteArray &json);
    static QByteArray toJson(const LinkDefinition &link);

    static LoadResult load(const QString &path);
    // Returns an empty string on success, otherwise a message naming the file and the cause.
    static QString save(const LinkDefinition &link, const QString &path);
};

} // namespace milink
