#include "TdsTypeInfo.h"

#include "TdsCollation.h"
#include "TdsReader.h"
#include "TdsWriter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>
#include <cstring>

namespace milink::sim {

namespace {

constexpr quint32 PlpMarker = 0xFFFF;
constexpr quint64 PlpNull = 0xFFFFFFFFFFFFFFFFull;

bool isNull(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

quint8 decimalLength(int precision)
{
    if (precision <= 9)
        return 5;
    if (precision <= 19)
        return 9;
    if (precision <= 28)
        return 13;
    return 17;
}

int timeLength(int scale)
{
    if (scale <= 2)
        return 3;
    if (scale <= 4)
        return 4;
    return 5;
}

qint64 daysSince(const QDate &base, const QDate &date)
{
    return date.toJulianDay() - base.toJulianDay();
}

void writeLittleEndian(TdsWriter &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.u8(quint8((value >> (8 * i)) & 0xff));
}

quint64 readLittleEndian(TdsReader &in, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value |= quint64(in.u8()) << (8 * i);
    return value;
}

// Decimal string → little-endian magnitude (base 256), digits already scaled.
QByteArray magnitudeFromDigits(const QString &digits, int bytes)
{
    QByteArray out(bytes, '\0');
    for (const QChar c : digits) {
        int carry = c.digitValue();
        for (int i = 0; i < bytes; ++i) {
            const int v = quint8(out.at(i)) * 10 + carry;
            out[i] = static_cast<char>(v & 0xff);
            carry = v >> 8;
        }
    }
    return out;
}

QString digitsFromMagnitude(QByteArray magnitude)
{
    QString digits;
    bool nonZero = true;
    while (nonZero) {
        int remainder = 0;
        nonZero = false;
        for (int i = int(magnitude.size()) - 1; i >= 0; --i) {
            const int v = remainder * 256 + quint8(magnitude.at(i));
            magnitude[i] = static_cast<char>(v / 10);
            remainder = v % 10;
            if (magnitude.at(i))
                nonZero = true;
        }
        digits.prepend(QChar(u'0' + remainder));
    }
    return digits;
}

QByteArray guidToWire(const QUuid &uuid)
{
    QByteArray rfc = uuid.toRfc4122();
    // SQL Server stores the first three groups little-endian.
    std::swap(rfc[0], rfc[3]);
    std::swap(rfc[1], rfc[2]);
    std::swap(rfc[4], rfc[5]);
    std::swap(rfc[6], rfc[7]);
    return rfc;
}

QUuid guidFromWire(QByteArray bytes)
{
    std::swap(bytes[0], bytes[3]);
    std::swap(bytes[1], bytes[2]);
    std::swap(bytes[4], bytes[5]);
    std::swap(bytes[6], bytes[7]);
    return QUuid::fromRfc4122(bytes);
}

QByteArray stringBytes(const TdsTypeInfo &type, const QVariant &value)
{
    if (type.code == TdsTypeInfo::BigVarBinary || type.code == TdsTypeInfo::BigBinary
        || type.code == TdsTypeInfo::Image)
        return value.toByteArray();
    if (type.code == TdsTypeInfo::NVarChar || type.code == TdsTypeInfo::NChar
        || type.code == TdsTypeInfo::NText)
        return TdsWriter::toUcs2(value.toString());
    return TdsCollation::encode(type.collation, value.toString());
}

QVariant stringValue(const TdsTypeInfo &type, const QByteArray &bytes)
{
    switch (type.code) {
    case TdsTypeInfo::BigVarBinary:
    case TdsTypeInfo::BigBinary:
    case TdsTypeInfo::Image: return bytes;
    case TdsTypeInfo::NVarChar:
    case TdsTypeInfo::NChar:
    case TdsTypeInfo::NText: return TdsReader::fromUcs2(bytes);
    default: return TdsCollation::decode(type.collation, bytes);
    }
}

QDateTime dateTimeFromParts(qint64 days, qint64 ticks300)
{
    const QDate date = QDate(1900, 1, 1).addDays(days);
    const qint64 ms = (ticks300 * 10 + 1) / 3;
    return QDateTime(date, QTime(0, 0).addMSecs(int(ms)), Qt::UTC);
}

} // namespace

bool TdsTypeInfo::isPlp() const
{
    return (code == NVarChar || code == BigVarChar || code == BigVarBinary)
        && maxLength == PlpMarker;
}

TdsValueType TdsTypeInfo::valueType() const
{
    switch (code) {
    case Bit:
    case BitN: return TdsValueType::Bit;
    case Int1: return TdsValueType::TinyInt;
    case Int2: return TdsValueType::SmallInt;
    case Int4: return TdsValueType::Int;
    case Int8: return TdsValueType::BigInt;
    case IntN:
        switch (maxLength) {
        case 1: return TdsValueType::TinyInt;
        case 2: return TdsValueType::SmallInt;
        case 8: return TdsValueType::BigInt;
        default: return TdsValueType::Int;
        }
    case Flt4:
    case Flt8:
    case FltN:
    case Money:
    case Money4:
    case MoneyN: return TdsValueType::Float;
    case DecimalN:
    case NumericN: return TdsValueType::Numeric;
    case BigVarChar:
    case BigChar:
    case Text: return TdsValueType::VarChar;
    case BigVarBinary:
    case BigBinary:
    case Image: return TdsValueType::VarBinary;
    case DateTime:
    case DateTim4:
    case DateTimeN: return TdsValueType::DateTime;
    case Date:
    case Time:
    case DateTime2:
    case DateTimeOffset: return TdsValueType::DateTime2;
    case Guid: return TdsValueType::UniqueIdentifier;
    default: return TdsValueType::NVarChar;
    }
}

int TdsTypeInfo::declaredLength() const
{
    switch (code) {
    case NVarChar:
    case NChar: return maxLength == PlpMarker ? -1 : int(maxLength / 2);
    case BigVarChar:
    case BigChar:
    case BigVarBinary:
    case BigBinary: return maxLength == PlpMarker ? -1 : int(maxLength);
    case Text:
    case NText:
    case Image: return -1;
    default: return int(maxLength);
    }
}

TdsTypeInfo TdsTypeInfo::forColumn(const TdsColumn &column, const QByteArray &collation)
{
    TdsTypeInfo t;
    switch (column.type) {
    case TdsValueType::Bit:
        t.code = BitN;
        t.maxLength = 1;
        break;
    case TdsValueType::TinyInt:
        t.code = IntN;
        t.maxLength = 1;
        break;
    case TdsValueType::SmallInt:
        t.code = IntN;
        t.maxLength = 2;
        break;
    case TdsValueType::Int:
        t.code = IntN;
        t.maxLength = 4;
        break;
    case TdsValueType::BigInt:
        t.code = IntN;
        t.maxLength = 8;
        break;
    case TdsValueType::Float:
        t.code = FltN;
        t.maxLength = 8;
        break;
    case TdsValueType::Numeric:
        t.code = DecimalN;
        t.precision = quint8(column.precision > 0 ? qMin(column.precision, 38) : 18);
        t.scale = quint8(qBound(0, column.scale, int(t.precision)));
        t.maxLength = decimalLength(t.precision);
        break;
    case TdsValueType::NVarChar:
        t.code = NVarChar;
        t.maxLength = column.length < 0 || column.length > 4000
            ? PlpMarker
            : quint32(qMax(1, column.length) * 2);
        t.collation = collation;
        break;
    case TdsValueType::VarChar:
        t.code = BigVarChar;
        t.maxLength = column.length < 0 || column.length > 8000 ? PlpMarker
                                                                : quint32(qMax(1, column.length));
        t.collation = collation;
        break;
    case TdsValueType::VarBinary:
        t.code = BigVarBinary;
        t.maxLength = column.length < 0 || column.length > 8000 ? PlpMarker
                                                                : quint32(qMax(1, column.length));
        break;
    case TdsValueType::DateTime:
        t.code = DateTimeN;
        t.maxLength = 8;
        break;
    case TdsValueType::DateTime2:
        t.code = DateTime2;
        t.scale = quint8(column.scale > 0 && column.scale <= 7 ? column.scale : 7);
        break;
    case TdsValueType::UniqueIdentifier:
        t.code = Guid;
        t.maxLength = 16;
        break;
    }
    return t;
}

void TdsTypeInfo::write(TdsWriter &out) const
{
    out.u8(code);
    switch (code) {
    case IntN:
    case BitN:
    case FltN:
    case MoneyN:
    case DateTimeN:
    case Guid: out.u8(quint8(maxLength)); break;
    case DecimalN:
    case NumericN:
        out.u8(quint8(maxLength));
        out.u8(precision);
        out.u8(scale);
        break;
    case Time:
    case DateTime2:
    case DateTimeOffset: out.u8(scale); break;
    case BigVarBinary:
    case BigBinary: out.u16(quint16(maxLength)); break;
    case BigVarChar:
    case BigChar:
    case NVarChar:
    case NChar:
        out.u16(quint16(maxLength));
        out.bytes(collation.size() == 5 ? collation : QByteArray(5, '\0'));
        break;
    case Text:
    case NText:
        out.u32(maxLength);
        out.bytes(collation.size() == 5 ? collation : QByteArray(5, '\0'));
        break;
    case Image: out.u32(maxLength); break;
    default: break; // fixed-length types carry no further information
    }
}

void TdsTypeInfo::writeValue(TdsWriter &out, const QVariant &value) const
{
    const bool null = isNull(value);
    switch (code) {
    case IntN:
        if (null) {
            out.u8(0);
        } else {
            out.u8(quint8(maxLength));
            writeLittleEndian(out, quint64(value.toLongLong()), int(maxLength));
        }
        return;
    case Int1: writeLittleEndian(out, quint64(value.toLongLong()), 1); return;
    case Int2: writeLittleEndian(out, quint64(value.toLongLong()), 2); return;
    case Int4: writeLittleEndian(out, quint64(value.toLongLong()), 4); return;
    case Int8: writeLittleEndian(out, quint64(value.toLongLong()), 8); return;
    case Bit: out.u8(value.toBool() ? 1 : 0); return;
    case BitN:
        if (null) {
            out.u8(0);
        } else {
            out.u8(1);
            out.u8(value.toBool() ? 1 : 0);
        }
        return;
    case Flt8:
    case FltN: {
        if (code == FltN && null) {
            out.u8(0);
            return;
        }
        if (code == FltN)
            out.u8(quint8(maxLength));
        if (maxLength == 4 && code == FltN) {
            const float f = value.toFloat();
            quint32 bits = 0;
            std::memcpy(&bits, &f, sizeof bits);
            out.u32(bits);
        } else {
            const double d = value.toDouble();
            quint64 bits = 0;
            std::memcpy(&bits, &d, sizeof bits);
            out.u64(bits);
        }
        return;
    }
    case DecimalN:
    case NumericN: {
        if (null) {
            out.u8(0);
            return;
        }
        QString text = value.typeId() == QMetaType::Double
            ? QString::number(value.toDouble(), 'f', scale)
            : value.toString().trimmed();
        bool negative = text.startsWith(QLatin1Char('-'));
        if (negative || text.startsWith(QLatin1Char('+')))
            text.remove(0, 1);
        const int dot = int(text.indexOf(QLatin1Char('.')));
        QString integerPart = dot < 0 ? text : text.left(dot);
        QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
        fraction = fraction.left(scale).leftJustified(scale, QLatin1Char('0'));
        QString digits = integerPart + fraction;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.isEmpty())
            digits = QStringLiteral("0");
        if (digits.count(QLatin1Char('0')) == digits.size())
            negative = false;
        out.u8(quint8(maxLength));
        out.u8(negative ? 0 : 1);
        out.bytes(magnitudeFromDigits(digits, int(maxLength) - 1));
        return;
    }
    case DateTime:
    case DateTimeN: {
        if (code == DateTimeN && null) {
            out.u8(0);
            return;
        }
        if (code == DateTimeN)
            out.u8(8);
        const QDateTime dt = value.toDateTime();
        const qint64 days = daysSince(QDate(1900, 1, 1), dt.date());
        const qint64 ms = dt.time().msecsSinceStartOfDay();
        out.u32(quint32(qint32(days)));
        out.u32(quint32((ms * 3 + 5) / 10));
        return;
    }
    case Date: {
        if (null) {
            out.u8(0);
            return;
        }
        out.u8(3);
        writeLittleEndian(out, quint64(daysSince(QDate(1, 1, 1), value.toDate())), 3);
        return;
    }
    case DateTime2: {
        if (null) {
            out.u8(0);
            return;
        }
        const QDateTime dt = value.toDateTime();
        const int timeBytes = timeLength(scale);
        out.u8(quint8(timeBytes + 3));
        // Time is in units of 10^-scale seconds since midnight.
        qint64 units = dt.time().msecsSinceStartOfDay();
        for (int s = 3; s < scale; ++s)
            units *= 10;
        for (int s = scale; s < 3; ++s)
            units /= 10;
        writeLittleEndian(out, quint64(units), timeBytes);
        writeLittleEndian(out, quint64(daysSince(QDate(1, 1, 1), dt.date())), 3);
        return;
    }
    case Guid:
        if (null) {
            out.u8(0);
        } else {
            out.u8(16);
            out.bytes(guidToWire(value.toUuid().isNull() ? QUuid::fromString(value.toString())
                                                         : value.toUuid()));
        }
        return;
    default: break;
    }

