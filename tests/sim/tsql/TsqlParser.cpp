#include "TsqlParser.h"

#include "TsqlError.h"
#include "TsqlFunctions.h"
#include "TsqlLexer.h"

namespace milink::sim {

namespace {

using Kind = TsqlToken::Kind;

const char *const reservedWords[] = {"ADD",          "ALL",    "ALTER",       "AND",
                                     "ANY",          "AS",     "ASC",         "AUTHORIZATION",
                                     "BACKUP",       "BEGIN",  "BETWEEN",     "BREAK",
                                     "BY",           "CASE",   "CHECK",       "CLOSE",
                                     "COLUMN",       "COMMIT", "CONTINUE",    "CONVERT",
                                     "CREATE",       "CROSS",  "CURRENT",     "CURRENT_TIMESTAMP",
                                     "DATABASE",     "DBCC",   "DECLARE",     "DEFAULT",
                                     "DELETE",       "DENY",   "DESC",        "DISK",
                                     "DISTINCT",     "DROP",   "ELSE",        "END",
                                     "ESCAPE",       "EXCEPT", "EXEC",        "EXECUTE",
                                     "EXISTS",       "FETCH",  "FILE",        "FOR",
                                     "FROM",         "FULL",   "FUNCTION",    "GOTO",
                                     "GRANT",        "GROUP",  "HAVING",      "IF",
                                     "IN",           "INNER",  "INSERT",      "INTERSECT",
                                     "INTO",         "IS",     "JOIN",        "KEY",
                                     "LEFT",         "LIKE",   "NOT",         "NULL",
                                     "OF",           "OFF",    "ON",          "OPEN",
                                     "OPTION",       "OR",     "ORDER",       "OUTER",
                                     "PERCENT",      "PRINT",  "PROC",        "PROCEDURE",
                                     "RAISERROR",    "RETURN", "REVOKE",      "RIGHT",
                                     "ROLLBACK",     "SELECT", "SET",         "TABLE",
                                     "THEN",         "TO",     "TOP",         "TRAN",
                                     "TRANSACTION",  "UNION",  "UPDATE",      "USE",
                                     "VALUES",       "VIEW",   "WHEN",        "WHERE",
                                     "WHILE",        "WITH",   "SYSTEM_USER", "SESSION_USER",
                                     "CURRENT_USER", "USER"};

const char *const statementWords[]
    = {"SELECT", "DECLARE",   "SET",    "IF",   "ELSE",   "BEGIN",    "END",    "WHILE",
       "PRINT",  "RAISERROR", "THROW",  "USE",  "EXEC",   "EXECUTE",  "RETURN", "CREATE",
       "ALTER",  "DROP",      "BACKUP", "DBCC", "COMMIT", "ROLLBACK", "BREAK",  "CONTINUE",
       "INSERT", "UPDATE",    "DELETE", "WITH", "GO"};

QString upper(const TsqlToken &token)
{
    return token.text.toUpper();
}

TsqlExprPtr makeExpr(TsqlExpr::Kind kind, int line)
{
    auto expr = std::make_shared<TsqlExpr>();
    expr->kind = kind;
    expr->line = line;
    return expr;
}

} // namespace

TsqlParser::TsqlParser(const QList<TsqlToken> &tokens) : m_tokens(tokens)
{
}

QList<TsqlStatementPtr> TsqlParser::parseBatch(const QString &sql, const QStringList &predeclared)
{
    TsqlParser parser(TsqlLexer::tokenize(sql));
    for (const QString &name : predeclared)
        parser.m_declared.insert(name.toLower());
    QList<TsqlStatementPtr> statements;
    bool first = true;
    while (true) {
        while (parser.acceptSymbol(";")) { }
        if (parser.peek().kind == Kind::End)
            break;
        // A procedure name alone as the first statement of a batch runs it, as `sp_who` does.
        if (first && parser.peek().isIdentifier() && !isReserved(parser.peek().text)
            && !parser.atStatementStart()) {
            statements.append(parser.execStatement());
        } else {
            statements.append(parser.statement());
        }
        first = false;
    }
    return statements;
}

const TsqlToken &TsqlParser::peek(int ahead) const
{
    const int index = qMin(m_pos + ahead, static_cast<int>(m_tokens.size()) - 1);
    return m_tokens.at(index);
}

const TsqlToken &TsqlParser::next()
{
    const TsqlToken &token = peek();
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return token;
}

bool TsqlParser::acceptWord(const char *word)
{
    if (peek().isWord(word)) {
        next();
        return true;
    }
    return false;
}

bool TsqlParser::acceptSymbol(const char *symbol)
{
    if (peek().isSymbol(symbol)) {
        next();
        return true;
    }
    return false;
}

void TsqlParser::expectWord(const char *word)
{
    if (!acceptWord(word))
        syntaxError();
}

void TsqlParser::expectSymbol(const char *symbol)
{
    if (!acceptSymbol(symbol))
        syntaxError();
}

bool TsqlParser::isReserved(const QString &word)
{
    for (const char *reserved : reservedWords) {
        if (word.compare(QLatin1String(reserved), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void TsqlParser::syntaxError(const TsqlToken &tokenIn) const
{
    TsqlToken token = tokenIn;
    if (token.kind == Kind::End && m_pos > 0)
        token = m_tokens.at(m_pos - 1 < m_tokens.size() ? m_pos - 1 : 0);
    if (token.kind == Kind::Word && isReserved(token.text))
        throw TsqlError::batch(
            156, QStringLiteral("Incorrect syntax near the keyword '%1'.").arg(token.text),
            token.line, 1, 15);
    QString near = token.text;
    if (token.kind == Kind::String)
        near = (token.unicode ? QStringLiteral("N'") : QStringLiteral("'")) + token.text
            + QLatin1Char('\'');
    throw TsqlError::batch(102, QStringLiteral("Incorrect syntax near '%1'.").arg(near), token.line,
                           1, 15);
}

QString TsqlParser::identifier()
{
    const TsqlToken &token = peek();
    if (token.kind == Kind::QuotedIdentifier
        || (token.kind == Kind::Word && !isReserved(token.text)))
        return next().text;
    syntaxError();
}

QStringList TsqlParser::multipartName()
{
    QStringList parts;
    parts << identifier();
    while (peek().isSymbol(".")) {
        next();
        // master..sysdatabases: an empty schema part.
        if (peek().isSymbol(".")) {
            parts << QString();
            continue;
        }
        parts << identifier();
    }
    return parts;
}

bool TsqlParser::atStatementStart() const
{
    const TsqlToken &token = peek();
    if (token.kind == Kind::End || token.isSymbol(";"))
        return true;
    if (token.kind != Kind::Word)
        return false;
    for (const char *word : statementWords) {
        if (token.isWord(word))
            return true;
    }
    return false;
}

void TsqlParser::useVariable(const TsqlToken &token) const
{
    if (!m_declared.contains(token.text.toLower()))
        throw TsqlError::batch(
            137, QStringLiteral("Must declare the scalar variable \"%1\".").arg(token.text),
            token.line, 1, 15);
}

TsqlStatementPtr TsqlParser::statement()
{
    const TsqlToken &token = peek();
    const int line = token.line;
    auto make = [line](TsqlStatement::Kind kind) {
        auto s = std::make_shared<TsqlStatement>();
        s->kind = kind;
        s->line = line;
        return s;
    };
    if (token.kind != Kind::Word)
        syntaxError();
    const QString word = upper(token);
    if (word == QLatin1String("SELECT")) {
        auto s = make(TsqlStatement::Kind::Select);
        s->select = select();
        return s;
    }
    if (word == QLatin1String("DECLARE"))
        return declareStatement();
    if (word == QLatin1String("SET"))
        return setStatement();
    if (word == QLatin1String("IF"))
        return ifStatement();
    if (word == QLatin1String("BEGIN")) {
        if (peek(1).isWord("TRAN") || peek(1).isWord("TRANSACTION")) {
            next();
            next();
            auto s = make(TsqlStatement::Kind::Transaction);
            s->name = QStringLiteral("BEGIN");
            if (peek().isIdentifier() && !isReserved(peek().text) && !atStatementStart())
                next();
            return s;
        }
        if (peek(1).isWord("TRY"))
            return tryCatchStatement();
        return blockStatement();
    }
    if (word == QLatin1String("COMMIT") || word == QLatin1String("ROLLBACK")) {
        next();
        if (!acceptWord("TRANSACTION") && !acceptWord("TRAN"))
            acceptWord("WORK");
        auto s = make(TsqlStatement::Kind::Transaction);
        s->name = word;
        return s;
    }
    if (word == QLatin1String("WHILE")) {
        next();
        auto s = make(TsqlStatement::Kind::While);
        s->condition = expression();
        s->thenBranch = statement();
        return s;
    }
    if (word == QLatin1String("BREAK") || word == QLatin1String("CONTINUE")) {
        next();
        return make(word == QLatin1String("BREAK") ? TsqlStatement::Kind::Break
                                                   : TsqlStatement::Kind::Continue);
    }
    if (word == QLatin1String("PRINT")) {
        next();
        auto s = make(TsqlStatement::Kind::Print);
        s->expr = expression();
        return s;
    }
    if (word == QLatin1String("RAISERROR"))
        return raiserrorStatement();
    if (word == QLatin1String("THROW"))
        return throwStatement();
    if (word == QLatin1String("USE")) {
        next();
        auto s = make(TsqlStatement::Kind::Use);
        s->name = identifier();
        return s;
    }
    if (word == QLatin1String("EXEC") || word == QLatin1String("EXECUTE"))
        return execStatement();
    if (word == QLatin1String("RETURN")) {
        next();
        auto s = make(TsqlStatement::Kind::Return);
        if (!atStatementStart())
            s->expr = expression();
        return s;
    }
    if (word == QLatin1String("CREATE"))
        return createStatement();
    if (word == QLatin1String("ALTER"))
        return alterStatement();
    if (word == QLatin1String("DROP"))
        return dropStatement();
    if (word == QLatin1String("BACKUP"))
        return backupStatement();
    if (word == QLatin1String("DBCC"))
        return dbccStatement();
    syntaxError();
}

TsqlStatementPtr TsqlParser::declareStatement()
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::Declare;
    s->line = next().line;
    do {
        const TsqlToken &variable = peek();
        if (variable.kind != Kind::Variable)
            syntaxError();
        next();
        acceptWord("AS");
        if (peek().isWord("TABLE") || peek().isWord("CURSOR"))
            syntaxError();
        TsqlDeclaration declaration;
        declaration.name = variable.text;
        declaration.type = dataType();
        if (m_declared.contains(variable.text.toLower()))
            throw TsqlError::batch(134,
                                   QStringLiteral("The variable name '%1' has already been "
                                                  "declared. Variable names must be unique within "
                                                  "a query batch or stored procedure.")
                                       .arg(variable.text),
                                   variable.line, 1, 15);
        if (acceptSymbol("="))
            declaration.initializer = expression();
        // The variable exists from its declaration on, not inside its own initializer.
        m_declared.insert(variable.text.toLower());
        s->declarations.append(declaration);
    } while (acceptSymbol(","));
    return s;
}

TsqlStatementPtr TsqlParser::setStatement()
{
    const int line = next().line;
    auto s = std::make_shared<TsqlStatement>();
    s->line = line;
    if (peek().kind == Kind::Variable) {
        const TsqlToken variable = next();
        useVariable(variable);
        s->kind = TsqlStatement::Kind::Set;
        s->variable = variable.text;
        const TsqlToken &op = peek();
        if (op.isSymbol("=") || op.isSymbol("+=") || op.isSymbol("-=") || op.isSymbol("*=")
            || op.isSymbol("/=")) {
            s->assignOp = next().text;
        } else {
            syntaxError();
        }
        s->expr = expression();
        return s;
    }
    // Session options clients send (SET NOCOUNT ON, SET TEXTSIZE 2147483647, …).
    static const char *const onOff[] = {"NOCOUNT",
                                        "XACT_ABORT",
                                        "ANSI_NULLS",
                                        "QUOTED_IDENTIFIER",
                                        "ANSI_WARNINGS",
                                        "ANSI_PADDING",
                                        "CONCAT_NULL_YIELDS_NULL",
                                        "ARITHABORT",
                                        "IMPLICIT_TRANSACTIONS",
                                        "ANSI_NULL_DFLT_ON",
                                        "ANSI_NULL_DFLT_OFF",
                                        "CURSOR_CLOSE_ON_COMMIT",
                                        "NUMERIC_ROUNDABORT",
                                        "FMTONLY",
                                        "NOEXEC",
                                        "PARSEONLY",
                                        "STATISTICS"};
    s->kind = TsqlStatement::Kind::SetOption;
    const TsqlToken &option = peek();
    if (option.kind != Kind::Word)
        syntaxError();
    const QString name = upper(option);
    s->name = name;
    for (const char *known : onOff) {
        if (name == QLatin1String(known)) {
            next();
            if (name == QLatin1String("STATISTICS"))
                s->words << upper(next());
            while (acceptSymbol(","))
                s->words << upper(next());
            if (!peek().isWord("ON") && !peek().isWord("OFF"))
                syntaxError();
            s->words << upper(next());
            return s;
        }
    }
    if (name == QLatin1String("TEXTSIZE") || name == QLatin1String("LOCK_TIMEOUT")
        || name == QLatin1String("ROWCOUNT") || name == QLatin1String("DATEFIRST")) {
        next();
        acceptSymbol("-");
        if (peek().kind != Kind::Integer && peek().kind != Kind::Variable)
            syntaxError();
        s->words << next().text;
        return s;
    }
    if (name == QLatin1String("DATEFORMAT") || name == QLatin1String("LANGUAGE")
        || name == QLatin1String("DEADLOCK_PRIORITY")) {
        next();
        const TsqlToken &value = peek();
        if (value.kind != Kind::Word && value.kind != Kind::String
            && value.kind != Kind::QuotedIdentifier && value.kind != Kind::Integer)
            syntaxError();
        s->words << next().text;
        return s;
    }
    if (name == QLatin1String("TRANSACTION")) {
        next();
        expectWord("ISOLATION");
        expectWord("LEVEL");
        if (acceptWord("READ")) {
            if (!acceptWord("COMMITTED") && !acceptWord("UNCOMMITTED"))
                syntaxError();
        } else if (acceptWord("REPEATABLE")) {
            expectWord("READ");
        } else if (!acceptWord("SERIALIZABLE") && !acceptWord("SNAPSHOT")) {
            syntaxError();
        }
        return s;
    }
    syntaxError();
}

TsqlStatementPtr TsqlParser::ifStatement()
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::If;
    s->line = next().line;
    s->condition = expression();
    if (peek().kind == Kind::End)
        syntaxError();
    s->thenBranch = statement();
    while (acceptSymbol(";")) { }
    if (acceptWord("ELSE"))
        s->elseBranch = statement();
    return s;
}

TsqlStatementPtr TsqlParser::blockStatement()
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::Block;
    s->line = next().line;
    while (true) {
        while (acceptSymbol(";")) { }
        if (acceptWord("END"))
            break;
        if (peek().kind == Kind::End)
            syntaxError();
        s->body.append(statement());
    }
    return s;
}

TsqlStatementPtr TsqlParser::tryCatchStatement()
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::TryCatch;
    s->line = next().line; // BEGIN
    next(); // TRY
    const auto statementsUntil = [this](const char *closing) {
        QList<TsqlStatementPtr> statements;
        while (true) {
            while (acceptSymbol(";")) { }
            if (peek().isWord("END") && peek(1).isWord(closing)) {
                next();
                next();
                return statements;
            }
            if (peek().kind == Kind::End)
                syntaxError();
            statements.append(statement());
        }
    };
    s->body = statementsUntil("TRY");
    while (acceptSymbol(";")) { }
    expectWord("BEGIN");
    expectWord("CATCH");
    auto handler = std::make_shared<TsqlStatement>();
    handler->kind = TsqlStatement::Kind::Block;
    handler->line = peek().line;
    handler->body = statementsUntil("CATCH");
    s->elseBranch = handler;
    return s;
}

TsqlExprPtr TsqlParser::execValue()
{
    const TsqlToken &token = peek();
    const int line = token.line;
    if (token.kind == Kind::Variable) {
        useVariable(token);
        auto e = makeExpr(TsqlExpr::Kind::Variable, line);
        e->name = next().text;
        return e;
    }
    if (token.kind == Kind::String || token.kind == Kind::Integer || token.kind == Kind::Decimal
        || token.kind == Kind::Float || token.kind == Kind::Binary || token.isWord("NULL")) {
        return primary();
    }
    if (token.isSymbol("-") || token.isSymbol("+")) {
        next();
        auto e = makeExpr(TsqlExpr::Kind::Unary, line);
        e->name = token.text;
        if (peek().kind != Kind::Integer && peek().kind != Kind::Decimal
            && peek().kind != Kind::Float)
            syntaxError();
        e->args << primary();
        return e;
    }
    // A bare word is a character string in a procedure call (EXEC sp_who active).
    if (token.kind == Kind::Word || token.kind == Kind::QuotedIdentifier) {
        if (token.kind == Kind::Word && isReserved(token.text))
            syntaxError();
        auto e = makeExpr(TsqlExpr::Kind::Literal, line);
        e->value = TsqlValue::string(next().text, true);
        return e;
    }
    syntaxError();
}

TsqlStatementPtr TsqlParser::execStatement()
{
    auto s = std::make_shared<TsqlStatement>();
    s->line = peek().line;
    if (peek().isWord("EXEC") || peek().isWord("EXECUTE"))
        next();
    if (acceptSymbol("(")) {
        s->kind = TsqlStatement::Kind::ExecString;
        do {
            const TsqlToken &token = peek();
            if (token.kind == Kind::Variable) {
                useVariable(token);
                auto e = makeExpr(TsqlExpr::Kind::Variable, token.line);
                e->name = next().text;
                s->args << e;
            } else if (token.kind == Kind::String) {
                s->args << primary();
            } else {
                syntaxError();
            }
        } while (acceptSymbol("+"));
        expectSymbol(")");
        return s;
    }
    s->kind = TsqlStatement::Kind::Exec;
    if (peek().kind == Kind::Variable && peek(1).isSymbol("=")) {
        useVariable(peek());
        s->returnVariable = next().text;
        next();
    }
    if (peek().kind == Kind::Variable)
        syntaxError(); // EXEC @procedureNameVariable is not supported by the simulator
    s->nameParts = multipartName();
    s->name = s->nameParts.last();
    if (atStatementStart())
        return s;
    do {
        TsqlExecArgument argument;
        if (peek().kind == Kind::Variable && peek(1).isSymbol("=")) {
            argument.name = next().text;
            next();
        }
        if (acceptWord("DEFAULT")) {
            argument.isDefault = true;
        } else {
            argument.value = execValue();
        }
        if (acceptWord("OUTPUT") || acceptWord("OUT")) {
            if (!argument.value || argument.value->kind != TsqlExpr::Kind::Variable)
                syntaxError();
            argument.output = true;
        }
        s->execArgs << argument;
    } while (acceptSymbol(","));
    if (acceptWord("WITH")) {
        if (!acceptWord("RECOMPILE"))
            syntaxError();
    }
    return s;
}

TsqlStatementPtr TsqlParser::raiserrorStatement()
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::RaisError;
    s->line = next().line;
    expectSymbol("(");
    s->args << expression();
    expectSymbol(",");
    s->args << expression();
    expectSymbol(",");
    s->args << expression();
    while (acceptSymbol(","))
        s->args << expression();
    expectSymbol(")");
    if (acceptWord("WITH")) {
        do {
            const TsqlToken &option = peek();
            if (!option.isWord("NOWAIT") && !option.isWord("LOG") && !option.isWord("SETERROR"))
                syntaxError();
            s->words << upper(next());
        } while (acceptSymbol(","));
    }
    return s;
}

