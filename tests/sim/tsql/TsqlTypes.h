#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <variant>

// Value types exchanged between the simulator's TDS layer and its T-SQL engine. They describe
// what SQL Server sends back for a batch: result sets, messages (errors and PRINT output), row
// counts, output parameters and a procedure's return status.
namespace milink::sim {

enum class SqlType {
    Bit,
    TinyInt,
    SmallInt,
    Int,
    BigInt,
    Float,
    Numeric,
    NVarChar,
    VarChar,
    VarBinary,
    DateTime,
    DateTime2,
    UniqueIdentifier
};

struct SqlColumn
{
    QString name;
    SqlType type = SqlType::NVarChar;
    int length = -1; // characters for (n)varchar, bytes for varbinary; -1 = max
    int precision = 0;
    int scale = 0;
    bool nullable = true;
};

struct SqlParameter
{
    QString name; // "@p1"
    SqlType type = SqlType::NVarChar;
    int length = -1;
    QVariant value; // invalid QVariant = NULL
    bool output = false;
};

// Values in rows and parameters: Bit → bool, TinyInt/SmallInt/Int → int, BigInt → qlonglong,
// Float → double, Numeric → QString with the exact decimal text (LSNs are numeric(25,0) and do
// not fit 64 bits), NVarChar/VarChar → QString, VarBinary → QByteArray, DateTime/DateTime2 →
// QDateTime in UTC, UniqueIdentifier → QUuid. Invalid QVariant = NULL.
struct ResultSet
{
    QList<SqlColumn> columns;
    QList<QVariantList> rows; // NULL = invalid QVariant
};

// An error (severity > 10) or an informational message (PRINT, RAISERROR with severity ≤ 10).
// After USE the TDS layer sends the ENVCHANGE and the 5701 "Changed database context to …" INFO
// itself (it compares currentDatabase() before and after a batch); the engine does not.
struct ServerMessage
{
    int number = 0;
    int state = 1;
    int severity = 0;
    QString text;
    QString procedure;
    int line = 1;
    bool isError() const { return severity > 10; }
};

// DONE with the COUNT bit (INSERT/UPDATE/DELETE/SELECT).
struct RowCount
{
    qint64 count = 0;
};

using BatchItem = std::variant<ResultSet, ServerMessage, RowCount>;

struct BatchResult
{
    QList<BatchItem> items;
    QList<SqlParameter> outputParameters;
    int returnStatus = 0;
    bool hasReturnStatus = false;
};

} // namespace milink::sim
