#include "TdsConnection.h"

#include "TdsCollation.h"
#include "TdsReader.h"
#include "TdsWriter.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <optional>

Q_LOGGING_CATEGORY(lcSimTds, "milink.sim.tds")

namespace milink::sim {

namespace {

enum PacketType : quint8 {
    SqlBatch = 0x01,
    Rpc = 0x03,
    TabularResult = 0x04,
    Attention = 0x06,
    TransactionManager = 0x0E,
    Login7 = 0x10,
    PreLogin = 0x12
};

constexpr quint8 StatusEndOfMessage = 0x01;
constexpr quint8 StatusIgnore = 0x02;
constexpr int HeaderSize = 8;
constexpr int MaxMessageSize = 64 * 1024 * 1024;

TdsMessage makeMessage(int number, int state, int severity, const QString &text)
{
    TdsMessage m;
    m.number = number;
    m.state = state;
    m.severity = severity;
    m.text = text;
    return m;
}

// ALL_HEADERS precedes SQL batch, RPC and transaction-manager payloads in TDS 7.2+.
int skipAllHeaders(const QByteArray &payload)
{
    if (payload.size() < 4)
        return 0;
    TdsReader in(payload);
    const quint32 total = in.u32();
    if (total < 4 || total > quint32(payload.size()))
        return 0;
    return int(total);
}

struct ParameterDefinition
{
    QString name;
    bool output = false;
};

// "@P1 varchar(4), @x decimal(10,2) OUTPUT" → names and output flags.
QList<ParameterDefinition> parseDefinitions(const QString &text)
{
    QList<ParameterDefinition> out;
    int depth = 0;
    QString current;
    const auto flush = [&out, &current] {
        const QString part = current.trimmed();
        current.clear();
        if (part.isEmpty())
            return;
        ParameterDefinition def;
        const QStringList words = part.split(QRegularExpression(QStringLiteral("\\s+")));
        def.name = words.value(0);
        const QString last = words.last().toUpper();
        def.output
            = words.size() > 2 && (last == QLatin1String("OUTPUT") || last == QLatin1String("OUT"));
        out.append(def);
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0)
            flush();
        else
            current.append(c);
    }
    flush();
    return out;
}

quint32 negotiatedVersion(quint32 requested)
{
    switch (requested) {
    case 0x72090002:
    case 0x730A0003:
    case 0x730B0003:
    case 0x74000004: return requested;
    default: return requested > 0x74000004 ? 0x74000004 : 0;
    }
}

} // namespace

TdsConnection::TdsConnection(QTcpSocket *socket, quint16 spid,
                             std::function<TdsServerIdentity()> identity,
                             TdsAuthenticator authenticator, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_spid(spid),
      m_identityProvider(std::move(identity)),
      m_authenticator(std::move(authenticator))
{
    socket->setParent(this);
    m_identity = m_identityProvider();
    m_collation = TdsCollation::bytesFor(m_identity.collation);
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        auto continuation = std::move(m_afterDelay);
        m_afterDelay = nullptr;
        if (continuation)
            continuation();
        processQueue();
    });
    connect(socket, &QTcpSocket::readyRead, this, &TdsConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_delay.stop();
        emit closed();
    });
}

TdsConnection::~TdsConnection() = default;

void TdsConnection::drop()
{
    m_delay.stop();
    if (m_socket)
        m_socket->abort();
    emit closed();
}

void TdsConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    while (m_buffer.size() >= HeaderSize) {
        const int length = (quint8(m_buffer.at(2)) << 8) | quint8(m_buffer.at(3));
        if (length < HeaderSize) {
            qCWarning(lcSimTds) << "spid" << m_spid << "sent a packet with length" << length;
            drop();
            return;
        }
        if (m_buffer.size() < length)
            break;
        const quint8 type = quint8(m_buffer.at(0));
        const quint8 status = quint8(m_buffer.at(1));
        const QByteArray body = m_buffer.mid(HeaderSize, length - HeaderSize);
        m_buffer.remove(0, length);

        if (type == Attention) {
            // Attention is out of band: it overtakes queued requests.
            handleAttention();
            continue;
        }
        if (m_partial.payload.isEmpty())
            m_partial.type = type;
        m_partial.payload.append(body);
        if (m_partial.payload.size() > MaxMessageSize) {
            drop();
            return;
        }
        if (status & StatusEndOfMessage) {
            m_partial.status = status;
            if (status & StatusIgnore) {
                // The client abandoned this message while sending it.
                m_partial = Message();
                TdsTokenWriter tokens(m_collation);
                tokens.done(TdsTokenWriter::Done, TdsTokenWriter::DoneFinal, 0, 0);
                sendMessage(tokens.data());
                continue;
            }
            m_queue.append(m_partial);
            m_partial = Message();
        }
    }
    processQueue();
}