TsqlStatementPtr TsqlParser::throwStatement()
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::Throw;
    s->line = next().line;
    if (atStatementStart())
        return s;
    s->args << expression();
    expectSymbol(",");
    s->args << expression();
    expectSymbol(",");
    s->args << expression();
    return s;
}

TsqlOption TsqlParser::option(const QStringList &allowed)
{
    TsqlOption result;
    const TsqlToken &name = peek();
    if (name.kind != Kind::Word)
        syntaxError();
    result.name = upper(name);
    result.line = name.line;
    if (!allowed.isEmpty() && !allowed.contains(result.name))
        syntaxError();
    next();
    if (acceptSymbol("=")) {
        // The value runs to the next ',' or ')' at this depth: "REQUIRED ALGORITHM AES",
        // "CERTIFICATE [cert]", "(10.0.0.4)".
        int depth = 0;
        while (true) {
            const TsqlToken &token = peek();
            if (token.kind == Kind::End)
                syntaxError();
            if (depth == 0 && (token.isSymbol(",") || token.isSymbol(")")))
                break;
            if (token.isSymbol("("))
                ++depth;
            if (token.isSymbol(")"))
                --depth;
            result.tokens << next();
        }
        if (result.tokens.isEmpty())
            syntaxError();
    } else if (peek().isSymbol("(")) {
        result.hasChildren = true;
        result.children = optionList({});
    }
    return result;
}

