#pragma once

#include <QString>

namespace milink {

// PowerShell text for values from users, servers or Azure. Single-quoted
// strings are verbatim in PowerShell: `$`, backtick and `"` have no meaning
// there; only the quote characters do. PowerShell treats the typographic
// single quotes (U+2018, U+2019, U+201A, U+201B) like `'`, so they are doubled
// too.
namespace PowerShellQuote {

// `'text'` with every single-quote character doubled.
QString literal(const QString &text);

} // namespace PowerShellQuote
} // namespace milink
