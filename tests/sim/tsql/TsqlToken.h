#pragma once

#include <QByteArray>
#include <QString>

namespace milink::sim {

struct TsqlToken
{
    enum class Kind {
        Word, // identifier or keyword, as written
        QuotedIdentifier, // [x] or "x", text without the delimiters
        String, // 'x' or N'x', text with doubled quotes undone
        Binary, // 0x…, bytes in `binary`
        Integer,
        Decimal,
        Float,
        Variable, // @x (text includes the @)
        SystemVariable, // @@x
        Symbol, // operators and punctuation
        End
    };
    Kind kind = Kind::End;
    QString text;
    QByteArray binary;
    bool unicode = false; // N'…'
    int line = 1;

    bool isWord(const char *keyword) const
    {
        return kind == Kind::Word && text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }
    bool isSymbol(const char *symbol) const
    {
        return kind == Kind::Symbol && text == QLatin1String(symbol);
    }
    bool isIdentifier() const { return kind == Kind::Word || kind == Kind::QuotedIdentifier; }
};

} // namespace milink::sim