QList<TsqlOption> TsqlParser::optionList(const QStringList &allowed)
{
    expectSymbol("(");
    QList<TsqlOption> options;
    do {
        options << option(allowed);
    } while (acceptSymbol(","));
    expectSymbol(")");
    return options;
}

TsqlStatementPtr TsqlParser::createStatement()
{
    const int line = next().line;
    auto s = std::make_shared<TsqlStatement>();
    s->line = line;
    if (acceptWord("MASTER")) {
        expectWord("KEY");
        s->kind = TsqlStatement::Kind::CreateMasterKey;
        expectWord("ENCRYPTION");
        expectWord("BY");
        expectWord("PASSWORD");
        expectSymbol("=");
        if (peek().kind != Kind::String)
            syntaxError();
        s->args << primary();
        return s;
    }
    if (acceptWord("CERTIFICATE")) {
        s->kind = TsqlStatement::Kind::CreateCertificate;
        s->objectName = identifier();
        if (acceptWord("AUTHORIZATION"))
            identifier();
        if (acceptWord("FROM")) {
            TsqlOption source;
            source.line = peek().line;
            if (acceptWord("BINARY")) {
                source.name = QStringLiteral("BINARY");
                expectSymbol("=");
                if (peek().kind != Kind::Binary)
                    syntaxError();
                source.tokens << next();
            } else if (acceptWord("FILE")) {
                source.name = QStringLiteral("FILE");
                expectSymbol("=");
                if (peek().kind != Kind::String)
                    syntaxError();
                source.tokens << next();
            } else {
                syntaxError();
            }
            s->options << source;
            if (peek().isWord("WITH")) {
                // WITH PRIVATE KEY (…) is not simulated: refuse rather than ignore it.
                syntaxError(peek(1));
            }
        } else {
            if (acceptWord("ENCRYPTION")) {
                expectWord("BY");
                expectWord("PASSWORD");
                expectSymbol("=");
                if (peek().kind != Kind::String)
                    syntaxError();
                TsqlOption password;
                password.name = QStringLiteral("ENCRYPTION_PASSWORD");
                password.tokens << next();
                s->options << password;
            }
            expectWord("WITH");
            do {
                const TsqlToken &name = peek();
                if (!name.isWord("SUBJECT") && !name.isWord("START_DATE")
                    && !name.isWord("EXPIRY_DATE"))
                    syntaxError();
                TsqlOption item;
                item.name = upper(next());
                item.line = name.line;
                expectSymbol("=");
                if (peek().kind != Kind::String)
                    syntaxError();
                item.tokens << next();
                s->options << item;
            } while (acceptSymbol(","));
        }
        if (acceptWord("ACTIVE")) {
            expectWord("FOR");
            expectWord("BEGIN_DIALOG");
            expectSymbol("=");
            if (!acceptWord("ON") && !acceptWord("OFF"))
                syntaxError();
        }
        return s;
    }
    if (acceptWord("ENDPOINT")) {
        s->kind = TsqlStatement::Kind::CreateEndpoint;
        s->objectName = identifier();
        if (acceptWord("AUTHORIZATION"))
            identifier();
        return endpointBody(s);
    }
    if (acceptWord("AVAILABILITY")) {
        expectWord("GROUP");
        return createAvailabilityGroup(line);
    }
    syntaxError();
}