void TdsConnection::processQueue()
{
    while (!m_queue.isEmpty() && !m_delay.isActive() && m_socket)
        process(m_queue.takeFirst());
}

void TdsConnection::process(const Message &message)
{
    if (!m_loggedIn && message.type != PreLogin && message.type != Login7) {
        sendError(4002, 16,
                  QStringLiteral("The incoming tabular data stream (TDS) protocol stream "
                                 "is incorrect. The client must log in first."),
                  true);
        return;
    }
    switch (message.type) {
    case PreLogin: handlePreLogin(message); break;
    case Login7: handleLogin(message); break;
    case SqlBatch: handleSqlBatch(message); break;
    case Rpc: handleRpc(message); break;
    case TransactionManager: handleTransaction(message); break;
    default:
        sendError(4002, 16,
                  QStringLiteral("The incoming tabular data stream (TDS) protocol stream is "
                                 "incorrect. Unexpected packet type %1.")
                      .arg(message.type),
                  true);
        break;
    }
}

void TdsConnection::handlePreLogin(const Message &message)
{
    Q_UNUSED(message)
    // Options in the reply: VERSION, ENCRYPTION (not supported: no TLS here),
    // INSTOPT, THREADID and MARS. MARS must be present or FreeTDS drops to TDS 7.1.
    const auto version = m_identity.productVersion.split(QLatin1Char('.'));
    const int optionCount = 5;
    const int tableSize = optionCount * 5 + 1;
    struct Option
    {
        quint8 id;
        QByteArray data;
    };
    QByteArray versionData;
    versionData.append(static_cast<char>(version.value(0).toInt()));
    versionData.append(static_cast<char>(version.value(1).toInt()));
    const int build = version.value(2).toInt();
    versionData.append(static_cast<char>((build >> 8) & 0xff));
    versionData.append(static_cast<char>(build & 0xff));
    versionData.append(2, '\0');
    const Option options[optionCount] = {{0x00, versionData},
                                         {0x01, QByteArray(1, '\x02')},
                                         {0x02, QByteArray(1, '\0')},
                                         {0x03, QByteArray()},
                                         {0x04, QByteArray(1, '\0')}};
    TdsWriter out;
    int offset = tableSize;
    for (const Option &option : options) {
        out.u8(option.id);
        out.u16be(quint16(offset));
        out.u16be(quint16(option.data.size()));
        offset += int(option.data.size());
    }
    out.u8(0xFF);
    for (const Option &option : options)
        out.bytes(option.data);
    sendMessage(out.data());
}

