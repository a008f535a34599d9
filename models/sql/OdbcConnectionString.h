#pragma once

#include "link/LinkDefinition.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace milink {

// What one ODBC connection needs beyond the link definition. The password lives
// only in memory for the life of the connection; it is never logged or saved.
struct SqlConnectionOptions
{
    SqlServerConnection server;
    QString password;
    QString database; // empty: the login's default database
    QString driver; // an installed ODBC driver name; empty: the best installed one
    int loginTimeoutSeconds = 15; // always set: FreeTDS has no default and hangs for minutes
    QString applicationName = QStringLiteral("milink");
};

// Builds ODBC connection strings per driver family. Microsoft ODBC Driver 18/17
// use Encrypt=yes|no|strict and TrustServerCertificate; FreeTDS ignores Encrypt=
// and wants Encryption=require|request|off plus TDS_Version (toolchain.md §5).
class OdbcConnectionString
{
public:
    enum class DriverFamily { Microsoft18, Microsoft17, FreeTds, Other };

    static DriverFamily familyOf(const QString &driverName);
    // The preferred driver among the installed ones: Microsoft 18, then 17, then
    // FreeTDS; empty when none of them is installed.
    static QString preferredDriver(const QStringList &installed);
    // Empty with *error set when the options cannot work with this driver (for
    // example strict encryption with FreeTDS).
    static QString build(const SqlConnectionOptions &options, const QString &driver,
                         QString *error = nullptr);
    // The same string with the password replaced, for logs.
    static QString redacted(const QString &connectionString);
    // ODBC value quoting: braces around values with ; { } or spaces at the ends, } doubled.
    static QString quote(const QString &value);
};

} // namespace milink

Q_DECLARE_METATYPE(milink::SqlConnectionOptions)