TsqlStatementPtr TsqlParser::endpointBody(TsqlStatementPtr s)
{
    bool any = false;
    if (acceptWord("STATE")) {
        expectSymbol("=");
        const TsqlToken &state = peek();
        if (!state.isWord("STARTED") && !state.isWord("STOPPED") && !state.isWord("DISABLED"))
            syntaxError();
        TsqlOption option;
        option.name = QStringLiteral("STATE");
        option.tokens << next();
        s->options << option;
        any = true;
    }
    if (acceptWord("AS")) {
        expectWord("TCP");
        TsqlOption tcp;
        tcp.name = QStringLiteral("TCP");
        tcp.hasChildren = true;
        tcp.children = optionList({QStringLiteral("LISTENER_PORT"), QStringLiteral("LISTENER_IP")});
        s->options << tcp;
        any = true;
    }
    if (acceptWord("FOR")) {
        if (!acceptWord("DATABASE_MIRRORING"))
            syntaxError();
        TsqlOption mirroring;
        mirroring.name = QStringLiteral("DATABASE_MIRRORING");
        mirroring.hasChildren = true;
        mirroring.children = optionList({QStringLiteral("AUTHENTICATION"),
                                         QStringLiteral("ENCRYPTION"), QStringLiteral("ROLE")});
        s->options << mirroring;
        any = true;
    }
    if (!any)
        syntaxError();
    return s;
}

QList<TsqlAgMember> TsqlParser::agMembers(const QStringList &allowed)
{
    QList<TsqlAgMember> members;
    do {
        TsqlAgMember member;
        member.line = peek().line;
        if (peek().kind != Kind::String)
            syntaxError();
        member.name = next().text;
        expectWord("WITH");
        member.options = optionList(allowed);
        members << member;
    } while (acceptSymbol(","));
    return members;
}

TsqlStatementPtr TsqlParser::createAvailabilityGroup(int line)
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::CreateAvailabilityGroup;
    s->line = line;
    s->objectName = identifier();
    if (acceptWord("WITH")) {
        s->options = optionList(
            {QStringLiteral("CLUSTER_TYPE"), QStringLiteral("DISTRIBUTED"),
             QStringLiteral("AUTOMATED_BACKUP_PREFERENCE"),
             QStringLiteral("FAILURE_CONDITION_LEVEL"), QStringLiteral("HEALTH_CHECK_TIMEOUT"),
             QStringLiteral("DB_FAILOVER"), QStringLiteral("DTC_SUPPORT"), QStringLiteral("BASIC"),
             QStringLiteral("REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT"),
             QStringLiteral("CONTAINED")});
        for (const TsqlOption &option : std::as_const(s->options)) {
            if (option.name == QLatin1String("DISTRIBUTED"))
                s->distributed = true;
        }
    }
    static const QStringList replicaOptions
        = {QStringLiteral("ENDPOINT_URL"),    QStringLiteral("AVAILABILITY_MODE"),
           QStringLiteral("FAILOVER_MODE"),   QStringLiteral("SEEDING_MODE"),
           QStringLiteral("BACKUP_PRIORITY"), QStringLiteral("SECONDARY_ROLE"),
           QStringLiteral("PRIMARY_ROLE"),    QStringLiteral("SESSION_TIMEOUT")};
    static const QStringList memberOptions
        = {QStringLiteral("LISTENER_URL"), QStringLiteral("AVAILABILITY_MODE"),
           QStringLiteral("FAILOVER_MODE"), QStringLiteral("SEEDING_MODE"),
           QStringLiteral("SESSION_TIMEOUT")};
    if (s->distributed) {
        expectWord("AVAILABILITY");
        expectWord("GROUP");
        expectWord("ON");
        s->members = agMembers(memberOptions);
        return s;
    }
    expectWord("FOR");
    if (acceptWord("DATABASE")) {
        do {
            s->databases << identifier();
        } while (acceptSymbol(","));
    }
    expectWord("REPLICA");
    expectWord("ON");
    s->members = agMembers(replicaOptions);
    return s;
}

TsqlStatementPtr TsqlParser::alterAvailabilityGroup(int line)
{
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::AlterAvailabilityGroup;
    s->line = line;
    s->objectName = identifier();
    if (acceptWord("FAILOVER")) {
        s->action = QStringLiteral("FAILOVER");
    } else if (acceptWord("FORCE_FAILOVER_ALLOW_DATA_LOSS")) {
        s->action = QStringLiteral("FORCE_FAILOVER_ALLOW_DATA_LOSS");
    } else if (acceptWord("SET")) {
        s->action = QStringLiteral("SET");
        s->options = optionList(
            {QStringLiteral("ROLE"), QStringLiteral("REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT"),
             QStringLiteral("AUTOMATED_BACKUP_PREFERENCE"),
             QStringLiteral("FAILURE_CONDITION_LEVEL"), QStringLiteral("HEALTH_CHECK_TIMEOUT"),
             QStringLiteral("DB_FAILOVER"), QStringLiteral("DTC_SUPPORT")});
    } else if (acceptWord("GRANT") || peek().isWord("DENY")) {
        s->action = m_tokens.at(m_pos - 1).isWord("GRANT") ? QStringLiteral("GRANT")
                                                           : QStringLiteral("DENY");
        if (s->action == QLatin1String("DENY"))
            next();
        expectWord("CREATE");
        expectWord("ANY");
        expectWord("DATABASE");
    } else if (acceptWord("MODIFY")) {
        if (acceptWord("AVAILABILITY")) {
            expectWord("GROUP");
            expectWord("ON");
            s->action = QStringLiteral("MODIFY_AG");
            s->members
                = agMembers({QStringLiteral("LISTENER_URL"), QStringLiteral("AVAILABILITY_MODE"),
                             QStringLiteral("FAILOVER_MODE"), QStringLiteral("SEEDING_MODE")});
        } else if (acceptWord("REPLICA")) {
            expectWord("ON");
            s->action = QStringLiteral("MODIFY_REPLICA");
            s->members
                = agMembers({QStringLiteral("ENDPOINT_URL"), QStringLiteral("AVAILABILITY_MODE"),
                             QStringLiteral("FAILOVER_MODE"), QStringLiteral("SEEDING_MODE"),
                             QStringLiteral("SESSION_TIMEOUT")});
        } else {
            syntaxError();
        }
    } else if (acceptWord("ADD")) {
        expectWord("DATABASE");
        s->action = QStringLiteral("ADD_DATABASE");
        do {
            s->databases << identifier();
        } while (acceptSymbol(","));
    } else if (acceptWord("REMOVE")) {
        expectWord("DATABASE");
        s->action = QStringLiteral("REMOVE_DATABASE");
        s->databases << identifier();
    } else {
        syntaxError();
    }
    return s;
}

