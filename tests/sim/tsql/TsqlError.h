#pragma once

#include "TsqlTypes.h"

namespace milink::sim {

// A SQL Server error raised while parsing or running a batch, with how far it reaches under SQL
// Server's rules: most severity 16 errors end only the statement; name-resolution errors (207,
// 208) end the current scope (a dynamic SQL string, or the batch); conversion errors and THROW
// end the whole batch, callers included. Parse errors reject their batch before it runs.
struct TsqlError
{
    enum class Abort { Statement, Scope, Batch };

    ServerMessage message;
    Abort abort = Abort::Statement;

    static TsqlError make(Abort abort, int number, const QString &text, int line, int state,
                          int severity)
    {
        return TsqlError {ServerMessage {number, state, severity, text, QString(), line}, abort};
    }
    static TsqlError statement(int number, const QString &text, int line = 0, int state = 1,
                               int severity = 16)
    {
        return make(Abort::Statement, number, text, line, state, severity);
    }
    static TsqlError scope(int number, const QString &text, int line = 0, int state = 1,
                           int severity = 16)
    {
        return make(Abort::Scope, number, text, line, state, severity);
    }
    static TsqlError batch(int number, const QString &text, int line = 0, int state = 1,
                           int severity = 16)
    {
        return make(Abort::Batch, number, text, line, state, severity);
    }
};

} // namespace milink::sim
