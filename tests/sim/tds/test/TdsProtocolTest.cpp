// The TDS protocol layer against real clients (FreeTDS tsql, QODBC over unixODBC and
// FreeTDS), with a small scripted backend instead of the T-SQL engine, so wire-format
// problems show here independently of the engine.

#include "TdsServer.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace milink::sim;

namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};
} // namespace Catch

namespace {

// Answers a handful of statements the way SQL Server would.
class ScriptedBackend : public TdsBackend
{
public:
    TdsBatchReply execute(const QString &sql, const QList<TdsParameter> &parameters) override
    {
        TdsBatchReply reply;
        const QString s = sql.trimmed();
        if (s.startsWith(QLatin1String("SELECT N'"))) {
            TdsResultSet rs;
            rs.columns = {TdsColumn {QStringLiteral("v"), TdsValueType::NVarChar, -1, 0, 0, true}};
            rs.rows.append(QVariantList {QVariant(s.mid(9, s.size() - 10))});
            reply.items = {rs, TdsRowCount {1}};
        } else if (s == QLatin1String("SELECT types")) {
            TdsResultSet rs;
            rs.columns = {{QStringLiteral("i"), TdsValueType::Int, 0, 0, 0, true},
                          {QStringLiteral("b"), TdsValueType::BigInt, 0, 0, 0, true},
                          {QStringLiteral("bit"), TdsValueType::Bit, 0, 0, 0, true},
                          {QStringLiteral("n"), TdsValueType::Numeric, 0, 25, 0, true},
                          {QStringLiteral("bin"), TdsValueType::VarBinary, -1, 0, 0, true},
                          {QStringLiteral("dt"), TdsValueType::DateTime2, 0, 0, 7, true},
                          {QStringLiteral("g"), TdsValueType::UniqueIdentifier, 0, 0, 0, true},
                          {QStringLiteral("nul"), TdsValueType::NVarChar, 10, 0, 0, true}};
            rs.rows.append(QVariantList {
                7, qlonglong(1099511627776LL), true, QStringLiteral("98000000012345600001"),
                QByteArray("\x01\x02\xff", 3),
                QDateTime(QDate(2026, 11, 22), QTime(10, 30, 15, 250), Qt::UTC),
                QUuid(QStringLiteral("{6f9619ff-8b86-d011-b42d-00c04fc964ff}")), QVariant()});
            reply.items = {rs, TdsRowCount {1}};
        } else if (s == QLatin1String("SELECT @P1")) {
            TdsResultSet rs;
            rs.columns = {{QStringLiteral("p"), TdsValueType::NVarChar, -1, 0, 0, true}};
            rs.rows.append(QVariantList {QVariant(parameters.value(0).value.toString()
                                                  + QLatin1Char('|') + parameters.value(0).name)});
            reply.items = {rs, TdsRowCount {1}};
        } else if (s.startsWith(QLatin1String("RAISERROR"))) {
            TdsMessage m;
            m.number = 1475;
            m.state = 1;
            m.severity = 16;
            m.text = QStringLiteral("Database 'x' might contain bulk logged changes.");
            reply.items = {m};
        } else if (s.startsWith(QLatin1String("USE "))) {
            m_database = s.mid(4);
        } else {
            // SET options and the like: no result.
        }
        ++m_executed;
        return reply;
    }
    QString currentDatabase() const override { return m_database; }
    void cancel() override { }

