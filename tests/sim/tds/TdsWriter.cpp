#include "TdsWriter.h"

namespace milink::sim {

void TdsWriter::u16(quint16 value)
{
    u8(quint8(value & 0xff));
    u8(quint8(value >> 8));
}

void TdsWriter::u16be(quint16 value)
{
    u8(quint8(value >> 8));
    u8(quint8(value & 0xff));
}

void TdsWriter::u32(quint32 value)
{
    u16(quint16(value & 0xffff));
    u16(quint16(value >> 16));
}

void TdsWriter::u32be(quint32 value)
{
    u16be(quint16(value >> 16));
    u16be(quint16(value & 0xffff));
}

void TdsWriter::u64(quint64 value)
{
    u32(quint32(value & 0xffffffffu));
    u32(quint32(value >> 32));
}

QByteArray TdsWriter::toUcs2(const QString &value)
{
    QByteArray out;
    out.reserve(value.size() * 2);
    for (const QChar c : value) {
        out.append(static_cast<char>(c.unicode() & 0xff));
        out.append(static_cast<char>(c.unicode() >> 8));
    }
    return out;
}

void TdsWriter::ucs2(const QString &value)
{
    m_data.append(toUcs2(value));
}

void TdsWriter::bVarChar(const QString &value)
{
    const QString text = value.left(255);
    u8(quint8(text.size()));
    ucs2(text);
}

void TdsWriter::usVarChar(const QString &value)
{
    const QString text = value.left(0xffff);
    u16(quint16(text.size()));
    ucs2(text);
}

void TdsWriter::patchU16(int offset, quint16 value)
{
    m_data[offset] = static_cast<char>(value & 0xff);
    m_data[offset + 1] = static_cast<char>(value >> 8);
}

} // namespace milink::sim
