#include "BashQuote.h"

namespace milink::BashQuote {

QString literal(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += ch;
    }
    out += QLatin1Char('\'');
    return out;
}

QString cliShorthandString(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'/"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace milink::BashQuote