void TdsConnection::handleLogin(const Message &message)
{
    m_identity = m_identityProvider();
    m_collation = TdsCollation::bytesFor(m_identity.collation);
    if (!TdsLogin7::parse(message.payload, &m_login)) {
        sendError(4002, 16,
                  QStringLiteral("The incoming tabular data stream (TDS) protocol stream is "
                                 "incorrect. The LOGIN7 record is malformed."),
                  true);
        return;
    }
    // 0 asks for the server's default.
    m_packetSize
        = m_login.packetSize == 0 ? 4096 : int(qBound<quint32>(512, m_login.packetSize, 32767));
    const quint32 version = negotiatedVersion(m_login.tdsVersion);
    if (version == 0) {
        sendError(18456, 14,
                  QStringLiteral("Login failed for user '%1'. milink-sim speaks TDS 7.2 to 7.4; "
                                 "set TDS_Version=7.4.")
                      .arg(m_login.userName),
                  true);
        return;
    }
    m_tdsVersion = version;
    TdsMessage failure;
    m_backend = m_authenticator(m_login, &failure);
    if (!m_backend) {
        qCInfo(lcSimTds) << "login failed for" << m_login.userName << "on" << m_identity.serverName;
        TdsTokenWriter tokens(m_collation);
        tokens.message(failure, m_identity.serverName);
        tokens.done(TdsTokenWriter::Done, TdsTokenWriter::DoneError, 0, 0);
        sendMessage(tokens.data());
        if (m_socket)
            m_socket->disconnectFromHost();
        return;
    }
    m_loggedIn = true;
    m_database = m_backend->currentDatabase();

    TdsTokenWriter tokens(m_collation);
    tokens.envChange(TdsTokenWriter::EnvDatabase, m_database, QStringLiteral("master"));
    tokens.message(makeMessage(5701, 2, 0,
                               QStringLiteral("Changed database context to '%1'.").arg(m_database)),
                   m_identity.serverName);
    tokens.envChangeBinary(TdsTokenWriter::EnvCollation, m_collation, QByteArray());
    tokens.envChange(TdsTokenWriter::EnvLanguage, QStringLiteral("us_english"), QString());
    tokens.message(
        makeMessage(5703, 1, 0, QStringLiteral("Changed language setting to us_english.")),
        m_identity.serverName);
    const auto parts = m_identity.productVersion.split(QLatin1Char('.'));
    tokens.loginAck(m_tdsVersion, QStringLiteral("Microsoft SQL Server"), parts.value(0).toInt(),
                    parts.value(1).toInt(), parts.value(2).toInt());
    const QString size = QString::number(m_packetSize);
    tokens.envChange(TdsTokenWriter::EnvPacketSize, size, size);
    tokens.done(TdsTokenWriter::Done, TdsTokenWriter::DoneFinal, 0, 0);
    sendMessage(tokens.data());
    qCInfo(lcSimTds) << "spid" << m_spid << "logged in as" << m_login.userName << "to"
                     << m_identity.serverName;
}

bool TdsConnection::splitWaitFor(const QString &sql, int *delayMs, QString *rest)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*WAITFOR\\s+DELAY\\s+N?'(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,3}"
                       "))?'\\s*;?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(sql);
    if (!match.hasMatch())
        return false;
    const QString fraction = match.captured(4).leftJustified(3, QLatin1Char('0'));
    *delayMs = ((match.captured(1).toInt() * 60 + match.captured(2).toInt()) * 60
                + match.captured(3).toInt())
            * 1000
        + fraction.toInt();
    *rest = sql.mid(match.capturedEnd());
    return true;
}

void TdsConnection::handleSqlBatch(const Message &message)
{
    const int start = skipAllHeaders(message.payload);
    const QString sql = TdsReader::fromUcs2(message.payload.mid(start));
    int delayMs = 0;
    QString rest;
    if (splitWaitFor(sql, &delayMs, &rest)) {
        m_afterDelay = [this, rest] {
            runBatch(rest);
        };
        m_delay.start(delayMs);
        return;
    }
    runBatch(sql);
}

void TdsConnection::runBatch(const QString &sql)
{
    TdsTokenWriter tokens(m_collation);
    if (sql.trimmed().isEmpty()) {
        tokens.done(TdsTokenWriter::Done, TdsTokenWriter::DoneFinal, 0, 0);
        sendMessage(tokens.data());
        return;
    }
    const TdsBatchReply reply = m_backend->execute(sql, {});
    writeDatabaseChange(tokens);
    writeItems(tokens, reply, false, true);
    sendMessage(tokens.data());
}

