#pragma once

#include <QByteArray>
#include <QString>

namespace milink::sim {

// The five collation bytes TDS carries in ENVCHANGE and in string TYPE_INFO,
// derived from a collation name such as SQL_Latin1_General_CP1_CI_AS or
// Latin1_General_100_CI_AS_SC_UTF8. FreeTDS converts VARCHAR parameters to the
// code page these bytes name, so they decide how non-ASCII text travels.
class TdsCollation
{
public:
    static QByteArray bytesFor(const QString &collationName);
    static bool isUtf8(const QByteArray &collationBytes);
    // VARCHAR bytes of this collation → text, and back (UTF-8 or Latin-1).
    static QString decode(const QByteArray &collationBytes, const QByteArray &data);
    static QByteArray encode(const QByteArray &collationBytes, const QString &text);
};

} // namespace milink::sim