TsqlStatementPtr TsqlParser::alterStatement()
{
    const int line = next().line;
    if (acceptWord("ENDPOINT")) {
        auto s = std::make_shared<TsqlStatement>();
        s->kind = TsqlStatement::Kind::AlterEndpoint;
        s->line = line;
        s->objectName = identifier();
        return endpointBody(s);
    }
    if (acceptWord("AVAILABILITY")) {
        expectWord("GROUP");
        return alterAvailabilityGroup(line);
    }
    if (acceptWord("DATABASE")) {
        auto s = std::make_shared<TsqlStatement>();
        s->kind = TsqlStatement::Kind::AlterDatabase;
        s->line = line;
        if (peek().isWord("CURRENT"))
            s->objectName = QString(), next();
        else
            s->objectName = identifier();
        expectWord("SET");
        s->action = QStringLiteral("SET");
        if (acceptWord("RECOVERY")) {
            const TsqlToken &model = peek();
            if (!model.isWord("FULL") && !model.isWord("SIMPLE") && !model.isWord("BULK_LOGGED"))
                syntaxError();
            TsqlOption option;
            option.name = QStringLiteral("RECOVERY");
            option.tokens << next();
            s->options << option;
        } else {
            syntaxError();
        }
        if (acceptWord("WITH")) {
            if (acceptWord("NO_WAIT")) {
            } else if (acceptWord("ROLLBACK")) {
                if (acceptWord("AFTER")) {
                    if (peek().kind != Kind::Integer)
                        syntaxError();
                    next();
                    acceptWord("SECONDS");
                } else {
                    expectWord("IMMEDIATE");
                }
            } else {
                syntaxError();
            }
        }
        return s;
    }
    syntaxError();
}

TsqlStatementPtr TsqlParser::dropStatement()
{
    const int line = next().line;
    auto s = std::make_shared<TsqlStatement>();
    s->line = line;
    if (acceptWord("CERTIFICATE")) {
        s->kind = TsqlStatement::Kind::DropCertificate;
        s->objectName = identifier();
        return s;
    }
    if (acceptWord("MASTER")) {
        expectWord("KEY");
        s->kind = TsqlStatement::Kind::DropMasterKey;
        return s;
    }
    if (acceptWord("ENDPOINT")) {
        s->kind = TsqlStatement::Kind::DropEndpoint;
        s->objectName = identifier();
        return s;
    }
    if (acceptWord("AVAILABILITY")) {
        expectWord("GROUP");
        s->kind = TsqlStatement::Kind::DropAvailabilityGroup;
        s->objectName = identifier();
        return s;
    }
    syntaxError();
}

TsqlStatementPtr TsqlParser::backupStatement()
{
    const int line = next().line;
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::Backup;
    s->line = line;
    if (acceptWord("DATABASE"))
        s->name = QStringLiteral("DATABASE");
    else if (acceptWord("LOG"))
        s->name = QStringLiteral("LOG");
    else
        syntaxError();
    if (peek().kind == Kind::Variable) {
        useVariable(peek());
        auto e = makeExpr(TsqlExpr::Kind::Variable, peek().line);
        e->name = next().text;
        s->expr = e;
    } else {
        s->objectName = identifier();
    }
    expectWord("TO");
    do {
        TsqlOption destination;
        destination.line = peek().line;
        if (acceptWord("DISK"))
            destination.name = QStringLiteral("DISK");
        else if (acceptWord("URL"))
            destination.name = QStringLiteral("URL");
        else
            syntaxError();
        expectSymbol("=");
        const TsqlToken &value = peek();
        if (value.kind == Kind::Variable)
            useVariable(value);
        else if (value.kind != Kind::String)
            syntaxError();
        destination.tokens << next();
        s->destinations << destination;
    } while (acceptSymbol(","));
    if (acceptWord("WITH")) {
        static const QStringList allowed
            = {QStringLiteral("CHECKSUM"),       QStringLiteral("NO_CHECKSUM"),
               QStringLiteral("COPY_ONLY"),      QStringLiteral("COMPRESSION"),
               QStringLiteral("NO_COMPRESSION"), QStringLiteral("FORMAT"),
               QStringLiteral("NOFORMAT"),       QStringLiteral("INIT"),
               QStringLiteral("NOINIT"),         QStringLiteral("SKIP"),
               QStringLiteral("NOSKIP"),         QStringLiteral("REWIND"),
               QStringLiteral("NOREWIND"),       QStringLiteral("UNLOAD"),
               QStringLiteral("NOUNLOAD"),       QStringLiteral("STATS"),
               QStringLiteral("NAME"),           QStringLiteral("DESCRIPTION"),
               QStringLiteral("DIFFERENTIAL"),   QStringLiteral("NORECOVERY"),
               QStringLiteral("NO_TRUNCATE"),    QStringLiteral("CONTINUE_AFTER_ERROR"),
               QStringLiteral("STOP_ON_ERROR"),  QStringLiteral("MAXTRANSFERSIZE"),
               QStringLiteral("BUFFERCOUNT"),    QStringLiteral("BLOCKSIZE"),
               QStringLiteral("MEDIANAME"),      QStringLiteral("MEDIADESCRIPTION"),
               QStringLiteral("RETAINDAYS"),     QStringLiteral("EXPIREDATE")};
        do {
            const TsqlToken &name = peek();
            if (name.kind != Kind::Word || !allowed.contains(upper(name)))
                syntaxError();
            TsqlOption option;
            option.name = upper(next());
            option.line = name.line;
            if (acceptSymbol("=")) {
                const TsqlToken &value = peek();
                if (value.kind == Kind::Variable)
                    useVariable(value);
                else if (value.kind != Kind::String && value.kind != Kind::Integer)
                    syntaxError();
                option.tokens << next();
            }
            s->withOptions << option;
        } while (acceptSymbol(","));
    }
    return s;
}

TsqlStatementPtr TsqlParser::dbccStatement()
{
    const int line = next().line;
    auto s = std::make_shared<TsqlStatement>();
    s->kind = TsqlStatement::Kind::Dbcc;
    s->line = line;
    const TsqlToken &command = peek();
    if (command.kind != Kind::Word)
        syntaxError();
    s->name = upper(next());
    if (acceptSymbol("(")) {
        if (!peek().isSymbol(")")) {
            do {
                const bool negative = acceptSymbol("-");
                const TsqlToken &argument = peek();
                if (argument.kind != Kind::Word && argument.kind != Kind::Integer
                    && argument.kind != Kind::String && argument.kind != Kind::QuotedIdentifier)
                    syntaxError();
                s->words << (negative ? QStringLiteral("-") : QString()) + next().text;
            } while (acceptSymbol(","));
        }
        expectSymbol(")");
    }
    if (acceptWord("WITH")) {
        do {
            const TsqlToken &option = peek();
            if (!option.isWord("NO_INFOMSGS") && !option.isWord("TABLERESULTS"))
                syntaxError();
            s->options << TsqlOption {upper(next()), {}, {}, false, option.line};
        } while (acceptSymbol(","));
    }
    return s;
}

