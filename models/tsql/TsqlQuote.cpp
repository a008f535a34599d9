#include "TsqlQuote.h"

#include <QStringList>

namespace milink::TsqlQuote {

namespace {

bool isControl(QChar ch)
{
    return ch.category() == QChar::Other_Control;
}

int hexValue(QChar ch)
{
    const ushort c = ch.unicode();
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<QString> identifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 128)
        return std::nullopt;
    QString out;
    out.reserve(name.size() + 4);
    out += QLatin1Char('[');
    for (const QChar ch : name) {
        if (isControl(ch))
            return std::nullopt;
        out += ch;
        if (ch == QLatin1Char(']'))
            out += ch;
    }
    out += QLatin1Char(']');
    return out;
}

QString literal(const QString &text, SqlcmdMode mode)
{
    // Builds N'…' + NCHAR(10) + N'…': each piece is a plain single-line literal.
    QStringList pieces;
    QString current;
    bool inLiteral = false;
    auto closeLiteral = [&] {
        if (inLiteral) {
            pieces << QStringLiteral("N'") + current + QLatin1Char('\'');
            current.clear();
            inLiteral = false;
        }
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (isControl(ch)) {
            closeLiteral();
            pieces << QStringLiteral("NCHAR(%1)").arg(ch.unicode());
            continue;
        }
        if (mode == SqlcmdMode::Escape && ch == QLatin1Char('(') && inLiteral
            && current.endsWith(QLatin1Char('$'))) {
            closeLiteral();
        }
        inLiteral = true;
        current += ch;
        if (ch == QLatin1Char('\''))
            current += ch;
    }
    closeLiteral();
    if (pieces.isEmpty())
        return QStringLiteral("N''");
    return pieces.join(QStringLiteral(" + "));
}

std::optional<QByteArray> parseHex(const QString &text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar ch : text) {
        if (!ch.isSpace())
            digits += ch;
    }
    if (digits.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        digits.remove(0, 2);
    if (digits.isEmpty() || digits.size() % 2 != 0)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(digits.size() / 2);
    for (int i = 0; i < digits.size(); i += 2) {
        const int high = hexValue(digits.at(i));
        const int low = hexValue(digits.at(i + 1));
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(static_cast<char>((high << 4) | low));
    }
    return bytes;
}

QString binaryLiteral(const QByteArray &bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex().toUpper());
}

std::optional<QString> binaryLiteralFromHex(const QString &text)
{
    const std::optional<QByteArray> bytes = parseHex(text);
    if (!bytes)
        return std::nullopt;
    return binaryLiteral(*bytes);
}

} // namespace milink::TsqlQuote
