#pragma once

#include "TdsBackend.h"

#include <QByteArray>
#include <QVariant>

namespace milink::sim {

class TdsReader;
class TdsWriter;

// One TDS TYPE_INFO (the wire type of a column, parameter or return value) with the
// value codec for it. The simulator emits the nullable "N" types and BIG* strings
// (reference: tds.md §11) and reads every type its clients send as parameters.
struct TdsTypeInfo
{
    enum Code : quint8 {
        Null = 0x1F,
        Int1 = 0x30,
        Bit = 0x32,
        Int2 = 0x34,
        Int4 = 0x38,
        DateTim4 = 0x3A,
        Flt4 = 0x3B,
        Money = 0x3C,
        DateTime = 0x3D,
        Flt8 = 0x3E,
        Money4 = 0x7A,
        Int8 = 0x7F,
        Guid = 0x24,
        IntN = 0x26,
        Date = 0x28,
        Time = 0x29,
        DateTime2 = 0x2A,
        DateTimeOffset = 0x2B,
        BitN = 0x68,
        DecimalN = 0x6A,
        NumericN = 0x6C,
        FltN = 0x6D,
        MoneyN = 0x6E,
        DateTimeN = 0x6F,
        Image = 0x22,
        Text = 0x23,
        NText = 0x63,
        BigVarBinary = 0xA5,
        BigVarChar = 0xA7,
        BigBinary = 0xAD,
        BigChar = 0xAF,
        NVarChar = 0xE7,
        NChar = 0xEF,
    };

    quint8 code = NVarChar;
    quint32 maxLength = 0; // bytes; 0xFFFF for the (max) PLP types
    quint8 precision = 0;
    quint8 scale = 0;
    QByteArray collation; // 5 bytes for character types

    bool isPlp() const;
    TdsValueType valueType() const;
    // Declared length in characters/bytes as the engine expects (-1 = max).
    int declaredLength() const;

    // The wire type the simulator emits for an engine column/parameter.
    static TdsTypeInfo forColumn(const TdsColumn &column, const QByteArray &collation);

    void write(TdsWriter &out) const;
    void writeValue(TdsWriter &out, const QVariant &value) const;
    static TdsTypeInfo read(TdsReader &in);
    QVariant readValue(TdsReader &in) const;
};

} // namespace milink::sim
