#pragma once

#include <QByteArray>
#include <QString>

namespace milink::sim {

// Appends TDS primitives to a byte buffer. TDS payloads are little-endian except
// where a caller says otherwise (PRELOGIN table, LOGINACK version, packet header).
class TdsWriter
{
public:
    void u8(quint8 value) { m_data.append(static_cast<char>(value)); }
    void u16(quint16 value);
    void u16be(quint16 value);
    void u32(quint32 value);
    void u32be(quint32 value);
    void u64(quint64 value);
    void bytes(const QByteArray &value) { m_data.append(value); }
    // UCS-2LE without any length prefix.
    void ucs2(const QString &value);
    // B_VARCHAR: one-byte character count, then UCS-2LE (truncated to 255 characters).
    void bVarChar(const QString &value);
    // US_VARCHAR: two-byte character count, then UCS-2LE.
    void usVarChar(const QString &value);

    int size() const { return int(m_data.size()); }
    // Overwrites a little-endian 16-bit value written earlier (token lengths).
    void patchU16(int offset, quint16 value);
    const QByteArray &data() const { return m_data; }

    static QByteArray toUcs2(const QString &value);

private:
    QByteArray m_data;
};

} // namespace milink::sim
