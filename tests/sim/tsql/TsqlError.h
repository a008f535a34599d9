#pragma once

#include "TsqlTypes.h"

namespace milink::sim {

// A SQL Server error raised while parsing or running a batch. `abortsBatch` follows SQL
// Server's rules: statement-level errors (most severity 16 errors) let the batch go on,
// while conversion errors, name-resolution errors and THROW end it.
struct TsqlError
{
    ServerMessage message;
    bool abortsBatch = false;

    static TsqlError statement(int number, const QString &text, int line = 0, int state = 1,
                               int severity = 16)
    {
        return TsqlError{ServerMessage{number, state, severity, text, QString(), line}, false};
    }
    static TsqlError batch(int number, const QString &text, int line = 0, int state = 1,
                           int severity = 16)
    {
        return TsqlError{ServerMessage{number, state, severity, text, QString(), line}, true};
    }
};

} // namespace milink::sim
