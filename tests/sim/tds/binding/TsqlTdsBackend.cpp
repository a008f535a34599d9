#include "TsqlTdsBackend.h"

#include "tsql/TsqlSession.h"

namespace milink::sim {

namespace {

// The two enums list the same SQL types in the same order.
static_assert(int(SqlType::UniqueIdentifier) == int(TdsValueType::UniqueIdentifier));

SqlType toSqlType(TdsValueType type)
{
    return static_cast<SqlType>(static_cast<int>(type));
}

TdsValueType toTdsType(SqlType type)
{
    return static_cast<TdsValueType>(static_cast<int>(type));
}

} // namespace

TsqlTdsBackend::TsqlTdsBackend(SimWorld &world, SimInstance &instance, const QString &login)
    : m_session(std::make_unique<TsqlSession>(world, instance, login))
{
}

TsqlTdsBackend::~TsqlTdsBackend() = default;

TdsBatchReply TsqlTdsBackend::execute(const QString &sql, const QList<TdsParameter> &parameters)
{
    QList<SqlParameter> input;
    for (const TdsParameter &p : parameters) {
        SqlParameter s;
        s.name = p.name;
        s.type = toSqlType(p.type);
        s.length = p.length;
        s.value = p.value;
        s.output = p.output;
        // The engine expects int for the small integer types and the exact decimal
        // text for numeric (TsqlTypes.h); the wire reader yields qlonglong/double.
        if (p.value.isValid() && !p.value.isNull()) {
            if (p.type == TdsValueType::TinyInt || p.type == TdsValueType::SmallInt
                || p.type == TdsValueType::Int)
                s.value = p.value.toInt();
            else if (p.type == TdsValueType::Numeric)
                s.value = p.value.toString();
        }
        input.append(s);
    }
    const BatchResult result = m_session->execute(sql, input);
    TdsBatchReply reply;
    reply.returnStatus = result.returnStatus;
    reply.hasReturnStatus = result.hasReturnStatus;
    for (const SqlParameter &s : result.outputParameters) {
        TdsParameter p;
        p.name = s.name;
        p.type = toTdsType(s.type);
        p.length = s.length;
        p.value = s.value;
        p.output = s.output;
        reply.outputParameters.append(p);
    }
    for (const BatchItem &item : result.items) {
        if (const auto *rs = std::get_if<ResultSet>(&item)) {
            TdsResultSet out;
            for (const SqlColumn &c : rs->columns)
                out.columns.append(TdsColumn {c.name, toTdsType(c.type), c.length, c.precision,
                                              c.scale, c.nullable});
            out.rows = rs->rows;
            reply.items.append(out);
        } else if (const auto *m = std::get_if<ServerMessage>(&item)) {
            TdsMessage out;
            out.number = m->number;
            out.state = m->state;
            out.severity = m->severity;
            out.text = m->text;
            out.procedure = m->procedure;
            out.line = m->line;
            reply.items.append(out);
        } else if (const auto *count = std::get_if<RowCount>(&item)) {
            reply.items.append(TdsRowCount {count->count});
        }
    }
    return reply;
}

QString TsqlTdsBackend::currentDatabase() const
{
    return m_session->currentDatabase();
}

void TsqlTdsBackend::cancel()
{
    m_session->cancel();
}

} // namespace milink::sim
