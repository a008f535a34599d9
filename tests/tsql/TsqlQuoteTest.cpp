#include "tsql/TsqlQuote.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

// Reference parsers, written independently of the quoting code: they read the
// quoted text the way SQL Server's lexer does and return the value it denotes.
std::optional<QString> unquoteIdentifier(const QString &quoted)
{
    if (quoted.size() < 2 || !quoted.startsWith(QLatin1Char('['))
        || !quoted.endsWith(QLatin1Char(']')))
        return std::nullopt;
    QString out;
    for (int i = 1; i < quoted.size() - 1; ++i) {
        const QChar ch = quoted.at(i);
        if (ch == QLatin1Char(']')) {
            if (i + 1 >= quoted.size() - 1 || quoted.at(i + 1) != QLatin1Char(']'))
                return std::nullopt; // a lone ] would end the identifier early
            ++i;
        }
        out += ch;
    }
    return out;
}

// Evaluates N'…' + NCHAR(n) + N'…' expressions.
std::optional<QString> evaluateLiteral(const QString &expression)
{
    QString out;
    int i = 0;
    const int n = expression.size();
    while (i < n) {
        if (expression.mid(i, 2) == QLatin1String("N'")) {
            i += 2;
            for (;;) {
                if (i >= n)
                    return std::nullopt;
                const QChar ch = expression.at(i);
                if (ch == QLatin1Char('\'')) {
                    if (i + 1 < n && expression.at(i + 1) == QLatin1Char('\'')) {
                        out += ch;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                out += ch;
                ++i;
            }
        } else if (expression.mid(i, 6) == QLatin1String("NCHAR(")) {
            const int close = expression.indexOf(QLatin1Char(')'), i);
            if (close < 0)
                return std::nullopt;
            bool ok = false;
            const int code = expression.mid(i + 6, close - i - 6).toInt(&ok);
            if (!ok)
                return std::nullopt;
            out += QChar(code);
            i = close + 1;
        } else {
            return std::nullopt;
        }
        if (i < n) {
            if (expression.mid(i, 3) != QLatin1String(" + "))
                return std::nullopt;
            i += 3;
        }
    }
    return out;
}

QString randomString(QRandomGenerator &random, int maxLength)
{
    // Weighted towards the characters that break quoting.
    static const QString nasty
        = QStringLiteral("]['\"$`()\\;-/*\n\r\t GO go\u00e9\u6570\u200b\U0001F600");
    const int length = random.bounded(maxLength + 1);
    QString text;
    while (text.size() < length) {
        if (random.bounded(3) == 0)
            text += QChar(static_cast<ushort>(random.bounded(1, 0xD7FF)));
        else
            text += nasty.at(random.bounded(nasty.size()));
    }
    return text.left(length);
}

bool hasControl(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Identifiers are bracketed with ] doubled", "[tsql][quote]")
{
    CHECK(TsqlQuote::identifier(QStringLiteral("Sales")) == QStringLiteral("[Sales]"));
    CHECK(TsqlQuote::identifier(QStringLiteral("a]b")) == QStringLiteral("[a]]b]"));
    CHECK(TsqlQuote::identifier(QStringLiteral("]]")) == QStringLiteral("[]]]]]"));
    CHECK(TsqlQuote::identifier(QStringLiteral("[x]")) == QStringLiteral("[[x]]]"));
    CHECK(TsqlQuote::identifier(QStringLiteral("it's")) == QStringLiteral("[it's]"));
    CHECK(TsqlQuote::identifier(QStringLiteral("数据库")) == QStringLiteral("[数据库]"));
    CHECK(TsqlQuote::identifier(QString(128, QLatin1Char(']'))).value().size() == 258);
    CHECK_FALSE(TsqlQuote::identifier(QString(129, QLatin1Char('a'))).has_value());
    CHECK_FALSE(TsqlQuote::identifier(QString()).has_value());
    CHECK_FALSE(TsqlQuote::identifier(QStringLiteral("a\nGO\nb")).has_value());
    CHECK_FALSE(
        TsqlQuote::identifier(QString(QStringLiteral("nul") + QChar(0) + QStringLiteral("x")))
            .has_value());
}

TEST_CASE("Literals are N-prefixed with ' doubled", "[tsql][quote]")
{
    CHECK(TsqlQuote::literal(QString()) == QStringLiteral("N''"));
    CHECK(TsqlQuote::literal(QStringLiteral("O'Brien")) == QStringLiteral("N'O''Brien'"));
    CHECK(TsqlQuote::literal(QStringLiteral("'")) == QStringLiteral("N''''"));
    CHECK(TsqlQuote::literal(QStringLiteral("x\nGO\ny"))
          == QStringLiteral("N'x' + NCHAR(10) + N'GO' + NCHAR(10) + N'y'"));
    CHECK(TsqlQuote::literal(QStringLiteral("\t")) == QStringLiteral("NCHAR(9)"));
    CHECK(TsqlQuote::literal(QStringLiteral("$(var)")) == QStringLiteral("N'$(var)'"));
    CHECK(TsqlQuote::literal(QStringLiteral("a$(var)"), TsqlQuote::SqlcmdMode::Escape)
          == QStringLiteral("N'a$' + N'(var)'"));
}

TEST_CASE("Quoting round-trips adversarial strings (property)", "[tsql][quote][property]")
{
    QRandomGenerator random(20261122); // fixed seed: failures are reproducible
    for (int round = 0; round < 2000; ++round) {
        const QString text = randomString(random, 140);
        INFO("round " << round);

        const auto quotedName = TsqlQuote::identifier(text);
        const bool nameAllowed = !text.isEmpty() && text.size() <= 128 && !hasControl(text);
        REQUIRE(quotedName.has_value() == nameAllowed);
        if (quotedName) {
            CHECK(unquoteIdentifier(*quotedName) == text);
            CHECK_FALSE(quotedName->contains(QLatin1Char('\n')));
        }

        for (auto mode : {TsqlQuote::SqlcmdMode::Plain, TsqlQuote::SqlcmdMode::Escape}) {
            const QString literal = TsqlQuote::literal(text, mode);
            CHECK(evaluateLiteral(literal) == text);
            // Single line, so no batch separator can appear inside the value.
            CHECK_FALSE(literal.contains(QLatin1Char('\n')));
            CHECK_FALSE(literal.contains(QLatin1Char('\r')));
            CHECK((literal.startsWith(QLatin1String("N'"))
                   || literal.startsWith(QLatin1String("NCHAR("))));
            if (mode == TsqlQuote::SqlcmdMode::Escape)
                CHECK_FALSE(literal.contains(QLatin1String("$(")));
        }
    }
}

TEST_CASE("Hex parses with or without 0x and with white space", "[tsql][quote][hex]")
{
    CHECK(TsqlQuote::parseHex(QStringLiteral("0x3082")) == QByteArray("\x30\x82", 2));
    CHECK(TsqlQuote::parseHex(QStringLiteral("3082")) == QByteArray("\x30\x82", 2));
    CHECK(TsqlQuote::parseHex(QStringLiteral("0X30 82\n0a\tFf\r\n"))
          == QByteArray("\x30\x82\x0a\xff", 4));
    CHECK(TsqlQuote::binaryLiteralFromHex(QStringLiteral(" 30820a "))
          == QStringLiteral("0x30820A"));
    CHECK(TsqlQuote::binaryLiteral(QByteArray("\x00\x01", 2)) == QStringLiteral("0x0001"));
}

TEST_CASE("Anything that is not hex is rejected", "[tsql][quote][hex]")
{
    const char *bad[] = {"",          "0x",    "   ",   "123", "0x12g4", "12;DROP TABLE x",
                         "0x12 0x34", "x1234", "12-34", "１２"};
    for (const char *text : bad) {
        INFO(text);
        CHECK_FALSE(TsqlQuote::parseHex(QString::fromUtf8(text)).has_value());
        CHECK_FALSE(TsqlQuote::binaryLiteralFromHex(QString::fromUtf8(text)).has_value());
    }
}
