#pragma once

#include "TsqlToken.h"

#include <QList>

namespace milink::sim {

// Splits a batch into tokens: N'…' strings with doubled quotes, [..] identifiers with ]],
// "…" identifiers (QUOTED_IDENTIFIER ON), -- and nested /* */ comments, 0x binary literals,
// numbers, @variables and @@functions. Throws TsqlError for an unclosed string (105), an
// unclosed identifier (105/1038) or comment (113).
class TsqlLexer
{
public:
    static QList<TsqlToken> tokenize(const QString &sql);
};

} // namespace milink::sim
