#pragma once

#include "SqlError.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace milink {

struct SqlResultSet
{
    QStringList columns;
    QList<QVariantList> rows; // NULL = a null QVariant
};

// Everything one execute() produced: the result sets of every batch in order,
// the affected-row count of the last statement, and the first error (execution
// stops there, as sqlcmd does with -b).
struct SqlResult
{
    QList<SqlResultSet> resultSets;
    qint64 rowsAffected = -1;
    int batchesRun = 0;
    SqlError error;

    bool ok() const { return !error.isError(); }
};

} // namespace milink

Q_DECLARE_METATYPE(milink::SqlResult)
Q_DECLARE_METATYPE(milink::SqlError)
