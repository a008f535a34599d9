#include "SimCertificateFactory.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace milink::sim {

namespace {

// Minimal DER writer: tag, definite length, content.
QByteArray tlv(quint8 tag, const QByteArray &content)
{
    QByteArray out;
    out.append(static_cast<char>(tag));
    const qsizetype length = content.size();
    if (length < 0x80) {
        out.append(static_cast<char>(length));
    } else {
        QByteArray digits;
        for (qsizetype rest = length; rest > 0; rest >>= 8)
            digits.prepend(static_cast<char>(rest & 0xff));
        out.append(static_cast<char>(0x80 | digits.size()));
        out.append(digits);
    }
    out.append(content);
    return out;
}

QByteArray sequence(const QByteArray &content)
{
    return tlv(0x30, content);
}
QByteArray set(const QByteArray &content)
{
    return tlv(0x31, content);
}

// A positive INTEGER from big-endian bytes (leading zero added when the top bit is set).
QByteArray integer(QByteArray bytes)
{
    while (bytes.size() > 1 && bytes.at(0) == 0 && (static_cast<quint8>(bytes.at(1)) & 0x80) == 0)
        bytes.remove(0, 1);
    if (bytes.isEmpty() || (static_cast<quint8>(bytes.at(0)) & 0x80))
        bytes.prepend('\0');
    return tlv(0x02, bytes);
}

QByteArray smallInteger(int value)
{
    QByteArray bytes;
    do {
        bytes.prepend(static_cast<char>(value & 0xff));
        value >>= 8;
    } while (value > 0);
    return integer(bytes);
}

QByteArray oid(std::initializer_list<quint32> arcs)
{
    QByteArray out;
    auto it = arcs.begin();
    const quint32 first = *it++;
    const quint32 second = *it++;
    out.append(static_cast<char>(first * 40 + second));
    for (; it != arcs.end(); ++it) {
        quint32 arc = *it;
        QByteArray chunk;
        chunk.prepend(static_cast<char>(arc & 0x7f));
        arc >>= 7;
        while (arc > 0) {
            chunk.prepend(static_cast<char>(0x80 | (arc & 0x7f)));
            arc >>= 7;
        }
        out.append(chunk);
    }
    return tlv(0x06, out);
}

QByteArray utf8String(const QString &text)
{
    return tlv(0x0c, text.toUtf8());
}

QByteArray time(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    // RFC 5280: UTCTime through 2049, GeneralizedTime from 2050.
    if (utc.date().year() < 2050)
        return tlv(0x17, utc.toString(QStringLiteral("yyMMddHHmmss")).toLatin1() + 'Z');
    return tlv(0x18, utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z');
}

QByteArray name(const QString &commonName, const QString &organization)
{
    QByteArray rdns;
    if (!organization.isEmpty())
        rdns += set(sequence(oid({2, 5, 4, 10}) + utf8String(organization)));
    rdns += set(sequence(oid({2, 5, 4, 3}) + utf8String(commonName)));
    return sequence(rdns);
}

QByteArray bitString(const QByteArray &bytes)
{
    return tlv(0x03, QByteArray(1, '\0') + bytes);
}

QByteArray randomBytes(QRandomGenerator &random, int count)
{
    QByteArray bytes(count, '\0');
    for (int i = 0; i < count; ++i)
        bytes[i] = static_cast<char>(random.bounded(256));
    return bytes;
}

} // namespace

QByteArray SimCertificateFactory::create(const Request &request)
{
    const QByteArray seedText = request.subjectCommonName.toUtf8() + '|'
        + request.notBefore.toString(Qt::ISODate).toLatin1() + '|'
        + QByteArray::number(request.seed);
    const QByteArray digest = QCryptographicHash::hash(seedText, QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | static_cast<quint8>(digest.at(i));
    QRandomGenerator random(seed);

    QByteArray serial = randomBytes(random, 16);
    serial[0] = static_cast<char>(static_cast<quint8>(serial.at(0)) & 0x7f);

    const QByteArray sha256WithRsa = sequence(oid({1, 2, 840, 113549, 1, 1, 11}) + tlv(0x05, {}));
    QByteArray modulus = randomBytes(random, 256);
    modulus[0] = static_cast<char>(static_cast<quint8>(modulus.at(0)) | 0x80); // full 2048 bits
    modulus[255] = static_cast<char>(static_cast<quint8>(modulus.at(255)) | 0x01); // odd
    const QByteArray rsaKey = sequence(integer(modulus) + smallInteger(65537));
    const QByteArray publicKeyInfo
        = sequence(sequence(oid({1, 2, 840, 113549, 1, 1, 1}) + tlv(0x05, {})) + bitString(rsaKey));

    const QString issuerCn
        = request.issuerCommonName.isEmpty() ? request.subjectCommonName : request.issuerCommonName;
    const QByteArray tbs
        = sequence(tlv(0xa0, smallInteger(2)) // version v3
                   + integer(serial) + sha256WithRsa + name(issuerCn, request.issuerOrganization)
                   + sequence(time(request.notBefore) + time(request.notAfter))
                   + name(request.subjectCommonName, QString()) + publicKeyInfo);
    return sequence(tbs + sha256WithRsa + bitString(randomBytes(random, 256)));
}

} // namespace milink::sim
