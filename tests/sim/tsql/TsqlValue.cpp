#include "TsqlValue.h"

#include <QUuid>

namespace milink::sim {

bool TsqlTypeInfo::isString() const
{
    return kind == TsqlKind::Char || kind == TsqlKind::VarChar || kind == TsqlKind::NChar
        || kind == TsqlKind::NVarChar;
}

bool TsqlTypeInfo::isUnicode() const
{
    return kind == TsqlKind::NChar || kind == TsqlKind::NVarChar;
}

bool TsqlTypeInfo::isBinary() const
{
    return kind == TsqlKind::Binary || kind == TsqlKind::VarBinary;
}

bool TsqlTypeInfo::isInteger() const
{
    return kind == TsqlKind::Bit || kind == TsqlKind::TinyInt || kind == TsqlKind::SmallInt
        || kind == TsqlKind::Int || kind == TsqlKind::BigInt;
}

bool TsqlTypeInfo::isNumber() const
{
    return isInteger() || kind == TsqlKind::Float || kind == TsqlKind::Numeric;
}

bool TsqlTypeInfo::isDateTime() const
{
    return kind == TsqlKind::Date || kind == TsqlKind::DateTime || kind == TsqlKind::DateTime2;
}

int TsqlTypeInfo::precedence() const
{
    switch (kind) {
    case TsqlKind::Variant: return 100;
    case TsqlKind::DateTime2: return 90;
    case TsqlKind::DateTime: return 89;
    case TsqlKind::Date: return 88;
    case TsqlKind::Float: return 80;
    case TsqlKind::Numeric: return 70;
    case TsqlKind::BigInt: return 64;
    case TsqlKind::Int: return 63;
    case TsqlKind::SmallInt: return 62;
    case TsqlKind::TinyInt: return 61;
    case TsqlKind::Bit: return 60;
    case TsqlKind::UniqueIdentifier: return 50;
    case TsqlKind::NVarChar: return 40;
    case TsqlKind::NChar: return 39;
    case TsqlKind::VarChar: return 38;
    case TsqlKind::Char: return 37;
    case TsqlKind::VarBinary: return 20;
    case TsqlKind::Binary: return 19;
    }
    return 0;
}

QString TsqlTypeInfo::name() const
{
    const auto sized = [this](const char *base) -> QString {
        return QLatin1String(base) + QLatin1Char('(')
            + (length < 0 ? QStringLiteral("max") : QString::number(length)) + QLatin1Char(')');
    };
    switch (kind) {
    case TsqlKind::Bit: return QStringLiteral("bit");
    case TsqlKind::TinyInt: return QStringLiteral("tinyint");
    case TsqlKind::SmallInt: return QStringLiteral("smallint");
    case TsqlKind::Int: return QStringLiteral("int");
    case TsqlKind::BigInt: return QStringLiteral("bigint");
    case TsqlKind::Float: return QStringLiteral("float");
    case TsqlKind::Numeric: return QStringLiteral("numeric(%1,%2)").arg(precision).arg(scale);
    case TsqlKind::Char: return sized("char");
    case TsqlKind::VarChar: return sized("varchar");
    case TsqlKind::NChar: return sized("nchar");
    case TsqlKind::NVarChar: return sized("nvarchar");
    case TsqlKind::Binary: return sized("binary");
    case TsqlKind::VarBinary: return sized("varbinary");
    case TsqlKind::Date: return QStringLiteral("date");
    case TsqlKind::DateTime: return QStringLiteral("datetime");
    case TsqlKind::DateTime2: return QStringLiteral("datetime2");
    case TsqlKind::UniqueIdentifier: return QStringLiteral("uniqueidentifier");
    case TsqlKind::Variant: return QStringLiteral("sql_variant");
    }
    return QString();
}

SqlColumn TsqlTypeInfo::toColumn(const QString &columnName) const
{
    SqlColumn column;
    column.name = columnName;
    column.length = length;
    switch (kind) {
    case TsqlKind::Bit: column.type = SqlType::Bit; break;
    case TsqlKind::TinyInt: column.type = SqlType::TinyInt; break;
    case TsqlKind::SmallInt: column.type = SqlType::SmallInt; break;
    case TsqlKind::Int: column.type = SqlType::Int; break;
    case TsqlKind::BigInt: column.type = SqlType::BigInt; break;
    case TsqlKind::Float: column.type = SqlType::Float; break;
    case TsqlKind::Numeric:
        column.type = SqlType::Numeric;
        column.precision = precision;
        column.scale = scale;
        break;
    case TsqlKind::Char:
    case TsqlKind::VarChar: column.type = SqlType::VarChar; break;
    case TsqlKind::NChar:
    case TsqlKind::NVarChar:
    case TsqlKind::Variant: column.type = SqlType::NVarChar; break;
    case TsqlKind::Binary:
    case TsqlKind::VarBinary: column.type = SqlType::VarBinary; break;
    case TsqlKind::Date:
    case TsqlKind::DateTime2:
        column.type = SqlType::DateTime2;
        column.scale = kind == TsqlKind::Date ? 0 : 7;
        break;
    case TsqlKind::DateTime: column.type = SqlType::DateTime; break;
    case TsqlKind::UniqueIdentifier: column.type = SqlType::UniqueIdentifier; break;
    }
    if (kind == TsqlKind::Variant)
        column.length = 4000;
    return column;
}

TsqlValue TsqlValue::integer(qint64 value, TsqlKind kind)
{
    return TsqlValue {TsqlTypeInfo::of(kind), QVariant(value)};
}

TsqlValue TsqlValue::bit(bool value)
{
    return TsqlValue {TsqlTypeInfo::of(TsqlKind::Bit), QVariant(qint64(value ? 1 : 0))};
}

TsqlValue TsqlValue::string(const QString &value, bool unicode, int length)
{
    return TsqlValue {TsqlTypeInfo::of(unicode ? TsqlKind::NVarChar : TsqlKind::VarChar, length),
                      QVariant(value)};
}

TsqlValue TsqlValue::binary(const QByteArray &value)
{
    return TsqlValue {TsqlTypeInfo::of(TsqlKind::VarBinary), QVariant(value)};
}

TsqlValue TsqlValue::dateTime(const QDateTime &value, TsqlKind kind)
{
    return TsqlValue {TsqlTypeInfo::of(kind), QVariant(value.toUTC())};
}

TsqlValue TsqlValue::numeric(const QString &decimalText, int precision, int scale)
{
    return TsqlValue {TsqlTypeInfo::of(TsqlKind::Numeric, -1, precision, scale),
                      QVariant(decimalText)};
}

TsqlValue TsqlValue::floating(double value)
{
    return TsqlValue {TsqlTypeInfo::of(TsqlKind::Float), QVariant(value)};
}

double TsqlValue::toDouble() const
{
    if (type.kind == TsqlKind::Numeric)
        return data.toString().toDouble();
    return data.toDouble();
}

QVariant TsqlValue::toWire() const
{
    if (isNull())
        return QVariant();
    switch (type.kind) {
    case TsqlKind::Bit: return QVariant(data.toLongLong() != 0);
    case TsqlKind::TinyInt:
    case TsqlKind::SmallInt:
    case TsqlKind::Int: return QVariant(static_cast<int>(data.toLongLong()));
    case TsqlKind::BigInt: return QVariant(data.toLongLong());
    case TsqlKind::Float: return QVariant(data.toDouble());
    case TsqlKind::Numeric:
    case TsqlKind::Char:
    case TsqlKind::VarChar:
    case TsqlKind::NChar:
    case TsqlKind::NVarChar: return QVariant(data.toString());
    case TsqlKind::Variant:
        return data.typeId() == QMetaType::QDateTime ? data : QVariant(data.toString());
    case TsqlKind::Binary:
    case TsqlKind::VarBinary: return QVariant(data.toByteArray());
    case TsqlKind::Date:
    case TsqlKind::DateTime:
    case TsqlKind::DateTime2: return QVariant(data.toDateTime());
    case TsqlKind::UniqueIdentifier: return QVariant(data.toUuid());
    }
    return data;
}

} // namespace milink::sim