bool TdsConnection::writeItems(TdsTokenWriter &tokens, const TdsBatchReply &reply, bool inProc,
                               bool lastInMessage)
{
    // Statement boundaries: a row count or an error closes a statement with its own
    // DONE; a result set without a following row count gets one too. Only the very
    // last DONE of the message lacks MORE (tds.md §9.1).
    struct PendingDone
    {
        quint16 status;
        quint64 count;
        quint16 command;
    };
    const quint8 doneToken = inProc ? TdsTokenWriter::DoneInProc : TdsTokenWriter::Done;
    bool anyError = false;
    std::optional<PendingDone> pending;
    const auto flushPending = [&](bool more) {
        if (!pending)
            return;
        tokens.done(doneToken, quint16(pending->status | (more ? TdsTokenWriter::DoneMore : 0)),
                    pending->command, pending->count);
        pending.reset();
    };
    int unclosedRows = -1; // rows of a result set not yet closed by a DONE
    for (const TdsBatchItem &item : reply.items) {
        if (const auto *resultSet = std::get_if<TdsResultSet>(&item)) {
            flushPending(true);
            if (unclosedRows >= 0)
                tokens.done(doneToken, TdsTokenWriter::DoneMore | TdsTokenWriter::DoneCount, 0xC1,
                            quint64(unclosedRows));
            const QList<TdsTypeInfo> types = tokens.typesFor(*resultSet);
            tokens.columnMetadata(types, resultSet->columns);
            for (const QVariantList &row : resultSet->rows)
                tokens.row(types, row);
            unclosedRows = int(resultSet->rows.size());
        } else if (const auto *count = std::get_if<TdsRowCount>(&item)) {
            flushPending(true);
            pending
                = PendingDone {TdsTokenWriter::DoneCount, quint64(qMax<qint64>(0, count->count)),
                               quint16(unclosedRows >= 0 ? 0xC1 : 0xC3)};
            unclosedRows = -1;
        } else if (const auto *message = std::get_if<TdsMessage>(&item)) {
            if (message->isError()) {
                flushPending(true);
                if (unclosedRows >= 0) {
                    tokens.done(doneToken, TdsTokenWriter::DoneMore | TdsTokenWriter::DoneCount,
                                0xC1, quint64(unclosedRows));
                    unclosedRows = -1;
                }
                tokens.message(*message, m_identity.serverName);
                pending = PendingDone {TdsTokenWriter::DoneError, 0, 0};
                anyError = true;
            } else {
                tokens.message(*message, m_identity.serverName);
            }
        }
    }
    if (unclosedRows >= 0) {
        flushPending(true);
        pending = PendingDone {TdsTokenWriter::DoneCount, quint64(unclosedRows), 0xC1};
    }
    if (!pending)
        pending = PendingDone {TdsTokenWriter::DoneFinal, 0, 0};
    // Info messages after the last statement still need a DONE after them; the
    // pending one is written last, so they come before it.
    flushPending(inProc || !lastInMessage);
    return anyError;
}

void TdsConnection::writeDatabaseChange(TdsTokenWriter &tokens)
{
    const QString database = m_backend->currentDatabase();
    if (database.isEmpty() || database == m_database)
        return;
    tokens.envChange(TdsTokenWriter::EnvDatabase, database, m_database);
    tokens.message(
        makeMessage(5701, 1, 0, QStringLiteral("Changed database context to '%1'.").arg(database)),
        m_identity.serverName);
    m_database = database;
}

TdsBatchReply TdsConnection::executeWithParameters(const QString &statement,
                                                   const QString &definitions,
                                                   const QList<TdsRpcParameter> &values)
{
    const QList<ParameterDefinition> declared = parseDefinitions(definitions);
    QList<TdsParameter> parameters;
    for (int i = 0; i < values.size(); ++i) {
        const TdsRpcParameter &value = values.at(i);
        TdsParameter p;
        p.name = !value.name.isEmpty() ? value.name
            : i < declared.size()      ? declared.at(i).name
                                       : QStringLiteral("@P%1").arg(i + 1);
        p.type = value.type.valueType();
        p.length = value.type.declaredLength();
        p.value = value.value;
        p.output = value.output;
        parameters.append(p);
    }
    return m_backend->execute(statement, parameters);
}

void TdsConnection::writeReturnValues(TdsTokenWriter &tokens, const QList<TdsRpcParameter> &outputs)
{
    for (int i = 0; i < outputs.size(); ++i)
        tokens.returnValue(quint16(i), outputs.at(i).name, outputs.at(i).type, outputs.at(i).value);
}

void TdsConnection::handleRpc(const Message &message)
{
    QList<TdsRpcCall> calls;
    if (!TdsRpcCall::parse(message.payload, skipAllHeaders(message.payload), &calls)
        || calls.isEmpty()) {
        sendError(8009, 16,
                  QStringLiteral("The incoming tabular data stream (TDS) remote procedure call "
                                 "(RPC) protocol stream is incorrect."));
        return;
    }
    // A leading WAITFOR in the statement of sp_executesql / sp_prepexec is served by a
    // timer, like in a SQL batch, so that the client can cancel it.
    TdsRpcCall &first = calls.first();
    const int statementIndex = first.procId == TdsRpcCall::ExecuteSql ? 0
        : first.procId == TdsRpcCall::PrepExec                        ? 2
                                                                      : -1;
    if (statementIndex >= 0 && statementIndex < first.parameters.size()) {
        int delayMs = 0;
        QString rest;
        if (splitWaitFor(first.parameters.at(statementIndex).value.toString(), &delayMs, &rest)) {
            first.parameters[statementIndex].value = rest;
            m_afterDelay = [this, calls] {
                runRpcCalls(calls);
            };
            m_delay.start(delayMs);
            return;
        }
    }
    runRpcCalls(calls);
}

