#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace milink {

// Removes secrets from what goes into a support bundle: values of JSON members
// whose names say they hold secrets (password, token, secret, authorization,
// signature, …), and in any text: `PWD=`/`Password=` in connection strings,
// `PASSWORD = N'…'` in T-SQL, `Authorization:` headers and bearer tokens,
// access/refresh tokens, SAS `sig=` signatures, JWTs, and every literal value the
// caller knows to be secret (the passwords and tokens the process was given).
class SecretRedactor
{
public:
    static QString marker() { return QStringLiteral("<redacted>"); }

    // Literal secrets (shorter than 4 characters are ignored: they would redact
    // ordinary words and prove nothing).
    void addKnownSecret(const QString &secret);

    QString redactText(const QString &text) const;
    QJsonObject redactJson(const QJsonObject &object) const;
    QJsonArray redactJson(const QJsonArray &array) const;
    // A file's bytes: JSON is redacted member by member, anything else as text.
    QByteArray redactFile(const QByteArray &contents) const;

    static bool isSecretName(const QString &memberName);

private:
    QJsonValue redactValue(const QJsonValue &value) const;

    QStringList m_known;
};

} // namespace milink
