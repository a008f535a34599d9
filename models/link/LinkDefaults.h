#pragma once

#include <QString>
#include <QStringList>

namespace milink {

// SSMS-like default names for the objects of a link. Every result is a valid
// name for its kind (sysname length, characters the link rules accept).
namespace LinkDefaults {

// "Cert_<server>_endpoint"; the `\` of a named instance becomes `_`, because
// SQL Server refuses certificate names that contain a backslash.
QString certificateName(const QString &serverName);

// DAG / ARM link name "DAG_<db>", with characters outside the ARM name rule
// (^[#A-Za-z_][\w@#$]*$) replaced by `_`.
QString linkName(const QString &databaseName);
// "AG_<db>": the availability group on SQL Server.
QString availabilityGroupName(const QString &databaseName);
// "AG_<db>_MI": the availability group on the managed instance.
QString instanceAvailabilityGroupName(const QString &databaseName);

// `name`, or `name_2`, `name_3`, … so that it is not in `taken` (case-insensitive,
// like SQL Server's default collation), always within 128 characters.
QString unique(const QString &name, const QStringList &taken);

} // namespace LinkDefaults
} // namespace milink
