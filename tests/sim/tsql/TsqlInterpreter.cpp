#include "TsqlInterpreter.h"

#include "TsqlConvert.h"
#include "TsqlFunctions.h"
#include "TsqlParser.h"

#include "world/SimWorld.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSimTsql, "milink.sim.tsql")

namespace milink::sim {

namespace {

// Unwinds the scopes an error ends after it has been reported once.
struct Abort
{
    TsqlError::Abort level;
};

struct Cancelled
{
};

// An error raised inside BEGIN TRY: it goes to the CATCH block instead of the client.
struct Caught
{
    ServerMessage message;
};

// WHILE loops have a ceiling: the simulator is single-threaded and a runaway loop would freeze
// every connection.
constexpr int kMaxLoopIterations = 1000000;

TsqlTypeInfo typeOf(const SqlParameter &parameter)
{
    switch (parameter.type) {
    case SqlType::Bit: return TsqlTypeInfo::of(TsqlKind::Bit);
    case SqlType::TinyInt: return TsqlTypeInfo::of(TsqlKind::TinyInt);
    case SqlType::SmallInt: return TsqlTypeInfo::of(TsqlKind::SmallInt);
    case SqlType::Int: return TsqlTypeInfo::of(TsqlKind::Int);
    case SqlType::BigInt: return TsqlTypeInfo::of(TsqlKind::BigInt);
    case SqlType::Float: return TsqlTypeInfo::of(TsqlKind::Float);
    case SqlType::Numeric: return TsqlTypeInfo::of(TsqlKind::Numeric, -1, 38, 0);
    case SqlType::NVarChar: return TsqlTypeInfo::of(TsqlKind::NVarChar, parameter.length);
    case SqlType::VarChar: return TsqlTypeInfo::of(TsqlKind::VarChar, parameter.length);
    case SqlType::VarBinary: return TsqlTypeInfo::of(TsqlKind::VarBinary, parameter.length);
    case SqlType::DateTime: return TsqlTypeInfo::of(TsqlKind::DateTime);
    case SqlType::DateTime2: return TsqlTypeInfo::of(TsqlKind::DateTime2);
    case SqlType::UniqueIdentifier: return TsqlTypeInfo::of(TsqlKind::UniqueIdentifier);
    }
    return TsqlTypeInfo::of(TsqlKind::NVarChar);
}

TsqlValue fromWire(const QVariant &value, const TsqlTypeInfo &type)
{
    if (!value.isValid() || value.isNull())
        return TsqlValue::null(type);
    if (type.isInteger())
        return TsqlValue {type,
                          QVariant(value.typeId() == QMetaType::Bool
                                       ? qint64(value.toBool() ? 1 : 0)
                                       : value.toLongLong())};
    if (type.kind == TsqlKind::Float)
        return TsqlValue {type, QVariant(value.toDouble())};
    if (type.kind == TsqlKind::Numeric || type.isString())
        return TsqlValue {type, QVariant(value.toString())};
    if (type.isBinary())
        return TsqlValue {type, QVariant(value.toByteArray())};
    if (type.isDateTime())
        return TsqlValue {type, QVariant(value.toDateTime().toUTC())};
    if (type.kind == TsqlKind::UniqueIdentifier)
        return TsqlValue {type, QVariant(value.toUuid())};
    return TsqlValue {type, value};
}

} // namespace

TsqlInterpreter::TsqlInterpreter(SimWorld &world, SimInstance &instance, const QString &login)
    : m_world(world), m_instance(instance), m_catalog(world, instance), m_login(login)
{
}

BatchResult TsqlInterpreter::execute(const QString &sql, const QList<SqlParameter> &parameters)
{
    m_result = BatchResult();
    m_cancelled = false;
    Variables variables;
    for (const SqlParameter &parameter : parameters) {
        const TsqlTypeInfo type = typeOf(parameter);
        variables.insert(parameter.name.toLower(),
                         Variable {parameter.name, type, fromWire(parameter.value, type)});
    }
    try {
        runBatch(sql, variables);
    } catch (const Abort &) {
        // Reported where it happened.
    } catch (const Caught &error) {
        // Cannot happen outside TRY; report it rather than lose it.
        emitMessage(error.message.number, error.message.severity, error.message.state,
                    error.message.text, error.message.line);
    } catch (const Cancelled &) {
        qCDebug(lcSimTsql) << "batch cancelled by attention";
    }
    for (const SqlParameter &parameter : parameters) {
        if (!parameter.output)
            continue;
        SqlParameter out = parameter;
        out.value = variables.value(parameter.name.toLower()).value.toWire();
        m_result.outputParameters << out;
    }
    return m_result;
}

void TsqlInterpreter::runBatch(const QString &sql, Variables &variables)
{
    QList<TsqlStatementPtr> statements;
    try {
        QStringList predeclared;
        for (const Variable &v : std::as_const(variables))
            predeclared << v.name;
        statements = TsqlParser::parseBatch(sql, predeclared);
    } catch (const TsqlError &error) {
        // A batch that does not compile never starts; inside TRY (dynamic SQL) CATCH handles it.
        if (!m_tryLevels.isEmpty() && m_depth > 0)
            throw Caught {error.message};
        emitMessage(error.message.number, error.message.severity, error.message.state,
                    error.message.text, error.message.line);
        m_lastError = error.message.number;
        return;
    }
    collectDeclarations(statements, variables);
    Variables *outer = m_variables;
    m_variables = &variables;
    // Columns of existing objects are bound when the batch compiles: a bad one rejects the
    // whole batch before its first statement runs.
    try {
        bindStatements(statements);
    } catch (const TsqlError &error) {
        m_variables = outer;
        if (!m_tryLevels.isEmpty() && m_depth > 0)
            throw Caught {error.message};
        emitMessage(error.message.number, error.message.severity, error.message.state,
                    error.message.text, error.message.line);
        m_lastError = error.message.number;
        return;
    }
    ++m_depth;
    try {
        runStatements(statements);
    } catch (const ControlFlow &) {
        // RETURN ends the batch; BREAK outside a loop is refused by SQL Server's parser, and
        // ends the batch here.
    } catch (const Abort &abort) {
        m_variables = outer;
        --m_depth;
        if (abort.level == TsqlError::Abort::Batch)
            throw;
        return;
    } catch (...) {
        m_variables = outer;
        --m_depth;
        throw;
    }
    m_variables = outer;
    --m_depth;
}

void TsqlInterpreter::bindStatements(const QList<TsqlStatementPtr> &statements)
{
    for (const TsqlStatementPtr &statement : statements) {
        if (!statement)
            continue;
        if (statement->select)
            bindSelect(*statement->select);
        bindExpression(statement->expr);
        bindExpression(statement->condition);
        for (const TsqlDeclaration &declaration : statement->declarations)
            bindExpression(declaration.initializer);
        QList<TsqlStatementPtr> nested = statement->body;
        nested << statement->thenBranch << statement->elseBranch;
        bindStatements(nested);
    }
}

void TsqlInterpreter::bindExpression(const TsqlExprPtr &expr)
{
    if (!expr)
        return;
    if (expr->subquery)
        bindSelect(*expr->subquery);
    for (const TsqlExprPtr &arg : expr->args)
        bindExpression(arg);
    for (const auto &when : expr->whens) {
        bindExpression(when.first);
        bindExpression(when.second);
    }
    bindExpression(expr->caseOperand);
    bindExpression(expr->elseExpr);
}

void TsqlInterpreter::bindSelect(const TsqlSelect &select)
{
    // Running the query against the current state binds every name it uses; only binding
    // errors matter here (208 is deferred to run time, as for objects created later).
    try {
        (void)query(select, nullptr);
    } catch (const TsqlError &error) {
        const int n = error.message.number;
        if (n == 207 || n == 4104 || n == 209 || n == 107)
            throw TsqlError::batch(n, error.message.text, error.message.line, error.message.state,
                                   error.message.severity);
    }
}

void TsqlInterpreter::collectDeclarations(const QList<TsqlStatementPtr> &statements,
                                          Variables &variables)
{
    // Variables are batch-scoped from their DECLARE on, even inside a branch that never runs.
    for (const TsqlStatementPtr &statement : statements) {
        if (!statement)
            continue;
        for (const TsqlDeclaration &declaration : statement->declarations) {
            variables.insert(
                declaration.name.toLower(),
                Variable {declaration.name, declaration.type, TsqlValue::null(declaration.type)});
        }
        QList<TsqlStatementPtr> nested = statement->body;
        nested << statement->thenBranch << statement->elseBranch;
        collectDeclarations(nested, variables);
    }
}

void TsqlInterpreter::runStatements(const QList<TsqlStatementPtr> &statements)
{
    for (const TsqlStatementPtr &statement : statements) {
        if (!statement)
            continue;
        if (m_cancelled)
            throw Cancelled {};
        try {
            runStatement(*statement);
            if (statement->kind != TsqlStatement::Kind::If
                && statement->kind != TsqlStatement::Kind::Block
                && statement->kind != TsqlStatement::Kind::While
                && statement->kind != TsqlStatement::Kind::TryCatch)
                m_lastError = 0;
        } catch (const TsqlError &error) {
            // TRY catches errors of severity 11+, except name resolution at its own level.
            const bool sameLevelCompile = error.abort == TsqlError::Abort::Scope
                && !m_tryLevels.isEmpty() && m_tryLevels.last() == m_depth;
            if (!m_tryLevels.isEmpty() && error.message.severity > 10 && !sameLevelCompile) {
                ServerMessage caught = error.message;
                if (caught.line <= 0)
                    caught.line = statement->line;
                m_lastError = caught.number;
                throw Caught {caught};
            }
            emitMessage(error.message.number, error.message.severity, error.message.state,
                        error.message.text,
                        error.message.line > 0 ? error.message.line : statement->line);
            m_lastError = error.message.number;
            if (error.abort != TsqlError::Abort::Statement)
                throw Abort {error.abort};
        }
    }
}

void TsqlInterpreter::assign(const QString &name, const TsqlValue &value, int line)
{
    auto it = m_variables->find(name.toLower());
    if (it == m_variables->end())
        throw TsqlError::batch(
            137, QStringLiteral("Must declare the scalar variable \"%1\".").arg(name), line, 1, 15);
    it->value = TsqlConvert::cast(value, it->type, 0, line);
}

void TsqlInterpreter::runStatement(const TsqlStatement &statement)
{
    using Kind = TsqlStatement::Kind;
    switch (statement.kind) {
    case Kind::Declare:
        for (const TsqlDeclaration &declaration : statement.declarations) {
            const TsqlValue value = declaration.initializer ? eval(declaration.initializer, nullptr)
                                                            : TsqlValue::null(declaration.type);
            assign(declaration.name, value, statement.line);
        }
        return;
    case Kind::Set: {
        TsqlValue value = eval(statement.expr, nullptr);
        if (statement.assignOp != QLatin1String("=")) {
            const TsqlValue current = m_variables->value(statement.variable.toLower()).value;
            value
                = TsqlConvert::arithmetic(statement.assignOp.at(0), current, value, statement.line);
        }
        assign(statement.variable, value, statement.line);
        return;
    }
    case Kind::SetOption:
        if (statement.name == QLatin1String("NOCOUNT"))
            m_noCount = statement.words.value(0) == QLatin1String("ON");
        return;
    case Kind::Select: runSelect(statement); return;
    case Kind::If: {
        const std::optional<bool> result = condition(statement.condition, nullptr);
        if (result.value_or(false))
            runStatements({statement.thenBranch});
        else if (statement.elseBranch)
            runStatements({statement.elseBranch});
        return;
    }
    case Kind::Block: runStatements(statement.body); return;
    case Kind::TryCatch: runTryCatch(statement); return;
    case Kind::While: {
        int iterations = 0;
        while (condition(statement.condition, nullptr).value_or(false)) {
            if (++iterations > kMaxLoopIterations)
                throw TsqlError::batch(
                    50000,
                    QStringLiteral("milink-sim stopped a WHILE loop after %1 iterations.")
                        .arg(kMaxLoopIterations),
                    statement.line);
            try {
                runStatements({statement.thenBranch});
            } catch (const ControlFlow &flow) {
                if (flow.kind == ControlFlow::Kind::Break)
                    break;
                if (flow.kind == ControlFlow::Kind::Return)
                    throw;
            }
        }
        return;
    }
    case Kind::Break: throw ControlFlow {ControlFlow::Kind::Break, TsqlValue()};
    case Kind::Continue: throw ControlFlow {ControlFlow::Kind::Continue, TsqlValue()};
    case Kind::Return: throw ControlFlow {ControlFlow::Kind::Return, TsqlValue()};
    case Kind::Print: {
        const TsqlValue value = eval(statement.expr, nullptr);
        emitInfo(0, value.isNull() ? QString() : TsqlConvert::text(value), statement.line);
        return;
    }
    case Kind::RaisError: runRaiserror(statement); return;
    case Kind::Throw: runThrow(statement); return;
    case Kind::Use: runUse(statement); return;
    case Kind::Exec: runExec(statement); return;
    case Kind::ExecString: {
        QString text;
        bool unicode = false;
        for (const TsqlExprPtr &part : statement.args) {
            const TsqlValue value = eval(part, nullptr);
            unicode = unicode || value.type.isUnicode();
            if (!value.isNull())
                text += TsqlConvert::text(value);
        }
        executeSql(TsqlValue::string(text, true), QString(), {}, {}, nullptr, statement.line);
        return;
    }
    case Kind::Transaction: {
        // Transactions are accepted for scripts that wrap their steps; the simulated state
        // has no undo, so ROLLBACK does not revert DDL (see docs/simulator.md).
        if (statement.name == QLatin1String("BEGIN")) {
            ++m_transactionCount;
        } else if (m_transactionCount == 0) {
            if (statement.name == QLatin1String("COMMIT"))
                throw TsqlError::statement(
                    3902,
                    QStringLiteral("The COMMIT TRANSACTION request has no corresponding BEGIN "
                                   "TRANSACTION."),
                    statement.line);
            throw TsqlError::statement(
                3903,
                QStringLiteral("The ROLLBACK TRANSACTION request has no corresponding BEGIN "
                               "TRANSACTION."),
                statement.line);
        } else {
            m_transactionCount
                = statement.name == QLatin1String("ROLLBACK") ? 0 : m_transactionCount - 1;
        }
        return;
    }
    case Kind::CreateMasterKey: createMasterKey(statement); return;
    case Kind::DropMasterKey: dropMasterKey(statement); return;
    case Kind::CreateCertificate: createCertificate(statement); return;
    case Kind::DropCertificate: dropCertificate(statement); return;
    case Kind::CreateEndpoint:
    case Kind::AlterEndpoint: createOrAlterEndpoint(statement); return;
    case Kind::DropEndpoint: dropEndpoint(statement); return;
    case Kind::CreateAvailabilityGroup: createAvailabilityGroup(statement); return;
    case Kind::AlterAvailabilityGroup: alterAvailabilityGroup(statement); return;
    case Kind::DropAvailabilityGroup: dropAvailabilityGroup(statement); return;
    case Kind::AlterDatabase: alterDatabase(statement); return;
    case Kind::Backup: backup(statement); return;
    case Kind::Dbcc: dbcc(statement); return;
    }
}

void TsqlInterpreter::runSelect(const TsqlStatement &statement)
{
    const TsqlSelect &select = *statement.select;
    bool assigns = false;
    bool retrieves = false;
    for (const TsqlSelectItem &item : select.items) {
        if (item.variable.isEmpty())
            retrieves = true;
        else
            assigns = true;
    }
    if (assigns && retrieves)
        throw TsqlError::scope(141,
                               QStringLiteral("A SELECT statement that assigns a value to a "
                                              "variable must not be combined with data-retrieval "
                                              "operations."),
                               statement.line, 1, 15);
    if (assigns) {
        QList<QPair<QString, TsqlExprPtr>> assignments;
        const TsqlTable rows = query(select, nullptr, &assignments);
        m_rowCount = rows.rows.size();
        // Every row assigns in turn; the last one wins, no row leaves the variables unchanged.
        for (const QList<TsqlValue> &row : rows.rows) {
            for (int i = 0; i < row.size(); ++i)
                assign(rows.columnNames.at(i), row.at(i), statement.line);
        }
        return;
    }
    const TsqlTable table = query(select, nullptr);
    m_rowCount = table.rows.size();
    emitResult(table);
}

void TsqlInterpreter::runUse(const TsqlStatement &statement)
{
    const auto database = m_catalog.database(statement.name);
    if (!database)
        throw TsqlError::statement(911,
                                   QStringLiteral("Database '%1' does not exist. Make sure that "
                                                  "the name is entered correctly.")
                                       .arg(statement.name),
                                   statement.line);
    if (database->state.compare(QLatin1String("RESTORING"), Qt::CaseInsensitive) == 0)
        throw TsqlError::statement(927,
                                   QStringLiteral("Database '%1' cannot be opened. It is in the "
                                                  "middle of a restore.")
                                       .arg(database->name),
                                   statement.line, 2, 14);
    // The TDS layer reports the change (ENVCHANGE and INFO 5701) when the batch ends.
    m_database = database->name;
}

void TsqlInterpreter::runRaiserror(const TsqlStatement &statement)
{
    const int line = statement.line;
    const TsqlValue message = eval(statement.args.at(0), nullptr);
    const int severity
        = static_cast<int>(TsqlConvert::cast(eval(statement.args.at(1), nullptr),
                                             TsqlTypeInfo::of(TsqlKind::Int), 0, line)
                               .toInteger());
    int state = static_cast<int>(TsqlConvert::cast(eval(statement.args.at(2), nullptr),
                                                   TsqlTypeInfo::of(TsqlKind::Int), 0, line)
                                     .toInteger());
    if (state < 0 || state > 255)
        state = 1;
    QList<TsqlValue> arguments;
    for (int i = 3; i < statement.args.size(); ++i)
        arguments << eval(statement.args.at(i), nullptr);
    if (severity > 18 && (!isSysadmin() || !statement.words.contains(QStringLiteral("LOG"))))
        throw TsqlError::statement(2754,
                                   QStringLiteral("Error severity levels greater than 18 can only "
                                                  "be specified by members of the sysadmin role, "
                                                  "using the WITH LOG option."),
                                   line);
    const int clamped = qBound(0, severity, 25);
    if (!message.type.isString()) {
        const qint64 number = message.toInteger();
        // No user-defined messages exist in the simulator's sys.messages.
        emitMessage(18054, 16, 1,
                    QStringLiteral("Error %1, severity %2, state %3 was raised, but no message "
                                   "with that error number was found in sys.messages. If error is "
                                   "larger than 50000, make sure the user-defined message is "
                                   "added using sp_addmessage.")
                        .arg(number)
                        .arg(clamped)
                        .arg(state),
                    line);
        m_lastError = 18054;
        return;
    }
    const QString text = TsqlFunctions::formatMessage(message.toText(), arguments);
    if (!m_tryLevels.isEmpty() && clamped > 10) {
        m_lastError = 50000;
        throw Caught {ServerMessage {50000, state, clamped, text, QString(), line}};
    }
    emitMessage(50000, clamped, state, text, line);
    if (clamped > 10)
        m_lastError = 50000;
}

void TsqlInterpreter::runThrow(const TsqlStatement &statement)
{
    const int line = statement.line;
    if (statement.args.isEmpty() && !m_caughtErrors.isEmpty()) {
        const ServerMessage &caught = m_caughtErrors.last();
        throw TsqlError::batch(caught.number, caught.text, caught.line, caught.state,
                               caught.severity);
    }
    if (statement.args.isEmpty())
        throw TsqlError::batch(10704,
                               QStringLiteral("To rethrow an error, a THROW statement must be used "
                                              "inside a CATCH block."),
                               line, 1, 15);
    const qint64 number = TsqlConvert::cast(eval(statement.args.at(0), nullptr),
                                            TsqlTypeInfo::of(TsqlKind::Int), 0, line)
                              .toInteger();
    const TsqlValue message = eval(statement.args.at(1), nullptr);
    const qint64 state = TsqlConvert::cast(eval(statement.args.at(2), nullptr),
                                           TsqlTypeInfo::of(TsqlKind::TinyInt), 0, line)
                             .toInteger();
    if (number < 50000)
        throw TsqlError::batch(35100,
                               QStringLiteral("Error number %1 in the THROW statement is outside "
                                              "the valid range. Specify an error number in the "
                                              "valid range of 50000 to 2147483647.")
                                   .arg(number),
                               line);
    throw TsqlError::batch(static_cast<int>(number), TsqlConvert::text(message), line,
                           static_cast<int>(state), 16);
}

void TsqlInterpreter::runTryCatch(const TsqlStatement &statement)
{
    ServerMessage caught;
    bool failed = false;
    m_tryLevels << m_depth;
    try {
        runStatements(statement.body);
    } catch (const Caught &error) {
        caught = error.message;
        failed = true;
    } catch (...) {
        m_tryLevels.removeLast();
        throw;
    }
    m_tryLevels.removeLast();
    if (!failed)
        return;
    m_caughtErrors << caught;
    try {
        runStatements({statement.elseBranch});
    } catch (...) {
        m_caughtErrors.removeLast();
        throw;
    }
    m_caughtErrors.removeLast();
}

void TsqlInterpreter::runExec(const TsqlStatement &statement)
{
    QList<TsqlValue> positional;
    QHash<QString, TsqlValue> named;
    QHash<QString, QString> outputTargets; // parameter name (or position) → caller variable
    int position = 0;
    for (const TsqlExecArgument &argument : statement.execArgs) {
        const TsqlValue value = argument.isDefault || !argument.value
            ? TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar))
            : eval(argument.value, nullptr);
        if (argument.name.isEmpty()) {
            if (!named.isEmpty())
                throw TsqlError::statement(
                    119,
                    QStringLiteral("Must pass parameter number %1 and subsequent parameters as "
                                   "'@name = value'. After the form '@name = value' has been "
                                   "used, all subsequent parameters must be passed in the form "
                                   "'@name = value'.")
                        .arg(position + 1),
                    statement.line, 1, 15);
            positional << value;
            if (argument.output)
                outputTargets.insert(QStringLiteral("#%1").arg(position), argument.value->name);
        } else {
            named.insert(argument.name.toLower(), value);
            if (argument.output)
                outputTargets.insert(argument.name.toLower(), argument.value->name);
        }
        ++position;
    }
    // Procedures resolve in master (sp_ prefix) whatever database or schema prefix is given.
    const QStringList parts = statement.nameParts;
    const QString schema = parts.size() >= 2 ? parts.at(parts.size() - 2).toLower() : QString();
    if (!schema.isEmpty() && schema != QLatin1String("sys") && schema != QLatin1String("dbo"))
        throw TsqlError::statement(2812,
                                   QStringLiteral("Could not find stored procedure '%1'.")
                                       .arg(parts.join(QLatin1Char('.'))),
                                   statement.line, 62);
    QHash<QString, TsqlValue> outputs;
    runProcedure(statement.name.toLower(), positional, named, statement, &outputs);
    for (auto it = outputTargets.cbegin(); it != outputTargets.cend(); ++it) {
        if (outputs.contains(it.key()))
            assign(it.value(), outputs.value(it.key()), statement.line);
    }
    if (!statement.returnVariable.isEmpty())
        assign(statement.returnVariable, TsqlValue::integer(0), statement.line);
}

