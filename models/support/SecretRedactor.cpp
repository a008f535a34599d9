#include "SecretRedactor.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace milink {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> list = {
        // T-SQL: PASSWORD = N'…' (with doubled quotes inside), also SECRET = '…'.
        {QRegularExpression(QStringLiteral("\\b((?:PASSWORD|SECRET)\\s*=\\s*N?)'(?:[^']|'')*'"),
                            ci),
         QStringLiteral("\\1'<redacted>'")},
        // Connection strings: PWD=…; Password=…; with {braced} values too.
        {QRegularExpression(QStringLiteral("\\b((?:PWD|Password|AccessToken|ClientSecret|"
                                           "AccountKey|SharedAccessSignature|SharedAccessKey)"
                                           "\\s*=\\s*)(?!N?'?<redacted>)(\\{[^}]*\\}|[^;\"'\\s]+)"),
                            ci),
         QStringLiteral("\\1<redacted>")},
        // HTTP headers and bearer tokens.
        {QRegularExpression(
             QStringLiteral(
                 "\\b(Authorization\\s*[:=]\\s*\"?)(?!<redacted>)(?:Bearer\\s+|Basic\\s+)?"
                 "[^\\s\",;]+"),
             ci),
         QStringLiteral("\\1<redacted>")},
        {QRegularExpression(QStringLiteral("\\bBearer\\s+(?!<redacted>)[A-Za-z0-9\\-._~+/=]+"), ci),
         QStringLiteral("Bearer <redacted>")},
        // OAuth parameters and JSON-ish fields in text.
        {QRegularExpression(
             QStringLiteral("\\b((?:access_token|refresh_token|id_token|"
                            "client_secret|code_verifier|device_code|password)"
                            "[\"']?\\s*[:=]\\s*[\"']?)(?!N?'?<redacted>)[^\"'&\\s,}]+"),
             ci),
         QStringLiteral("\\1<redacted>")},
        // SAS signatures in URLs.
        {QRegularExpression(QStringLiteral("([?&;]sig=)[^&\\s\"']+"), ci),
         QStringLiteral("\\1<redacted>")},
        // JSON Web Tokens wherever they appear.
        {QRegularExpression(
             QStringLiteral("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")),
         QStringLiteral("<redacted>")},
    };
    return list;
}

} // namespace

void SecretRedactor::addKnownSecret(const QString &secret)
{
    if (secret.size() >= 4 && !m_known.contains(secret))
        m_known.append(secret);
    // Longest first, so a secret that contains another is removed whole.
    std::sort(m_known.begin(), m_known.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool SecretRedactor::isSecretName(const QString &memberName)
{
    static const QRegularExpression secret(
        QStringLiteral("password|passwd|pwd|secret|token|authorization|credential|signature|"
                       "privatekey|accountkey|^sas|sastoken|^sig$|cookie|apikey"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(memberName).hasMatch();
}

QString SecretRedactor::redactText(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_known)
        result.replace(secret, marker());
    for (const Rule &rule : rules())
        result.replace(rule.pattern, rule.replacement);
    return result;
}

QJsonValue SecretRedactor::redactValue(const QJsonValue &value) const
{
    if (value.isString())
        return redactText(value.toString());
    if (value.isObject())
        return redactJson(value.toObject());
    if (value.isArray())
        return redactJson(value.toArray());
    return value;
}

QJsonObject SecretRedactor::redactJson(const QJsonObject &object) const
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Member names can carry secrets too (a token used as a key).
        const QString key = redactText(it.key());
        if (isSecretName(it.key()) && !it.value().isNull() && !it.value().isBool())
            result.insert(key, marker());
        else
            result.insert(key, redactValue(it.value()));
    }
    return result;
}

QJsonArray SecretRedactor::redactJson(const QJsonArray &array) const
{
    QJsonArray result;
    for (const QJsonValue &value : array)
        result.append(redactValue(value));
    return result;
}

QByteArray SecretRedactor::redactFile(const QByteArray &contents) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(contents, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject())
            return QJsonDocument(redactJson(document.object())).toJson(QJsonDocument::Indented);
        if (document.isArray())
            return QJsonDocument(redactJson(document.array())).toJson(QJsonDocument::Indented);
    }
    return redactText(QString::fromUtf8(contents)).toUtf8();
}

} // namespace milink
