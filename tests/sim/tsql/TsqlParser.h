#pragma once

#include "TsqlAst.h"

#include <QSet>

namespace milink::sim {

// Recursive-descent parser for the T-SQL the simulator runs. A batch is parsed completely before
// anything runs, as SQL Server compiles a batch first: any syntax error (102/156), an undeclared
// variable (137) or a variable declared twice (134) rejects the whole batch with a TsqlError.
class TsqlParser
{
public:
    // `predeclared`: variables that exist before the batch (sp_executesql parameters).
    static QList<TsqlStatementPtr> parseBatch(const QString &sql,
                                              const QStringList &predeclared = {});
    // A data type name as DECLARE and CAST spell it ("nvarchar(max)", "numeric(25,0)").
    static TsqlTypeInfo parseTypeName(const QString &typeText);
    // sp_executesql's @params: "@a int, @b nvarchar(10) OUTPUT".
    struct ParameterDefinition
    {
        QString name;
        TsqlTypeInfo type;
        bool output = false;
    };
    static QList<ParameterDefinition> parseParameterDefinitions(const QString &text);

private:
    explicit TsqlParser(const QList<TsqlToken> &tokens);

    const TsqlToken &peek(int ahead = 0) const;
    const TsqlToken &next();
    bool acceptWord(const char *word);
    bool acceptSymbol(const char *symbol);
    void expectWord(const char *word);
    void expectSymbol(const char *symbol);
    [[noreturn]] void syntaxError(const TsqlToken &token) const;
    [[noreturn]] void syntaxError() const { syntaxError(peek()); }
    QString identifier();
    QStringList multipartName();
    bool atStatementStart() const;
    static bool isReserved(const QString &word);

    TsqlStatementPtr statement();
    TsqlStatementPtr declareStatement();
    TsqlStatementPtr setStatement();
    TsqlStatementPtr ifStatement();
    TsqlStatementPtr blockStatement();
    TsqlStatementPtr tryCatchStatement();
    TsqlStatementPtr execStatement();
    TsqlStatementPtr createStatement();
    TsqlStatementPtr alterStatement();
    TsqlStatementPtr dropStatement();
    TsqlStatementPtr backupStatement();
    TsqlStatementPtr dbccStatement();
    TsqlStatementPtr raiserrorStatement();
    TsqlStatementPtr throwStatement();
    TsqlStatementPtr endpointBody(TsqlStatementPtr statement);
    TsqlStatementPtr createAvailabilityGroup(int line);
    TsqlStatementPtr alterAvailabilityGroup(int line);

    TsqlSelectPtr select(bool unionMember = false);
    TsqlTableRef tableRef();
    TsqlTypeInfo dataType();

    // Option lists of DDL: `( a = x, b = y z, c (…) )`.
    QList<TsqlOption> optionList(const QStringList &allowed);
    TsqlOption option(const QStringList &allowed);
    QList<TsqlAgMember> agMembers(const QStringList &allowed);

    TsqlExprPtr expression();
    TsqlExprPtr orExpression();
    TsqlExprPtr andExpression();
    TsqlExprPtr notExpression();
    TsqlExprPtr predicate();
    TsqlExprPtr additive();
    TsqlExprPtr multiplicative();
    TsqlExprPtr unary();
    TsqlExprPtr primary();
    TsqlExprPtr functionCall(const QString &name, int line);
    TsqlExprPtr execValue();
    void useVariable(const TsqlToken &token) const;

    QList<TsqlToken> m_tokens;
    int m_pos = 0;
    QSet<QString> m_declared; // lower-case names
};

} // namespace milink::sim
