#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace milink {

// Safe T-SQL text for names and values that come from users, servers or Azure.
// Every plan statement and exported script builds its T-SQL through these
// functions; nothing is ever pasted into T-SQL unquoted.
namespace TsqlQuote {

// `[name]` with every `]` doubled. The caller validates the name first
// (LinkValidator::sysnameProblem): a delimited identifier cannot carry control
// characters, so this returns std::nullopt for a name that has any, and for an
// empty name or one longer than 128 characters.
std::optional<QString> identifier(const QString &name);

// `N'text'` with every `'` doubled. Control characters (line breaks, tabs, NUL …)
// are spliced in as `NCHAR(n)`, so a literal never spans lines: a value such as
// "x\nGO\n" cannot be mistaken for a batch separator by sqlcmd or milink's own
// batch splitter. With `SqlcmdMode::Escape`, a `$(` is split as `N'$' + N'('`
// so sqlcmd does not try to expand it as a scripting variable.
enum class SqlcmdMode { Plain, Escape };
QString literal(const QString &text, SqlcmdMode mode = SqlcmdMode::Plain);

// Parses hex the way certificate keys arrive: with or without `0x`, in any case,
// with white space (spaces, tabs, line breaks) anywhere, as the Azure CLI and
// portal return them. Returns std::nullopt for anything else, including an odd
// number of digits and an empty value.
std::optional<QByteArray> parseHex(const QString &text);

// `0x…` uppercase hex literal, for `CREATE CERTIFICATE … FROM BINARY = 0x…`.
QString binaryLiteral(const QByteArray &bytes);

// parseHex + binaryLiteral: the normalised literal, or std::nullopt when `text`
// is not hex.
std::optional<QString> binaryLiteralFromHex(const QString &text);

} // namespace TsqlQuote
} // namespace milink
