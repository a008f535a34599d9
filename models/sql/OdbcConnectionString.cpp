#include "OdbcConnectionString.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace milink {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("milink::OdbcConnectionString", text);
}
} // namespace

OdbcConnectionString::DriverFamily OdbcConnectionString::familyOf(const QString &driverName)
{
    const QString name = driverName.toLower();
    if (name.contains(QLatin1String("odbc driver 18 for sql server")))
        return DriverFamily::Microsoft18;
    if (name.contains(QLatin1String("odbc driver 17 for sql server")))
        return DriverFamily::Microsoft17;
    if (name.contains(QLatin1String("freetds")) || name.contains(QLatin1String("libtdsodbc")))
        return DriverFamily::FreeTds;
    return DriverFamily::Other;
}

QString OdbcConnectionString::preferredDriver(const QStringList &installed)
{
    for (const DriverFamily family :
         {DriverFamily::Microsoft18, DriverFamily::Microsoft17, DriverFamily::FreeTds}) {
        for (const QString &driver : installed) {
            if (familyOf(driver) == family)
                return driver;
        }
    }
    return {};
}

QString OdbcConnectionString::quote(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('{'))
        && !value.contains(QLatin1Char('}')) && value.trimmed() == value)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('}'), QLatin1String("}}"));
    return QLatin1Char('{') + escaped + QLatin1Char('}');
}

QString OdbcConnectionString::build(const SqlConnectionOptions &options, const QString &driver,
                                    QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (driver.isEmpty())
        return fail(tr("No ODBC driver for SQL Server is installed. Install Microsoft ODBC "
                       "Driver 18 for SQL Server (or FreeTDS on Linux) and try again."));
    if (options.server.host.trimmed().isEmpty())
        return fail(tr("Enter the SQL Server host name."));
    const DriverFamily family = familyOf(driver);
    const SqlServerConnection &server = options.server;
    // FreeTDS 1.3 reads {braced} values but does not undo a doubled }}, so a value
    // that needs braces cannot contain }; one that needs none may.
    bool expressible = true;
    const auto value = [family, &expressible](const QString &text) -> QString {
        if (family != DriverFamily::FreeTds)
            return quote(text);
        const bool needsBraces = text.contains(QLatin1Char(';'))
            || text.startsWith(QLatin1Char('{')) || text.trimmed() != text;
        if (!needsBraces)
            return text;
        if (text.contains(QLatin1Char('}')))
            expressible = false;
        return QLatin1Char('{') + text + QLatin1Char('}');
    };
    QStringList parts;
    parts << QStringLiteral("Driver=") + quote(driver);
    const QString port = QString::number(server.port > 0 ? server.port : 1433);
    if (family == DriverFamily::FreeTds) {
        QString host = server.host;
        parts << QStringLiteral("Server=") + value(host) << QStringLiteral("Port=") + port
              << QStringLiteral("TDS_Version=7.4") << QStringLiteral("ClientCharset=UTF-8");
        switch (server.encryption) {
        case SqlEncryption::Mandatory: parts << QStringLiteral("Encryption=require"); break;
        case SqlEncryption::Optional: parts << QStringLiteral("Encryption=request"); break;
        case SqlEncryption::Strict:
            return fail(tr("Strict encryption (TDS 8) needs Microsoft ODBC Driver 18 for SQL "
                           "Server; FreeTDS cannot do it. Choose mandatory encryption or "
                           "install that driver."));
        }
        // FreeTDS has no switch to skip certificate validation in 1.3; it validates
        // only when a CA file is configured, so trusting is its default behaviour.
    } else {
        // Microsoft drivers: "tcp:host,port".
        parts << QStringLiteral("Server=")
                + quote(QStringLiteral("tcp:") + server.host + QLatin1Char(',') + port);
        switch (server.encryption) {
        case SqlEncryption::Mandatory: parts << QStringLiteral("Encrypt=yes"); break;
        case SqlEncryption::Optional: parts << QStringLiteral("Encrypt=no"); break;
        case SqlEncryption::Strict:
            if (family == DriverFamily::Microsoft17)
                return fail(tr("Strict encryption (TDS 8) needs Microsoft ODBC Driver 18 for "
                               "SQL Server; version 17 cannot do it."));
            parts << QStringLiteral("Encrypt=strict");
            break;
        }
        parts << (server.trustServerCertificate ? QStringLiteral("TrustServerCertificate=yes")
                                                : QStringLiteral("TrustServerCertificate=no"));
        parts << QStringLiteral("APP=") + quote(options.applicationName);
    }
    if (server.authentication == SqlAuthentication::Windows) {
        parts << QStringLiteral("Trusted_Connection=yes");
    } else {
        if (server.loginName.isEmpty())
            return fail(tr("Enter the SQL login to connect with."));
        parts << QStringLiteral("UID=") + value(server.loginName)
              << QStringLiteral("PWD=") + value(options.password);
    }
    if (!options.database.isEmpty())
        parts << QStringLiteral("Database=") + value(options.database);
    if (!expressible)
        return fail(tr("The FreeTDS driver cannot pass a login, password or database name that "
                       "contains both “}” and “;” (or starts with “{”). Use Microsoft ODBC "
                       "Driver 18 for SQL Server, or choose a value without “}”."));
    if (error)
        error->clear();
    // Always end with ';': FreeTDS 1.3 keeps the closing brace of a {braced} value
    // when it is the last one in the string (a braced password then fails to log in).
    return parts.join(QLatin1Char(';')) + QLatin1Char(';');
}

QString OdbcConnectionString::redacted(const QString &connectionString)
{
    static const QRegularExpression pwd(QStringLiteral("(PWD=)(\\{(?:[^}]|\\}\\})*\\}|[^;]*)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString out = connectionString;
    out.replace(pwd, QStringLiteral("\\1***"));
    return out;
}

} // namespace milink
