#pragma once

#include "TsqlAst.h"
#include "TsqlCatalog.h"
#include "TsqlError.h"
#include "TsqlTypes.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace milink::sim {

class SimWorld;
class SimInstance;
struct SimAvailabilityGroup;
struct SimEndpoint;

// Runs parsed T-SQL against one simulated instance: variables, control flow, expressions,
// SELECT over the catalog, dynamic SQL, system procedures and the DDL/DCL of the link. Owned by
// a TsqlSession; lives on the main thread with the world.
class TsqlInterpreter
{
public:
    TsqlInterpreter(SimWorld &world, SimInstance &instance, const QString &login);

    BatchResult execute(const QString &sql, const QList<SqlParameter> &parameters);
    QString currentDatabase() const { return m_database; }
    void cancel() { m_cancelled = true; }

private:
    struct Variable
    {
        QString name;
        TsqlTypeInfo type;
        TsqlValue value;
    };
    using Variables = QHash<QString, Variable>; // key: lower-case name

    // A table visible to expressions: a FROM item with its alias.
    struct Source
    {
        QString alias;
        QString name; // the object's own name (last part)
        const TsqlTable *table = nullptr;
    };
    using JoinedRow = QList<const QList<TsqlValue> *>; // one entry per source; nullptr = NULLs
    struct Scope
    {
        const QList<Source> *sources = nullptr;
        JoinedRow row;
        const QList<JoinedRow> *group = nullptr; // rows of the current group (aggregates)
        const Scope *outer = nullptr;
    };
    struct ControlFlow
    {
        enum class Kind { Break, Continue, Return } kind;
        TsqlValue value;
    };

    // Batches and statements.
    void runBatch(const QString &sql, Variables &variables);
    void runStatements(const QList<TsqlStatementPtr> &statements);
    void runStatement(const TsqlStatement &statement);
    void runSelect(const TsqlStatement &statement);
    void runExec(const TsqlStatement &statement);
    void runUse(const TsqlStatement &statement);
    void runRaiserror(const TsqlStatement &statement);
    void runThrow(const TsqlStatement &statement);
    void runTryCatch(const TsqlStatement &statement);
    void runProcedure(const QString &name, const QList<TsqlValue> &positional,
                      const QHash<QString, TsqlValue> &named, const TsqlStatement &statement,
                      QHash<QString, TsqlValue> *outputs);
    void executeSql(const TsqlValue &statementText, const QString &parameterDefinitions,
                    const QList<TsqlValue> &positional, const QHash<QString, TsqlValue> &named,
                    QHash<QString, TsqlValue> *outputs, int line);
    void bindStatements(const QList<TsqlStatementPtr> &statements);
    void bindExpression(const TsqlExprPtr &expr);
    void bindSelect(const TsqlSelect &select);
    void collectDeclarations(const QList<TsqlStatementPtr> &statements, Variables &variables);
    void assign(const QString &name, const TsqlValue &value, int line);

    // Output.
    void emitMessage(int number, int severity, int state, const QString &text, int line);
    void emitInfo(int number, const QString &text, int line, int state = 1);
    void emitResult(const TsqlTable &table);

    // Expressions and queries.
    TsqlValue eval(const TsqlExprPtr &expr, const Scope *scope);
    std::optional<bool> condition(const TsqlExprPtr &expr, const Scope *scope);
    TsqlValue column(const TsqlExpr &expr, const Scope *scope);
    TsqlValue systemVariable(const TsqlExpr &expr);
    TsqlValue function(const TsqlExpr &expr, const Scope *scope);
    TsqlValue worldFunction(const QString &name, const QList<TsqlValue> &args, int line);
    TsqlValue aggregate(const TsqlExpr &expr, const Scope *scope);
    TsqlValue serverProperty(const QString &property);
    bool containsAggregate(const TsqlExprPtr &expr) const;
    TsqlTable query(const TsqlSelect &select, const Scope *outer,
                    QList<QPair<QString, TsqlExprPtr>> *assignments = nullptr);
    TsqlTable resolveTable(const TsqlTableRef &ref, const Scope *outer, QString *name);

    // DDL, DCL, BACKUP, DBCC (TsqlInterpreterDdl.cpp).
    void requireSysadmin(int line);
    void createMasterKey(const TsqlStatement &statement);
    void dropMasterKey(const TsqlStatement &statement);
    void createCertificate(const TsqlStatement &statement);
    void dropCertificate(const TsqlStatement &statement);
    void createOrAlterEndpoint(const TsqlStatement &statement);
    void applyEndpointOptions(const TsqlStatement &statement, SimEndpoint &endpoint, bool creating);
    void dropEndpoint(const TsqlStatement &statement);
    void createAvailabilityGroup(const TsqlStatement &statement);
    void alterAvailabilityGroup(const TsqlStatement &statement);
    void dropAvailabilityGroup(const TsqlStatement &statement);
    void checkDatabaseForAvailabilityGroup(const QString &database, const QString &group, int line);
    void alterDatabase(const TsqlStatement &statement);
    void backup(const TsqlStatement &statement);
    void dbcc(const TsqlStatement &statement);
    void certificateIssuer(const QList<TsqlValue> &positional,
                           const QHash<QString, TsqlValue> &named, bool add, int line);
    void endpointCertificate(const QList<TsqlValue> &positional,
                             const QHash<QString, TsqlValue> &named, int line);
    QString optionText(const TsqlOption &option, int index = 0);
    bool isSysadmin() const;
    int majorVersion() const;

    SimWorld &m_world;
    SimInstance &m_instance;
    TsqlCatalog m_catalog;
    QString m_login;
    QString m_database = QStringLiteral("master");
    bool m_cancelled = false;
    bool m_noCount = false;
    int m_lastError = 0;
    qint64 m_rowCount = 0;
    int m_depth = 0;
    int m_transactionCount = 0;
    QList<int> m_tryLevels; // batch nesting level of each running BEGIN TRY
    QList<ServerMessage> m_caughtErrors; // the error each running CATCH block handles
    QSet<int> m_sessionTraceFlags;
    Variables *m_variables = nullptr;
    BatchResult m_result;
};

} // namespace milink::sim