TsqlTypeInfo TsqlParser::dataType()
{
    const TsqlToken &name = peek();
    if (!name.isIdentifier())
        syntaxError();
    QString typeName = next().text.toLower();
    if (peek().isSymbol(".") && typeName == QLatin1String("sys")) {
        next();
        typeName = identifier().toLower();
    }
    QString text = typeName;
    if (acceptSymbol("(")) {
        QStringList sizes;
        do {
            const TsqlToken &size = peek();
            if (size.kind == Kind::Integer || size.isWord("MAX"))
                sizes << next().text.toLower();
            else
                syntaxError();
        } while (acceptSymbol(","));
        expectSymbol(")");
        text += QLatin1Char('(') + sizes.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const TsqlTypeInfo type = parseTypeName(text);
    if (type.kind == TsqlKind::Variant && typeName != QLatin1String("sql_variant"))
        throw TsqlError::batch(2715,
                               QStringLiteral("Column, parameter, or variable #1: Cannot find "
                                              "data type %1.")
                                   .arg(name.text),
                               name.line, 6, 16);
    return type;
}

TsqlTypeInfo TsqlParser::parseTypeName(const QString &typeText)
{
    QString text = typeText.trimmed().toLower();
    text.remove(QLatin1Char(' '));
    QString base = text;
    QStringList sizes;
    const qsizetype paren = text.indexOf(QLatin1Char('('));
    if (paren >= 0) {
        base = text.left(paren);
        sizes = text.mid(paren + 1, text.size() - paren - 2).split(QLatin1Char(','));
    }
    if (base.startsWith(QLatin1Char('[')))
        base = base.mid(1, base.size() - 2);
    const auto size = [&sizes](int index, int fallback) {
        if (index >= sizes.size())
            return fallback;
        if (sizes.at(index) == QLatin1String("max"))
            return -1;
        return sizes.at(index).toInt();
    };
    if (base == QLatin1String("bit"))
        return TsqlTypeInfo::of(TsqlKind::Bit);
    if (base == QLatin1String("tinyint"))
        return TsqlTypeInfo::of(TsqlKind::TinyInt);
    if (base == QLatin1String("smallint"))
        return TsqlTypeInfo::of(TsqlKind::SmallInt);
    if (base == QLatin1String("int") || base == QLatin1String("integer"))
        return TsqlTypeInfo::of(TsqlKind::Int);
    if (base == QLatin1String("bigint"))
        return TsqlTypeInfo::of(TsqlKind::BigInt);
    if (base == QLatin1String("float") || base == QLatin1String("real"))
        return TsqlTypeInfo::of(TsqlKind::Float);
    if (base == QLatin1String("numeric") || base == QLatin1String("decimal"))
        return TsqlTypeInfo::of(TsqlKind::Numeric, -1, size(0, 18), size(1, 0));
    if (base == QLatin1String("money"))
        return TsqlTypeInfo::of(TsqlKind::Numeric, -1, 19, 4);
    if (base == QLatin1String("char"))
        return TsqlTypeInfo::of(TsqlKind::Char, size(0, 1));
    if (base == QLatin1String("varchar"))
        return TsqlTypeInfo::of(TsqlKind::VarChar, size(0, paren >= 0 ? 1 : 30));
    if (base == QLatin1String("nchar"))
        return TsqlTypeInfo::of(TsqlKind::NChar, size(0, 1));
    if (base == QLatin1String("nvarchar"))
        return TsqlTypeInfo::of(TsqlKind::NVarChar, size(0, paren >= 0 ? 1 : 30));
    if (base == QLatin1String("sysname"))
        return TsqlTypeInfo::of(TsqlKind::NVarChar, 128);
    if (base == QLatin1String("binary"))
        return TsqlTypeInfo::of(TsqlKind::Binary, size(0, 1));
    if (base == QLatin1String("varbinary"))
        return TsqlTypeInfo::of(TsqlKind::VarBinary, size(0, paren >= 0 ? 1 : 30));
    if (base == QLatin1String("date"))
        return TsqlTypeInfo::of(TsqlKind::Date);
    if (base == QLatin1String("datetime") || base == QLatin1String("smalldatetime"))
        return TsqlTypeInfo::of(TsqlKind::DateTime);
    if (base == QLatin1String("datetime2") || base == QLatin1String("datetimeoffset"))
        return TsqlTypeInfo::of(TsqlKind::DateTime2, -1, 0, size(0, 7));
    if (base == QLatin1String("uniqueidentifier"))
        return TsqlTypeInfo::of(TsqlKind::UniqueIdentifier);
    // Unknown names come back as sql_variant; dataType() turns that into Msg 2715.
    return TsqlTypeInfo::of(TsqlKind::Variant);
}

QList<TsqlParser::ParameterDefinition> TsqlParser::parseParameterDefinitions(const QString &text)
{
    TsqlParser parser(TsqlLexer::tokenize(text));
    QList<ParameterDefinition> result;
    if (parser.peek().kind == Kind::End)
        return result;
    do {
        const TsqlToken &name = parser.peek();
        if (name.kind != Kind::Variable)
            parser.syntaxError();
        ParameterDefinition definition;
        definition.name = parser.next().text;
        parser.acceptWord("AS");
        definition.type = parser.dataType();
        if (parser.acceptSymbol("=")) // a default value
            parser.expression();
        definition.output = parser.acceptWord("OUTPUT") || parser.acceptWord("OUT");
        result << definition;
    } while (parser.acceptSymbol(","));
    if (parser.peek().kind != Kind::End)
        parser.syntaxError();
    return result;
}

TsqlSelectPtr TsqlParser::select(bool unionMember)
{
    auto s = std::make_shared<TsqlSelect>();
    s->line = peek().line;
    expectWord("SELECT");
    if (acceptWord("DISTINCT"))
        s->distinct = true;
    else
        acceptWord("ALL");
    if (acceptWord("TOP")) {
        if (acceptSymbol("(")) {
            s->top = expression();
            expectSymbol(")");
        } else if (peek().kind == Kind::Integer) {
            s->top = primary();
        } else {
            syntaxError();
        }
        if (peek().isWord("PERCENT") || peek().isWord("WITH"))
            syntaxError();
    }
    do {
        TsqlSelectItem item;
        const TsqlToken &first = peek();
        if (first.isSymbol("*")) {
            next();
            item.star = true;
        } else if (first.isIdentifier() && peek(1).isSymbol(".") && peek(2).isSymbol("*")) {
            item.star = true;
            item.starQualifier = next().text;
            next();
            next();
        } else if (first.kind == Kind::Variable
                   && (peek(1).isSymbol("=") || peek(1).isSymbol("+="))) {
            useVariable(first);
            item.variable = next().text;
            const bool compound = next().text == QLatin1String("+=");
            item.expr = expression();
            if (compound) {
                auto variable = makeExpr(TsqlExpr::Kind::Variable, first.line);
                variable->name = item.variable;
                auto sum = makeExpr(TsqlExpr::Kind::Binary, first.line);
                sum->name = QStringLiteral("+");
                sum->args << variable << item.expr;
                item.expr = sum;
            }
        } else if ((first.kind == Kind::QuotedIdentifier || first.kind == Kind::String
                    || (first.kind == Kind::Word && !isReserved(first.text)))
                   && peek(1).isSymbol("=")) {
            item.alias = next().text;
            next();
            item.expr = expression();
        } else {
            item.expr = expression();
            if (acceptWord("AS")) {
                const TsqlToken &alias = peek();
                if (alias.kind == Kind::String || alias.isIdentifier()) {
                    if (alias.kind == Kind::Word && isReserved(alias.text))
                        syntaxError();
                    item.alias = next().text;
                } else {
                    syntaxError();
                }
            } else if (peek().kind == Kind::String || peek().kind == Kind::QuotedIdentifier
                       || (peek().kind == Kind::Word && !isReserved(peek().text)
                           && !atStatementStart())) {
                item.alias = next().text;
            }
        }
        s->items << item;
    } while (acceptSymbol(","));
    if (peek().isWord("INTO"))
        syntaxError();
    if (acceptWord("FROM")) {
        TsqlTableRef first = tableRef();
        s->from << first;
        while (true) {
            TsqlTableRef::Join join = TsqlTableRef::Join::None;
            if (acceptSymbol(",")) {
                join = TsqlTableRef::Join::Cross;
            } else if (acceptWord("JOIN")) {
                join = TsqlTableRef::Join::Inner;
            } else if (acceptWord("INNER")) {
                expectWord("JOIN");
                join = TsqlTableRef::Join::Inner;
            } else if (acceptWord("LEFT")) {
                acceptWord("OUTER");
                expectWord("JOIN");
                join = TsqlTableRef::Join::Left;
            } else if (acceptWord("RIGHT")) {
                acceptWord("OUTER");
                expectWord("JOIN");
                join = TsqlTableRef::Join::Right;
            } else if (acceptWord("FULL")) {
                acceptWord("OUTER");
                expectWord("JOIN");
                join = TsqlTableRef::Join::Full;
            } else if (acceptWord("CROSS")) {
                expectWord("JOIN");
                join = TsqlTableRef::Join::Cross;
            } else {
                break;
            }
            TsqlTableRef ref = tableRef();
            ref.join = join;
            if (join != TsqlTableRef::Join::Cross) {
                expectWord("ON");
                ref.on = expression();
            }
            s->from << ref;
        }
    }
    if (acceptWord("WHERE"))
        s->where = expression();
    if (acceptWord("GROUP")) {
        expectWord("BY");
        do {
            s->groupBy << expression();
        } while (acceptSymbol(","));
    }
    if (acceptWord("HAVING"))
        s->having = expression();
    if (unionMember)
        return s;
    while (acceptWord("UNION")) {
        s->unionAll << acceptWord("ALL");
        if (!peek().isWord("SELECT"))
            syntaxError();
        s->unions << select(true);
    }
    if (acceptWord("ORDER")) {
        expectWord("BY");
        do {
            TsqlOrderItem item;
            item.expr = expression();
            if (acceptWord("DESC"))
                item.descending = true;
            else
                acceptWord("ASC");
            s->orderBy << item;
        } while (acceptSymbol(","));
    }
    if (peek().isWord("UNION") || peek().isWord("EXCEPT") || peek().isWord("INTERSECT")
        || peek().isWord("OPTION") || peek().isWord("FOR") || peek().isWord("ORDER"))
        syntaxError();
    return s;
}

TsqlTableRef TsqlParser::tableRef()
{
    TsqlTableRef ref;
    ref.line = peek().line;
    if (acceptSymbol("(")) {
        if (!peek().isWord("SELECT"))
            syntaxError();
        ref.derived = select();
        expectSymbol(")");
        acceptWord("AS");
        ref.alias = identifier();
        return ref;
    }
    ref.parts = multipartName();
    if (ref.parts.size() > 3)
        syntaxError();
    if (peek().isSymbol("("))
        syntaxError(); // table-valued functions are not simulated
    if (acceptWord("AS")) {
        ref.alias = identifier();
    } else if (peek().kind == Kind::QuotedIdentifier
               || (peek().kind == Kind::Word && !isReserved(peek().text) && !atStatementStart())) {
        ref.alias = next().text;
    }
    if (acceptWord("WITH")) {
        expectSymbol("(");
        do {
            if (!acceptWord("NOLOCK") && !acceptWord("READUNCOMMITTED"))
                syntaxError();
        } while (acceptSymbol(","));
        expectSymbol(")");
    }
    return ref;
}

TsqlExprPtr TsqlParser::expression()
{
    return orExpression();
}

TsqlExprPtr TsqlParser::orExpression()
{
    TsqlExprPtr left = andExpression();
    while (peek().isWord("OR")) {
        const int line = next().line;
        auto e = makeExpr(TsqlExpr::Kind::Or, line);
        e->args << left << andExpression();
        left = e;
    }
    return left;
}

TsqlExprPtr TsqlParser::andExpression()
{
    TsqlExprPtr left = notExpression();
    while (peek().isWord("AND")) {
        const int line = next().line;
        auto e = makeExpr(TsqlExpr::Kind::And, line);
        e->args << left << notExpression();
        left = e;
    }
    return left;
}

TsqlExprPtr TsqlParser::notExpression()
{
    if (peek().isWord("NOT")) {
        const int line = next().line;
        auto e = makeExpr(TsqlExpr::Kind::Not, line);
        e->args << notExpression();
        return e;
    }
    return predicate();
}

TsqlExprPtr TsqlParser::predicate()
{
    TsqlExprPtr left = additive();
    const TsqlToken &token = peek();
    const int line = token.line;
    static const char *const comparisons[] = {"=", "<>", "!=", "<", ">", "<=", ">=", "!<", "!>"};
    for (const char *op : comparisons) {
        if (token.isSymbol(op)) {
            next();
            auto e = makeExpr(TsqlExpr::Kind::Compare, line);
            QString name = QLatin1String(op);
            if (name == QLatin1String("!="))
                name = QStringLiteral("<>");
            else if (name == QLatin1String("!<"))
                name = QStringLiteral(">=");
            else if (name == QLatin1String("!>"))
                name = QStringLiteral("<=");
            e->name = name;
            e->args << left << additive();
            return e;
        }
    }
    bool negated = false;
    if (token.isWord("NOT")
        && (peek(1).isWord("LIKE") || peek(1).isWord("IN") || peek(1).isWord("BETWEEN"))) {
        next();
        negated = true;
    }
    if (acceptWord("LIKE")) {
        auto e = makeExpr(TsqlExpr::Kind::Like, line);
        e->negated = negated;
        e->args << left << additive();
        if (acceptWord("ESCAPE"))
            e->args << additive();
        return e;
    }
    if (acceptWord("IN")) {
        expectSymbol("(");
        if (peek().isWord("SELECT")) {
            auto e = makeExpr(TsqlExpr::Kind::InSubquery, line);
            e->negated = negated;
            e->args << left;
            e->subquery = select();
            expectSymbol(")");
            return e;
        }
        auto e = makeExpr(TsqlExpr::Kind::InList, line);
        e->negated = negated;
        e->args << left;
        do {
            e->args << expression();
        } while (acceptSymbol(","));
        expectSymbol(")");
        return e;
    }
    if (acceptWord("BETWEEN")) {
        auto e = makeExpr(TsqlExpr::Kind::Between, line);
        e->negated = negated;
        e->args << left << additive();
        expectWord("AND");
        e->args << additive();
        return e;
    }
    if (negated)
        syntaxError();
    if (acceptWord("IS")) {
        auto e = makeExpr(TsqlExpr::Kind::IsNull, line);
        e->negated = acceptWord("NOT");
        expectWord("NULL");
        e->args << left;
        return e;
    }
    return left;
}

TsqlExprPtr TsqlParser::additive()
{
    TsqlExprPtr left = multiplicative();
    while (peek().isSymbol("+") || peek().isSymbol("-") || peek().isSymbol("&")
           || peek().isSymbol("|") || peek().isSymbol("^")) {
        const TsqlToken &op = next();
        auto e = makeExpr(TsqlExpr::Kind::Binary, op.line);
        e->name = op.text;
        e->args << left << multiplicative();
        left = e;
    }
    return left;
}

TsqlExprPtr TsqlParser::multiplicative()
{
    TsqlExprPtr left = unary();
    while (peek().isSymbol("*") || peek().isSymbol("/") || peek().isSymbol("%")) {
        const TsqlToken &op = next();
        auto e = makeExpr(TsqlExpr::Kind::Binary, op.line);
        e->name = op.text;
        e->args << left << unary();
        left = e;
    }
    return left;
}

TsqlExprPtr TsqlParser::unary()
{
    if (peek().isSymbol("-") || peek().isSymbol("+") || peek().isSymbol("~")) {
        const TsqlToken &op = next();
        auto e = makeExpr(TsqlExpr::Kind::Unary, op.line);
        e->name = op.text;
        e->args << unary();
        return e;
    }
    return primary();
}

TsqlExprPtr TsqlParser::primary()
{
    const TsqlToken token = peek();
    const int line = token.line;
    switch (token.kind) {
    case Kind::String: {
        next();
        auto e = makeExpr(TsqlExpr::Kind::Literal, line);
        e->value = TsqlValue::string(token.text, token.unicode,
                                     static_cast<int>(qMax<qsizetype>(1, token.text.size())));
        return e;
    }
    case Kind::Binary: {
        next();
        auto e = makeExpr(TsqlExpr::Kind::Literal, line);
        e->value = TsqlValue::binary(token.binary);
        e->value.type.length = static_cast<int>(qMax<qsizetype>(1, token.binary.size()));
        return e;
    }
    case Kind::Integer: {
        next();
        auto e = makeExpr(TsqlExpr::Kind::Literal, line);
        bool ok = false;
        const qint64 value = token.text.toLongLong(&ok);
        if (ok && value <= 2147483647LL)
            e->value = TsqlValue::integer(value);
        else
            e->value
                = TsqlValue::numeric(token.text, qMax(1, static_cast<int>(token.text.size())), 0);
        return e;
    }
    case Kind::Decimal: {
        next();
        auto e = makeExpr(TsqlExpr::Kind::Literal, line);
        const qsizetype dot = token.text.indexOf(QLatin1Char('.'));
        const int scale = static_cast<int>(token.text.size() - dot - 1);
        e->value = TsqlValue::numeric(
            token.text.startsWith(QLatin1Char('.')) ? QLatin1Char('0') + token.text : token.text,
            qMax(1, static_cast<int>(token.text.size() - 1)), scale);
        return e;
    }
    case Kind::Float: {
        next();
        auto e = makeExpr(TsqlExpr::Kind::Literal, line);
        e->value = TsqlValue::floating(token.text.toDouble());
        return e;
    }
    case Kind::Variable: {
        useVariable(token);
        next();
        auto e = makeExpr(TsqlExpr::Kind::Variable, line);
        e->name = token.text;
        return e;
    }
    case Kind::SystemVariable: {
        next();
        auto e = makeExpr(TsqlExpr::Kind::SystemVariable, line);
        e->name = token.text.toUpper();
        return e;
    }
    case Kind::Symbol:
        if (token.isSymbol("(")) {
            next();
            if (peek().isWord("SELECT")) {
                auto e = makeExpr(TsqlExpr::Kind::Subquery, line);
                e->subquery = select();
                expectSymbol(")");
                return e;
            }
            TsqlExprPtr inner = expression();
            expectSymbol(")");
            return inner;
        }
        syntaxError();
    case Kind::Word:
    case Kind::QuotedIdentifier: break;
    default: syntaxError();
    }

    if (token.kind == Kind::Word) {
        const QString word = upper(token);
        if (word == QLatin1String("NULL")) {
            next();
            auto e = makeExpr(TsqlExpr::Kind::Literal, line);
            // An untyped NULL: int, but it gives way to the other operand's type.
            e->value = TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int, -1, -1, 0));
            return e;
        }
        if (word == QLatin1String("EXISTS")) {
            next();
            expectSymbol("(");
            auto e = makeExpr(TsqlExpr::Kind::Exists, line);
            e->subquery = select();
            expectSymbol(")");
            return e;
        }
        if (word == QLatin1String("CASE")) {
            next();
            auto e = makeExpr(TsqlExpr::Kind::Case, line);
            if (!peek().isWord("WHEN"))
                e->caseOperand = expression();
            if (!peek().isWord("WHEN"))
                syntaxError();
            while (acceptWord("WHEN")) {
                TsqlExprPtr when = expression();
                expectWord("THEN");
                e->whens << qMakePair(when, expression());
            }
            if (acceptWord("ELSE"))
                e->elseExpr = expression();
            expectWord("END");
            return e;
        }
        if (word == QLatin1String("CAST") || word == QLatin1String("TRY_CAST")) {
            next();
            expectSymbol("(");
            auto e = makeExpr(TsqlExpr::Kind::Cast, line);
            e->name = word;
            e->args << expression();
            expectWord("AS");
            e->castType = dataType();
            expectSymbol(")");
            return e;
        }
        if (word == QLatin1String("CONVERT") || word == QLatin1String("TRY_CONVERT")) {
            next();
            expectSymbol("(");
            auto e = makeExpr(TsqlExpr::Kind::Cast, line);
            e->name = word;
            e->castType = dataType();
            expectSymbol(",");
            e->args << expression();
            if (acceptSymbol(","))
                e->args << expression();
            expectSymbol(")");
            return e;
        }
        if (word == QLatin1String("CURRENT_TIMESTAMP") || word == QLatin1String("SYSTEM_USER")
            || word == QLatin1String("SESSION_USER") || word == QLatin1String("CURRENT_USER")
            || word == QLatin1String("USER")) {
            next();
            auto e = makeExpr(TsqlExpr::Kind::Function, line);
            e->name = word;
            return e;
        }
        if (peek(1).isSymbol("(")
            && (word == QLatin1String("LEFT") || word == QLatin1String("RIGHT")))
            return functionCall(upper(next()), line);
        if (isReserved(token.text))
            syntaxError();
    }
    QStringList parts = multipartName();
    if (peek().isSymbol("(")) {
        // Only built-in functions exist in the simulator; user-defined ones are unknown objects.
        if (parts.size() > 1)
            throw TsqlError::scope(
                4121,
                QStringLiteral("Cannot find either column \"%1\" or the user-defined function or "
                               "aggregate \"%2\", or the name is ambiguous.")
                    .arg(parts.first(), parts.join(QLatin1Char('.'))),
                line);
        return functionCall(parts.last().toUpper(), line);
    }
    auto e = makeExpr(TsqlExpr::Kind::Column, line);
    e->parts = parts;
    return e;
}