    QString m_database = QStringLiteral("master");
    int m_executed = 0;
};

TdsServer *startServer(QObject *parent, const QString &collation = QString())
{
    auto *server = new TdsServer(
        [collation] {
            TdsServerIdentity id;
            id.serverName = QStringLiteral("SQLSIM01");
            if (!collation.isEmpty())
                id.collation = collation;
            return id;
        },
        [](const TdsLogin7 &login, TdsMessage *failure) -> std::unique_ptr<TdsBackend> {
            if (login.userName == QLatin1String("sa")
                && login.password == QLatin1String("Sim-Pass1"))
                return std::make_unique<ScriptedBackend>();
            failure->number = 18456;
            failure->severity = 14;
            failure->text = QStringLiteral("Login failed for user '%1'.").arg(login.userName);
            return nullptr;
        },
        parent);
    REQUIRE(server->listen(QHostAddress::LocalHost));
    return server;
}

QString runTsql(quint16 port, const QString &password, const QString &input)
{
    QProcess tsql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TDSVER"), QStringLiteral("7.4"));
    tsql.setProcessEnvironment(env);
    tsql.start(QStringLiteral("tsql"),
               {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(port), QStringLiteral("-U"), QStringLiteral("sa"),
                QStringLiteral("-P"), password});
    REQUIRE(tsql.waitForStarted());
    tsql.write(input.toUtf8());
    tsql.closeWriteChannel();
    REQUIRE(QTest::qWaitFor([&] { return tsql.state() == QProcess::NotRunning; }, 20000));
    return QString::fromUtf8(tsql.readAllStandardOutput() + tsql.readAllStandardError());
}

// QODBC blocks its thread, and the server lives on this one: run the client on a
// std::thread and keep this thread's event loop spinning.
template<typename Fn> void onClientThread(Fn fn)
{
    std::atomic<bool> done {false};
    std::thread client([&] {
        fn();
        done = true;
    });
    const bool finished = QTest::qWaitFor([&] { return done.load(); }, 30000);
    client.join();
    REQUIRE(finished);
}

QString odbcString(quint16 port)
{
    return QStringLiteral("Driver=FreeTDS;Server=127.0.0.1;Port=%1;TDS_Version=7.4;"
                          "Encryption=off;ClientCharset=UTF-8")
        .arg(port);
}

} // namespace

TEST_CASE("tsql logs in, runs batches and sees errors with their numbers")
{
    QObject owner;
    TdsServer *server = startServer(&owner);
    const QString out = runTsql(server->port(), QStringLiteral("Sim-Pass1"),
                                QStringLiteral("SELECT N'hello'\ngo\nRAISERROR\ngo\nexit\n"));
    CHECK(out.contains(QLatin1String("hello")));
    CHECK(out.contains(QLatin1String("Msg 1475")));
    CHECK(out.contains(QLatin1String("bulk logged changes")));
}

TEST_CASE("tsql reads a (max) value sent in PLP chunks")
{
    QObject owner;
    TdsServer *server = startServer(&owner);
    const QString big(9000, QLatin1Char('y'));
    const QString out
        = runTsql(server->port(), QStringLiteral("Sim-Pass1"),
                  QStringLiteral("SELECT N'") + big + QStringLiteral("'\ngo\nexit\n"));
    CHECK(out.contains(big));
}

TEST_CASE("tsql with a wrong password gets 18456")
{
    QObject owner;
    TdsServer *server = startServer(&owner);
    const QString out = runTsql(server->port(), QStringLiteral("wrong"), QStringLiteral("exit\n"));
    CHECK(out.contains(QLatin1String("18456")));
    CHECK(out.contains(QLatin1String("Login failed for user 'sa'")));
}

