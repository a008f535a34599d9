#include "SqlWorker.h"

#include "SqlBatchSplitter.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QUuid>

#include <sql.h>
#include <sqlext.h>

Q_LOGGING_CATEGORY(lcSql, "milink.sql")

namespace milink {

SqlWorker::SqlWorker(QObject *parent)
    : QObject(parent),
      m_connectionName(QStringLiteral("milink-sql-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

SqlWorker::~SqlWorker()
{
    close();
}

bool SqlWorker::isConnectionLost(const QSqlError &error)
{
    // FreeTDS: 20002 connection closed, 20003 timeout, 20004 read failed, 20006 write
    // failed, 20047 dead DBPROCESS; Microsoft drivers report SQLSTATE 08S01.
    static const QStringList codes
        = {QStringLiteral("20002"), QStringLiteral("20003"), QStringLiteral("20004"),
           QStringLiteral("20006"), QStringLiteral("20047"), QStringLiteral("10054")};
    const QString text = error.databaseText();
    return codes.contains(error.nativeErrorCode()) || text.contains(QLatin1String("08S01"))
        || text.contains(QLatin1String("Communication link failure"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("Read from the server failed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("Write to the server failed"), Qt::CaseInsensitive);
}

QString SqlWorker::protectComments(const QString &sql)
{
    // QSqlQuery::prepare() rewrites ":name" outside quotes and brackets into an ODBC "?"
    // placeholder, comments included. A space after such a colon inside a comment keeps
    // the text meaning the same and the statement free of phantom parameters.
    QString out;
    out.reserve(sql.size() + 8);
    enum { Code, String, Bracket, Quoted, Line, Block } state = Code;
    int depth = 0;
    for (int i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < sql.size() ? sql.at(i + 1) : QChar();
        out.append(c);
        switch (state) {
        case Code:
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                state = Line;
                out.append(next);
                ++i;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = Block;
                depth = 1;
                out.append(next);
                ++i;
            } else if (c == QLatin1Char('\'')) {
                state = String;
            } else if (c == QLatin1Char('[')) {
                state = Bracket;
            } else if (c == QLatin1Char('"')) {
                state = Quoted;
            }
            break;
        case String:
            if (c == QLatin1Char('\''))
                state = Code; // a doubled quote re-enters String at once
            break;
        case Bracket:
            if (c == QLatin1Char(']'))
                state = Code;
            break;
        case Quoted:
            if (c == QLatin1Char('"'))
                state = Code;
            break;
        case Line:
            if (c == QLatin1Char('\n'))
                state = Code;
            else if (c == QLatin1Char(':') && next.isLetterOrNumber())
                out.append(QLatin1Char(' '));
            break;
        case Block:
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                ++depth;
                out.append(next);
                ++i;
            } else if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                out.append(next);
                ++i;
                if (--depth == 0)
                    state = Code;
            } else if (c == QLatin1Char(':') && next.isLetterOrNumber()) {
                out.append(QLatin1Char(' '));
            }
            break;
        }
    }
    return out;
}

bool SqlWorker::isConnectionDead(const QSqlDatabase &db)
{
    // FreeTDS reports the first failure on a dropped socket as "Unknown error" with no
    // native number; the driver's own view of the connection settles it.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid())
        return false;
    SQLHDBC dbc = *static_cast<SQLHDBC const *>(handle.constData());
    if (!dbc)
        return false;
    SQLUINTEGER dead = SQL_CD_FALSE;
    const SQLRETURN r = SQLGetConnectAttr(dbc, SQL_ATTR_CONNECTION_DEAD, &dead, 0, nullptr);
    return SQL_SUCCEEDED(r) && dead == SQL_CD_TRUE;
}

SqlError SqlWorker::toSqlError(const QSqlError &error, SqlError::Kind kind)
{
    SqlError out;
    out.kind = kind;
    out.nativeCode = error.nativeErrorCode();
    out.serverText = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    // Strip the driver prefixes ("[FreeTDS][SQL Server]") for the plain message.
    QString plain = out.serverText;
    static const QRegularExpression prefixes(QStringLiteral("\\[[^\\]]*\\]"));
    plain.remove(prefixes);
    plain = plain.simplified();
    switch (kind) {
    case SqlError::Kind::Connection:
        if (out.nativeCode == QLatin1String("18456"))
            out.message = tr("SQL Server rejected the login. Check the login name and password, "
                             "and that SQL Server authentication is enabled.");
        else if (out.nativeCode == QLatin1String("20009")
                 || out.nativeCode == QLatin1String("20013"))
            out.message = tr("SQL Server is not reachable. Check the host name, the port and "
                             "the firewall.");
        else
            out.message = tr("Could not connect to SQL Server: %1").arg(plain);
        break;
    case SqlError::Kind::ConnectionLost:
        out.message = tr("The connection to SQL Server was lost (%1). Reconnect and run the "
                         "step again; it is safe to repeat.")
                          .arg(plain.isEmpty() ? out.nativeCode : plain);
        break;
    case SqlError::Kind::Cancelled: out.message = tr("The statement was cancelled."); break;
    default: out.message = plain; break;
    }
    return out;
}

void SqlWorker::open(const SqlConnectionOptions &options, const QString &driver)
{
    close();
    QString buildError;
    const QString connectionString = OdbcConnectionString::build(options, driver, &buildError);
    if (connectionString.isEmpty()) {
        SqlError error;
        error.kind = SqlError::Kind::Usage;
        error.message = buildError;
        emit opened(error);
        return;
    }
    qCInfo(lcSql) << "connecting:" << OdbcConnectionString::redacted(connectionString);
    SqlError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), m_connectionName);
        db.setDatabaseName(connectionString);
        db.setConnectOptions(
            QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=%1").arg(qMax(1, options.loginTimeoutSeconds)));
        if (!db.open()) {
            result = toSqlError(db.lastError(), SqlError::Kind::Connection);
            // FreeTDS says only "connection failed" when the TLS negotiation fails.
            if (options.server.encryption == SqlEncryption::Mandatory
                && result.serverText.contains(QLatin1String("connection failed"),
                                              Qt::CaseInsensitive))
                result.message = tr("The connection failed while negotiating encryption. The "
                                    "server may not offer TLS or its certificate may not be "
                                    "trusted; check the server's certificate, or choose "
                                    "optional encryption.");
            if (result.nativeCode == QLatin1String("0")
                && result.serverText.contains(QLatin1String("Timeout"), Qt::CaseInsensitive))
                result.message = tr("SQL Server did not answer within %1 seconds. Check the "
                                    "host, the port and the firewall.")
                                     .arg(options.loginTimeoutSeconds);
        }
    }
    if (result.isError())
        QSqlDatabase::removeDatabase(m_connectionName);
    emit opened(result);
}

void SqlWorker::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void SqlWorker::cancel()
{
    m_cancelRequested = true;
    QMutexLocker lock(&m_statementMutex);
    if (m_statement)
        SQLCancel(static_cast<SQLHSTMT>(m_statement));
}

void SqlWorker::execute(quint64 requestId, const QString &script)
{
    m_cancelRequested = false;
    SqlResult result;
    if (!QSqlDatabase::contains(m_connectionName)) {
        result.error.kind = SqlError::Kind::ConnectionLost;
        result.error.message = tr("Not connected to SQL Server. Connect first.");
        emit finished(requestId, result);
        return;
    }
    QString splitError;
    const QList<SqlBatch> batches = SqlBatchSplitter::split(script, &splitError);
    if (!splitError.isEmpty()) {
        result.error.kind = SqlError::Kind::Usage;
        result.error.message = splitError;
        emit finished(requestId, result);
        return;
    }
    for (int b = 0; b < batches.size() && !result.error.isError(); ++b) {
        for (int r = 0; r < batches.at(b).repeat && !result.error.isError(); ++r) {
            if (!runBatch(batches.at(b).text, &result)) {
                result.error.batch = b;
                result.error.line = batches.at(b).firstLine;
            }
        }
        if (!result.error.isError())
            ++result.batchesRun;
    }
    if (result.error.kind == SqlError::Kind::ConnectionLost) {
        close();
        emit connectionLost(result.error);
    }
    emit finished(requestId, result);
}

bool SqlWorker::runBatch(const QString &sql, SqlResult *result)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    // Forward-only: otherwise FreeTDS turns every statement into server cursors.
    query.setForwardOnly(true);
    // numeric(25,0) LSNs do not fit a double.
    query.setNumericalPrecisionPolicy(QSql::HighPrecision);
    const auto fail = [&](const QSqlError &error) {
        SqlError::Kind kind = SqlError::Kind::Statement;
        if (m_cancelRequested)
            kind = SqlError::Kind::Cancelled;
        else if (isConnectionLost(error) || !db.isOpen() || isConnectionDead(db))
            kind = SqlError::Kind::ConnectionLost;
        result->error = toSqlError(error, kind);
        qCInfo(lcSql) << "statement failed:" << result->error.nativeCode
                      << result->error.serverText;
        return false;
    };
    // Prepare first, so the statement handle exists while it runs and can be cancelled.
    if (!query.prepare(protectComments(sql)))
        return fail(query.lastError());
    {
        QMutexLocker lock(&m_statementMutex);
        const QVariant handle = query.result() ? query.result()->handle() : QVariant();
        m_statement = handle.isValid() ? *static_cast<void *const *>(handle.constData()) : nullptr;
    }
    if (m_cancelRequested) {
        QMutexLocker lock(&m_statementMutex);
        m_statement = nullptr;
        result->error.kind = SqlError::Kind::Cancelled;
        result->error.message = tr("The statement was cancelled.");
        return false;
    }
    const bool ok = query.exec();
    bool success = ok;
    if (!ok) {
        fail(query.lastError());
    } else {
        do {
            if (query.isSelect()) {
                SqlResultSet set;
                const QSqlRecord record = query.record();
                for (int c = 0; c < record.count(); ++c)
                    set.columns << record.fieldName(c);
                while (query.next()) {
                    QVariantList row;
                    for (int c = 0; c < record.count(); ++c)
                        row << query.value(c);
                    set.rows << row;
                }
                result->resultSets << set;
            } else {
                result->rowsAffected = query.numRowsAffected();
            }
        } while (query.nextResult());
        // An error after a result set in the same batch shows only here.
        if (query.lastError().isValid() && query.lastError().type() != QSqlError::NoError
            && !query.lastError().nativeErrorCode().isEmpty()) {
            fail(query.lastError());
            success = false;
        }
    }
    {
        QMutexLocker lock(&m_statementMutex);
        m_statement = nullptr;
    }
    return success;
}

} // namespace milink
