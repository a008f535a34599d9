#pragma once

#include <QString>

namespace milink {

// A failed connection or statement, as a value. `message` is the plain-language
// explanation for the user; `serverText` and `nativeCode` keep what the server or
// driver said (SQL Server's error number for statement errors).
struct SqlError
{
    enum class Kind {
        None,
        Connection, // could not connect or log in
        Statement, // the server rejected a statement; the session is still usable
        ConnectionLost, // the connection broke; reconnect before the next statement
        Cancelled, // the user cancelled the running statement
        Usage // milink's own mistake or bad input (e.g. a malformed GO line)
    };

    Kind kind = Kind::None;
    QString nativeCode; // "1475", "18456", FreeTDS "20004", …
    QString serverText; // the driver's text, e.g. "[FreeTDS][SQL Server]…"
    QString message;
    int batch = -1; // 0-based batch of a script, -1 when not tied to one
    int line = 0; // first line of that batch in the script

    bool isError() const { return kind != Kind::None; }
    int number() const { return nativeCode.toInt(); }
};

} // namespace milink
