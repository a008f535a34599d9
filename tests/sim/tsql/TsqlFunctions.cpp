#include "TsqlFunctions.h"

#include "TsqlConvert.h"
#include "TsqlError.h"

#include <QSet>
#include <QUuid>

#include <cmath>

namespace milink::sim {

namespace {

const QSet<QString> &worldFunctions()
{
    static const QSet<QString> names = {QStringLiteral("SERVERPROPERTY"),
                                        QStringLiteral("DB_NAME"),
                                        QStringLiteral("DB_ID"),
                                        QStringLiteral("CERT_ID"),
                                        QStringLiteral("CERTENCODED"),
                                        QStringLiteral("CERTPRIVATEKEY"),
                                        QStringLiteral("DATABASEPROPERTYEX"),
                                        QStringLiteral("IS_SRVROLEMEMBER"),
                                        QStringLiteral("SUSER_NAME"),
                                        QStringLiteral("SUSER_SNAME"),
                                        QStringLiteral("SYSTEM_USER"),
                                        QStringLiteral("SESSION_USER"),
                                        QStringLiteral("CURRENT_USER"),
                                        QStringLiteral("USER"),
                                        QStringLiteral("USER_NAME"),
                                        QStringLiteral("HOST_NAME"),
                                        QStringLiteral("APP_NAME"),
                                        QStringLiteral("IS_MEMBER"),
                                        QStringLiteral("HAS_DBACCESS"),
                                        QStringLiteral("ERROR_NUMBER"),
                                        QStringLiteral("ERROR_MESSAGE"),
                                        QStringLiteral("ERROR_SEVERITY"),
                                        QStringLiteral("ERROR_STATE"),
                                        QStringLiteral("ERROR_LINE"),
                                        QStringLiteral("ERROR_PROCEDURE"),
                                        QStringLiteral("OBJECT_ID")};
    return names;
}

const QSet<QString> &pureFunctions()
{
    static const QSet<QString> names = {QStringLiteral("ISNULL"),
                                        QStringLiteral("COALESCE"),
                                        QStringLiteral("NULLIF"),
                                        QStringLiteral("IIF"),
                                        QStringLiteral("LEN"),
                                        QStringLiteral("DATALENGTH"),
                                        QStringLiteral("UPPER"),
                                        QStringLiteral("LOWER"),
                                        QStringLiteral("LTRIM"),
                                        QStringLiteral("RTRIM"),
                                        QStringLiteral("TRIM"),
                                        QStringLiteral("REPLACE"),
                                        QStringLiteral("SUBSTRING"),
                                        QStringLiteral("LEFT"),
                                        QStringLiteral("RIGHT"),
                                        QStringLiteral("CHARINDEX"),
                                        QStringLiteral("QUOTENAME"),
                                        QStringLiteral("CHAR"),
                                        QStringLiteral("NCHAR"),
                                        QStringLiteral("ASCII"),
                                        QStringLiteral("UNICODE"),
                                        QStringLiteral("CONCAT"),
                                        QStringLiteral("REPLICATE"),
                                        QStringLiteral("SPACE"),
                                        QStringLiteral("REVERSE"),
                                        QStringLiteral("STUFF"),
                                        QStringLiteral("GETDATE"),
                                        QStringLiteral("GETUTCDATE"),
                                        QStringLiteral("SYSDATETIME"),
                                        QStringLiteral("SYSUTCDATETIME"),
                                        QStringLiteral("CURRENT_TIMESTAMP"),
                                        QStringLiteral("DATEADD"),
                                        QStringLiteral("DATEDIFF"),
                                        QStringLiteral("DATEPART"),
                                        QStringLiteral("YEAR"),
                                        QStringLiteral("MONTH"),
                                        QStringLiteral("DAY"),
                                        QStringLiteral("NEWID"),
                                        QStringLiteral("ABS"),
                                        QStringLiteral("CEILING"),
                                        QStringLiteral("FLOOR"),
                                        QStringLiteral("ROUND"),
                                        QStringLiteral("SIGN"),
                                        QStringLiteral("POWER"),
                                        QStringLiteral("FORMATMESSAGE")};
    return names;
}

const QSet<QString> &aggregates()
{
    static const QSet<QString> names
        = {QStringLiteral("COUNT"), QStringLiteral("COUNT_BIG"), QStringLiteral("MAX"),
           QStringLiteral("MIN"),   QStringLiteral("SUM"),       QStringLiteral("AVG")};
    return names;
}

void requireArguments(const QString &name, const QList<TsqlValue> &args, int min, int max, int line)
{
    if (args.size() < min || args.size() > max)
        throw TsqlError::scope(174,
                               QStringLiteral("The %1 function requires %2 argument(s).")
                                   .arg(name.toLower(), QString::number(min == max ? min : max)),
                               line, 1, 15);
}

TsqlValue asString(const TsqlValue &value, int line)
{
    if (value.type.isString())
        return value;
    return TsqlConvert::cast(value, TsqlTypeInfo::of(TsqlKind::NVarChar), 0, line);
}

TsqlValue stringResult(const TsqlValue &model, const QString &text)
{
    TsqlTypeInfo type = model.type;
    if (!type.isString())
        type = TsqlTypeInfo::of(TsqlKind::NVarChar);
    if (type.kind == TsqlKind::Char)
        type.kind = TsqlKind::VarChar;
    if (type.kind == TsqlKind::NChar)
        type.kind = TsqlKind::NVarChar;
    return TsqlValue {type, QVariant(text)};
}

qint64 integerArg(const TsqlValue &value, int line)
{
    return TsqlConvert::cast(value, TsqlTypeInfo::of(TsqlKind::BigInt), 0, line).toInteger();
}

TsqlValue dateArg(const TsqlValue &value, int line)
{
    if (value.type.isDateTime())
        return value;
    return TsqlConvert::cast(value, TsqlTypeInfo::of(TsqlKind::DateTime), 0, line);
}

} // namespace

bool TsqlFunctions::isKnown(const QString &name)
{
    return pureFunctions().contains(name) || worldFunctions().contains(name)
        || aggregates().contains(name) || name == QLatin1String("CAST")
        || name == QLatin1String("CONVERT");
}

bool TsqlFunctions::isAggregate(const QString &name)
{
    return aggregates().contains(name);
}

QString TsqlFunctions::datePart(const QString &part)
{
    const QString p = part.toLower();
    if (p == QLatin1String("year") || p == QLatin1String("yy") || p == QLatin1String("yyyy"))
        return QStringLiteral("year");
    if (p == QLatin1String("quarter") || p == QLatin1String("qq") || p == QLatin1String("q"))
        return QStringLiteral("quarter");
    if (p == QLatin1String("month") || p == QLatin1String("mm") || p == QLatin1String("m"))
        return QStringLiteral("month");
    if (p == QLatin1String("dayofyear") || p == QLatin1String("dy") || p == QLatin1String("y")
        || p == QLatin1String("day") || p == QLatin1String("dd") || p == QLatin1String("d")
        || p == QLatin1String("weekday") || p == QLatin1String("dw") || p == QLatin1String("w"))
        return QStringLiteral("day");
    if (p == QLatin1String("week") || p == QLatin1String("wk") || p == QLatin1String("ww"))
        return QStringLiteral("week");
    if (p == QLatin1String("hour") || p == QLatin1String("hh"))
        return QStringLiteral("hour");
    if (p == QLatin1String("minute") || p == QLatin1String("mi") || p == QLatin1String("n"))
        return QStringLiteral("minute");
    if (p == QLatin1String("second") || p == QLatin1String("ss") || p == QLatin1String("s"))
        return QStringLiteral("second");
    if (p == QLatin1String("millisecond") || p == QLatin1String("ms"))
        return QStringLiteral("millisecond");
    return QString();
}

QString TsqlFunctions::formatMessage(const QString &format, const QList<TsqlValue> &args)
{
    QString out;
    int next = 0;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c != QLatin1Char('%')) {
            out.append(c);
            continue;
        }
        if (i + 1 < format.size() && format.at(i + 1) == QLatin1Char('%')) {
            out.append(QLatin1Char('%'));
            ++i;
            continue;
        }
        // %[flags][width][.precision][h|l]type
        qsizetype k = i + 1;
        QString flags;
        while (k < format.size() && QStringLiteral("-+ 0#").contains(format.at(k)))
            flags.append(format.at(k++));
        QString width;
        while (k < format.size() && (format.at(k).isDigit() || format.at(k) == QLatin1Char('*')))
            width.append(format.at(k++));
        QString precision;
        if (k < format.size() && format.at(k) == QLatin1Char('.')) {
            ++k;
            while (k < format.size() && format.at(k).isDigit())
                precision.append(format.at(k++));
        }
        while (k < format.size()
               && (format.at(k) == QLatin1Char('h') || format.at(k) == QLatin1Char('l')
                   || format.at(k) == QLatin1Char('I')))
            ++k;
        if (k >= format.size()) {
            out.append(format.mid(i));
            break;
        }
        const QChar type = format.at(k);
        QString piece;
        if (next >= args.size()) {
            piece = QStringLiteral("(null)");
        } else {
            const TsqlValue &value = args.at(next++);
            if (value.isNull()) {
                piece = QStringLiteral("(null)");
            } else if (type == QLatin1Char('d') || type == QLatin1Char('i')
                       || type == QLatin1Char('u')) {
                piece = QString::number(value.type.isString() ? value.toText().toLongLong()
                                                              : value.toInteger());
            } else if (type == QLatin1Char('x') || type == QLatin1Char('X')) {
                piece = QString::number(value.toInteger(), 16);
                if (type == QLatin1Char('X'))
                    piece = piece.toUpper();
            } else if (type == QLatin1Char('o')) {
                piece = QString::number(value.toInteger(), 8);
            } else {
                piece = TsqlConvert::text(value);
            }
        }
        if (!precision.isEmpty() && (type == QLatin1Char('s') || type == QLatin1Char('S')))
            piece.truncate(precision.toInt());
        const int w = width.toInt();
        if (piece.size() < w)
            piece = flags.contains(QLatin1Char('-')) ? piece.leftJustified(w)
                                                     : piece.rightJustified(w);
        out.append(piece);
        i = k;
    }
    return out;
}

