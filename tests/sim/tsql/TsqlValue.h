#pragma once

#include "TsqlTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace milink::sim {

// The engine's own type system: richer than the wire types (DATE, CHAR, sql_variant, sysname…)
// and mapped onto SqlType when a value leaves the engine.
enum class TsqlKind {
    Bit,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    Float,
    Numeric,
    Char,
    VarChar,
    NChar,
    NVarChar,
    Binary,
    VarBinary,
    Date,
    DateTime,
    DateTime2,
    UniqueIdentifier,
    Variant
};

struct TsqlTypeInfo
{
    TsqlKind kind = TsqlKind::Int;
    int length = -1; // characters or bytes, -1 = max
    int precision = 0;
    int scale = 0;

    static TsqlTypeInfo of(TsqlKind kind, int length = -1, int precision = 0, int scale = 0)
    {
        return TsqlTypeInfo {kind, length, precision, scale};
    }
    bool isString() const;
    bool isUnicode() const;
    bool isBinary() const;
    bool isInteger() const;
    bool isNumber() const; // integers, bit, float, numeric
    bool isDateTime() const;
    // Position in SQL Server's data type precedence: the higher one wins a conversion.
    int precedence() const;
    // "int", "nvarchar(max)", "numeric(25,0)": as error messages spell the type.
    QString name() const;
    SqlColumn toColumn(const QString &columnName) const;
};

// A typed value. Integers and bit are held as qint64, float as double, numeric as its exact
// decimal text, strings as QString, binary as QByteArray, dates as UTC QDateTime, GUIDs as
// QUuid. A NULL keeps its type.
struct TsqlValue
{
    TsqlTypeInfo type;
    QVariant data;

    bool isNull() const { return !data.isValid(); }

    static TsqlValue null(const TsqlTypeInfo &type) { return TsqlValue {type, QVariant()}; }
    static TsqlValue integer(qint64 value, TsqlKind kind = TsqlKind::Int);
    static TsqlValue bit(bool value);
    static TsqlValue string(const QString &value, bool unicode = true, int length = -1);
    static TsqlValue binary(const QByteArray &value);
    static TsqlValue dateTime(const QDateTime &value, TsqlKind kind = TsqlKind::DateTime);
    static TsqlValue numeric(const QString &decimalText, int precision = 18, int scale = 0);
    static TsqlValue floating(double value);

    qint64 toInteger() const { return data.toLongLong(); }
    double toDouble() const;
    QString toText() const { return data.toString(); }

    // The QVariant a result set row carries for this value (see TsqlTypes.h).
    QVariant toWire() const;
};

} // namespace milink::sim
