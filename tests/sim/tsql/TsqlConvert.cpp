#include "TsqlConvert.h"

#include "TsqlError.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <functional>
#include <limits>

namespace milink::sim {

namespace {

TsqlError conversionFailed(const TsqlValue &value, const TsqlTypeInfo &target, int line)
{
    return TsqlError::batch(
        245,
        QStringLiteral("Conversion failed when converting the %1 value '%2' "
                       "to data type %3.")
            .arg(TsqlConvert::baseName(value.type), value.toText(), TsqlConvert::baseName(target)),
        line);
}

TsqlError overflow(const QString &from, const TsqlTypeInfo &target, int line)
{
    return TsqlError::batch(
        8115,
        QStringLiteral("Arithmetic overflow error converting %1 to data type %2.")
            .arg(from, TsqlConvert::baseName(target)),
        line);
}

TsqlError notAllowed(const TsqlTypeInfo &from, const TsqlTypeInfo &to, int line)
{
    return TsqlError::batch(
        529,
        QStringLiteral("Explicit conversion from data type %1 to %2 is not allowed.")
            .arg(TsqlConvert::baseName(from), TsqlConvert::baseName(to)),
        line);
}

qint64 integerMin(TsqlKind kind)
{
    switch (kind) {
    case TsqlKind::TinyInt: return 0;
    case TsqlKind::SmallInt: return -32768;
    case TsqlKind::Int: return std::numeric_limits<qint32>::min();
    default: return std::numeric_limits<qint64>::min();
    }
}

qint64 integerMax(TsqlKind kind)
{
    switch (kind) {
    case TsqlKind::TinyInt: return 255;
    case TsqlKind::SmallInt: return 32767;
    case TsqlKind::Int: return std::numeric_limits<qint32>::max();
    default: return std::numeric_limits<qint64>::max();
    }
}

// Splits a decimal text into sign, integer digits (no leading zeros) and fraction digits.
bool splitDecimal(const QString &input, bool *negative, QString *integral, QString *fraction)
{
    QString text = input.trimmed();
    *negative = false;
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'))) {
        *negative = text.at(0) == QLatin1Char('-');
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    *integral = dot < 0 ? text : text.left(dot);
    *fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (integral->isEmpty() && fraction->isEmpty())
        return false;
    for (const QChar c : QString(*integral + *fraction)) {
        if (!c.isDigit())
            return false;
    }
    while (integral->size() > 1 && integral->at(0) == QLatin1Char('0'))
        integral->remove(0, 1);
    if (integral->isEmpty())
        *integral = QStringLiteral("0");
    return true;
}

// Formats a decimal text with exactly `scale` fraction digits (rounding half away from zero).
std::optional<QString> normaliseDecimal(const QString &input, int precision, int scale)
{
    bool negative = false;
    QString integral, fraction;
    if (!splitDecimal(input, &negative, &integral, &fraction))
        return std::nullopt;
    bool roundUp = false;
    if (fraction.size() > scale) {
        roundUp = fraction.at(scale).digitValue() >= 5;
        fraction.truncate(scale);
    }
    while (fraction.size() < scale)
        fraction.append(QLatin1Char('0'));
    QString digits = integral + fraction;
    if (roundUp) {
        qsizetype i = digits.size() - 1;
        while (i >= 0) {
            const int d = digits.at(i).digitValue();
            if (d < 9) {
                digits[i] = QChar(QLatin1Char(static_cast<char>('0' + d + 1)));
                break;
            }
            digits[i] = QLatin1Char('0');
            --i;
        }
        if (i < 0)
            digits.prepend(QLatin1Char('1'));
    }
    QString intPart = digits.left(digits.size() - scale);
    while (intPart.size() > 1 && intPart.at(0) == QLatin1Char('0'))
        intPart.remove(0, 1);
    if (intPart.isEmpty())
        intPart = QStringLiteral("0");
    if (precision > 0 && intPart != QLatin1String("0") && intPart.size() > precision - scale)
        return std::nullopt;
    QString result = intPart;
    if (scale > 0)
        result += QLatin1Char('.') + digits.right(scale);
    const bool zero = !result.contains(QRegularExpression(QStringLiteral("[1-9]")));
    if (negative && !zero)
        result.prepend(QLatin1Char('-'));
    return result;
}

QString dateText(const QDateTime &utc, TsqlKind kind, int style)
{
    const QDateTime dt = utc.toUTC();
    const QDate d = dt.date();
    const QTime t = dt.time();
    const QLocale c = QLocale::c();
    switch (style) {
    case 1: return c.toString(d, QStringLiteral("MM/dd/yy"));
    case 101: return c.toString(d, QStringLiteral("MM/dd/yyyy"));
    case 3: return c.toString(d, QStringLiteral("dd/MM/yy"));
    case 103: return c.toString(d, QStringLiteral("dd/MM/yyyy"));
    case 104: return c.toString(d, QStringLiteral("dd.MM.yyyy"));
    case 112: return c.toString(d, QStringLiteral("yyyyMMdd"));
    case 23: return c.toString(d, QStringLiteral("yyyy-MM-dd"));
    case 108: return c.toString(t, QStringLiteral("HH:mm:ss"));
    case 20:
    case 120:
        if (kind == TsqlKind::Date)
            return c.toString(d, QStringLiteral("yyyy-MM-dd"));
        return c.toString(dt, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case 21:
    case 121:
        if (kind == TsqlKind::Date)
            return c.toString(d, QStringLiteral("yyyy-MM-dd"));
        if (kind == TsqlKind::DateTime2)
            return c.toString(dt, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                + QStringLiteral("0000");
        return c.toString(dt, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case 126:
    case 127:
        if (kind == TsqlKind::Date)
            return c.toString(d, QStringLiteral("yyyy-MM-dd"));
        return c.toString(dt, QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    default: break;
    }
    if (kind == TsqlKind::Date)
        return c.toString(d, QStringLiteral("yyyy-MM-dd"));
    if (kind == TsqlKind::DateTime2)
        return c.toString(dt, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QStringLiteral("0000");
    // Style 0 of datetime: "Nov 22 2026  9:05AM".
    QString hour = QString::number(t.hour() % 12 == 0 ? 12 : t.hour() % 12);
    return c.toString(d, QStringLiteral("MMM ")) + QStringLiteral("%1 ").arg(d.day(), 2)
        + QString::number(d.year()) + QLatin1Char(' ') + hour.rightJustified(2)
        + c.toString(t, QStringLiteral(":mm"))
        + (t.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
}

QString floatText(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

} // namespace

QString TsqlConvert::baseName(const TsqlTypeInfo &type)
{
    QString n = type.name();
    const qsizetype paren = n.indexOf(QLatin1Char('('));
    return paren < 0 ? n : n.left(paren);
}

std::optional<QDateTime> TsqlConvert::parseDateTime(const QString &input)
{
    const QString text = input.trimmed();
    const QLocale c = QLocale::c();
    static const char *const formats[] = {"yyyy-MM-dd",
                                          "yyyy-MM-dd HH:mm:ss",
                                          "yyyy-MM-dd HH:mm:ss.z",
                                          "yyyy-MM-dd HH:mm:ss.zzz",
                                          "yyyy-MM-ddTHH:mm:ss",
                                          "yyyy-MM-ddTHH:mm:ss.z",
                                          "yyyy-MM-ddTHH:mm:ss.zzz",
                                          "yyyy-MM-dd HH:mm",
                                          "yyyyMMdd",
                                          "yyyyMMdd HH:mm:ss",
                                          "MM/dd/yyyy",
                                          "M/d/yyyy",
                                          "MM/dd/yyyy HH:mm:ss",
                                          "M/d/yyyy H:mm:ss",
                                          "MM-dd-yyyy",
                                          "MMM d yyyy",
                                          "MMM d yyyy h:mmAP",
                                          "MMM d yyyy hh:mmAP",
                                          "yyyy-MM-ddTHH:mm:ssZ"};
    for (const char *format : formats) {
        QDateTime dt = c.toDateTime(text, QLatin1String(format));
        if (dt.isValid()) {
            dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    // datetime2 literals carry up to 7 fraction digits; QDateTime keeps milliseconds.
    const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && text.size() - dot > 4) {
        bool allDigits = true;
        for (const QChar ch : text.mid(dot + 1))
            allDigits = allDigits && ch.isDigit();
        if (allDigits)
            return parseDateTime(text.left(dot + 4));
    }
    return std::nullopt;
}

QString TsqlConvert::text(const TsqlValue &value)
{
    if (value.isNull())
        return QString();
    switch (value.type.kind) {
    case TsqlKind::Float: return floatText(value.data.toDouble());
    case TsqlKind::Binary:
    case TsqlKind::VarBinary: return QString::fromLatin1(value.data.toByteArray());
    case TsqlKind::Date:
    case TsqlKind::DateTime:
    case TsqlKind::DateTime2: return dateText(value.data.toDateTime(), value.type.kind, 0);
    case TsqlKind::UniqueIdentifier:
        return value.data.toUuid().toString(QUuid::WithoutBraces).toUpper();
    case TsqlKind::Variant:
        if (value.data.typeId() == QMetaType::QDateTime)
            return dateText(value.data.toDateTime(), TsqlKind::DateTime, 0);
        return value.data.toString();
    default: return value.data.toString();
    }
}

TsqlValue TsqlConvert::cast(const TsqlValue &value, const TsqlTypeInfo &target, int style, int line)
{
    TsqlTypeInfo resultType = target;
    if (target.kind == TsqlKind::Numeric && target.precision == 0) {
        resultType.precision = 18;
        resultType.scale = 0;
    }
    if (value.isNull())
        return TsqlValue::null(resultType);
    const TsqlTypeInfo &from = value.type;
    const TsqlKind to = target.kind;

    if (target.isString()) {
        QString result;
        if (from.isBinary() && (style == 1 || style == 2)) {
            result = QString::fromLatin1(value.data.toByteArray().toHex()).toUpper();
            if (style == 1)
                result.prepend(QStringLiteral("0x"));
        } else if (from.isDateTime()) {
            result = dateText(value.data.toDateTime(), from.kind, style);
        } else if (from.kind == TsqlKind::Float && (style == 1 || style == 2)) {
            result = QString::number(value.data.toDouble(), 'e', style == 1 ? 7 : 15);
        } else {
            result = text(value);
        }
        if (target.length >= 0 && result.size() > target.length) {
            if (from.isNumber() && !from.isBinary()) {
                // Numbers never get silently truncated; SQL Server returns '*' for short
                // varchar targets. Keep the behaviour visible.
                result = QStringLiteral("*");
            } else {
                result.truncate(target.length);
            }
        }
        if ((to == TsqlKind::Char || to == TsqlKind::NChar) && target.length > 0)
            result = result.leftJustified(target.length, QLatin1Char(' '));
        return TsqlValue {resultType, QVariant(result)};
    }

    if (target.isBinary()) {
        QByteArray bytes;
        if (from.isString()) {
            const QString s = value.toText();
            if (style == 1 || style == 2) {
                QString hex = s;
                if (style == 1) {
                    if (!hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
                        throw TsqlError::batch(
                            8114,
                            QStringLiteral("Error converting data type %1 to %2.")
                                .arg(baseName(from), baseName(target)),
                            line);
                    hex.remove(0, 2);
                }
                static const QRegularExpression hexOnly(QStringLiteral("^[0-9A-Fa-f]*$"));
                if (hex.size() % 2 != 0 || !hexOnly.match(hex).hasMatch())
                    throw TsqlError::batch(8114,
                                           QStringLiteral("Error converting data type %1 to %2.")
                                               .arg(baseName(from), baseName(target)),
                                           line);
                bytes = QByteArray::fromHex(hex.toLatin1());
            } else {
                bytes = from.isUnicode()
                    ? QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2)
                    : s.toLatin1();
            }
        } else if (from.isBinary()) {
            bytes = value.data.toByteArray();
        } else if (from.isInteger()) {
            const qint64 n = value.toInteger();
            const int size = from.kind == TsqlKind::BigInt ? 8
                : from.kind == TsqlKind::Int               ? 4
                : from.kind == TsqlKind::SmallInt          ? 2
                                                           : 1;
            for (int i = size - 1; i >= 0; --i)
                bytes.append(static_cast<char>((n >> (8 * i)) & 0xff));
        } else if (from.kind == TsqlKind::UniqueIdentifier) {
            bytes = value.data.toUuid().toRfc4122();
        } else {
            throw notAllowed(from, target, line);
        }
        if (target.length >= 0 && bytes.size() > target.length)
            bytes.truncate(target.length);
        if (to == TsqlKind::Binary && target.length > 0 && bytes.size() < target.length)
            bytes.append(QByteArray(target.length - bytes.size(), '\0'));
        return TsqlValue {resultType, QVariant(bytes)};
    }

    if (target.isInteger()) {
        qint64 n = 0;
        if (from.isInteger()) {
            n = value.toInteger();
        } else if (from.kind == TsqlKind::Float) {
            const double d = value.data.toDouble();
            if (d > 9.2e18 || d < -9.2e18)
                throw overflow(QStringLiteral("expression"), target, line);
            n = static_cast<qint64>(d);
        } else if (from.kind == TsqlKind::Numeric) {
            bool negative = false;
            QString integral, fraction;
            splitDecimal(value.toText(), &negative, &integral, &fraction);
            bool ok = false;
            n = integral.toLongLong(&ok);
            if (!ok)
                throw overflow(QStringLiteral("expression"), target, line);
            if (negative)
                n = -n;
        } else if (from.isString()) {
            const QString s = value.toText().trimmed();
            bool ok = false;
            if (to == TsqlKind::Bit && s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return TsqlValue::bit(true);
            if (to == TsqlKind::Bit && s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return TsqlValue::bit(false);
            n = s.isEmpty() ? 0 : s.toLongLong(&ok);
            if (!s.isEmpty() && !ok) {
                // Strings of digits beyond 64 bits overflow; anything else is not a number.
                static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]+$"));
                if (digits.match(s).hasMatch())
                    throw overflow(baseName(from) + QStringLiteral(" value '") + s
                                       + QLatin1Char('\''),
                                   target, line);
                throw conversionFailed(value, target, line);
            }
        } else if (from.isBinary()) {
            const QByteArray bytes = value.data.toByteArray();
            for (const char b : bytes)
                n = (n << 8) | static_cast<quint8>(b);
        } else {
            throw notAllowed(from, target, line);
        }
        if (to == TsqlKind::Bit)
            return TsqlValue::bit(n != 0);
        if (n < integerMin(to) || n > integerMax(to))
            throw overflow(from.isString() ? baseName(from) + QStringLiteral(" value '")
                                   + value.toText() + QLatin1Char('\'')
                                           : QStringLiteral("expression"),
                           target, line);
        return TsqlValue::integer(n, to);
    }

    if (to == TsqlKind::Float) {
        if (from.isNumber())
            return TsqlValue::floating(value.toDouble());
        if (from.isString()) {
            bool ok = false;
            const double d = value.toText().trimmed().toDouble(&ok);
            if (!ok)
                throw TsqlError::batch(
                    8114,
                    QStringLiteral("Error converting data type %1 to float.").arg(baseName(from)),
                    line);
            return TsqlValue::floating(d);
        }
        throw notAllowed(from, target, line);
    }

    if (to == TsqlKind::Numeric) {
        QString source;
        if (from.isInteger() || from.kind == TsqlKind::Numeric || from.isString())
            source = value.toText();
        else if (from.kind == TsqlKind::Float)
            source = QString::number(value.data.toDouble(), 'f', resultType.scale + 1);
        else
            throw notAllowed(from, target, line);
        const auto normalised = normaliseDecimal(source, resultType.precision, resultType.scale);
        if (!normalised) {
            bool negative = false;
            QString integral, fraction;
            if (!splitDecimal(source, &negative, &integral, &fraction))
                throw TsqlError::batch(
                    8114,
                    QStringLiteral("Error converting data type %1 to numeric.").arg(baseName(from)),
                    line);
            throw overflow(from.isString() ? baseName(from) : QStringLiteral("expression"), target,
                           line);
        }
        return TsqlValue {resultType, QVariant(*normalised)};
    }

    if (target.isDateTime()) {
        QDateTime dt;
        if (from.isDateTime()) {
            dt = value.data.toDateTime();
        } else if (from.isString()) {
            const auto parsed = parseDateTime(value.toText());
            if (!parsed)
                throw TsqlError::batch(
                    241,
                    QStringLiteral(
                        "Conversion failed when converting date and/or time from character "
                        "string."),
                    line);
            dt = *parsed;
        } else if (from.isInteger() && to == TsqlKind::DateTime) {
            dt = QDateTime(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc())
                     .addDays(value.toInteger());
        } else {
            throw notAllowed(from, target, line);
        }
        if (to == TsqlKind::Date)
            dt = QDateTime(dt.date(), QTime(0, 0), QTimeZone::utc());
        return TsqlValue {resultType, QVariant(dt.toUTC())};
    }

    if (to == TsqlKind::UniqueIdentifier) {
        if (from.kind == TsqlKind::UniqueIdentifier)
            return value;
        if (from.isString()) {
            const QUuid uuid = QUuid::fromString(value.toText().trimmed());
            if (uuid.isNull()
                && value.toText().trimmed()
                    != QLatin1String("00000000-0000-0000-0000-000000000000"))
                throw TsqlError::batch(8169,
                                       QStringLiteral("Conversion failed when converting from a "
                                                      "character string to uniqueidentifier."),
                                       line);
            return TsqlValue {resultType, QVariant(uuid)};
        }
        if (from.isBinary() && value.data.toByteArray().size() == 16)
            return TsqlValue {resultType, QVariant(QUuid::fromRfc4122(value.data.toByteArray()))};
        throw notAllowed(from, target, line);
    }

    if (to == TsqlKind::Variant)
        return TsqlValue {resultType, value.data};
    throw notAllowed(from, target, line);
}

TsqlTypeInfo TsqlConvert::common(const TsqlTypeInfo &a, const TsqlTypeInfo &b)
{
    // The NULL literal (int with precision -1) takes the other side's type.
    if (a.kind == TsqlKind::Int && a.precision == -1)
        return b;
    if (b.kind == TsqlKind::Int && b.precision == -1)
        return a;
    TsqlTypeInfo result = a.precedence() >= b.precedence() ? a : b;
    if (a.isString() && b.isString()) {
        result.kind = (a.isUnicode() || b.isUnicode()) ? TsqlKind::NVarChar : TsqlKind::VarChar;
        result.length = (a.length < 0 || b.length < 0) ? -1 : qMax(a.length, b.length);
    }
    if (result.kind == TsqlKind::Numeric && result.precision == 0) {
        result.precision = 38;
        result.scale = qMax(a.scale, b.scale);
    }
    return result;
}

int TsqlConvert::compareDecimal(const QString &a, const QString &b)
{
    bool negA = false, negB = false;
    QString intA, fracA, intB, fracB;
    splitDecimal(a, &negA, &intA, &fracA);
    splitDecimal(b, &negB, &intB, &fracB);
    while (fracA.endsWith(QLatin1Char('0')))
        fracA.chop(1);
    while (fracB.endsWith(QLatin1Char('0')))
        fracB.chop(1);
    const bool zeroA = intA == QLatin1String("0") && fracA.isEmpty();
    const bool zeroB = intB == QLatin1String("0") && fracB.isEmpty();
    if (zeroA)
        negA = false;
    if (zeroB)
        negB = false;
    if (negA != negB)
        return negA ? -1 : 1;
    int magnitude = 0;
    if (intA.size() != intB.size()) {
        magnitude = intA.size() < intB.size() ? -1 : 1;
    } else {
        const qsizetype width = qMax(fracA.size(), fracB.size());
        const QString da = intA + fracA.leftJustified(width, QLatin1Char('0'));
        const QString db = intB + fracB.leftJustified(width, QLatin1Char('0'));
        magnitude = da < db ? -1 : (da > db ? 1 : 0);
    }
    return negA ? -magnitude : magnitude;
}

std::optional<int> TsqlConvert::compare(const TsqlValue &a, const TsqlValue &b, int line)
{
    if (a.isNull() || b.isNull())
        return std::nullopt;
    const TsqlTypeInfo type = common(a.type, b.type);
    const TsqlValue x = cast(a, type, 0, line);
    const TsqlValue y = cast(b, type, 0, line);
    const auto sign = [](auto l, auto r) {
        return l < r ? -1 : (l > r ? 1 : 0);
    };
    if (type.isString()) {
        QString l = x.toText(), r = y.toText();
        while (l.endsWith(QLatin1Char(' ')))
            l.chop(1);
        while (r.endsWith(QLatin1Char(' ')))
            r.chop(1);
        const int c = l.compare(r, Qt::CaseInsensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (type.isInteger())
        return sign(x.toInteger(), y.toInteger());
    if (type.kind == TsqlKind::Float)
        return sign(x.toDouble(), y.toDouble());
    if (type.kind == TsqlKind::Numeric)
        return compareDecimal(x.toText(), y.toText());
    if (type.isDateTime())
        return sign(x.data.toDateTime(), y.data.toDateTime());
    if (type.isBinary())
        return sign(x.data.toByteArray(), y.data.toByteArray());
    if (type.kind == TsqlKind::UniqueIdentifier)
        return sign(x.data.toUuid().toString(), y.data.toUuid().toString());
    return sign(x.toText(), y.toText());
}

TsqlValue TsqlConvert::arithmetic(QChar op, const TsqlValue &a, const TsqlValue &b, int line)
{
    const char o = op.toLatin1();
    // String concatenation and binary concatenation.
    if (o == '+' && a.type.isString() && b.type.isString()) {
        const TsqlTypeInfo type = common(a.type, b.type);
        if (a.isNull() || b.isNull())
            return TsqlValue::null(type);
        TsqlTypeInfo result = type;
        result.length = -1;
        return TsqlValue {result, QVariant(a.toText() + b.toText())};
    }
    if (o == '+' && a.type.isBinary() && b.type.isBinary()) {
        if (a.isNull() || b.isNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::VarBinary));
        return TsqlValue::binary(a.data.toByteArray() + b.data.toByteArray());
    }
    if ((a.type.isBinary() || b.type.isBinary()) && !(a.type.isBinary() && b.type.isBinary()))
        throw TsqlError::statement(
            402,
            QStringLiteral("The data types %1 and %2 are incompatible in the %3 operator.")
                .arg(baseName(a.type), baseName(b.type),
                     o == '+'       ? QStringLiteral("add")
                         : o == '-' ? QStringLiteral("subtract")
                         : o == '*' ? QStringLiteral("multiply")
                         : o == '/' ? QStringLiteral("divide")
                                    : QStringLiteral("modulo")),
            line);
    TsqlTypeInfo type = common(a.type, b.type);
    if (type.isDateTime()) {
        // datetime ± number adds days.
        const TsqlValue &date = a.type.isDateTime() ? a : b;
        const TsqlValue &other = a.type.isDateTime() ? b : a;
        if (date.isNull() || other.isNull())
            return TsqlValue::null(type);
        if (other.type.isDateTime() || (o != '+' && o != '-'))
            throw TsqlError::statement(
                8117,
                QStringLiteral("Operand data type %1 is invalid for %2 operator.")
                    .arg(baseName(type),
                         o == '*' ? QStringLiteral("multiply") : QStringLiteral("divide")),
                line);
        const double days = cast(other, TsqlTypeInfo::of(TsqlKind::Float), 0, line).toDouble();
        const qint64 ms = static_cast<qint64>(days * 86400000.0) * (o == '-' ? -1 : 1);
        return TsqlValue {type, QVariant(date.data.toDateTime().addMSecs(ms))};
    }
    if (type.isString() || type.kind == TsqlKind::UniqueIdentifier) {
        throw TsqlError::statement(
            8117,
            QStringLiteral("Operand data type %1 is invalid for %2 operator.")
                .arg(baseName(type),
                     o == '-'       ? QStringLiteral("subtract")
                         : o == '*' ? QStringLiteral("multiply")
                         : o == '/' ? QStringLiteral("divide")
                                    : QStringLiteral("modulo")),
            line);
    }
    if (type.kind == TsqlKind::Bit)
        type.kind = TsqlKind::Int;
    if (a.isNull() || b.isNull())
        return TsqlValue::null(type);
    const TsqlValue x = cast(a, type, 0, line);
    const TsqlValue y = cast(b, type, 0, line);
    if (type.isInteger()) {
        const qint64 l = x.toInteger(), r = y.toInteger();
        qint64 result = 0;
        bool overflowed = false;
        switch (o) {
        case '+': overflowed = __builtin_add_overflow(l, r, &result); break;
        case '-': overflowed = __builtin_sub_overflow(l, r, &result); break;
        case '*': overflowed = __builtin_mul_overflow(l, r, &result); break;
        case '/':
        case '%':
            if (r == 0)
                throw TsqlError::batch(8134, QStringLiteral("Divide by zero error encountered."),
                                       line);
            result = o == '/' ? l / r : l % r;
            break;
        default: break;
        }
        if (overflowed || result < integerMin(type.kind) || result > integerMax(type.kind))
            throw overflow(QStringLiteral("expression"), type, line);
        return TsqlValue::integer(result, type.kind);
    }
    const double l = x.toDouble(), r = y.toDouble();
    double result = 0;
    switch (o) {
    case '+': result = l + r; break;
    case '-': result = l - r; break;
    case '*': result = l * r; break;
    case '/':
    case '%':
        if (r == 0)
            throw TsqlError::batch(8134, QStringLiteral("Divide by zero error encountered."), line);
        result = o == '/' ? l / r : std::fmod(l, r);
        break;
    default: break;
    }
    if (type.kind == TsqlKind::Float)
        return TsqlValue::floating(result);
    // numeric: keep an exact result for + and - of whole numbers (LSN arithmetic).
    if ((o == '+' || o == '-') && type.scale == 0) {
        bool okL = false, okR = false;
        const qint64 il = x.toText().toLongLong(&okL), ir = y.toText().toLongLong(&okR);
        qint64 exact = 0;
        if (okL && okR
            && !(o == '+' ? __builtin_add_overflow(il, ir, &exact)
                          : __builtin_sub_overflow(il, ir, &exact)))
            return TsqlValue {type, QVariant(QString::number(exact))};
    }
    int scale = type.scale;
    if (o == '/')
        scale = qMax(scale, 6);
    TsqlTypeInfo resultType = TsqlTypeInfo::of(TsqlKind::Numeric, -1, 38, scale);
    return TsqlValue {resultType,
                      QVariant(normaliseDecimal(QString::number(result, 'f', scale + 2), 38, scale)
                                   .value_or(QStringLiteral("0")))};
}

bool TsqlConvert::like(const QString &text, const QString &pattern, QChar escape)
{
    // Iterative matcher with backtracking on '%'; '[…]' sets and '[^…]' negations.
    std::function<bool(qsizetype, qsizetype)> match = [&](qsizetype t, qsizetype p) -> bool {
        while (p < pattern.size()) {
            const QChar pc = pattern.at(p);
            if (!escape.isNull() && pc == escape && p + 1 < pattern.size()) {
                if (t >= text.size()
                    || text.at(t).toCaseFolded() != pattern.at(p + 1).toCaseFolded())
                    return false;
                ++t;
                p += 2;
                continue;
            }
            if (pc == QLatin1Char('%')) {
                while (p < pattern.size() && pattern.at(p) == QLatin1Char('%'))
                    ++p;
                if (p == pattern.size())
                    return true;
                for (qsizetype k = t; k <= text.size(); ++k) {
                    if (match(k, p))
                        return true;
                }
                return false;
            }
            if (t >= text.size())
                return false;
            if (pc == QLatin1Char('_')) {
                ++t;
                ++p;
                continue;
            }
            if (pc == QLatin1Char('[')) {
                const qsizetype close = pattern.indexOf(QLatin1Char(']'), p + 1);
                if (close > p) {
                    QString set = pattern.mid(p + 1, close - p - 1);
                    bool negate = set.startsWith(QLatin1Char('^'));
                    if (negate)
                        set.remove(0, 1);
                    const QChar c = text.at(t).toCaseFolded();
                    bool found = false;
                    for (qsizetype i = 0; i < set.size(); ++i) {
                        if (i + 2 < set.size() && set.at(i + 1) == QLatin1Char('-')) {
                            if (c >= set.at(i).toCaseFolded() && c <= set.at(i + 2).toCaseFolded())
                                found = true;
                            i += 2;
                        } else if (set.at(i).toCaseFolded() == c) {
                            found = true;
                        }
                    }
                    if (found == negate)
                        return false;
                    ++t;
                    p = close + 1;
                    continue;
                }
            }
            if (text.at(t).toCaseFolded() != pc.toCaseFolded())
                return false;
            ++t;
            ++p;
        }
        // Trailing spaces of the text do not matter, as under SQL Server's padding rules.
        while (t < text.size() && text.at(t) == QLatin1Char(' '))
            ++t;
        return t == text.size();
    };
    return match(0, 0);
}

} // namespace milink::sim
