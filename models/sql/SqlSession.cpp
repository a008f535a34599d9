#include "SqlSession.h"

#include "OdbcDriverDetector.h"
#include "SqlWorker.h"

namespace milink {

SqlSession::SqlSession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<milink::SqlResult>();
    qRegisterMetaType<milink::SqlError>();
    qRegisterMetaType<milink::SqlConnectionOptions>();
    m_thread.setObjectName(QStringLiteral("milink-sql"));
    m_worker = new SqlWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Queued with this session as context: nothing arrives after the session is gone.
    connect(m_worker, &SqlWorker::opened, this, [this](const SqlError &error) {
        setState(error.isError() ? State::Disconnected : State::Connected);
        emit opened(error);
    });
    connect(m_worker, &SqlWorker::finished, this, &SqlSession::finished);
    connect(m_worker, &SqlWorker::connectionLost, this, [this](const SqlError &error) {
        setState(State::Lost);
        emit connectionLost(error);
    });
    m_thread.start();
}

SqlSession::~SqlSession()
{
    m_worker->cancel();
    QMetaObject::invokeMethod(m_worker, &SqlWorker::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SqlSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SqlSession::open(const SqlConnectionOptions &options, const QString &driver)
{
    m_options = options;
    m_driver = driver;
    setState(State::Connecting);
    SqlWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, options, driver] {
            const QString chosen = driver.isEmpty()
                ? OdbcConnectionString::preferredDriver(
                    OdbcDriverDetector::sqlServerDrivers(OdbcDriverDetector::installedDrivers()))
                : driver;
            worker->open(options, chosen);
        },
        Qt::QueuedConnection);
}

void SqlSession::reconnect()
{
    open(m_options, m_driver);
}

quint64 SqlSession::execute(const QString &script)
{
    const quint64 id = m_nextRequest++;
    SqlWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, script] { worker->execute(id, script); }, Qt::QueuedConnection);
    return id;
}

void SqlSession::cancel()
{
    m_worker->cancel();
}

void SqlSession::close()
{
    QMetaObject::invokeMethod(m_worker, &SqlWorker::close, Qt::QueuedConnection);
    setState(State::Disconnected);
}

} // namespace milink
