#pragma once

#include <QString>

namespace milink {

// A SQL Server build number as SERVERPROPERTY('ProductVersion') reports it
// ("16.0.4125.3"). Value type; comparisons are numeric, part by part.
class SqlServerVersion
{
public:
    SqlServerVersion() = default;
    SqlServerVersion(int major, int minor, int build, int revision);

    // Accepts "major.minor.build[.revision]"; anything else gives an invalid version.
    static SqlServerVersion parse(const QString &text);

    bool isValid() const { return m_major > 0; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int build() const { return m_build; }
    int revision() const { return m_revision; }

    // The marketing year for a major version (13 → 2016 … 17 → 2025), 0 when unknown.
    int productYear() const;
    // "SQL Server 2022 (16.0.4125.3)", or the bare number when the major is unknown.
    QString displayName() const;
    QString toString() const;

    friend bool operator==(const SqlServerVersion &a, const SqlServerVersion &b);
    friend bool operator!=(const SqlServerVersion &a, const SqlServerVersion &b)
    {
        return !(a == b);
    }
    friend bool operator<(const SqlServerVersion &a, const SqlServerVersion &b);
    friend bool operator>=(const SqlServerVersion &a, const SqlServerVersion &b)
    {
        return !(a < b);
    }

private:
    int m_major = 0;
    int m_minor = 0;
    int m_build = 0;
    int m_revision = 0;
};

} // namespace milink
