#pragma once

#include "sql/SqlResult.h"

#include <QString>

#include <functional>

class QObject;

namespace milink {

class SqlSession;

// Runs one script on a session shared with others and delivers only its own
// result: SqlSession answers every request with the same signal, so each reader
// filters by request id. Nothing is delivered once `context` is destroyed.
class SqlCall
{
public:
    static void run(SqlSession *session, const QString &script, QObject *context,
                    std::function<void(const SqlResult &)> done);
};

} // namespace milink