void TsqlInterpreter::runProcedure(const QString &name, const QList<TsqlValue> &positional,
                                   const QHash<QString, TsqlValue> &named,
                                   const TsqlStatement &statement,
                                   QHash<QString, TsqlValue> *outputs)
{
    const int line = statement.line;
    if (name == QLatin1String("sp_executesql")) {
        TsqlValue text = positional.value(
            0, named.value(QStringLiteral("@stmt"), named.value(QStringLiteral("@statement"))));
        if (positional.isEmpty() && !named.contains(QStringLiteral("@stmt"))
            && !named.contains(QStringLiteral("@statement")))
            throw TsqlError::statement(201,
                                       QStringLiteral("Procedure or function 'sp_executesql' "
                                                      "expects parameter '@statement', which was "
                                                      "not supplied."),
                                       line, 4);
        const TsqlValue definitions = positional.size() > 1
            ? positional.at(1)
            : named.value(QStringLiteral("@params"),
                          TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar)));
        executeSql(text, definitions.isNull() ? QString() : definitions.toText(), positional.mid(2),
                   named, outputs, line);
        return;
    }
    if (name == QLatin1String("sp_certificate_add_issuer")
        || name == QLatin1String("sp_certificate_drop_issuer")) {
        certificateIssuer(positional, named, name == QLatin1String("sp_certificate_add_issuer"),
                          line);
        return;
    }
    if (name == QLatin1String("sp_get_endpoint_certificate")) {
        endpointCertificate(positional, named, line);
        return;
    }
    QString written = statement.nameParts.join(QLatin1Char('.'));
    throw TsqlError::statement(
        2812, QStringLiteral("Could not find stored procedure '%1'.").arg(written), line, 62);
}

