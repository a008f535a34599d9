#include "TarWriter.h"

#include <cstring>

namespace milink {

namespace {

constexpr int kBlock = 512;

// Octal digits, zero-padded to `width - 1`, NUL-terminated, as ustar's numeric fields.
void putOctal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

} // namespace

bool TarWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    const QByteArray path = name.toUtf8();
    if (path.isEmpty() || path.startsWith('/') || path.contains("..") || path.size() > 255)
        return false;
    QByteArray prefix;
    QByteArray base = path;
    if (path.size() > 100) {
        // Split at a '/' so that the prefix has at most 155 bytes and the name 100.
        const int slash = int(path.lastIndexOf('/', 155));
        if (slash <= 0 || path.size() - slash - 1 > 100)
            return false;
        prefix = path.left(slash);
        base = path.mid(slash + 1);
    }
    char header[kBlock];
    std::memset(header, 0, sizeof header);
    std::memcpy(header, base.constData(), size_t(base.size()));
    putOctal(header + 100, 8, 0644);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    putOctal(header + 124, 12, data.size());
    putOctal(header + 136, 12, modified.toSecsSinceEpoch());
    header[156] = '0'; // regular file
    std::memcpy(header + 257, "ustar", 6); // magic with its NUL
    std::memcpy(header + 263, "00", 2);
    std::memcpy(header + 265, "milink", 6);
    std::memcpy(header + 297, "milink", 6);
    std::memcpy(header + 345, prefix.constData(), size_t(prefix.size()));
    // The checksum counts its own field as eight spaces.
    std::memset(header + 148, ' ', 8);
    unsigned int sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, checksum.constData(), 6);
    header[154] = '\0';
    header[155] = ' ';

    m_data.append(header, kBlock);
    m_data.append(data);
    const int padding = (kBlock - int(data.size() % kBlock)) % kBlock;
    m_data.append(QByteArray(padding, '\0'));
    return true;
}

QByteArray TarWriter::finish() const
{
    return m_data + QByteArray(2 * kBlock, '\0');
}

} // namespace milink
