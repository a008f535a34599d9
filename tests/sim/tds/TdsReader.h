#pragma once

#include <QByteArray>
#include <QString>

namespace milink::sim {

// Reads TDS primitives from a request payload. Reading past the end never crashes:
// it sets a sticky failure flag and returns zeros, so a parser checks ok() once at
// the end and answers a malformed request with a protocol error.
class TdsReader
{
public:
    explicit TdsReader(const QByteArray &data, int offset = 0) : m_data(data), m_pos(offset) { }

    quint8 u8();
    quint16 u16();
    quint16 u16be();
    quint32 u32();
    quint64 u64();
    QByteArray bytes(int count);
    // count characters of UCS-2LE.
    QString ucs2(int characters);
    QString bVarChar() { return ucs2(u8()); }
    QString usVarChar() { return ucs2(u16()); }
    void skip(int count) { bytes(count); }

    bool ok() const { return !m_failed; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    int position() const { return m_pos; }
    void seek(int position);
    int remaining() const { return int(m_data.size()) - m_pos; }

    static QString fromUcs2(const QByteArray &bytes);

private:
    bool take(int count);

    const QByteArray &m_data;
    int m_pos = 0;
    bool m_failed = false;
};

} // namespace milink::sim
