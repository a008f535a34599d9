#include "TsqlLexer.h"

#include "TsqlError.h"

#include <cctype>

namespace milink::sim {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('#');
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('#')
        || c == QLatin1Char('$') || c == QLatin1Char('@');
}

} // namespace

QList<TsqlToken> TsqlLexer::tokenize(const QString &sql)
{
    QList<TsqlToken> tokens;
    qsizetype i = 0;
    int line = 1;
    const qsizetype n = sql.size();
    const auto at = [&](qsizetype k) {
        return k < n ? sql.at(k) : QChar();
    };
    const auto push = [&](TsqlToken::Kind kind, const QString &text, int tokenLine) {
        TsqlToken token;
        token.kind = kind;
        token.text = text;
        token.line = tokenLine;
        tokens.append(token);
        return &tokens.last();
    };

    while (i < n) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            int depth = 0;
            do {
                if (i >= n)
                    throw TsqlError::batch(113, QStringLiteral("Missing end comment mark '*/'."),
                                           line, 1, 15);
                if (sql.at(i) == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (sql.at(i) == QLatin1Char('*') && at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    if (sql.at(i) == QLatin1Char('\n'))
                        ++line;
                    ++i;
                }
            } while (depth > 0);
            continue;
        }
        const int startLine = line;
        const bool national
            = (c == QLatin1Char('N') || c == QLatin1Char('n')) && at(i + 1) == QLatin1Char('\'');
        if (c == QLatin1Char('\'') || national) {
            qsizetype k = i + (national ? 2 : 1);
            QString text;
            bool closed = false;
            while (k < n) {
                const QChar ch = sql.at(k);
                if (ch == QLatin1Char('\'')) {
                    if (at(k + 1) == QLatin1Char('\'')) {
                        text.append(QLatin1Char('\''));
                        k += 2;
                        continue;
                    }
                    closed = true;
                    ++k;
                    break;
                }
                if (ch == QLatin1Char('\n'))
                    ++line;
                text.append(ch);
                ++k;
            }
            if (!closed)
                throw TsqlError::batch(
                    105,
                    QStringLiteral("Unclosed quotation mark after the character string '%1'.")
                        .arg(text),
                    line, 1, 15);
            TsqlToken *token = push(TsqlToken::Kind::String, text, startLine);
            token->unicode = national;
            i = k;
            continue;
        }
        if (c == QLatin1Char('[') || c == QLatin1Char('"')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char('"');
            qsizetype k = i + 1;
            QString text;
            bool closed = false;
            while (k < n) {
                const QChar ch = sql.at(k);
                if (ch == close) {
                    if (at(k + 1) == close) {
                        text.append(close);
                        k += 2;
                        continue;
                    }
                    closed = true;
                    ++k;
                    break;
                }
                if (ch == QLatin1Char('\n'))
                    ++line;
                text.append(ch);
                ++k;
            }
            if (!closed)
                throw TsqlError::batch(
                    105,
                    QStringLiteral("Unclosed quotation mark after the character string '%1'.")
                        .arg(text),
                    line, 1, 15);
            push(TsqlToken::Kind::QuotedIdentifier, text, startLine);
            i = k;
            continue;
        }
        if (c == QLatin1Char('0')
            && (at(i + 1) == QLatin1Char('x') || at(i + 1) == QLatin1Char('X'))) {
            qsizetype k = i + 2;
            QString hex;
            while (k < n && sql.at(k).unicode() < 128 && isxdigit(sql.at(k).toLatin1())) {
                hex.append(sql.at(k));
                ++k;
            }
            if (hex.size() % 2 != 0)
                hex.prepend(QLatin1Char('0'));
            TsqlToken *token = push(TsqlToken::Kind::Binary, sql.mid(i, k - i), startLine);
            token->binary = QByteArray::fromHex(hex.toLatin1());
            i = k;
            continue;
        }
        if (c.isDigit() || (c == QLatin1Char('.') && at(i + 1).isDigit())) {
            qsizetype k = i;
            bool dot = false;
            bool exponent = false;
            while (k < n) {
                const QChar ch = sql.at(k);
                if (ch.isDigit()) {
                    ++k;
                } else if (ch == QLatin1Char('.') && !dot && !exponent) {
                    dot = true;
                    ++k;
                } else if ((ch == QLatin1Char('e') || ch == QLatin1Char('E')) && !exponent) {
                    exponent = true;
                    ++k;
                    if (at(k) == QLatin1Char('+') || at(k) == QLatin1Char('-'))
                        ++k;
                } else {
                    break;
                }
            }
            push(exponent ? TsqlToken::Kind::Float
                          : (dot ? TsqlToken::Kind::Decimal : TsqlToken::Kind::Integer),
                 sql.mid(i, k - i), startLine);
            i = k;
            continue;
        }
        if (c == QLatin1Char('@')) {
            const bool system = at(i + 1) == QLatin1Char('@');
            qsizetype k = i + (system ? 2 : 1);
            while (k < n && isIdentifierPart(sql.at(k)))
                ++k;
            push(system ? TsqlToken::Kind::SystemVariable : TsqlToken::Kind::Variable,
                 sql.mid(i, k - i), startLine);
            i = k;
            continue;
        }
        if (isIdentifierStart(c)) {
            qsizetype k = i + 1;
            while (k < n && isIdentifierPart(sql.at(k)))
                ++k;
            push(TsqlToken::Kind::Word, sql.mid(i, k - i), startLine);
            i = k;
            continue;
        }
        static const char *const twoChar[]
            = {"<>", "!=", "<=", ">=", "!<", "!>", "+=", "-=", "*=", "/=", "::"};
        bool matched = false;
        for (const char *op : twoChar) {
            if (c == QLatin1Char(op[0]) && at(i + 1) == QLatin1Char(op[1])) {
                push(TsqlToken::Kind::Symbol, QLatin1String(op), startLine);
                i += 2;
                matched = true;
                break;
            }
        }
        if (matched)
            continue;
        if (QStringLiteral("+-*/%=<>(),.;&|^~").contains(c)) {
            push(TsqlToken::Kind::Symbol, QString(c), startLine);
            ++i;
            continue;
        }
        throw TsqlError::batch(102, QStringLiteral("Incorrect syntax near '%1'.").arg(c), line, 1,
                               15);
    }
    TsqlToken end;
    end.kind = TsqlToken::Kind::End;
    end.line = line;
    tokens.append(end);
    return tokens;
}

} // namespace milink::sim
