#include "TdsLogin7.h"

#include "TdsReader.h"

namespace milink::sim {

namespace {

QString field(const QByteArray &payload, int offset, int characters, bool *ok)
{
    if (characters == 0)
        return {};
    if (offset < 0 || offset + characters * 2 > payload.size()) {
        *ok = false;
        return {};
    }
    return TdsReader::fromUcs2(payload.mid(offset, characters * 2));
}

// LOGIN7 passwords are obfuscated: each byte had its nibbles swapped, then XOR 0xA5.
QString decodePassword(const QByteArray &payload, int offset, int characters, bool *ok)
{
    if (characters == 0)
        return {};
    if (offset < 0 || offset + characters * 2 > payload.size()) {
        *ok = false;
        return {};
    }
    QByteArray bytes = payload.mid(offset, characters * 2);
    for (char &b : bytes) {
        const quint8 x = quint8(b) ^ 0xA5;
        b = static_cast<char>(quint8((x << 4) | (x >> 4)));
    }
    QString password = TdsReader::fromUcs2(bytes);
    // QODBC sends the password with a trailing NUL (tds.md §3).
    while (password.endsWith(QChar(u'\0')))
        password.chop(1);
    return password;
}

} // namespace

bool TdsLogin7::parse(const QByteArray &payload, TdsLogin7 *login)
{
    if (payload.size() < 94)
        return false;
    TdsReader in(payload);
    in.u32(); // total length
    login->tdsVersion = in.u32();
    login->packetSize = in.u32();
    in.skip(4 + 4 + 4); // client program version, PID, connection id
    in.u8(); // OptionFlags1
    const quint8 optionFlags2 = in.u8();
    login->integratedSecurity = optionFlags2 & 0x80;
    in.u8(); // TypeFlags
    in.u8(); // OptionFlags3
    in.skip(8); // time zone, LCID
    struct Ref
    {
        int offset;
        int length;
    };
    Ref refs[9];
    for (Ref &ref : refs) {
        ref.offset = in.u16();
        ref.length = in.u16();
    }
    if (!in.ok())
        return false;
    bool ok = true;
    login->hostName = field(payload, refs[0].offset, refs[0].length, &ok);
    login->userName = field(payload, refs[1].offset, refs[1].length, &ok);
    login->password = decodePassword(payload, refs[2].offset, refs[2].length, &ok);
    login->appName = field(payload, refs[3].offset, refs[3].length, &ok);
    login->serverName = field(payload, refs[4].offset, refs[4].length, &ok);
    // refs[5] is the feature extension (UTF8_SUPPORT); nothing needs acknowledging.
    login->language = field(payload, refs[7].offset, refs[7].length, &ok);
    login->database = field(payload, refs[8].offset, refs[8].length, &ok);
    return ok;
}

} // namespace milink::sim