void TdsConnection::runRpcCalls(QList<TdsRpcCall> calls)
{
    TdsTokenWriter tokens(m_collation);
    for (int i = 0; i < calls.size(); ++i)
        runRpcCall(tokens, calls.at(i), i == calls.size() - 1);
    sendMessage(tokens.data());
}

void TdsConnection::runRpcCall(TdsTokenWriter &tokens, const TdsRpcCall &call, bool last)
{
    const auto param = [&call](int index) {
        return index < call.parameters.size() ? call.parameters.at(index) : TdsRpcParameter();
    };
    const auto finish = [&](const QList<TdsRpcParameter> &outputs, qint32 status) {
        writeDatabaseChange(tokens);
        tokens.returnStatus(status);
        writeReturnValues(tokens, outputs);
        tokens.done(TdsTokenWriter::DoneProc,
                    last ? TdsTokenWriter::DoneFinal : TdsTokenWriter::DoneMore, 0, 0);
    };
    const auto outputsFrom = [](const QList<TdsRpcParameter> &values, const TdsBatchReply &reply) {
        QList<TdsRpcParameter> outputs;
        for (TdsRpcParameter value : values) {
            if (!value.output)
                continue;
            for (const TdsParameter &returned : reply.outputParameters) {
                if (returned.name.compare(value.name, Qt::CaseInsensitive) == 0)
                    value.value = returned.value;
            }
            outputs.append(value);
        }
        return outputs;
    };
    const auto withDeclaredNames = [](QList<TdsRpcParameter> values, const QString &definitions) {
        const QList<ParameterDefinition> declared = parseDefinitions(definitions);
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].name.isEmpty())
                values[i].name
                    = i < declared.size() ? declared.at(i).name : QStringLiteral("@P%1").arg(i + 1);
        }
        return values;
    };
    const auto handleParam = [](const TdsRpcParameter &p, int handle) {
        TdsRpcParameter out = p;
        out.value = handle;
        if (out.type.code != TdsTypeInfo::IntN && out.type.code != TdsTypeInfo::Int4) {
            out.type = TdsTypeInfo();
            out.type.code = TdsTypeInfo::IntN;
            out.type.maxLength = 4;
        }
        return out;
    };

    switch (call.procId) {
    case TdsRpcCall::ExecuteSql: {
        const QString statement = param(0).value.toString();
        const QString definitions = param(1).value.toString();
        const QList<TdsRpcParameter> values = withDeclaredNames(
            call.parameters.mid(qMin(2, int(call.parameters.size()))), definitions);
        const TdsBatchReply reply = executeWithParameters(statement, definitions, values);
        writeItems(tokens, reply, true, false);
        finish(outputsFrom(values, reply), reply.hasReturnStatus ? reply.returnStatus : 0);
        return;
    }
    case TdsRpcCall::Prepare:
    case TdsRpcCall::PrepExec: {
        // (handle OUTPUT, @params, @stmt [, @options | values…])
        const int handle = m_nextHandle++;
        const QString definitions = param(1).value.toString();
        const QString statement = param(2).value.toString();
        m_prepared.insert(handle, Prepared {statement, definitions});
        QList<TdsRpcParameter> outputs {handleParam(param(0), handle)};
        if (call.procId == TdsRpcCall::Prepare) {
            // A scrollable prepared query (@options = 1) expects the result's
            // metadata now; a SELECT is run without side effects to get it.
            if (param(3).value.toInt() & 1
                && statement.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)) {
                const TdsBatchReply reply = executeWithParameters(statement, definitions, {});
                for (const TdsBatchItem &item : reply.items) {
                    if (const auto *rs = std::get_if<TdsResultSet>(&item)) {
                        tokens.columnMetadata(tokens.typesFor(*rs), rs->columns);
                        break;
                    }
                }
            }
            finish(outputs, 0);
            return;
        }
        const QList<TdsRpcParameter> values = withDeclaredNames(
            call.parameters.mid(qMin(3, int(call.parameters.size()))), definitions);
        const TdsBatchReply reply = executeWithParameters(statement, definitions, values);
        writeItems(tokens, reply, true, false);
        outputs.append(outputsFrom(values, reply));
        finish(outputs, reply.hasReturnStatus ? reply.returnStatus : 0);
        return;
    }
    case TdsRpcCall::Execute: {
        const int handle = param(0).value.toInt();
        if (!m_prepared.contains(handle)) {
            tokens.message(makeMessage(8179, 4, 16,
                                       QStringLiteral("Could not find prepared statement with "
                                                      "handle %1.")
                                           .arg(handle)),
                           m_identity.serverName);
            tokens.done(TdsTokenWriter::DoneInProc,
                        TdsTokenWriter::DoneMore | TdsTokenWriter::DoneError, 0, 0);
            finish({}, -6);
            return;
        }
        const Prepared prepared = m_prepared.value(handle);
        const QList<TdsRpcParameter> values
            = withDeclaredNames(call.parameters.mid(1), prepared.parameterDefinitions);
        const TdsBatchReply reply
            = executeWithParameters(prepared.statement, prepared.parameterDefinitions, values);
        writeItems(tokens, reply, true, false);
        finish(outputsFrom(values, reply), reply.hasReturnStatus ? reply.returnStatus : 0);
        return;
    }
    case TdsRpcCall::Unprepare:
        m_prepared.remove(param(0).value.toInt());
        finish({}, 0);
        return;
    case TdsRpcCall::CursorOpen2: {
        // (cursor OUT, @stmt, @scrollopt OUT, @ccopt OUT, @rowcount OUT [, @paramdef, values…])
        QList<TdsRpcParameter> outputs;
        runCursorOpen(tokens, call, param(1).value.toString(), param(5).value.toString(), 6,
                      &outputs);
        finish(outputs, 0);
        return;
    }
    case TdsRpcCall::CursorPrepExec: {
        // (prepared handle OUT, cursor OUT, @paramdef, @stmt, @options, @scrollopt OUT,
        //  @ccopt OUT, @rowcount OUT, values…)
        const int handle = m_nextHandle++;
        m_prepared.insert(handle, Prepared {param(3).value.toString(), param(2).value.toString()});
        TdsRpcCall open;
        open.parameters = {param(1), param(3), param(5), param(6), param(7)};
        open.parameters.append(call.parameters.mid(qMin(8, int(call.parameters.size()))));
        QList<TdsRpcParameter> cursorOutputs;
        runCursorOpen(tokens, open, param(3).value.toString(), param(2).value.toString(), 5,
                      &cursorOutputs);
        QList<TdsRpcParameter> outputs {handleParam(param(0), handle)};
        outputs.append(cursorOutputs);
        finish(outputs, 0);
        return;
    }
    case TdsRpcCall::CursorFetch: {
        const int id = param(0).value.toInt();
        const int fetchType = param(1).value.toInt();
        const int rowNumber = param(2).value.toInt();
        const int count = qMax(1, param(3).value.isValid() ? param(3).value.toInt() : 1);
        if (!m_cursors.contains(id)) {
            tokens.message(
                makeMessage(16916, 1, 16,
                            QStringLiteral("A cursor with the name '%1' does not exist.").arg(id)),
                m_identity.serverName);
            tokens.done(TdsTokenWriter::DoneInProc,
                        TdsTokenWriter::DoneMore | TdsTokenWriter::DoneError, 0, 0);
            finish({}, 0);
            return;
        }
        Cursor &cursor = m_cursors[id];
        const int total = int(cursor.resultSet.rows.size());
        int start = 0;
        switch (fetchType & 0xFF) {
        case 0x01: start = 0; break; // FIRST
        case 0x02: start = cursor.firstRow + cursor.lastCount; break; // NEXT
        case 0x04: start = cursor.firstRow - count; break; // PREV
        case 0x08: start = total - count; break; // LAST
        case 0x10: start = rowNumber > 0 ? rowNumber - 1 : total + rowNumber; break; // ABSOLUTE
        case 0x20: start = cursor.firstRow + rowNumber - 1; break; // RELATIVE
        default: start = cursor.firstRow; break; // REFRESH, INFO
        }
        start = qBound(0, start, total);
        const int end = qMin(total, start + count);
        cursor.firstRow = start;
        cursor.lastCount = end - start;
        const QList<TdsTypeInfo> types = tokens.typesFor(cursor.resultSet);
        tokens.columnMetadata(types, cursor.resultSet.columns);
        for (int r = start; r < end; ++r)
            tokens.row(types, cursor.resultSet.rows.at(r));
        tokens.done(TdsTokenWriter::DoneInProc,
                    TdsTokenWriter::DoneMore | TdsTokenWriter::DoneCount, 0, quint64(end - start));
        finish({}, 0);
        return;
    }
    case TdsRpcCall::CursorClose:
        m_cursors.remove(param(0).value.toInt());
        finish({}, 0);
        return;
    case TdsRpcCall::CursorOption:
    case TdsRpcCall::CursorUnprepare:
        if (call.procId == TdsRpcCall::CursorUnprepare)
            m_prepared.remove(param(0).value.toInt());
        finish({}, 0);
        return;
    case TdsRpcCall::CursorExecute: {
        // (prepared handle, cursor OUT, @scrollopt OUT, @ccopt OUT, @rowcount OUT, values…)
        const Prepared prepared = m_prepared.value(param(0).value.toInt());
        TdsRpcCall open;
        open.parameters = {param(1), TdsRpcParameter(), param(2), param(3), param(4)};
        open.parameters.append(call.parameters.mid(qMin(5, int(call.parameters.size()))));
        QList<TdsRpcParameter> outputs;
        runCursorOpen(tokens, open, prepared.statement, prepared.parameterDefinitions, 5, &outputs);
        finish(outputs, 0);
        return;
    }
    case TdsRpcCall::None: {
        // A stored procedure by name (tedious callProcedure): EXEC with named arguments.
        QStringList arguments;
        QList<TdsRpcParameter> values = call.parameters;
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].name.isEmpty())
                values[i].name = QStringLiteral("@P%1").arg(i + 1);
            arguments.append(values.at(i).name + QStringLiteral(" = ") + values.at(i).name
                             + (values.at(i).output ? QStringLiteral(" OUTPUT") : QString()));
        }
        const QString sql = QStringLiteral("EXEC ") + call.procName
            + (arguments.isEmpty() ? QString()
                                   : QLatin1Char(' ') + arguments.join(QStringLiteral(", ")));
        const TdsBatchReply reply = executeWithParameters(sql, QString(), values);
        writeItems(tokens, reply, true, false);
        finish(outputsFrom(values, reply), reply.hasReturnStatus ? reply.returnStatus : 0);
        return;
    }
    default:
        tokens.message(makeMessage(2812, 62, 16,
                                   QStringLiteral("Could not find stored procedure '%1'.")
                                       .arg(call.procName.isEmpty() ? QString::number(call.procId)
                                                                    : call.procName)),
                       m_identity.serverName);
        tokens.done(TdsTokenWriter::DoneInProc,
                    TdsTokenWriter::DoneMore | TdsTokenWriter::DoneError, 0, 0);
        finish({}, 0);
        return;
    }
}

