#pragma once

#include "TsqlValue.h"

#include <optional>

namespace milink::sim {

// T-SQL's conversion, comparison and arithmetic rules over TsqlValue: data type precedence,
// CAST/CONVERT with styles, NULL propagation, case-insensitive comparison (the instances use a
// _CI_AS collation), LIKE patterns. Every failure throws TsqlError with SQL Server's number and
// text.
class TsqlConvert
{
public:
    // CAST/CONVERT. `style` is CONVERT's third argument (0 when absent): 1 and 2 for binary ↔ hex
    // text, 101/103/112/120/121/126/23… for dates.
    static TsqlValue cast(const TsqlValue &value, const TsqlTypeInfo &target, int style = 0,
                          int line = 0);
    // The text a value converts to (style 0), used by PRINT and string concatenation.
    static QString text(const TsqlValue &value);
    // The type both operands convert to in a comparison or arithmetic.
    static TsqlTypeInfo common(const TsqlTypeInfo &a, const TsqlTypeInfo &b);
    // Three-way comparison; nullopt when either side is NULL (UNKNOWN).
    static std::optional<int> compare(const TsqlValue &a, const TsqlValue &b, int line = 0);
    // + - * / % with T-SQL's result types (string + string concatenates).
    static TsqlValue arithmetic(QChar op, const TsqlValue &a, const TsqlValue &b, int line = 0);
    static bool like(const QString &text, const QString &pattern, QChar escape = QChar());
    // "varchar", "int": the type name as conversion errors spell it.
    static QString baseName(const TsqlTypeInfo &type);
    // Exact comparison of two decimal texts ("-12.50" vs "3").
    static int compareDecimal(const QString &a, const QString &b);
    static std::optional<QDateTime> parseDateTime(const QString &text);
};

} // namespace milink::sim
