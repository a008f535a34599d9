#pragma once

#include "TsqlSession.h"
#include "world/SimWorld.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <memory>

namespace milink::sim::test {

// A world loaded with the demo scenario (SQL01, SQL Server 2022 CU13 with Sales and Inventory;
// managed instance sqlmi-demo) and one session on each instance.
struct TsqlEngineFixture
{
    SimWorld world;
    SimInstance *sql = nullptr;
    SimManagedInstance *managedInstance = nullptr;
    SimInstance *mi = nullptr;
    std::unique_ptr<TsqlSession> session;
    std::unique_ptr<TsqlSession> miSession;

    TsqlEngineFixture()
    {
        const QString problems = world.loadScenario(SimWorld::demoScenario());
        REQUIRE(problems.isEmpty());
        sql = world.sqlServers().first();
        managedInstance = world.managedInstances().first();
        mi = managedInstance->engine();
        session = std::make_unique<TsqlSession>(world, *sql, QStringLiteral("sa"));
        miSession = std::make_unique<TsqlSession>(world, *mi, QStringLiteral("miadmin"));
    }

    BatchResult run(const QString &batch) { return session->execute(batch); }
    BatchResult runOnMi(const QString &batch) { return miSession->execute(batch); }
};

inline QList<ServerMessage> messagesOf(const BatchResult &result)
{
    QList<ServerMessage> messages;
    for (const BatchItem &item : result.items) {
        if (const auto *m = std::get_if<ServerMessage>(&item))
            messages << *m;
    }
    return messages;
}

inline QList<ServerMessage> errorsOf(const BatchResult &result)
{
    QList<ServerMessage> errors;
    for (const ServerMessage &m : messagesOf(result)) {
        if (m.isError())
            errors << m;
    }
    return errors;
}

inline QStringList printedBy(const BatchResult &result)
{
    QStringList lines;
    for (const ServerMessage &m : messagesOf(result)) {
        if (m.number == 0 && !m.isError())
            lines << m.text;
    }
    return lines;
}

inline QList<ResultSet> resultSetsOf(const BatchResult &result)
{
    QList<ResultSet> sets;
    for (const BatchItem &item : result.items) {
        if (const auto *r = std::get_if<ResultSet>(&item))
            sets << *r;
    }
    return sets;
}

// The single value of a batch's single result set.
inline QVariant scalarOf(const BatchResult &result)
{
    const QList<ResultSet> sets = resultSetsOf(result);
    REQUIRE(sets.size() == 1);
    REQUIRE(sets.first().rows.size() == 1);
    REQUIRE(sets.first().rows.first().size() >= 1);
    return sets.first().rows.first().first();
}

// Fails the test with the server's messages when a batch raised an error.
inline void requireSuccess(const BatchResult &result)
{
    const QList<ServerMessage> errors = errorsOf(result);
    QStringList texts;
    for (const ServerMessage &e : errors)
        texts << QStringLiteral("Msg %1, line %2: %3").arg(e.number).arg(e.line).arg(e.text);
    INFO(texts.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.isEmpty());
}

inline int firstErrorNumber(const BatchResult &result)
{
    const QList<ServerMessage> errors = errorsOf(result);
    return errors.isEmpty() ? 0 : errors.first().number;
}

} // namespace milink::sim::test
