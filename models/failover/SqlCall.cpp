#include "SqlCall.h"

#include "sql/SqlSession.h"

#include <QObject>

#include <memory>

namespace milink {

void SqlCall::run(SqlSession *session, const QString &script, QObject *context,
                  std::function<void(const SqlResult &)> done)
{
    // The guard is the connection's context: deleting it disconnects, so one
    // request is answered once, and never after `context` is gone.
    auto *guard = new QObject(context);
    auto id = std::make_shared<quint64>(0);
    QObject::connect(session, &SqlSession::finished, guard,
                     [guard, id, done = std::move(done)](quint64 request, const SqlResult &result) {
                         if (request != *id)
                             return;
                         guard->disconnect();
                         guard->deleteLater();
                         done(result);
                     });
    *id = session->execute(script);
}

} // namespace milink
