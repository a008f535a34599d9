#include "PowerShellQuote.h"

namespace milink::PowerShellQuote {

QString literal(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar ch : text) {
        out += ch;
        const char16_t c = ch.unicode();
        if (c == u'\'' || c == u'\u2018' || c == u'\u2019' || c == u'\u201A' || c == u'\u201B')
            out += ch;
    }
    out += QLatin1Char('\'');
    return out;
}

} // namespace milink::PowerShellQuote
