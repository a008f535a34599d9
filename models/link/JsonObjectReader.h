#pragma once

#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace milink {

// Reads one JSON object member by member and records every problem with its
// path instead of stopping at the first, so a user fixes a file in one pass.
// Members never asked for are reported when the reader is destroyed: as a
// warning (likely a typo), or as an error when they look like a secret and the
// file must never hold one.
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)

public:
    enum class SecretPolicy { Allow, Reject };

    JsonObjectReader(const QJsonObject &object, QString path, ValidationIssues &issues,
                     SecretPolicy secrets = SecretPolicy::Reject);
    ~JsonObjectReader();
    JsonObjectReader(const JsonObjectReader &) = delete;
    JsonObjectReader &operator=(const JsonObjectReader &) = delete;

    // "sqlServer.port", or "port" at the top level.
    QString path(const QString &key) const;
    // Marks `key` as known and tells whether it is present.
    bool has(const QString &key);

    QString string(const QString &key, const QString &fallback = {}, bool required = false);
    int integer(const QString &key, int fallback, int min, int max);
    bool boolean(const QString &key, bool fallback);
    // Missing or wrong type: records why and returns an empty object/array.
    QJsonObject object(const QString &key, bool required);
    QJsonArray array(const QString &key, bool required);

    // An enum spelled as a string; `parse` returns std::optional<Enum>.
    template<typename Enum, typename Parse>
    Enum enumeration(const QString &key, Enum fallback, Parse parse, const QStringList &allowed)
    {
        if (!has(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        if (value.isString()) {
            if (const std::optional<Enum> parsed = parse(value.toString()))
                return *parsed;
        }
        reportBadEnumeration(key, value, allowed);
        return fallback;
    }

    void error(const QString &key, const QString &message);
    void warning(const QString &key, const QString &message);

    // "a string", "an array", … for messages.
    static QString typeName(const QJsonValue &value);

private:
    void reportBadEnumeration(const QString &key, const QJsonValue &value,
                              const QStringList &allowed);
    static bool looksLikeSecret(const QString &key);

    QJsonObject m_object;
    QString m_path;
    ValidationIssues &m_issues;
    SecretPolicy m_secrets;
    QSet<QString> m_known;
};

} // namespace milink