    if (isPlp()) {
        if (null) {
            out.u64(PlpNull);
            return;
        }
        const QByteArray bytes = stringBytes(*this, value);
        out.u64(quint64(bytes.size()));
        if (!bytes.isEmpty()) {
            out.u32(quint32(bytes.size()));
            out.bytes(bytes);
        }
        out.u32(0);
        return;
    }
    if (code == Text || code == NText || code == Image) {
        if (null) {
            out.u32(0xFFFFFFFFu);
            return;
        }
        const QByteArray bytes = stringBytes(*this, value);
        out.u32(quint32(bytes.size()));
        out.bytes(bytes);
        return;
    }
    if (null) {
        out.u16(0xFFFF);
        return;
    }
    QByteArray bytes = stringBytes(*this, value);
    if (bytes.size() > int(maxLength))
        bytes.truncate(int(maxLength));
    out.u16(quint16(bytes.size()));
    out.bytes(bytes);
}

TdsTypeInfo TdsTypeInfo::read(TdsReader &in)
{
    TdsTypeInfo t;
    t.code = in.u8();
    switch (t.code) {
    case Null: t.maxLength = 0; break;
    case Int1:
    case Bit: t.maxLength = 1; break;
    case Int2: t.maxLength = 2; break;
    case Int4:
    case DateTim4:
    case Flt4:
    case Money4: t.maxLength = 4; break;
    case Money:
    case DateTime:
    case Flt8:
    case Int8: t.maxLength = 8; break;
    case IntN:
    case BitN:
    case FltN:
    case MoneyN:
    case DateTimeN:
    case Guid: t.maxLength = in.u8(); break;
    case DecimalN:
    case NumericN:
        t.maxLength = in.u8();
        t.precision = in.u8();
        t.scale = in.u8();
        break;
    case Date: t.maxLength = 3; break;
    case Time:
    case DateTime2:
    case DateTimeOffset: t.scale = in.u8(); break;
    case BigVarBinary:
    case BigBinary: t.maxLength = in.u16(); break;
    case BigVarChar:
    case BigChar:
    case NVarChar:
    case NChar:
        t.maxLength = in.u16();
        t.collation = in.bytes(5);
        break;
    case Text:
    case NText:
        t.maxLength = in.u32();
        t.collation = in.bytes(5);
        break;
    case Image: t.maxLength = in.u32(); break;
    default:
        // An unknown type cannot be skipped safely: fail the whole request.
        in.seek(-1);
        break;
    }
    return t;
}

QVariant TdsTypeInfo::readValue(TdsReader &in) const
{
    switch (code) {
    case Null: return {};
    case Int1: return qlonglong(in.u8());
    case Int2: return qlonglong(qint16(in.u16()));
    case Int4: return qlonglong(qint32(in.u32()));
    case Int8: return qlonglong(in.u64());
    case Bit: return in.u8() != 0;
    case IntN: {
        const int length = in.u8();
        switch (length) {
        case 0: return {};
        case 1: return qlonglong(in.u8());
        case 2: return qlonglong(qint16(in.u16()));
        case 4: return qlonglong(qint32(in.u32()));
        case 8: return qlonglong(in.u64());
        default: in.seek(-1); return {};
        }
    }
    case BitN: {
        const int length = in.u8();
        if (length == 0)
            return {};
        return readLittleEndian(in, length) != 0;
    }
    case Flt4:
    case Flt8:
    case FltN: {
        const int length = code == FltN ? in.u8() : int(maxLength);
        if (length == 0)
            return {};
        if (length == 4) {
            const quint32 bits = in.u32();
            float f = 0;
            std::memcpy(&f, &bits, sizeof f);
            return double(f);
        }
        const quint64 bits = in.u64();
        double d = 0;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case Money:
    case Money4:
    case MoneyN: {
        const int length = code == MoneyN ? in.u8() : int(maxLength);
        if (length == 0)
            return {};
        if (length == 4)
            return double(qint32(in.u32())) / 10000.0;
        const quint64 high = in.u32();
        const quint64 low = in.u32();
        return double(qint64((high << 32) | low)) / 10000.0;
    }
    case DecimalN:
    case NumericN: {
        const int length = in.u8();
        if (length == 0)
            return {};
        const bool positive = in.u8() != 0;
        // The exact decimal text: numeric(25,0) LSNs do not fit 64 bits or a double.
        QString digits = digitsFromMagnitude(in.bytes(length - 1));
        const QString sign = positive || digits.count(QLatin1Char('0')) == digits.size()
            ? QString()
            : QStringLiteral("-");
        if (scale == 0)
            return QString(sign + digits);
        digits = digits.rightJustified(scale + 1, QLatin1Char('0'));
        return QString(sign + digits.left(digits.size() - scale) + QLatin1Char('.')
                       + digits.right(scale));
    }
    case DateTime:
    case DateTim4:
    case DateTimeN: {
        const int length = code == DateTimeN ? in.u8() : int(maxLength);
        if (length == 0)
            return {};
        if (length == 4) {
            const qint64 days = in.u16();
            const qint64 minutes = in.u16();
            return QDateTime(QDate(1900, 1, 1).addDays(days), QTime(0, 0).addSecs(minutes * 60),
                             Qt::UTC);
        }
        const qint64 days = qint32(in.u32());
        const qint64 ticks = in.u32();
        return dateTimeFromParts(days, ticks);
    }
    case Date: {
        const int length = in.u8();
        if (length == 0)
            return {};
        return QDate(1, 1, 1).addDays(qint64(readLittleEndian(in, 3)));
    }
    case Time:
    case DateTime2:
    case DateTimeOffset: {
        const int length = in.u8();
        if (length == 0)
            return {};
        const int timeBytes = timeLength(scale);
        qint64 units = qint64(readLittleEndian(in, timeBytes));
        for (int s = 3; s < scale; ++s)
            units /= 10;
        for (int s = scale; s < 3; ++s)
            units *= 10;
        const QTime time = QTime(0, 0).addMSecs(int(units));
        if (code == Time)
            return time;
        const QDate date = QDate(1, 1, 1).addDays(qint64(readLittleEndian(in, 3)));
        QDateTime dt(date, time, Qt::UTC);
        if (code == DateTimeOffset) {
            const qint16 offset = qint16(in.u16());
            dt = dt.toOffsetFromUtc(offset * 60);
        }
        return dt;
    }
    case Guid: {
        const int length = in.u8();
        if (length == 0)
            return {};
        return guidFromWire(in.bytes(16));
    }
    case Text:
    case NText:
    case Image: {
        // RPC parameters of these types carry a plain 4-byte length.
        const quint32 length = in.u32();
        if (length == 0xFFFFFFFFu)
            return {};
        return stringValue(*this, in.bytes(int(length)));
    }
    default: break;
    }

    if (isPlp()) {
        const quint64 total = in.u64();
        if (total == PlpNull)
            return {};
        QByteArray bytes;
        while (in.ok()) {
            const quint32 chunk = in.u32();
            if (chunk == 0)
                break;
            bytes.append(in.bytes(int(chunk)));
        }
        return stringValue(*this, bytes);
    }
    const quint16 length = in.u16();
    if (length == 0xFFFF)
        return {};
    return stringValue(*this, in.bytes(length));
}

} // namespace milink::sim
