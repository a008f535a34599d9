#include "TsqlSession.h"

#include "TsqlInterpreter.h"

namespace milink::sim {

TsqlSession::TsqlSession(SimWorld &world, SimInstance &instance, const QString &login)
    : m_interpreter(std::make_unique<TsqlInterpreter>(world, instance, login))
{
}

TsqlSession::~TsqlSession() = default;

BatchResult TsqlSession::execute(const QString &sql, const QList<SqlParameter> &parameters)
{
    return m_interpreter->execute(sql, parameters);
}

QString TsqlSession::currentDatabase() const
{
    return m_interpreter->currentDatabase();
}

void TsqlSession::cancel()
{
    m_interpreter->cancel();
}

} // namespace milink::sim