void TsqlInterpreter::executeSql(const TsqlValue &statementText,
                                 const QString &parameterDefinitions,
                                 const QList<TsqlValue> &positional,
                                 const QHash<QString, TsqlValue> &named,
                                 QHash<QString, TsqlValue> *outputs, int line)
{
    if (!statementText.isNull() && !statementText.type.isUnicode())
        throw TsqlError::statement(214,
                                   QStringLiteral("Procedure expects parameter '@statement' of "
                                                  "type 'ntext/nchar/nvarchar'."),
                                   line, 2);
    if (m_depth >= 32)
        throw TsqlError::batch(217,
                               QStringLiteral("Maximum stored procedure, function, trigger, or "
                                              "view nesting level exceeded (limit 32)."),
                               line);
    QList<TsqlParser::ParameterDefinition> definitions;
    try {
        definitions = TsqlParser::parseParameterDefinitions(parameterDefinitions);
    } catch (const TsqlError &error) {
        throw TsqlError::statement(error.message.number, error.message.text, line,
                                   error.message.state, error.message.severity);
    }
    Variables variables;
    for (int i = 0; i < definitions.size(); ++i) {
        const TsqlParser::ParameterDefinition &definition = definitions.at(i);
        TsqlValue value = TsqlValue::null(definition.type);
        const QString key = definition.name.toLower();
        if (named.contains(key))
            value = named.value(key);
        else if (i < positional.size())
            value = positional.at(i);
        else if (!definition.output)
            throw TsqlError::statement(
                8178,
                QStringLiteral("The parameterized query '(%1)%2' expects the parameter '%3', "
                               "which was not supplied.")
                    .arg(parameterDefinitions, statementText.toText().left(60), definition.name),
                line);
        variables.insert(key,
                         Variable {definition.name, definition.type,
                                   TsqlConvert::cast(value, definition.type, 0, line)});
    }
    // Dynamic SQL runs as its own batch: its own variables, and USE inside it lasts only as long
    // as the string runs.
    const QString database = m_database;
    try {
        runBatch(statementText.isNull() ? QString() : statementText.toText(), variables);
    } catch (...) {
        m_database = database;
        throw;
    }
    m_database = database;
    if (outputs) {
        for (const TsqlParser::ParameterDefinition &definition : definitions) {
            if (definition.output)
                outputs->insert(definition.name.toLower(),
                                variables.value(definition.name.toLower()).value);
        }
    }
}

