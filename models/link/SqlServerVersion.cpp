#include "SqlServerVersion.h"

#include <QStringList>

#include <tuple>

namespace milink {

SqlServerVersion::SqlServerVersion(int major, int minor, int build, int revision)
    : m_major(major), m_minor(minor), m_build(build), m_revision(revision)
{
}

SqlServerVersion SqlServerVersion::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() < 3 || parts.size() > 4)
        return {};
    int numbers[4] = {0, 0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        numbers[i] = parts.at(i).toInt(&ok);
        if (!ok || numbers[i] < 0 || parts.at(i).isEmpty() || !parts.at(i).at(0).isDigit())
            return {};
    }
    if (numbers[0] <= 0)
        return {};
    return SqlServerVersion(numbers[0], numbers[1], numbers[2], numbers[3]);
}

int SqlServerVersion::productYear() const
{
    switch (m_major) {
    case 10: return 2008;
    case 11: return 2012;
    case 12: return 2014;
    case 13: return 2016;
    case 14: return 2017;
    case 15: return 2019;
    case 16: return 2022;
    case 17: return 2025;
    default: return 0;
    }
}

QString SqlServerVersion::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3.%4").arg(m_major).arg(m_minor).arg(m_build).arg(m_revision);
}

QString SqlServerVersion::displayName() const
{
    if (!isValid())
        return {};
    const int year = productYear();
    if (year == 0)
        return toString();
    return QStringLiteral("SQL Server %1 (%2)").arg(year).arg(toString());
}

bool operator==(const SqlServerVersion &a, const SqlServerVersion &b)
{
    return std::tie(a.m_major, a.m_minor, a.m_build, a.m_revision)
        == std::tie(b.m_major, b.m_minor, b.m_build, b.m_revision);
}

bool operator<(const SqlServerVersion &a, const SqlServerVersion &b)
{
    return std::tie(a.m_major, a.m_minor, a.m_build, a.m_revision)
        < std::tie(b.m_major, b.m_minor, b.m_build, b.m_revision);
}

} // namespace milink
