#include "TdsCollation.h"

#include <QStringList>

namespace milink::sim {

namespace {
constexpr quint32 IgnoreCase = 0x01;
constexpr quint32 IgnoreAccent = 0x02;
constexpr quint32 IgnoreKana = 0x04;
constexpr quint32 IgnoreWidth = 0x08;
constexpr quint32 Binary = 0x10;
constexpr quint32 Binary2 = 0x20;
constexpr quint32 Utf8 = 0x40;
constexpr quint32 Us_English = 0x0409;
} // namespace

QByteArray TdsCollation::bytesFor(const QString &collationName)
{
    const QString name
        = collationName.isEmpty() ? QStringLiteral("SQL_Latin1_General_CP1_CI_AS") : collationName;
    const QStringList parts = name.split(QLatin1Char('_'));
    quint32 flags = 0;
    quint32 version = 0;
    quint8 sortId = 0;
    // Kana and width are ignored unless the name says KS/WS, as in SQL Server.
    bool kanaSensitive = false;
    bool widthSensitive = false;
    for (const QString &part : parts) {
        const QString upper = part.toUpper();
        if (upper == QLatin1String("CI"))
            flags |= IgnoreCase;
        else if (upper == QLatin1String("AI"))
            flags |= IgnoreAccent;
        else if (upper == QLatin1String("KS"))
            kanaSensitive = true;
        else if (upper == QLatin1String("WS"))
            widthSensitive = true;
        else if (upper == QLatin1String("BIN"))
            flags |= Binary;
        else if (upper == QLatin1String("BIN2"))
            flags |= Binary2;
        else if (upper == QLatin1String("UTF8"))
            flags |= Utf8;
        else if (upper == QLatin1String("100"))
            version = 1;
        else if (upper == QLatin1String("140") || upper == QLatin1String("160"))
            version = 2;
    }
    if (!(flags & (Binary | Binary2))) {
        if (!kanaSensitive)
            flags |= IgnoreKana;
        if (!widthSensitive)
            flags |= IgnoreWidth;
    }
    if (flags & Utf8)
        version = qMax<quint32>(version, 2);
    if (name.startsWith(QLatin1String("SQL_Latin1_General_CP1_"), Qt::CaseInsensitive)) {
        // SQL collations carry a sort order id instead of flags for the comparison rules.
        if (name.endsWith(QLatin1String("_CI_AS"), Qt::CaseInsensitive))
            sortId = 52;
        else if (name.endsWith(QLatin1String("_CS_AS"), Qt::CaseInsensitive))
            sortId = 51;
        else if (name.endsWith(QLatin1String("_CI_AI"), Qt::CaseInsensitive))
            sortId = 54;
    }
    const quint32 info = Us_English | (flags << 20) | (version << 28);
    QByteArray out;
    out.append(static_cast<char>(info & 0xff));
    out.append(static_cast<char>((info >> 8) & 0xff));
    out.append(static_cast<char>((info >> 16) & 0xff));
    out.append(static_cast<char>((info >> 24) & 0xff));
    out.append(static_cast<char>(sortId));
    return out;
}

bool TdsCollation::isUtf8(const QByteArray &collationBytes)
{
    return collationBytes.size() == 5 && (quint8(collationBytes.at(3)) & 0x04);
}

QString TdsCollation::decode(const QByteArray &collationBytes, const QByteArray &data)
{
    if (isUtf8(collationBytes))
        return QString::fromUtf8(data);
    return QString::fromLatin1(data);
}

QByteArray TdsCollation::encode(const QByteArray &collationBytes, const QString &text)
{
    if (isUtf8(collationBytes))
        return text.toUtf8();
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.unicode() < 256 ? static_cast<char>(c.unicode()) : '?');
    return out;
}

} // namespace milink::sim
