#include "TdsReader.h"

namespace milink::sim {

bool TdsReader::take(int count)
{
    if (m_failed || count < 0 || m_pos + count > m_data.size()) {
        m_failed = true;
        return false;
    }
    return true;
}

quint8 TdsReader::u8()
{
    if (!take(1))
        return 0;
    return quint8(m_data.at(m_pos++));
}

quint16 TdsReader::u16()
{
    const quint16 low = u8();
    const quint16 high = u8();
    return quint16(low | (high << 8));
}

quint16 TdsReader::u16be()
{
    const quint16 high = u8();
    const quint16 low = u8();
    return quint16(low | (high << 8));
}

quint32 TdsReader::u32()
{
    const quint32 low = u16();
    const quint32 high = u16();
    return low | (high << 16);
}

quint64 TdsReader::u64()
{
    const quint64 low = u32();
    const quint64 high = u32();
    return low | (high << 32);
}

QByteArray TdsReader::bytes(int count)
{
    if (!take(count))
        return {};
    const QByteArray out = m_data.mid(m_pos, count);
    m_pos += count;
    return out;
}

QString TdsReader::fromUcs2(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size() / 2);
    for (int i = 0; i + 1 < bytes.size(); i += 2)
        out.append(QChar(ushort(quint8(bytes.at(i)) | (quint8(bytes.at(i + 1)) << 8))));
    return out;
}

QString TdsReader::ucs2(int characters)
{
    return fromUcs2(bytes(characters * 2));
}

void TdsReader::seek(int position)
{
    if (position < 0 || position > m_data.size()) {
        m_failed = true;
        return;
    }
    m_pos = position;
}

} // namespace milink::sim
