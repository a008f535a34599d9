#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <variant>

namespace milink::sim {

// The protocol layer's view of a T-SQL engine. The TDS connection owns one backend
// per logged-in session and calls it on the main thread; results come back as values
// that the connection turns into tokens. TsqlTdsBackend adapts the simulator's engine;
// tests may plug in a small fake to exercise the wire format alone.
enum class TdsValueType {
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

struct TdsColumn
{
    QString name;
    TdsValueType type = TdsValueType::NVarChar;
    int length = -1; // characters or bytes; -1 = (max)
    int precision = 0;
    int scale = 0;
    bool nullable = true;
};

struct TdsParameter
{
    QString name; // "@p1"
    TdsValueType type = TdsValueType::NVarChar;
    int length = -1;
    QVariant value; // invalid QVariant = NULL
    bool output = false;
};

struct TdsResultSet
{
    QList<TdsColumn> columns;
    QList<QVariantList> rows; // invalid QVariant = NULL
};

struct TdsMessage
{
    int number = 0;
    int state = 1;
    int severity = 0;
    QString text;
    QString procedure;
    int line = 1;
    bool isError() const { return severity > 10; }
};

struct TdsRowCount
{
    qint64 count = 0;
};

using TdsBatchItem = std::variant<TdsResultSet, TdsMessage, TdsRowCount>;

struct TdsBatchReply
{
    QList<TdsBatchItem> items;
    QList<TdsParameter> outputParameters;
    int returnStatus = 0;
    bool hasReturnStatus = false;
};

class TdsBackend
{
public:
    virtual ~TdsBackend() = default;
    virtual TdsBatchReply execute(const QString &sql, const QList<TdsParameter> &parameters) = 0;
    // The database after the last request; a change makes the connection send ENVCHANGE.
    virtual QString currentDatabase() const = 0;
    virtual void cancel() = 0;
};

} // namespace milink::sim
