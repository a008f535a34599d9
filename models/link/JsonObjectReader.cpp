#include "JsonObjectReader.h"

namespace milink {

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString path,
                                   ValidationIssues &issues, SecretPolicy secrets)
    : m_object(object), m_path(std::move(path)), m_issues(issues), m_secrets(secrets)
{
}

JsonObjectReader::~JsonObjectReader()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_known.contains(it.key()))
            continue;
        if (m_secrets == SecretPolicy::Reject && looksLikeSecret(it.key())) {
            error(it.key(),
                  tr("This file must never hold passwords, keys or tokens. Remove this "
                     "member; milink asks for secrets when it connects and can keep "
                     "them in the system keychain."));
        } else {
            warning(it.key(), tr("Unknown member, ignored. Check its spelling."));
        }
    }
}

QString JsonObjectReader::path(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool JsonObjectReader::has(const QString &key)
{
    m_known.insert(key);
    return m_object.contains(key);
}

QString JsonObjectReader::string(const QString &key, const QString &fallback, bool required)
{
    if (!has(key)) {
        if (required)
            error(key, tr("This member is missing. Add it as a string."));
        return fallback;
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        error(key, tr("Expected a string (text in double quotes), found %1.").arg(typeName(value)));
        return fallback;
    }
    return value.toString();
}

int JsonObjectReader::integer(const QString &key, int fallback, int min, int max)
{
    if (!has(key))
        return fallback;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number))) {
        error(key, tr("Expected a whole number, found %1.").arg(typeName(value)));
        return fallback;
    }
    if (number < min || number > max) {
        error(key,
              tr("%1 is outside the allowed range %2–%3.")
                  .arg(static_cast<qint64>(number))
                  .arg(min)
                  .arg(max));
        return fallback;
    }
    return static_cast<int>(number);
}

bool JsonObjectReader::boolean(const QString &key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        error(key, tr("Expected true or false, found %1.").arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

QJsonObject JsonObjectReader::object(const QString &key, bool required)
{
    if (!has(key)) {
        if (required)
            error(key, tr("This section is missing. Add it as an object { … }."));
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        error(key, tr("Expected an object { … }, found %1.").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonObjectReader::array(const QString &key, bool required)
{
    if (!has(key)) {
        if (required)
            error(key, tr("This list is missing. Add it as an array [ … ]."));
        return {};
    }
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        error(key, tr("Expected an array [ … ], found %1.").arg(typeName(value)));
        return {};
    }
    return value.toArray();
}

void JsonObjectReader::error(const QString &key, const QString &message)
{
    m_issues.append({ValidationIssue::Severity::Error, path(key), message});
}

void JsonObjectReader::warning(const QString &key, const QString &message)
{
    m_issues.append({ValidationIssue::Severity::Warning, path(key), message});
}

QString JsonObjectReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("true/false");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("a string");
    case QJsonValue::Array: return tr("an array");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}

void JsonObjectReader::reportBadEnumeration(const QString &key, const QJsonValue &value,
                                            const QStringList &allowed)
{
    error(key,
          tr("Expected one of %1, found %2.")
              .arg(allowed.join(QStringLiteral(", ")),
                   value.isString() ? QLatin1Char('"') + value.toString() + QLatin1Char('"')
                                    : typeName(value)));
}

bool JsonObjectReader::looksLikeSecret(const QString &key)
{
    static const QStringList words
        = {QStringLiteral("password"), QStringLiteral("pwd"),        QStringLiteral("secret"),
           QStringLiteral("token"),    QStringLiteral("privatekey"), QStringLiteral("apikey")};
    const QString lower = key.toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    for (const QString &word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

} // namespace milink