TsqlExprPtr TsqlParser::functionCall(const QString &name, int line)
{
    if (!TsqlFunctions::isKnown(name))
        throw TsqlError::batch(
            195,
            QStringLiteral("'%1' is not a recognized built-in function name.").arg(name.toLower()),
            line, 10, 15);
    expectSymbol("(");
    auto e = makeExpr(TsqlExpr::Kind::Function, line);
    e->name = name;
    if (acceptSymbol(")"))
        return e;
    if (name == QLatin1String("COUNT") && acceptSymbol("*")) {
        e->star = true;
        expectSymbol(")");
        return e;
    }
    if (acceptWord("DISTINCT"))
        e->distinct = true;
    const bool datePart = name == QLatin1String("DATEADD") || name == QLatin1String("DATEDIFF")
        || name == QLatin1String("DATEPART") || name == QLatin1String("DATENAME")
        || name == QLatin1String("DATEDIFF_BIG");
    if (datePart) {
        const TsqlToken &part = peek();
        if (part.kind != Kind::Word)
            syntaxError();
        auto p = makeExpr(TsqlExpr::Kind::Literal, part.line);
        p->value = TsqlValue::string(next().text.toLower(), false);
        e->args << p;
        if (!acceptSymbol(",")) {
            expectSymbol(")");
            return e;
        }
    }
    do {
        e->args << expression();
    } while (acceptSymbol(","));
    expectSymbol(")");
    return e;
}

} // namespace milink::sim
