#pragma once

#include "TsqlTypes.h"

#include <memory>

namespace milink::sim {

class SimWorld;
class SimInstance;
class TsqlInterpreter;

// One T-SQL session of a simulated SQL Server or managed instance: one per TDS connection,
// living on the main thread like the world it reads and changes. Batches run synchronously
// against the world's state; the session keeps the current database between batches.
class TsqlSession
{
public:
    TsqlSession(SimWorld &world, SimInstance &instance, const QString &login);
    ~TsqlSession();
    TsqlSession(const TsqlSession &) = delete;
    TsqlSession &operator=(const TsqlSession &) = delete;

    // Runs one batch (GO is a client-side separator and never reaches here). `parameters` are
    // pre-declared variables, as sp_executesql passes them; output parameters come back in
    // BatchResult::outputParameters.
    BatchResult execute(const QString &sql, const QList<SqlParameter> &parameters = {});

    // Changes on USE; the TDS layer sends an ENVCHANGE when it differs after a batch.
    QString currentDatabase() const;

    // Attention: the running batch stops at the next statement boundary.
    void cancel();

private:
    std::unique_ptr<TsqlInterpreter> m_interpreter;
};

} // namespace milink::sim
