#pragma once

#include "TsqlValue.h"

#include <QList>

#include <optional>

namespace milink::sim {

// The built-in scalar functions that need nothing but their arguments and the clock: string,
// date, conversion and NULL functions. Functions that read the simulated server (SERVERPROPERTY,
// DB_ID, CERT_ID, …) live in the interpreter.
class TsqlFunctions
{
public:
    // Every function name the engine knows (upper case), pure or not, aggregates included;
    // anything else is Msg 195 at parse time.
    static bool isKnown(const QString &name);
    static bool isAggregate(const QString &name);
    // nullopt when `name` is not one of the pure functions.
    static std::optional<TsqlValue> call(const QString &name, const QList<TsqlValue> &args,
                                         const QDateTime &nowUtc, int line);
    // DATEADD/DATEDIFF/DATEPART part names → canonical ("yy" → "year"); empty when unknown.
    static QString datePart(const QString &part);
    // RAISERROR's printf-style substitution (%s, %d, %i, %u, %x, %X, %o, widths, %%).
    static QString formatMessage(const QString &format, const QList<TsqlValue> &args);
};

} // namespace milink::sim