void TsqlInterpreter::emitMessage(int number, int severity, int state, const QString &text,
                                  int line)
{
    ServerMessage message;
    message.number = number;
    message.severity = severity;
    message.state = state;
    message.text = text;
    message.line = line;
    m_result.items << message;
}

void TsqlInterpreter::emitInfo(int number, const QString &text, int line, int state)
{
    emitMessage(number, 0, state, text, line);
}

void TsqlInterpreter::emitResult(const TsqlTable &table)
{
    ResultSet set;
    for (int i = 0; i < table.columnNames.size(); ++i)
        set.columns << table.columnTypes.at(i).toColumn(table.columnNames.at(i));
    for (const QList<TsqlValue> &row : table.rows) {
        QVariantList values;
        for (const TsqlValue &value : row)
            values << value.toWire();
        set.rows << values;
    }
    m_result.items << set;
    if (!m_noCount)
        m_result.items << RowCount {table.rows.size()};
}

bool TsqlInterpreter::isSysadmin() const
{
    if (m_instance.logins.isEmpty())
        return true;
    const SimLogin *login = m_instance.login(m_login);
    return login && login->sysadmin;
}

int TsqlInterpreter::majorVersion() const
{
    return m_instance.productVersion.section(QLatin1Char('.'), 0, 0).toInt();
}

} // namespace milink::sim