void TdsConnection::runCursorOpen(TdsTokenWriter &tokens, const TdsRpcCall &call,
                                  const QString &statement, const QString &definitions,
                                  int firstValue, QList<TdsRpcParameter> *outputs)
{
    const auto param = [&call](int index) {
        return index < call.parameters.size() ? call.parameters.at(index) : TdsRpcParameter();
    };
    QList<TdsRpcParameter> values
        = call.parameters.mid(qMin(firstValue, int(call.parameters.size())));
    const QList<ParameterDefinition> declared = parseDefinitions(definitions);
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].name.isEmpty())
            values[i].name
                = i < declared.size() ? declared.at(i).name : QStringLiteral("@P%1").arg(i + 1);
    }
    const TdsBatchReply reply = executeWithParameters(statement, definitions, values);
    int resultSets = 0;
    bool errors = false;
    const TdsResultSet *resultSet = nullptr;
    for (const TdsBatchItem &item : reply.items) {
        if (const auto *rs = std::get_if<TdsResultSet>(&item)) {
            ++resultSets;
            resultSet = rs;
        } else if (const auto *m = std::get_if<TdsMessage>(&item)) {
            errors = errors || m->isError();
        }
    }
    int cursorId = 0;
    int rowCount = 0;
    if (resultSets == 1 && !errors && resultSet) {
        cursorId = m_nextCursor++;
        m_cursors.insert(cursorId, Cursor {*resultSet, 0, 0});
        rowCount = int(resultSet->rows.size());
        tokens.columnMetadata(tokens.typesFor(*resultSet), resultSet->columns);
        tokens.done(TdsTokenWriter::DoneInProc,
                    TdsTokenWriter::DoneMore | TdsTokenWriter::DoneCount, 0, 0);
    } else {
        // What SQL Server does for a statement that cannot become a cursor (QODBC's
        // own SET QUOTED_IDENTIFIER ON arrives this way): run it directly.
        TdsBatchReply direct = reply;
        TdsMessage info
            = makeMessage(16954, 1, 10, QStringLiteral("Executing SQL directly; no cursor."));
        direct.items.prepend(info);
        writeItems(tokens, direct, true, false);
    }
    const auto output = [&](int index, const QVariant &value) {
        TdsRpcParameter p = param(index);
        if (p.type.code == TdsTypeInfo::Null || p.type.code == 0) {
            p.type = TdsTypeInfo();
            p.type.code = TdsTypeInfo::IntN;
            p.type.maxLength = 4;
        }
        p.value = value;
        outputs->append(p);
    };
    output(0, cursorId);
    if (param(2).output)
        output(2, param(2).value);
    if (param(3).output)
        output(3, param(3).value);
    if (param(4).output)
        output(4, rowCount);
}