std::optional<TsqlValue> TsqlFunctions::call(const QString &name, const QList<TsqlValue> &args,
                                             const QDateTime &nowUtc, int line)
{
    if (!pureFunctions().contains(name))
        return std::nullopt;
    const auto anyNull = [&args]() {
        for (const TsqlValue &v : args) {
            if (v.isNull())
                return true;
        }
        return false;
    };

    if (name == QLatin1String("ISNULL")) {
        requireArguments(name, args, 2, 2, line);
        if (!args.at(0).isNull())
            return args.at(0);
        return TsqlConvert::cast(args.at(1), args.at(0).type, 0, line);
    }
    if (name == QLatin1String("COALESCE")) {
        if (args.size() < 2)
            throw TsqlError::scope(189,
                                   QStringLiteral("The coalesce function requires 2 to 254 "
                                                  "arguments."),
                                   line, 1, 15);
        TsqlTypeInfo type = args.first().type;
        for (const TsqlValue &v : args)
            type = TsqlConvert::common(type, v.type);
        for (const TsqlValue &v : args) {
            if (!v.isNull())
                return TsqlConvert::cast(v, type, 0, line);
        }
        return TsqlValue::null(type);
    }
    if (name == QLatin1String("NULLIF")) {
        requireArguments(name, args, 2, 2, line);
        const auto c = TsqlConvert::compare(args.at(0), args.at(1), line);
        if (c && *c == 0)
            return TsqlValue::null(args.at(0).type);
        return args.at(0);
    }
    if (name == QLatin1String("IIF"))
        return std::nullopt; // handled by the interpreter: its first argument is a condition
    if (name == QLatin1String("LEN")) {
        requireArguments(name, args, 1, 1, line);
        if (args.at(0).isNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        QString text = asString(args.at(0), line).toText();
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return TsqlValue::integer(text.size());
    }
    if (name == QLatin1String("DATALENGTH")) {
        requireArguments(name, args, 1, 1, line);
        const TsqlValue &v = args.at(0);
        if (v.isNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        if (v.type.isBinary())
            return TsqlValue::integer(v.data.toByteArray().size());
        if (v.type.isUnicode())
            return TsqlValue::integer(v.toText().size() * 2);
        if (v.type.isString())
            return TsqlValue::integer(v.toText().size());
        switch (v.type.kind) {
        case TsqlKind::Bit:
        case TsqlKind::TinyInt: return TsqlValue::integer(1);
        case TsqlKind::SmallInt: return TsqlValue::integer(2);
        case TsqlKind::Int: return TsqlValue::integer(4);
        case TsqlKind::BigInt:
        case TsqlKind::Float:
        case TsqlKind::DateTime: return TsqlValue::integer(8);
        case TsqlKind::UniqueIdentifier: return TsqlValue::integer(16);
        default: return TsqlValue::integer(TsqlConvert::text(v).size());
        }
    }
    if (name == QLatin1String("UPPER") || name == QLatin1String("LOWER")
        || name == QLatin1String("LTRIM") || name == QLatin1String("RTRIM")
        || name == QLatin1String("TRIM") || name == QLatin1String("REVERSE")) {
        requireArguments(name, args, 1, 1, line);
        const TsqlValue s = asString(args.at(0), line);
        if (s.isNull())
            return TsqlValue::null(s.type);
        QString text = s.toText();
        if (name == QLatin1String("UPPER"))
            text = text.toUpper();
        else if (name == QLatin1String("LOWER"))
            text = text.toLower();
        else if (name == QLatin1String("REVERSE"))
            std::reverse(text.begin(), text.end());
        else {
            if (name != QLatin1String("RTRIM"))
                while (text.startsWith(QLatin1Char(' ')))
                    text.remove(0, 1);
            if (name != QLatin1String("LTRIM"))
                while (text.endsWith(QLatin1Char(' ')))
                    text.chop(1);
        }
        return stringResult(s, text);
    }
    if (name == QLatin1String("REPLACE")) {
        requireArguments(name, args, 3, 3, line);
        const TsqlValue s = asString(args.at(0), line);
        if (anyNull())
            return TsqlValue::null(s.type);
        const QString from = asString(args.at(1), line).toText();
        QString text = s.toText();
        if (!from.isEmpty())
            text.replace(from, asString(args.at(2), line).toText(), Qt::CaseInsensitive);
        TsqlValue result = stringResult(s, text);
        result.type.length = -1;
        return result;
    }
    if (name == QLatin1String("SUBSTRING") || name == QLatin1String("LEFT")
        || name == QLatin1String("RIGHT")) {
        const bool substring = name == QLatin1String("SUBSTRING");
        requireArguments(name, args, substring ? 3 : 2, substring ? 3 : 2, line);
        if (args.at(0).type.isBinary() && substring) {
            if (anyNull())
                return TsqlValue::null(args.at(0).type);
            const QByteArray bytes = args.at(0).data.toByteArray();
            const qint64 start = integerArg(args.at(1), line);
            const qint64 length = integerArg(args.at(2), line);
            const qint64 from = qMax<qint64>(start, 1) - 1;
            const qint64 to = qMax<qint64>(start + length - 1, 0);
            return TsqlValue::binary(bytes.mid(from, qMax<qint64>(0, to - from)));
        }
        const TsqlValue s = asString(args.at(0), line);
        if (anyNull())
            return TsqlValue::null(s.type);
        const QString text = s.toText();
        if (substring) {
            const qint64 start = integerArg(args.at(1), line);
            const qint64 length = integerArg(args.at(2), line);
            if (length < 0)
                throw TsqlError::statement(
                    537,
                    QStringLiteral("Invalid length parameter passed to the LEFT or SUBSTRING "
                                   "function."),
                    line);
            const qint64 from = qMax<qint64>(start, 1) - 1;
            const qint64 to = qMax<qint64>(start + length - 1, 0);
            return stringResult(s, text.mid(from, qMax<qint64>(0, to - from)));
        }
        const qint64 count = integerArg(args.at(1), line);
        if (count < 0)
            throw TsqlError::statement(
                536,
                QStringLiteral("Invalid length parameter passed to the %1 function.").arg(name),
                line);
        return stringResult(s,
                            name == QLatin1String("LEFT") ? text.left(count) : text.right(count));
    }
    if (name == QLatin1String("CHARINDEX")) {
        requireArguments(name, args, 2, 3, line);
        if (anyNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        const QString needle = asString(args.at(0), line).toText();
        const QString haystack = asString(args.at(1), line).toText();
        const qint64 start = args.size() > 2 ? qMax<qint64>(integerArg(args.at(2), line), 1) : 1;
        const qsizetype found = haystack.indexOf(needle, start - 1, Qt::CaseInsensitive);
        return TsqlValue::integer(found < 0 ? 0 : found + 1);
    }
    if (name == QLatin1String("QUOTENAME")) {
        requireArguments(name, args, 1, 2, line);
        if (anyNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar, 258));
        const QString text = asString(args.at(0), line).toText();
        QString quote = args.size() > 1 ? asString(args.at(1), line).toText() : QStringLiteral("[");
        if (text.size() > 128 || quote.size() != 1)
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar, 258));
        QChar open = quote.at(0), close = quote.at(0);
        if (open == QLatin1Char('[') || open == QLatin1Char(']')) {
            open = QLatin1Char('[');
            close = QLatin1Char(']');
        } else if (open == QLatin1Char('(') || open == QLatin1Char(')')) {
            open = QLatin1Char('(');
            close = QLatin1Char(')');
        } else if (open == QLatin1Char('<') || open == QLatin1Char('>')) {
            open = QLatin1Char('<');
            close = QLatin1Char('>');
        } else if (open == QLatin1Char('{') || open == QLatin1Char('}')) {
            open = QLatin1Char('{');
            close = QLatin1Char('}');
        } else if (open != QLatin1Char('\'') && open != QLatin1Char('"')
                   && open != QLatin1Char('`')) {
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar, 258));
        }
        QString escaped = text;
        escaped.replace(close, QString(close) + close);
        return TsqlValue::string(open + escaped + close, true, 258);
    }
    if (name == QLatin1String("CHAR") || name == QLatin1String("NCHAR")) {
        requireArguments(name, args, 1, 1, line);
        const bool unicode = name == QLatin1String("NCHAR");
        if (anyNull())
            return TsqlValue::null(TsqlTypeInfo::of(unicode ? TsqlKind::NChar : TsqlKind::Char, 1));
        const qint64 code = integerArg(args.at(0), line);
        if (code < 0 || code > (unicode ? 65535 : 255))
            return TsqlValue::null(TsqlTypeInfo::of(unicode ? TsqlKind::NChar : TsqlKind::Char, 1));
        const QChar ch = unicode ? QChar(static_cast<char16_t>(code))
                                 : QChar::fromLatin1(static_cast<char>(code));
        return TsqlValue {TsqlTypeInfo::of(unicode ? TsqlKind::NChar : TsqlKind::Char, 1),
                          QVariant(QString(ch))};
    }
    if (name == QLatin1String("ASCII") || name == QLatin1String("UNICODE")) {
        requireArguments(name, args, 1, 1, line);
        const TsqlValue s = asString(args.at(0), line);
        if (s.isNull() || s.toText().isEmpty())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        return TsqlValue::integer(s.toText().at(0).unicode());
    }
    if (name == QLatin1String("CONCAT")) {
        if (args.size() < 2)
            throw TsqlError::scope(189,
                                   QStringLiteral("The concat function requires 2 to 254 "
                                                  "arguments."),
                                   line, 1, 15);
        QString text;
        bool unicode = false;
        for (const TsqlValue &v : args) {
            unicode = unicode || v.type.isUnicode() || !v.type.isString();
            if (!v.isNull())
                text += asString(v, line).toText();
        }
        return TsqlValue::string(text, unicode);
    }
    if (name == QLatin1String("REPLICATE")) {
        requireArguments(name, args, 2, 2, line);
        const TsqlValue s = asString(args.at(0), line);
        if (anyNull())
            return TsqlValue::null(s.type);
        const qint64 count = integerArg(args.at(1), line);
        if (count < 0)
            return TsqlValue::null(s.type);
        return stringResult(s, s.toText().repeated(count));
    }
    if (name == QLatin1String("SPACE")) {
        requireArguments(name, args, 1, 1, line);
        if (anyNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::VarChar));
        return TsqlValue::string(
            QString(qMax<qint64>(0, integerArg(args.at(0), line)), QLatin1Char(' ')), false);
    }
    if (name == QLatin1String("STUFF")) {
        requireArguments(name, args, 4, 4, line);
        const TsqlValue s = asString(args.at(0), line);
        if (args.at(0).isNull() || args.at(1).isNull() || args.at(2).isNull())
            return TsqlValue::null(s.type);
        QString text = s.toText();
        const qint64 start = integerArg(args.at(1), line);
        const qint64 length = integerArg(args.at(2), line);
        if (start < 1 || start > text.size() || length < 0)
            return TsqlValue::null(s.type);
        text.replace(start - 1, length,
                     args.at(3).isNull() ? QString() : asString(args.at(3), line).toText());
        return stringResult(s, text);
    }
    if (name == QLatin1String("GETDATE") || name == QLatin1String("GETUTCDATE")
        || name == QLatin1String("CURRENT_TIMESTAMP")) {
        requireArguments(name, args, 0, 0, line);
        return TsqlValue::dateTime(nowUtc, TsqlKind::DateTime);
    }
    if (name == QLatin1String("SYSDATETIME") || name == QLatin1String("SYSUTCDATETIME")) {
        requireArguments(name, args, 0, 0, line);
        return TsqlValue::dateTime(nowUtc, TsqlKind::DateTime2);
    }
    if (name == QLatin1String("DATEADD")) {
        requireArguments(name, args, 3, 3, line);
        const QString part = datePart(args.at(0).toText());
        if (part.isEmpty())
            throw TsqlError::scope(
                155,
                QStringLiteral("'%1' is not a recognized dateadd option.").arg(args.at(0).toText()),
                line, 1, 15);
        const TsqlValue date = dateArg(args.at(2), line);
        if (args.at(1).isNull() || date.isNull())
            return TsqlValue::null(date.type);
        const qint64 n = integerArg(args.at(1), line);
        QDateTime dt = date.data.toDateTime();
        if (part == QLatin1String("year"))
            dt = dt.addYears(static_cast<int>(n));
        else if (part == QLatin1String("quarter"))
            dt = dt.addMonths(static_cast<int>(n * 3));
        else if (part == QLatin1String("month"))
            dt = dt.addMonths(static_cast<int>(n));
        else if (part == QLatin1String("week"))
            dt = dt.addDays(n * 7);
        else if (part == QLatin1String("day"))
            dt = dt.addDays(n);
        else if (part == QLatin1String("hour"))
            dt = dt.addSecs(n * 3600);
        else if (part == QLatin1String("minute"))
            dt = dt.addSecs(n * 60);
        else if (part == QLatin1String("second"))
            dt = dt.addSecs(n);
        else
            dt = dt.addMSecs(n);
        return TsqlValue {date.type, QVariant(dt)};
    }
    if (name == QLatin1String("DATEDIFF")) {
        requireArguments(name, args, 3, 3, line);
        const QString part = datePart(args.at(0).toText());
        if (part.isEmpty())
            throw TsqlError::scope(155,
                                   QStringLiteral("'%1' is not a recognized datediff option.")
                                       .arg(args.at(0).toText()),
                                   line, 1, 15);
        const TsqlValue a = dateArg(args.at(1), line);
        const TsqlValue b = dateArg(args.at(2), line);
        if (a.isNull() || b.isNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        const QDateTime x = a.data.toDateTime(), y = b.data.toDateTime();
        qint64 result = 0;
        // DATEDIFF counts boundaries crossed, not elapsed units.
        if (part == QLatin1String("year"))
            result = y.date().year() - x.date().year();
        else if (part == QLatin1String("quarter"))
            result = (y.date().year() * 4 + (y.date().month() - 1) / 3)
                - (x.date().year() * 4 + (x.date().month() - 1) / 3);
        else if (part == QLatin1String("month"))
            result = (y.date().year() * 12 + y.date().month())
                - (x.date().year() * 12 + x.date().month());
        else if (part == QLatin1String("day"))
            result = x.date().daysTo(y.date());
        else if (part == QLatin1String("week"))
            result = x.date().daysTo(y.date()) / 7;
        else if (part == QLatin1String("hour"))
            result = x.date().daysTo(y.date()) * 24 + y.time().hour() - x.time().hour();
        else if (part == QLatin1String("minute"))
            result = (x.date().daysTo(y.date()) * 24 + y.time().hour() - x.time().hour()) * 60
                + y.time().minute() - x.time().minute();
        else if (part == QLatin1String("second"))
            result = x.secsTo(y);
        else
            result = x.msecsTo(y);
        return TsqlValue::integer(result);
    }
    if (name == QLatin1String("DATEPART") || name == QLatin1String("YEAR")
        || name == QLatin1String("MONTH") || name == QLatin1String("DAY")) {
        const bool datepart = name == QLatin1String("DATEPART");
        requireArguments(name, args, datepart ? 2 : 1, datepart ? 2 : 1, line);
        const QString part = datepart ? datePart(args.at(0).toText()) : name.toLower();
        const TsqlValue date = dateArg(args.at(datepart ? 1 : 0), line);
        if (date.isNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        const QDateTime dt = date.data.toDateTime();
        if (part == QLatin1String("year"))
            return TsqlValue::integer(dt.date().year());
        if (part == QLatin1String("month"))
            return TsqlValue::integer(dt.date().month());
        if (part == QLatin1String("day"))
            return TsqlValue::integer(dt.date().day());
        if (part == QLatin1String("hour"))
            return TsqlValue::integer(dt.time().hour());
        if (part == QLatin1String("minute"))
            return TsqlValue::integer(dt.time().minute());
        if (part == QLatin1String("second"))
            return TsqlValue::integer(dt.time().second());
        if (part == QLatin1String("quarter"))
            return TsqlValue::integer((dt.date().month() - 1) / 3 + 1);
        return TsqlValue::integer(dt.time().msec());
    }
    if (name == QLatin1String("NEWID")) {
        requireArguments(name, args, 0, 0, line);
        return TsqlValue {TsqlTypeInfo::of(TsqlKind::UniqueIdentifier),
                          QVariant(QUuid::createUuid())};
    }
    if (name == QLatin1String("ABS") || name == QLatin1String("CEILING")
        || name == QLatin1String("FLOOR") || name == QLatin1String("SIGN")) {
        requireArguments(name, args, 1, 1, line);
        const TsqlValue &v = args.at(0);
        if (v.isNull())
            return v;
        if (v.type.isInteger()) {
            const qint64 n = v.toInteger();
            if (name == QLatin1String("ABS"))
                return TsqlValue::integer(n < 0 ? -n : n, v.type.kind);
            if (name == QLatin1String("SIGN"))
                return TsqlValue::integer(n < 0 ? -1 : (n > 0 ? 1 : 0), v.type.kind);
            return v;
        }
        const double d
            = TsqlConvert::cast(v, TsqlTypeInfo::of(TsqlKind::Float), 0, line).toDouble();
        double r = d;
        if (name == QLatin1String("ABS"))
            r = std::fabs(d);
        else if (name == QLatin1String("CEILING"))
            r = std::ceil(d);
        else if (name == QLatin1String("FLOOR"))
            r = std::floor(d);
        else
            r = d < 0 ? -1 : (d > 0 ? 1 : 0);
        return TsqlConvert::cast(TsqlValue::floating(r), v.type, 0, line);
    }
    if (name == QLatin1String("ROUND")) {
        requireArguments(name, args, 2, 3, line);
        if (anyNull())
            return TsqlValue::null(args.at(0).type);
        const double d
            = TsqlConvert::cast(args.at(0), TsqlTypeInfo::of(TsqlKind::Float), 0, line).toDouble();
        const double factor = std::pow(10.0, static_cast<double>(integerArg(args.at(1), line)));
        return TsqlConvert::cast(TsqlValue::floating(std::round(d * factor) / factor),
                                 args.at(0).type, 0, line);
    }
    if (name == QLatin1String("POWER")) {
        requireArguments(name, args, 2, 2, line);
        if (anyNull())
            return TsqlValue::null(args.at(0).type);
        const double base
            = TsqlConvert::cast(args.at(0), TsqlTypeInfo::of(TsqlKind::Float), 0, line).toDouble();
        const double exponent
            = TsqlConvert::cast(args.at(1), TsqlTypeInfo::of(TsqlKind::Float), 0, line).toDouble();
        return TsqlConvert::cast(TsqlValue::floating(std::pow(base, exponent)), args.at(0).type, 0,
                                 line);
    }
    if (name == QLatin1String("FORMATMESSAGE")) {
        if (args.isEmpty() || args.at(0).isNull())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar, 2048));
        return TsqlValue::string(formatMessage(asString(args.at(0), line).toText(), args.mid(1)),
                                 true, 2048);
    }
    return std::nullopt;
}

} // namespace milink::sim