TEST_CASE("QODBC reads every emitted type, NULLs and multi-packet replies")
{
    QObject owner;
    TdsServer *server = startServer(&owner);
    const quint16 port = server->port();
    QVariantList values;
    QString error;
    QString longValue;
    onClientThread([&] {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("types"));
            db.setDatabaseName(odbcString(port));
            db.setUserName(QStringLiteral("sa"));
            db.setPassword(QStringLiteral("Sim-Pass1"));
            db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=5"));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                // numeric(25,0) LSNs do not fit a double.
                q.setNumericalPrecisionPolicy(QSql::HighPrecision);
                if (q.exec(QStringLiteral("SELECT types")) && q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        values.append(q.value(i));
                } else {
                    error = q.lastError().text();
                }
                // 7.8 KB of UCS-2: two packets at FreeTDS's 4096. (Values over 4000 characters go
                // out as PLP; tsql reads them, QODBC 6.4 over FreeTDS returned them empty.)
                const QString big(3900, QLatin1Char('x'));
                if (q.exec(QStringLiteral("SELECT N'") + big + QLatin1Char('\'')) && q.next())
                    longValue = q.value(0).toString();
                else
                    error = q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("types"));
    });
    INFO(error.toStdString());
    REQUIRE(values.size() == 8);
    CHECK(values.at(0).toInt() == 7);
    CHECK(values.at(1).toLongLong() == 1099511627776LL);
    CHECK(values.at(2).toInt() == 1);
    CHECK(values.at(3).toString() == QLatin1String("98000000012345600001"));
    CHECK(values.at(4).toByteArray() == QByteArray("\x01\x02\xff", 3));
    CHECK(values.at(5).toDateTime().time() == QTime(10, 30, 15, 250));
    CHECK(values.at(6).toString().contains(QLatin1String("6F9619FF"), Qt::CaseInsensitive));
    CHECK(values.at(7).isNull());
    INFO(error.toStdString());
    CHECK(longValue == QString(3900, QLatin1Char('x')));
}

TEST_CASE("QODBC failed login reports 18456 as a connection error")
{
    QObject owner;
    TdsServer *server = startServer(&owner);
    const quint16 port = server->port();
    QString native;
    bool opened = true;
    onClientThread([&] {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("badlogin"));
            db.setDatabaseName(odbcString(port));
            db.setUserName(QStringLiteral("sa"));
            db.setPassword(QStringLiteral("nope"));
            db.setConnectOptions(QStringLiteral("SQL_ATTR_LOGIN_TIMEOUT=5"));
            opened = db.open();
            native = db.lastError().nativeErrorCode();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("badlogin"));
    });
    CHECK_FALSE(opened);
    CHECK(native == QLatin1String("18456"));
}

TEST_CASE("QODBC prepared statements arrive as sp_prepexec with named parameters")
{
    QObject owner;
    // A UTF-8 collation lets FreeTDS send non-Latin VARCHAR parameters (tds.md §5).
    TdsServer *server = startServer(&owner, QStringLiteral("Latin1_General_100_CI_AS_SC_UTF8"));
    const quint16 port = server->port();
    QString value;
    QString error;
    onClientThread([&] {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("prepared"));
            db.setDatabaseName(odbcString(port));
            db.setUserName(QStringLiteral("sa"));
            db.setPassword(QStringLiteral("Sim-Pass1"));
            if (db.open()) {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.prepare(QStringLiteral("SELECT ?"));
                q.addBindValue(QStringLiteral("Zürich ✓"));
                if (q.exec() && q.next())
                    value = q.value(0).toString();
                else
                    error = q.lastError().text();
            } else {
                error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("prepared"));
    });
    INFO(error.toStdString());
    CHECK(value == QStringLiteral("Zürich ✓|@P1"));
}

TEST_CASE("QODBC scrollable queries work through server cursors, transactions through the "
          "transaction manager")
{
    QObject owner;
    TdsServer *server = startServer(&owner);
    const quint16 port = server->port();
    QStringList values;
    bool transactionOk = false;
    QString error;
    onClientThread([&] {
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QODBC"), QStringLiteral("cursors"));
            db.setDatabaseName(odbcString(port));
            db.setUserName(QStringLiteral("sa"));
            db.setPassword(QStringLiteral("Sim-Pass1"));
            if (db.open()) {
                // Qt's default (scrollable) makes FreeTDS use sp_cursoropen/sp_cursorfetch.
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT N'scroll'"))) {
                    while (q.next())
                        values << q.value(0).toString();
                    if (q.first())
                        values << q.value(0).toString();
                } else {
                    error = q.lastError().text();
                }
                transactionOk
                    = db.transaction() && db.commit() && db.transaction() && db.rollback();
            } else {
                error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("cursors"));
    });
    INFO(error.toStdString());
    CHECK(values == QStringList {QStringLiteral("scroll"), QStringLiteral("scroll")});
    CHECK(transactionOk);
}