void TdsConnection::handleTransaction(const Message &message)
{
    const int start = skipAllHeaders(message.payload);
    TdsReader in(message.payload, start);
    const quint16 request = in.u16();
    TdsTokenWriter tokens(m_collation);
    const auto begin = [&] {
        TdsWriter descriptor;
        descriptor.u64(m_nextTransaction++);
        m_transaction = descriptor.data();
        tokens.envChangeBinary(TdsTokenWriter::EnvBeginTransaction, m_transaction, QByteArray());
    };
    switch (request) {
    case 5: // TM_BEGIN_XACT
        begin();
        break;
    case 7: // TM_COMMIT_XACT
    case 8: { // TM_ROLLBACK_XACT
        if (!m_transaction.isEmpty()) {
            tokens.envChangeBinary(request == 7 ? TdsTokenWriter::EnvCommitTransaction
                                                : TdsTokenWriter::EnvRollbackTransaction,
                                   QByteArray(), m_transaction);
            m_transaction.clear();
        }
        in.bVarChar(); // transaction name
        const quint8 flags = in.atEnd() ? 0 : in.u8();
        if (flags & 0x01)
            begin();
        break;
    }
    default: break;
    }
    tokens.done(TdsTokenWriter::Done, TdsTokenWriter::DoneFinal, 0, 0);
    sendMessage(tokens.data());
}

