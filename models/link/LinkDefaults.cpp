#include "LinkDefaults.h"

namespace milink::LinkDefaults {

namespace {

constexpr int kSysnameLength = 128;

// Fits `prefix + core + suffix` into a sysname by shortening the core, which is
// the only part that comes from the user.
QString compose(const QString &prefix, const QString &core, const QString &suffix)
{
    const int room = kSysnameLength - prefix.size() - suffix.size();
    return prefix + core.left(room) + suffix;
}

// Characters the ARM link name accepts after the first one: letters, digits and _ @ # $.
QString armSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const bool ok = ch.isLetterOrNumber() || ch == QLatin1Char('_') || ch == QLatin1Char('@')
            || ch == QLatin1Char('#') || ch == QLatin1Char('$');
        out += ok ? ch : QLatin1Char('_');
    }
    return out;
}

QString withoutControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text)
        out += ch.category() == QChar::Other_Control ? QLatin1Char('_') : ch;
    return out;
}

} // namespace

QString certificateName(const QString &serverName)
{
    QString server = withoutControlCharacters(serverName);
    server.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return compose(QStringLiteral("Cert_"), server, QStringLiteral("_endpoint"));
}

QString linkName(const QString &databaseName)
{
    return compose(QStringLiteral("DAG_"), armSafe(databaseName), QString());
}

QString availabilityGroupName(const QString &databaseName)
{
    return compose(QStringLiteral("AG_"), withoutControlCharacters(databaseName), QString());
}

QString instanceAvailabilityGroupName(const QString &databaseName)
{
    return compose(QStringLiteral("AG_"), withoutControlCharacters(databaseName),
                   QStringLiteral("_MI"));
}

QString unique(const QString &name, const QStringList &taken)
{
    if (!taken.contains(name, Qt::CaseInsensitive))
        return name;
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        const QString candidate = name.left(kSysnameLength - suffix.size()) + suffix;
        if (!taken.contains(candidate, Qt::CaseInsensitive))
            return candidate;
    }
}

} // namespace milink::LinkDefaults
