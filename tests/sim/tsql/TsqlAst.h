#pragma once

#include "TsqlToken.h"
#include "TsqlValue.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <memory>

// The syntax tree the parser builds and the interpreter walks. Plain structs: the tree is data,
// all behaviour lives in TsqlParser and TsqlInterpreter.
namespace milink::sim {

struct TsqlExpr;
struct TsqlSelect;
struct TsqlStatement;
using TsqlExprPtr = std::shared_ptr<TsqlExpr>;
using TsqlSelectPtr = std::shared_ptr<TsqlSelect>;
using TsqlStatementPtr = std::shared_ptr<TsqlStatement>;

struct TsqlExpr
{
    enum class Kind {
        Literal,
        Variable,
        SystemVariable,
        Column, // parts: [db.][schema.]table.column or column
        Unary, // name: "-", "+", "~"
        Binary, // name: + - * / % & | ^
        Compare, // name: = <> < > <= >=
        And,
        Or,
        Not,
        Function, // name upper-case; args; star for COUNT(*); distinct for COUNT(DISTINCT x)
        Cast, // args[0] value, args[1] optional style; castType; name "CAST"/"CONVERT"
        Case, // caseOperand (simple CASE) or none; whens; elseExpr
        InList, // args[0] value, args[1..] list; negated
        InSubquery, // args[0] value, subquery; negated
        Between, // args[0] value, args[1] low, args[2] high; negated
        Like, // args[0] value, args[1] pattern, args[2] optional escape; negated
        IsNull, // args[0]; negated for IS NOT NULL
        Exists, // subquery
        Subquery // scalar subquery
    };
    Kind kind = Kind::Literal;
    int line = 1;
    TsqlValue value;
    QString name;
    QStringList parts;
    QList<TsqlExprPtr> args;
    TsqlTypeInfo castType;
    TsqlSelectPtr subquery;
    bool negated = false;
    bool distinct = false;
    bool star = false;
    TsqlExprPtr caseOperand;
    QList<QPair<TsqlExprPtr, TsqlExprPtr>> whens;
    TsqlExprPtr elseExpr;
    QString text; // source text of the expression, for unnamed result columns
};

struct TsqlSelectItem
{
    TsqlExprPtr expr;
    QString alias;
    bool star = false;
    QString starQualifier; // t in t.*
    QString variable; // SELECT @x = expr
};

struct TsqlTableRef
{
    enum class Join { None, Inner, Left, Right, Full, Cross };
    QStringList parts; // [db, schema, name] as written (1–3 parts)
    QString alias;
    TsqlSelectPtr derived;
    Join join = Join::None;
    TsqlExprPtr on;
    int line = 1;
};

struct TsqlOrderItem
{
    TsqlExprPtr expr;
    bool descending = false;
};

struct TsqlSelect
{
    bool distinct = false;
    TsqlExprPtr top;
    QList<TsqlSelectItem> items;
    QList<TsqlTableRef> from;
    TsqlExprPtr where;
    QList<TsqlExprPtr> groupBy;
    TsqlExprPtr having;
    QList<TsqlOrderItem> orderBy; // for a UNION: the whole result's order
    QList<TsqlSelectPtr> unions; // SELECTs combined with UNION [ALL], in order
    QList<bool> unionAll; // per entry of `unions`: ALL keeps duplicates
    int line = 1;
};

struct TsqlDeclaration
{
    QString name;
    TsqlTypeInfo type;
    TsqlExprPtr initializer;
};

struct TsqlExecArgument
{
    QString name; // @param = …, empty when positional
    TsqlExprPtr value;
    bool output = false;
    bool isDefault = false;
};

// An option of a DDL statement: NAME = value-tokens, or NAME ( children ), or a bare NAME.
struct TsqlOption
{
    QString name; // upper-case
    QList<TsqlToken> tokens;
    QList<TsqlOption> children;
    bool hasChildren = false;
    int line = 1;

    QString word(int index) const
    {
        return index < tokens.size() ? tokens.at(index).text.toUpper() : QString();
    }
    // The value words joined by spaces ("REQUIRED ALGORITHM AES").
    QString words() const
    {
        QStringList parts;
        for (const TsqlToken &token : tokens) {
            if (token.kind == TsqlToken::Kind::Word)
                parts << token.text.toUpper();
        }
        return parts.join(QLatin1Char(' '));
    }
    const TsqlOption *child(const char *childName) const
    {
        for (const TsqlOption &option : children) {
            if (option.name == QLatin1String(childName))
                return &option;
        }
        return nullptr;
    }
};

// A member of CREATE/ALTER AVAILABILITY GROUP: REPLICA ON 'x' WITH (…) or AVAILABILITY GROUP ON
// 'x' WITH (…).
struct TsqlAgMember
{
    QString name;
    QList<TsqlOption> options;
    int line = 1;
};

struct TsqlStatement
{
    enum class Kind {
        Declare,
        Set, // variable, assignOp, expr
        SetOption, // SET NOCOUNT ON …: name, words
        Select,
        If,
        Block,
        While,
        Break,
        Continue,
        Print,
        RaisError,
        Throw,
        Use,
        Exec, // nameParts, execArgs, returnVariable
        ExecString, // args concatenated
        Return,
        Transaction, // name: BEGIN/COMMIT/ROLLBACK
        TryCatch, // body: the TRY statements; elseBranch: a Block with the CATCH statements
        CreateMasterKey,
        DropMasterKey,
        CreateCertificate,
        DropCertificate,
        CreateEndpoint,
        AlterEndpoint,
        DropEndpoint,
        CreateAvailabilityGroup,
        AlterAvailabilityGroup,
        DropAvailabilityGroup,
        AlterDatabase,
        Backup, // name: DATABASE/LOG
        Dbcc // name: SQLPERF/TRACESTATUS/TRACEON/TRACEOFF; args
    };
    Kind kind = Kind::Select;
    int line = 1;

    QList<TsqlDeclaration> declarations;
    QString variable;
    QString assignOp;
    TsqlExprPtr expr;
    TsqlSelectPtr select;
    TsqlExprPtr condition;
    TsqlStatementPtr thenBranch;
    TsqlStatementPtr elseBranch;
    QList<TsqlStatementPtr> body;
    QList<TsqlExprPtr> args;
    QString name;
    QStringList nameParts;
    QStringList words;
    QList<TsqlExecArgument> execArgs;
    QString returnVariable;

    // DDL
    QString objectName;
    QString action; // ALTER AVAILABILITY GROUP: FAILOVER, FORCE_FAILOVER_ALLOW_DATA_LOSS, SET,
                    // GRANT, DENY, MODIFY_AG, ADD_DATABASE, REMOVE_DATABASE; ALTER DATABASE: SET
    QList<TsqlOption> options;
    QList<TsqlAgMember> members;
    QStringList databases;
    bool distributed = false;
    QList<TsqlOption> withOptions; // BACKUP … WITH, CREATE CERTIFICATE … WITH
    QList<TsqlOption> destinations; // BACKUP … TO DISK = …
};

} // namespace milink::sim
