#pragma once

#include <QString>

namespace milink {

// Bash text for values from users, servers or Azure: single-quoted words, in
// which nothing is special except `'` itself, written as `'\''`.
namespace BashQuote {

// `'text'`; an empty value gives `''`.
QString literal(const QString &text);

// The Azure CLI shorthand-syntax form of a string value: `'text'`, with each
// `'` written as `'/` (the CLI's rule inside single-quoted shorthand strings).
// The result still has to be passed through literal() for Bash.
QString cliShorthandString(const QString &text);

} // namespace BashQuote
} // namespace milink
