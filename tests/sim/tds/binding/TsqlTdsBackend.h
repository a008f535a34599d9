#pragma once

#include "TdsBackend.h"

#include <memory>

namespace milink::sim {

class SimInstance;
class SimWorld;
class TsqlSession;

// The real backend of a TDS session: the simulator's T-SQL engine. Converts between
// the protocol layer's value types and the engine's (they mirror each other).
class TsqlTdsBackend : public TdsBackend
{
public:
    TsqlTdsBackend(SimWorld &world, SimInstance &instance, const QString &login);
    ~TsqlTdsBackend() override;

    TdsBatchReply execute(const QString &sql, const QList<TdsParameter> &parameters) override;
    QString currentDatabase() const override;
    void cancel() override;

private:
    std::unique_ptr<TsqlSession> m_session;
};

} // namespace milink::sim
