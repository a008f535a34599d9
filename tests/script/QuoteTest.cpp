#include "script/BashQuote.h"
#include "script/PowerShellQuote.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace milink;

TEST_CASE("PowerShell literals are single-quoted with quotes doubled", "[script][quote]")
{
    CHECK(PowerShellQuote::literal(QStringLiteral("AG_Sales")) == QStringLiteral("'AG_Sales'"));
    CHECK(PowerShellQuote::literal(QString()) == QStringLiteral("''"));
    CHECK(PowerShellQuote::literal(QStringLiteral("it's")) == QStringLiteral("'it''s'"));
    // $ and backtick only matter in double quotes: they stay as they are.
    CHECK(PowerShellQuote::literal(QStringLiteral("$env:x `n $(Get-Date)"))
          == QStringLiteral("'$env:x `n $(Get-Date)'"));
    CHECK(PowerShellQuote::literal(QStringLiteral("say \"hi\"")) == QStringLiteral("'say \"hi\"'"));
    // PowerShell also ends single-quoted strings at typographic single quotes.
    CHECK(PowerShellQuote::literal(QStringLiteral("a\u2018b\u2019c\u201Ad\u201Be"))
          == QStringLiteral("'a\u2018\u2018b\u2019\u2019c\u201A\u201Ad\u201B\u201Be'"));
    CHECK(PowerShellQuote::literal(QStringLiteral("ü]€")) == QStringLiteral("'ü]€'"));
}

TEST_CASE("Bash literals survive bash unchanged", "[script][quote]")
{
    CHECK(BashQuote::literal(QStringLiteral("rg-sql")) == QStringLiteral("'rg-sql'"));
    CHECK(BashQuote::literal(QString()) == QStringLiteral("''"));
    CHECK(BashQuote::literal(QStringLiteral("it's")) == QStringLiteral("'it'\\''s'"));
    const QStringList values = {
        QStringLiteral("plain"),
        QStringLiteral("it's"),
        QStringLiteral("$HOME $(id) `id` \"q\" \\ ! * ? ~ ; & | < > #"),
        QStringLiteral("'''"),
        QStringLiteral(" lead and trail "),
        QStringLiteral("ünïcødé € 日本"),
        QString(128, QLatin1Char('\'')),
    };
    for (const QString &value : values) {
        INFO(value.toStdString());
        QProcess bash;
        bash.start(
            QStringLiteral("bash"),
            {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + BashQuote::literal(value)});
        REQUIRE(bash.waitForFinished(10000));
        CHECK(bash.exitCode() == 0);
        CHECK(QString::fromUtf8(bash.readAllStandardOutput()) == value);
    }
}

TEST_CASE("Azure CLI shorthand strings escape quotes as '/", "[script][quote]")
{
    CHECK(BashQuote::cliShorthandString(QStringLiteral("Sales")) == QStringLiteral("'Sales'"));
    CHECK(BashQuote::cliShorthandString(QStringLiteral("it's")) == QStringLiteral("'it'/s'"));
    CHECK(BashQuote::cliShorthandString(QStringLiteral("a'/b")) == QStringLiteral("'a'//b'"));
}