void TdsConnection::handleAttention()
{
    TdsTokenWriter attention(m_collation);
    attention.done(TdsTokenWriter::Done, TdsTokenWriter::DoneAttention, 0, 0);
    if (m_delay.isActive()) {
        // A statement is "running": cut its reply short, then acknowledge the attention
        // in a separate message (tedious requires two messages, tds.md §9.2).
        m_delay.stop();
        m_afterDelay = nullptr;
        TdsTokenWriter cut(m_collation);
        cut.done(TdsTokenWriter::Done, TdsTokenWriter::DoneError, 0, 0);
        sendMessage(cut.data());
        qCInfo(lcSimTds) << "spid" << m_spid << "cancelled a running request";
    }
    // Requests the client queued before cancelling are discarded with the cancelled one.
    m_queue.clear();
    sendMessage(attention.data());
    QTimer::singleShot(0, this, &TdsConnection::processQueue);
}

void TdsConnection::sendError(int number, int severity, const QString &text, bool closeAfter)
{
    TdsTokenWriter tokens(m_collation);
    tokens.message(makeMessage(number, 1, severity, text), m_identity.serverName);
    tokens.done(TdsTokenWriter::Done, TdsTokenWriter::DoneError, 0, 0);
    sendMessage(tokens.data());
    if (closeAfter && m_socket)
        m_socket->disconnectFromHost();
}

void TdsConnection::sendMessage(const QByteArray &tokens)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const int chunk = m_packetSize - HeaderSize;
    int offset = 0;
    quint8 packetId = 1;
    do {
        const int size = qMin(chunk, int(tokens.size()) - offset);
        const bool last = offset + size >= tokens.size();
        TdsWriter packet;
        packet.u8(TabularResult);
        packet.u8(last ? StatusEndOfMessage : 0);
        packet.u16be(quint16(size + HeaderSize));
        packet.u16be(m_spid);
        packet.u8(packetId++);
        packet.u8(0);
        packet.bytes(tokens.mid(offset, size));
        m_socket->write(packet.data());
        offset += size;
    } while (offset < tokens.size());
}

} // namespace milink::sim
