#include "TsqlInterpreter.h"

#include "TsqlConvert.h"
#include "TsqlFunctions.h"

#include "world/SimWorld.h"

#include <QSslCertificate>

#include <algorithm>

namespace milink::sim {

namespace {

TsqlError invalidColumn(const TsqlExpr &expr)
{
    if (expr.parts.size() > 1)
        return TsqlError::scope(4104,
                                QStringLiteral("The multi-part identifier \"%1\" could not be "
                                               "bound.")
                                    .arg(expr.parts.join(QLatin1Char('.'))),
                                expr.line);
    return TsqlError::scope(207, QStringLiteral("Invalid column name '%1'.").arg(expr.parts.last()),
                            expr.line);
}

QString versionYear(int major)
{
    switch (major) {
    case 13: return QStringLiteral("2016");
    case 14: return QStringLiteral("2017");
    case 15: return QStringLiteral("2019");
    case 16: return QStringLiteral("2022");
    case 17: return QStringLiteral("2025");
    default: return QString::number(major);
    }
}

// Sort/grouping key equality: NULLs group together.
bool sameValue(const TsqlValue &a, const TsqlValue &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const auto c = TsqlConvert::compare(a, b);
    return c && *c == 0;
}

} // namespace

TsqlValue TsqlInterpreter::eval(const TsqlExprPtr &exprPtr, const Scope *scope)
{
    const TsqlExpr &expr = *exprPtr;
    using Kind = TsqlExpr::Kind;
    switch (expr.kind) {
    case Kind::Literal: return expr.value;
    case Kind::Variable: {
        const auto it = m_variables->constFind(expr.name.toLower());
        if (it == m_variables->cend())
            throw TsqlError::batch(
                137, QStringLiteral("Must declare the scalar variable \"%1\".").arg(expr.name),
                expr.line, 1, 15);
        return it->value;
    }
    case Kind::SystemVariable: return systemVariable(expr);
    case Kind::Column: return column(expr, scope);
    case Kind::Unary: {
        const TsqlValue value = eval(expr.args.at(0), scope);
        if (expr.name == QLatin1String("+"))
            return value;
        if (expr.name == QLatin1String("~")) {
            if (value.isNull())
                return value;
            return TsqlValue::integer(~value.toInteger(), value.type.kind);
        }
        if (value.type.kind == TsqlKind::Numeric) {
            if (value.isNull())
                return value;
            QString text = value.toText();
            text = text.startsWith(QLatin1Char('-')) ? text.mid(1) : QLatin1Char('-') + text;
            return TsqlValue {value.type, QVariant(text)};
        }
        return TsqlConvert::arithmetic(
            QLatin1Char('-'),
            TsqlValue::integer(0, value.type.isInteger() ? value.type.kind : TsqlKind::Int), value,
            expr.line);
    }
    case Kind::Binary: {
        const TsqlValue left = eval(expr.args.at(0), scope);
        const TsqlValue right = eval(expr.args.at(1), scope);
        const QChar op = expr.name.at(0);
        if (op == QLatin1Char('&') || op == QLatin1Char('|') || op == QLatin1Char('^')) {
            if (left.isNull() || right.isNull())
                return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
            const qint64 l
                = TsqlConvert::cast(left, TsqlTypeInfo::of(TsqlKind::BigInt), 0, expr.line)
                      .toInteger();
            const qint64 r
                = TsqlConvert::cast(right, TsqlTypeInfo::of(TsqlKind::BigInt), 0, expr.line)
                      .toInteger();
            const qint64 result = op == QLatin1Char('&') ? (l & r)
                : op == QLatin1Char('|')                 ? (l | r)
                                                         : (l ^ r);
            return TsqlValue::integer(result, TsqlConvert::common(left.type, right.type).kind);
        }
        return TsqlConvert::arithmetic(op, left, right, expr.line);
    }
    case Kind::Function: return function(expr, scope);
    case Kind::Cast: {
        const TsqlValue value = eval(expr.args.at(0), scope);
        int style = 0;
        if (expr.args.size() > 1) {
            const TsqlValue styleValue = eval(expr.args.at(1), scope);
            style = styleValue.isNull() ? 0 : static_cast<int>(styleValue.toInteger());
        }
        if (expr.name.startsWith(QLatin1String("TRY_"))) {
            try {
                return TsqlConvert::cast(value, expr.castType, style, expr.line);
            } catch (const TsqlError &error) {
                if (error.message.number == 529)
                    throw;
                return TsqlValue::null(expr.castType);
            }
        }
        return TsqlConvert::cast(value, expr.castType, style, expr.line);
    }
    case Kind::Case: {
        TsqlValue operand;
        if (expr.caseOperand)
            operand = eval(expr.caseOperand, scope);
        for (const auto &when : expr.whens) {
            bool matched = false;
            if (expr.caseOperand) {
                const auto c = TsqlConvert::compare(operand, eval(when.first, scope), expr.line);
                matched = c && *c == 0;
            } else {
                matched = condition(when.first, scope).value_or(false);
            }
            if (matched)
                return eval(when.second, scope);
        }
        if (expr.elseExpr)
            return eval(expr.elseExpr, scope);
        // The type of a CASE without ELSE is that of its first result.
        return TsqlValue::null(eval(expr.whens.first().second, nullptr).type);
    }
    case Kind::Subquery: {
        const TsqlTable result = query(*expr.subquery, scope);
        if (result.rows.size() > 1)
            throw TsqlError::statement(
                512,
                QStringLiteral("Subquery returned more than 1 value. This is not permitted when "
                               "the subquery follows =, !=, <, <= , >, >= or when the subquery "
                               "is used as an expression."),
                expr.line);
        if (result.columnTypes.isEmpty())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        if (result.rows.isEmpty())
            return TsqlValue::null(result.columnTypes.first());
        return result.rows.first().first();
    }
    default: {
        // A predicate used as a value (SQL Server refuses most of these at parse time).
        const std::optional<bool> result = condition(exprPtr, scope);
        if (!result)
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Bit));
        return TsqlValue::bit(*result);
    }
    }
}

std::optional<bool> TsqlInterpreter::condition(const TsqlExprPtr &exprPtr, const Scope *scope)
{
    const TsqlExpr &expr = *exprPtr;
    using Kind = TsqlExpr::Kind;
    switch (expr.kind) {
    case Kind::And: {
        const auto l = condition(expr.args.at(0), scope);
        if (l && !*l)
            return false;
        const auto r = condition(expr.args.at(1), scope);
        if (r && !*r)
            return false;
        if (l && r)
            return true;
        return std::nullopt;
    }
    case Kind::Or: {
        const auto l = condition(expr.args.at(0), scope);
        if (l && *l)
            return true;
        const auto r = condition(expr.args.at(1), scope);
        if (r && *r)
            return true;
        if (l && r)
            return false;
        return std::nullopt;
    }
    case Kind::Not: {
        const auto v = condition(expr.args.at(0), scope);
        if (!v)
            return std::nullopt;
        return !*v;
    }
    case Kind::Compare: {
        const auto c = TsqlConvert::compare(eval(expr.args.at(0), scope),
                                            eval(expr.args.at(1), scope), expr.line);
        if (!c)
            return std::nullopt;
        const QString &op = expr.name;
        if (op == QLatin1String("="))
            return *c == 0;
        if (op == QLatin1String("<>"))
            return *c != 0;
        if (op == QLatin1String("<"))
            return *c < 0;
        if (op == QLatin1String(">"))
            return *c > 0;
        if (op == QLatin1String("<="))
            return *c <= 0;
        return *c >= 0;
    }
    case Kind::Like: {
        const TsqlValue value = eval(expr.args.at(0), scope);
        const TsqlValue pattern = eval(expr.args.at(1), scope);
        QChar escape;
        if (expr.args.size() > 2) {
            const TsqlValue e = eval(expr.args.at(2), scope);
            if (!e.isNull() && !e.toText().isEmpty())
                escape = e.toText().at(0);
        }
        if (value.isNull() || pattern.isNull())
            return std::nullopt;
        const bool matched
            = TsqlConvert::like(TsqlConvert::text(value), TsqlConvert::text(pattern), escape);
        return expr.negated ? !matched : matched;
    }
    case Kind::InList: {
        const TsqlValue value = eval(expr.args.at(0), scope);
        bool unknown = value.isNull();
        for (int i = 1; i < expr.args.size() && !value.isNull(); ++i) {
            const auto c = TsqlConvert::compare(value, eval(expr.args.at(i), scope), expr.line);
            if (!c)
                unknown = true;
            else if (*c == 0)
                return !expr.negated;
        }
        if (unknown)
            return std::nullopt;
        return expr.negated;
    }
    case Kind::InSubquery: {
        const TsqlValue value = eval(expr.args.at(0), scope);
        const TsqlTable result = query(*expr.subquery, scope);
        if (result.columnNames.size() != 1)
            throw TsqlError::scope(116,
                                   QStringLiteral("Only one expression can be specified in the "
                                                  "select list when the subquery is not "
                                                  "introduced with EXISTS."),
                                   expr.line);
        bool unknown = value.isNull() && !result.rows.isEmpty();
        for (const QList<TsqlValue> &row : result.rows) {
            const auto c = TsqlConvert::compare(value, row.first(), expr.line);
            if (!c)
                unknown = true;
            else if (*c == 0)
                return !expr.negated;
        }
        if (unknown)
            return std::nullopt;
        return expr.negated;
    }
    case Kind::Between: {
        const TsqlValue value = eval(expr.args.at(0), scope);
        const auto low = TsqlConvert::compare(value, eval(expr.args.at(1), scope), expr.line);
        const auto high = TsqlConvert::compare(value, eval(expr.args.at(2), scope), expr.line);
        if (!low || !high)
            return std::nullopt;
        const bool inside = *low >= 0 && *high <= 0;
        return expr.negated ? !inside : inside;
    }
    case Kind::IsNull: {
        const bool isNull = eval(expr.args.at(0), scope).isNull();
        return expr.negated ? !isNull : isNull;
    }
    case Kind::Exists: {
        const TsqlTable result = query(*expr.subquery, scope);
        return !result.rows.isEmpty();
    }
    default: {
        // A value where a condition belongs: SQL Server rejects `IF 1`, `WHERE @x`.
        throw TsqlError::scope(4145,
                               QStringLiteral("An expression of non-boolean type specified in a "
                                              "context where a condition is expected."),
                               expr.line, 1, 15);
    }
    }
}

TsqlValue TsqlInterpreter::column(const TsqlExpr &expr, const Scope *scope)
{
    const QString columnName = expr.parts.last();
    const QString qualifier
        = expr.parts.size() > 1 ? expr.parts.at(expr.parts.size() - 2) : QString();
    for (const Scope *s = scope; s; s = s->outer) {
        if (!s->sources)
            continue;
        int foundSource = -1;
        int foundColumn = -1;
        for (int i = 0; i < s->sources->size(); ++i) {
            const Source &source = s->sources->at(i);
            if (!qualifier.isEmpty()) {
                const QString visible = source.alias.isEmpty() ? source.name : source.alias;
                if (visible.compare(qualifier, Qt::CaseInsensitive) != 0)
                    continue;
            }
            const int index = source.table->columnIndex(columnName);
            if (index < 0)
                continue;
            if (foundSource >= 0)
                throw TsqlError::scope(
                    209, QStringLiteral("Ambiguous column name '%1'.").arg(columnName), expr.line);
            foundSource = i;
            foundColumn = index;
        }
        if (foundSource >= 0) {
            const QList<TsqlValue> *row = s->row.value(foundSource);
            const TsqlTypeInfo &type
                = s->sources->at(foundSource).table->columnTypes.at(foundColumn);
            if (!row)
                return TsqlValue::null(type);
            return row->at(foundColumn);
        }
    }
    throw invalidColumn(expr);
}

TsqlValue TsqlInterpreter::systemVariable(const TsqlExpr &expr)
{
    const QString &name = expr.name;
    if (name == QLatin1String("@@SERVERNAME"))
        return TsqlValue::string(m_instance.serverName, true, 128);
    if (name == QLatin1String("@@VERSION")) {
        const int major = majorVersion();
        QString text;
        if (m_instance.isManagedInstance()) {
            text = QStringLiteral("Microsoft SQL Azure (RTM) - 12.0.2000.8 \n\tOct  2 2025 "
                                  "12:00:00 \n\tCopyright (C) 2022 Microsoft Corporation\n");
        } else {
            QString level = m_instance.productLevel;
            if (!m_instance.productUpdateLevel.isEmpty())
                level += QLatin1Char('-') + m_instance.productUpdateLevel;
            const bool linux
                = m_instance.hostPlatform.compare(QLatin1String("Linux"), Qt::CaseInsensitive) == 0;
            text
                = QStringLiteral("Microsoft SQL Server %1 (%2) - %3 (X64) \n\tJan  1 2025 "
                                 "00:00:00 \n\tCopyright (C) %1 Microsoft Corporation\n\t%4 on %5")
                      .arg(versionYear(major), level, m_instance.productVersion, m_instance.edition,
                           linux
                               ? QStringLiteral("Linux (%1) <X64>").arg(m_instance.hostDistribution)
                               : m_instance.hostDistribution
                                   + QStringLiteral(" 10.0 <X64> (Build 20348: ) (Hypervisor)"))
                + QLatin1Char('\n');
        }
        return TsqlValue::string(text, true, 300);
    }
    if (name == QLatin1String("@@SERVICENAME")) {
        const qsizetype slash = m_instance.serverName.indexOf(QLatin1Char('\\'));
        return TsqlValue::string(slash < 0 ? QStringLiteral("MSSQLSERVER")
                                           : m_instance.serverName.mid(slash + 1),
                                 true, 128);
    }
    if (name == QLatin1String("@@ERROR"))
        return TsqlValue::integer(m_lastError);
    if (name == QLatin1String("@@ROWCOUNT"))
        return TsqlValue::integer(m_rowCount);
    if (name == QLatin1String("@@TRANCOUNT"))
        return TsqlValue::integer(m_transactionCount);
    if (name == QLatin1String("@@SPID"))
        return TsqlValue::integer(52, TsqlKind::SmallInt);
    if (name == QLatin1String("@@LANGUAGE"))
        return TsqlValue::string(QStringLiteral("us_english"), true, 128);
    if (name == QLatin1String("@@MAX_PRECISION"))
        return TsqlValue::integer(38, TsqlKind::TinyInt);
    if (name == QLatin1String("@@OPTIONS"))
        return TsqlValue::integer(m_noCount ? 5496 : 4984);
    throw TsqlError::batch(137,
                           QStringLiteral("Must declare the scalar variable \"%1\".")
                               .arg(name.toLower() == name ? name : expr.name),
                           expr.line, 1, 15);
}

bool TsqlInterpreter::containsAggregate(const TsqlExprPtr &expr) const
{
    if (!expr)
        return false;
    if (expr->kind == TsqlExpr::Kind::Function && TsqlFunctions::isAggregate(expr->name))
        return true;
    for (const TsqlExprPtr &arg : expr->args) {
        if (containsAggregate(arg))
            return true;
    }
    for (const auto &when : expr->whens) {
        if (containsAggregate(when.first) || containsAggregate(when.second))
            return true;
    }
    return containsAggregate(expr->caseOperand) || containsAggregate(expr->elseExpr);
}

TsqlValue TsqlInterpreter::aggregate(const TsqlExpr &expr, const Scope *scope)
{
    if (!scope || !scope->group)
        throw TsqlError::scope(147,
                               QStringLiteral("An aggregate may not appear in the WHERE clause "
                                              "unless it is in a subquery contained in a HAVING "
                                              "clause or a select list, and the column being "
                                              "aggregated is an outer reference."),
                               expr.line);
    const QString &name = expr.name;
    const bool count = name == QLatin1String("COUNT") || name == QLatin1String("COUNT_BIG");
    const TsqlKind countKind
        = name == QLatin1String("COUNT_BIG") ? TsqlKind::BigInt : TsqlKind::Int;
    if (count && expr.star)
        return TsqlValue::integer(scope->group->size(), countKind);
    if (expr.args.size() != 1)
        throw TsqlError::scope(
            174, QStringLiteral("The %1 function requires 1 argument(s).").arg(name.toLower()),
            expr.line, 1, 15);
    QList<TsqlValue> values;
    TsqlTypeInfo type = TsqlTypeInfo::of(TsqlKind::Int);
    for (const JoinedRow &row : *scope->group) {
        Scope rowScope {scope->sources, row, nullptr, scope->outer};
        const TsqlValue value = eval(expr.args.first(), &rowScope);
        type = value.type;
        if (value.isNull())
            continue;
        if (expr.distinct) {
            bool seen = false;
            for (const TsqlValue &v : std::as_const(values))
                seen = seen || sameValue(v, value);
            if (seen)
                continue;
        }
        values << value;
    }
    if (count)
        return TsqlValue::integer(values.size(), countKind);
    if (values.isEmpty())
        return TsqlValue::null(type);
    if (name == QLatin1String("MAX") || name == QLatin1String("MIN")) {
        TsqlValue best = values.first();
        for (const TsqlValue &v : std::as_const(values)) {
            const auto c = TsqlConvert::compare(v, best, expr.line);
            if (c
                && ((name == QLatin1String("MAX") && *c > 0)
                    || (name == QLatin1String("MIN") && *c < 0)))
                best = v;
        }
        return best;
    }
    TsqlValue sum = values.first();
    if (sum.type.kind == TsqlKind::TinyInt || sum.type.kind == TsqlKind::SmallInt
        || sum.type.kind == TsqlKind::Bit)
        sum = TsqlConvert::cast(sum, TsqlTypeInfo::of(TsqlKind::Int), 0, expr.line);
    for (int i = 1; i < values.size(); ++i)
        sum = TsqlConvert::arithmetic(QLatin1Char('+'), sum, values.at(i), expr.line);
    if (name == QLatin1String("SUM"))
        return sum;
    return TsqlConvert::arithmetic(
        QLatin1Char('/'), sum,
        TsqlValue::integer(values.size(), sum.type.isInteger() ? sum.type.kind : TsqlKind::Int),
        expr.line);
}

TsqlValue TsqlInterpreter::function(const TsqlExpr &expr, const Scope *scope)
{
    const QString &name = expr.name;
    if (TsqlFunctions::isAggregate(name))
        return aggregate(expr, scope);
    if (name == QLatin1String("IIF")) {
        if (expr.args.size() != 3)
            throw TsqlError::scope(174, QStringLiteral("The iif function requires 3 argument(s)."),
                                   expr.line, 1, 15);
        return condition(expr.args.at(0), scope).value_or(false) ? eval(expr.args.at(1), scope)
                                                                 : eval(expr.args.at(2), scope);
    }
    QList<TsqlValue> args;
    for (const TsqlExprPtr &arg : expr.args)
        args << eval(arg, scope);
    if (const auto pure = TsqlFunctions::call(name, args, m_world.clock().now(), expr.line))
        return *pure;
    return worldFunction(name, args, expr.line);
}

TsqlValue TsqlInterpreter::serverProperty(const QString &propertyIn)
{
    const QString property = propertyIn.toLower();
    const auto text = [](const QString &value) {
        return value.isNull() ? TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar, 128))
                              : TsqlValue::string(value, true, 128);
    };
    const QStringList version = m_instance.productVersion.split(QLatin1Char('.'));
    const qsizetype slash = m_instance.serverName.indexOf(QLatin1Char('\\'));
    if (property == QLatin1String("productversion"))
        return text(m_instance.productVersion);
    if (property == QLatin1String("productmajorversion"))
        return text(version.value(0));
    if (property == QLatin1String("productminorversion"))
        return text(version.value(1));
    if (property == QLatin1String("productbuild"))
        return text(version.value(2));
    if (property == QLatin1String("productlevel"))
        return text(m_instance.productLevel);
    if (property == QLatin1String("productupdatelevel"))
        return text(m_instance.productUpdateLevel.isEmpty() ? QString()
                                                            : m_instance.productUpdateLevel);
    if (property == QLatin1String("edition"))
        return text(m_instance.edition);
    if (property == QLatin1String("engineedition"))
        return TsqlValue::integer(m_instance.engineEdition);
    if (property == QLatin1String("ishadrenabled"))
        return TsqlValue::integer(m_instance.hadrEnabled ? 1 : 0);
    if (property == QLatin1String("hadrmanagerstatus"))
        return TsqlValue::integer(m_instance.hadrEnabled ? 1 : 2);
    if (property == QLatin1String("collation"))
        return text(m_instance.collation);
    if (property == QLatin1String("servername"))
        return text(m_instance.serverName);
    if (property == QLatin1String("machinename"))
        return text(slash < 0 ? m_instance.serverName : m_instance.serverName.left(slash));
    if (property == QLatin1String("instancename"))
        return text(slash < 0 ? QString() : m_instance.serverName.mid(slash + 1));
    if (property == QLatin1String("isclustered") || property == QLatin1String("issingleuser")
        || property == QLatin1String("isintegratedsecurityonly"))
        return TsqlValue::integer(0);
    if (property == QLatin1String("processid"))
        return TsqlValue::integer(4242);
    return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar, 128));
}

TsqlValue TsqlInterpreter::worldFunction(const QString &name, const QList<TsqlValue> &args,
                                         int line)
{
    const auto requireCount = [&](int min, int max) {
        if (args.size() < min || args.size() > max)
            throw TsqlError::scope(174,
                                   QStringLiteral("The %1 function requires %2 argument(s).")
                                       .arg(name.toLower())
                                       .arg(max),
                                   line, 1, 15);
    };
    const TsqlTypeInfo sysname = TsqlTypeInfo::of(TsqlKind::NVarChar, 128);
    if (name == QLatin1String("SERVERPROPERTY")) {
        requireCount(1, 1);
        if (args.at(0).isNull())
            return TsqlValue::null(sysname);
        return serverProperty(TsqlConvert::text(args.at(0)));
    }
    if (name == QLatin1String("DB_NAME")) {
        requireCount(0, 1);
        if (args.isEmpty())
            return TsqlValue::string(m_database, true, 128);
        if (args.at(0).isNull())
            return TsqlValue::null(sysname);
        const auto d = m_catalog.database(static_cast<int>(
            TsqlConvert::cast(args.at(0), TsqlTypeInfo::of(TsqlKind::Int), 0, line).toInteger()));
        return d ? TsqlValue::string(d->name, true, 128) : TsqlValue::null(sysname);
    }
    if (name == QLatin1String("DB_ID")) {
        requireCount(0, 1);
        const auto d = args.isEmpty()
            ? m_catalog.database(m_database)
            : (args.at(0).isNull() ? std::nullopt
                                   : m_catalog.database(TsqlConvert::text(args.at(0))));
        return d ? TsqlValue::integer(d->databaseId, TsqlKind::SmallInt)
                 : TsqlValue::null(TsqlTypeInfo::of(TsqlKind::SmallInt));
    }
    // Certificates live in master (see docs/simulator.md).
    const bool inMaster = m_database.compare(QLatin1String("master"), Qt::CaseInsensitive) == 0;
    if (name == QLatin1String("CERT_ID")) {
        requireCount(1, 1);
        const SimCertificate *c = (args.at(0).isNull() || !inMaster)
            ? nullptr
            : m_instance.certificate(TsqlConvert::text(args.at(0)));
        return c ? TsqlValue::integer(c->certificateId)
                 : TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
    }
    if (name == QLatin1String("CERTENCODED")) {
        requireCount(1, 1);
        const SimCertificate *c = (args.at(0).isNull() || !inMaster)
            ? nullptr
            : m_instance.certificate(static_cast<int>(
                TsqlConvert::cast(args.at(0), TsqlTypeInfo::of(TsqlKind::Int), 0, line)
                    .toInteger()));
        return c ? TsqlValue::binary(c->der)
                 : TsqlValue::null(TsqlTypeInfo::of(TsqlKind::VarBinary));
    }
    if (name == QLatin1String("CERTPRIVATEKEY"))
        return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::VarBinary));
    if (name == QLatin1String("DATABASEPROPERTYEX")) {
        requireCount(2, 2);
        if (args.at(0).isNull() || args.at(1).isNull())
            return TsqlValue::null(sysname);
        const auto d = m_catalog.database(TsqlConvert::text(args.at(0)));
        if (!d)
            return TsqlValue::null(sysname);
        const QString property = TsqlConvert::text(args.at(1)).toLower();
        if (property == QLatin1String("status"))
            return TsqlValue::string(d->state.isEmpty() ? QStringLiteral("ONLINE") : d->state, true,
                                     128);
        if (property == QLatin1String("recovery"))
            return TsqlValue::string(d->recoveryModel, true, 128);
        if (property == QLatin1String("updateability")) {
            const bool readOnly
                = d->readOnly || (d->replication.inLink && !d->replication.isPrimary);
            return TsqlValue::string(
                readOnly ? QStringLiteral("READ_ONLY") : QStringLiteral("READ_WRITE"), true, 128);
        }
        if (property == QLatin1String("useraccess"))
            return TsqlValue::string(QStringLiteral("MULTI_USER"), true, 128);
        if (property == QLatin1String("collation"))
            return TsqlValue::string(d->collation.isEmpty() ? m_instance.collation : d->collation,
                                     true, 128);
        if (property == QLatin1String("version"))
            return TsqlValue::integer(957);
        return TsqlValue::null(sysname);
    }
    if (name == QLatin1String("IS_SRVROLEMEMBER")) {
        requireCount(1, 2);
        const QString role = TsqlConvert::text(args.at(0)).toLower();
        const QString loginName
            = args.size() > 1 && !args.at(1).isNull() ? TsqlConvert::text(args.at(1)) : m_login;
        static const QStringList roles
            = {QStringLiteral("sysadmin"),    QStringLiteral("serveradmin"),
               QStringLiteral("dbcreator"),   QStringLiteral("setupadmin"),
               QStringLiteral("bulkadmin"),   QStringLiteral("securityadmin"),
               QStringLiteral("diskadmin"),   QStringLiteral("public"),
               QStringLiteral("processadmin")};
        if (!roles.contains(role))
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        if (role == QLatin1String("public"))
            return TsqlValue::integer(1);
        const SimLogin *login = m_instance.login(loginName);
        if (!login && !m_instance.logins.isEmpty())
            return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
        const bool sysadmin = m_instance.logins.isEmpty() || login->sysadmin;
        return TsqlValue::integer(sysadmin ? 1 : 0);
    }
    if (name == QLatin1String("SUSER_NAME") || name == QLatin1String("SUSER_SNAME")
        || name == QLatin1String("SYSTEM_USER") || name == QLatin1String("SESSION_USER")
        || name == QLatin1String("CURRENT_USER") || name == QLatin1String("USER")
        || name == QLatin1String("USER_NAME")) {
        if (name == QLatin1String("SESSION_USER") || name == QLatin1String("CURRENT_USER")
            || name == QLatin1String("USER") || name == QLatin1String("USER_NAME"))
            return TsqlValue::string(QStringLiteral("dbo"), true, 128);
        return TsqlValue::string(m_login, true, 128);
    }
    if (name == QLatin1String("HOST_NAME"))
        return TsqlValue::string(QStringLiteral("milink-client"), true, 128);
    if (name == QLatin1String("APP_NAME"))
        return TsqlValue::string(QString(), true, 128);
    if (name == QLatin1String("IS_MEMBER") || name == QLatin1String("HAS_DBACCESS"))
        return TsqlValue::integer(1);
    if (name == QLatin1String("OBJECT_ID"))
        return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::Int));
    if (name.startsWith(QLatin1String("ERROR_"))) {
        // Inside CATCH: the error being handled; elsewhere NULL.
        const bool text
            = name == QLatin1String("ERROR_MESSAGE") || name == QLatin1String("ERROR_PROCEDURE");
        if (m_caughtErrors.isEmpty())
            return TsqlValue::null(text ? TsqlTypeInfo::of(TsqlKind::NVarChar, 4000)
                                        : TsqlTypeInfo::of(TsqlKind::Int));
        const ServerMessage &caught = m_caughtErrors.last();
        if (name == QLatin1String("ERROR_NUMBER"))
            return TsqlValue::integer(caught.number);
        if (name == QLatin1String("ERROR_SEVERITY"))
            return TsqlValue::integer(caught.severity);
        if (name == QLatin1String("ERROR_STATE"))
            return TsqlValue::integer(caught.state);
        if (name == QLatin1String("ERROR_LINE"))
            return TsqlValue::integer(caught.line);
        if (name == QLatin1String("ERROR_MESSAGE"))
            return TsqlValue::string(caught.text, true, 4000);
        return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar, 128));
    }
    throw TsqlError::scope(
        195, QStringLiteral("'%1' is not a recognized built-in function name.").arg(name.toLower()),
        line, 10, 15);
}

TsqlTable TsqlInterpreter::resolveTable(const TsqlTableRef &ref, const Scope *outer, QString *name)
{
    if (ref.derived) {
        *name = ref.alias;
        return query(*ref.derived, outer);
    }
    QString database = m_database;
    QString schema = QStringLiteral("dbo");
    const QStringList &parts = ref.parts;
    *name = parts.last();
    if (parts.size() >= 2 && !parts.at(parts.size() - 2).isEmpty())
        schema = parts.at(parts.size() - 2);
    if (parts.size() == 3)
        database = parts.first();
    const QString written = parts.join(QLatin1Char('.'));
    const auto d = m_catalog.database(database);
    if (!d)
        throw TsqlError::scope(208, QStringLiteral("Invalid object name '%1'.").arg(written),
                               ref.line);
    auto table = m_catalog.table(d->name, schema, parts.last());
    if (!table)
        throw TsqlError::scope(208, QStringLiteral("Invalid object name '%1'.").arg(written),
                               ref.line);
    return *table;
}

TsqlTable TsqlInterpreter::query(const TsqlSelect &select, const Scope *outer,
                                 QList<QPair<QString, TsqlExprPtr>> *assignments)
{
    if (!select.unions.isEmpty()) {
        TsqlSelect first = select;
        first.unions.clear();
        first.unionAll.clear();
        first.orderBy.clear();
        TsqlTable result = query(first, outer, assignments);
        const auto removeDuplicates = [&result]() {
            QList<QList<TsqlValue>> unique;
            for (const QList<TsqlValue> &row : std::as_const(result.rows)) {
                bool seen = false;
                for (const QList<TsqlValue> &u : std::as_const(unique)) {
                    bool same = true;
                    for (int i = 0; i < row.size() && same; ++i)
                        same = sameValue(row.at(i), u.at(i));
                    seen = seen || same;
                }
                if (!seen)
                    unique << row;
            }
            result.rows = unique;
        };
        for (int u = 0; u < select.unions.size(); ++u) {
            const TsqlTable part = query(*select.unions.at(u), outer);
            if (part.columnNames.size() != result.columnNames.size())
                throw TsqlError::scope(205,
                                       QStringLiteral("All queries combined using a UNION, "
                                                      "INTERSECT or EXCEPT operator must have an "
                                                      "equal number of expressions in their target "
                                                      "lists."),
                                       select.unions.at(u)->line);
            for (int c = 0; c < result.columnTypes.size(); ++c)
                result.columnTypes[c]
                    = TsqlConvert::common(result.columnTypes.at(c), part.columnTypes.at(c));
            result.rows << part.rows;
            if (!select.unionAll.at(u))
                removeDuplicates();
        }
        for (QList<TsqlValue> &row : result.rows) {
            for (int c = 0; c < row.size(); ++c)
                row[c] = TsqlConvert::cast(row.at(c), result.columnTypes.at(c), 0, select.line);
        }
        if (!select.orderBy.isEmpty()) {
            QList<int> columns;
            for (const TsqlOrderItem &item : select.orderBy) {
                const TsqlExpr &e = *item.expr;
                int index = -1;
                if (e.kind == TsqlExpr::Kind::Literal && e.value.type.isInteger())
                    index = static_cast<int>(e.value.toInteger()) - 1;
                else if (e.kind == TsqlExpr::Kind::Column)
                    index = result.columnIndex(e.parts.last());
                if (index < 0 || index >= result.columnNames.size())
                    throw TsqlError::scope(104,
                                           QStringLiteral("ORDER BY items must appear in the "
                                                          "select list if the statement contains a "
                                                          "UNION, INTERSECT or EXCEPT operator."),
                                           e.line, 1, 15);
                columns << index;
            }
            std::stable_sort(result.rows.begin(), result.rows.end(),
                             [&](const QList<TsqlValue> &a, const QList<TsqlValue> &b) {
                                 for (int k = 0; k < columns.size(); ++k) {
                                     const TsqlValue &x = a.at(columns.at(k));
                                     const TsqlValue &y = b.at(columns.at(k));
                                     int c = 0;
                                     if (x.isNull() || y.isNull())
                                         c = x.isNull() == y.isNull() ? 0 : (x.isNull() ? -1 : 1);
                                     else
                                         c = TsqlConvert::compare(x, y).value_or(0);
                                     if (select.orderBy.at(k).descending)
                                         c = -c;
                                     if (c != 0)
                                         return c < 0;
                                 }
                                 return false;
                             });
        }
        return result;
    }
    // FROM: materialise each source, then join left to right.
    QList<std::shared_ptr<TsqlTable>> tables;
    QList<Source> sources;
    QList<JoinedRow> rows;
    if (select.from.isEmpty()) {
        rows << JoinedRow();
    }
    for (int i = 0; i < select.from.size(); ++i) {
        const TsqlTableRef &ref = select.from.at(i);
        QString name;
        auto table = std::make_shared<TsqlTable>(resolveTable(ref, outer, &name));
        tables << table;
        for (const Source &existing : std::as_const(sources)) {
            const QString visible = existing.alias.isEmpty() ? existing.name : existing.alias;
            const QString mine = ref.alias.isEmpty() ? name : ref.alias;
            if (visible.compare(mine, Qt::CaseInsensitive) == 0)
                throw TsqlError::scope(1011,
                                       QStringLiteral("The correlation name '%1' is specified "
                                                      "multiple times in a FROM clause.")
                                           .arg(mine),
                                       ref.line);
        }
        sources << Source {ref.alias, name, table.get()};
        if (i == 0) {
            for (const QList<TsqlValue> &row : std::as_const(table->rows))
                rows << JoinedRow {&row};
            continue;
        }
        QList<JoinedRow> joined;
        QSet<int> matchedRight;
        for (const JoinedRow &left : std::as_const(rows)) {
            bool matched = false;
            for (int r = 0; r < table->rows.size(); ++r) {
                JoinedRow candidate = left;
                candidate << &table->rows.at(r);
                if (ref.on) {
                    Scope scope {&sources, candidate, nullptr, outer};
                    if (!condition(ref.on, &scope).value_or(false))
                        continue;
                }
                matched = true;
                matchedRight.insert(r);
                joined << candidate;
            }
            if (!matched
                && (ref.join == TsqlTableRef::Join::Left || ref.join == TsqlTableRef::Join::Full)) {
                JoinedRow candidate = left;
                candidate << nullptr;
                joined << candidate;
            }
        }
        if (ref.join == TsqlTableRef::Join::Right || ref.join == TsqlTableRef::Join::Full) {
            for (int r = 0; r < table->rows.size(); ++r) {
                if (matchedRight.contains(r))
                    continue;
                JoinedRow candidate;
                for (int s = 0; s < sources.size() - 1; ++s)
                    candidate << nullptr;
                candidate << &table->rows.at(r);
                joined << candidate;
            }
        }
        rows = joined;
    }

    // Name resolution happens even when no row exists, as SQL Server binds before it runs.
    const auto bindCheck = [&](const TsqlExprPtr &expr, const Scope &scope) {
        if (expr) {
            try {
                (void)eval(expr, &scope);
            } catch (const TsqlError &error) {
                if (error.message.number == 207 || error.message.number == 4104
                    || error.message.number == 209)
                    throw;
            }
        }
    };
    {
        JoinedRow nullRow;
        for (int s = 0; s < sources.size(); ++s)
            nullRow << nullptr;
        QList<JoinedRow> emptyGroup;
        const Scope probe {&sources, nullRow, &emptyGroup, outer};
        const Scope probeNoGroup {&sources, nullRow, nullptr, outer};
        for (const TsqlSelectItem &item : select.items)
            bindCheck(item.expr, probe);
        if (select.where && !containsAggregate(select.where)) {
            try {
                (void)condition(select.where, &probeNoGroup);
            } catch (const TsqlError &error) {
                if (error.message.number == 207 || error.message.number == 4104
                    || error.message.number == 209)
                    throw;
            }
        }
        for (const TsqlTableRef &ref : select.from) {
            if (ref.on) {
                try {
                    (void)condition(ref.on, &probeNoGroup);
                } catch (const TsqlError &error) {
                    if (error.message.number == 207 || error.message.number == 4104
                        || error.message.number == 209)
                        throw;
                }
            }
        }
    }

    // WHERE
    if (select.where) {
        QList<JoinedRow> kept;
        for (const JoinedRow &row : std::as_const(rows)) {
            Scope scope {&sources, row, nullptr, outer};
            if (condition(select.where, &scope).value_or(false))
                kept << row;
        }
        rows = kept;
    }

    // GROUP BY / aggregates: each output unit is a group of rows.
    bool grouped = !select.groupBy.isEmpty() || select.having;
    for (const TsqlSelectItem &item : select.items)
        grouped = grouped || containsAggregate(item.expr);
    QList<QList<JoinedRow>> groups;
    if (grouped) {
        if (select.groupBy.isEmpty()) {
            groups << rows;
        } else {
            QList<QList<TsqlValue>> keys;
            for (const JoinedRow &row : std::as_const(rows)) {
                Scope scope {&sources, row, nullptr, outer};
                QList<TsqlValue> key;
                for (const TsqlExprPtr &expr : select.groupBy)
                    key << eval(expr, &scope);
                int found = -1;
                for (int g = 0; g < keys.size() && found < 0; ++g) {
                    bool same = true;
                    for (int k = 0; k < key.size() && same; ++k)
                        same = sameValue(keys.at(g).at(k), key.at(k));
                    if (same)
                        found = g;
                }
                if (found < 0) {
                    keys << key;
                    groups << QList<JoinedRow> {row};
                } else {
                    groups[found] << row;
                }
            }
        }
    }

    struct Unit
    {
        JoinedRow row;
        const QList<JoinedRow> *group = nullptr;
    };
    QList<Unit> units;
    if (grouped) {
        for (const QList<JoinedRow> &group : std::as_const(groups)) {
            JoinedRow first;
            if (group.isEmpty()) {
                for (int s = 0; s < sources.size(); ++s)
                    first << nullptr;
            } else {
                first = group.first();
            }
            units << Unit {first, &group};
        }
        if (select.having) {
            QList<Unit> kept;
            for (const Unit &unit : std::as_const(units)) {
                Scope scope {&sources, unit.row, unit.group, outer};
                if (condition(select.having, &scope).value_or(false))
                    kept << unit;
            }
            units = kept;
        }
    } else {
        for (const JoinedRow &row : std::as_const(rows))
            units << Unit {row, nullptr};
    }

    // Projection.
    TsqlTable result;
    struct Output
    {
        QList<TsqlValue> values;
        Unit unit;
    };
    QList<Output> outputs;
    QList<TsqlExprPtr> projected; // nullptr for star columns
    QList<QPair<int, int>> starColumns; // (source, column) for star items
    for (const TsqlSelectItem &item : select.items) {
        if (item.star) {
            bool any = false;
            for (int s = 0; s < sources.size(); ++s) {
                const Source &source = sources.at(s);
                const QString visible = source.alias.isEmpty() ? source.name : source.alias;
                if (!item.starQualifier.isEmpty()
                    && visible.compare(item.starQualifier, Qt::CaseInsensitive) != 0)
                    continue;
                any = true;
                for (int c = 0; c < source.table->columnNames.size(); ++c) {
                    result.addColumn(source.table->columnNames.at(c),
                                     source.table->columnTypes.at(c));
                    projected << nullptr;
                    starColumns << qMakePair(s, c);
                }
            }
            if (sources.isEmpty())
                throw TsqlError::scope(263, QStringLiteral("Must specify table to select from."),
                                       select.line, 1, 16);
            if (!any)
                throw TsqlError::scope(
                    107,
                    QStringLiteral("The column prefix '%1' does not match with a "
                                   "table name or alias name used in the "
                                   "query.")
                        .arg(item.starQualifier),
                    select.line);
            continue;
        }
        QString columnName = item.alias;
        if (!item.variable.isEmpty())
            columnName = item.variable;
        else if (columnName.isEmpty() && item.expr->kind == TsqlExpr::Kind::Column)
            columnName = item.expr->parts.last();
        result.addColumn(columnName, TsqlTypeInfo::of(TsqlKind::NVarChar));
        projected << item.expr;
        starColumns << qMakePair(-1, -1);
        if (assignments)
            assignments->append(qMakePair(item.variable, item.expr));
    }
    for (const Unit &unit : std::as_const(units)) {
        Scope scope {&sources, unit.row, unit.group, outer};
        Output output;
        output.unit = unit;
        for (int i = 0; i < projected.size(); ++i) {
            if (projected.at(i)) {
                output.values << eval(projected.at(i), &scope);
            } else {
                const auto [s, c] = starColumns.at(i);
                const QList<TsqlValue> *row = unit.row.value(s);
                output.values << (row ? row->at(c)
                                      : TsqlValue::null(sources.at(s).table->columnTypes.at(c)));
            }
        }
        outputs << output;
    }
    // Column types: from the values, or from a probe over NULLs when no row came back.
    for (int i = 0; i < projected.size(); ++i) {
        if (!projected.at(i))
            continue;
        if (!outputs.isEmpty()) {
            result.columnTypes[i] = outputs.first().values.at(i).type;
        } else {
            JoinedRow nullRow;
            for (int s = 0; s < sources.size(); ++s)
                nullRow << nullptr;
            QList<JoinedRow> emptyGroup;
            Scope probe {&sources, nullRow, &emptyGroup, outer};
            try {
                result.columnTypes[i] = eval(projected.at(i), &probe).type;
            } catch (const TsqlError &) {
                // Keep nvarchar: the probe only guesses a type for an empty result.
            }
        }
    }

    // DISTINCT
    if (select.distinct) {
        QList<Output> unique;
        for (const Output &output : std::as_const(outputs)) {
            bool seen = false;
            for (const Output &u : std::as_const(unique)) {
                bool same = true;
                for (int i = 0; i < output.values.size() && same; ++i)
                    same = sameValue(output.values.at(i), u.values.at(i));
                seen = seen || same;
            }
            if (!seen)
                unique << output;
        }
        outputs = unique;
    }

    // ORDER BY: output aliases, ordinals, or expressions over the source row.
    if (!select.orderBy.isEmpty()) {
        QList<QList<TsqlValue>> keys;
        for (const Output &output : std::as_const(outputs)) {
            QList<TsqlValue> key;
            Scope scope {&sources, output.unit.row, output.unit.group, outer};
            for (const TsqlOrderItem &item : select.orderBy) {
                const TsqlExpr &e = *item.expr;
                if (e.kind == TsqlExpr::Kind::Literal && e.value.type.isInteger()) {
                    const qint64 ordinal = e.value.toInteger();
                    if (ordinal < 1 || ordinal > output.values.size())
                        throw TsqlError::scope(108,
                                               QStringLiteral("The ORDER BY position number %1 is "
                                                              "out of range of the number of items "
                                                              "in the select list.")
                                                   .arg(ordinal),
                                               e.line, 1, 15);
                    key << output.values.at(ordinal - 1);
                    continue;
                }
                int alias = -1;
                if (e.kind == TsqlExpr::Kind::Column && e.parts.size() == 1) {
                    for (int i = 0; i < result.columnNames.size(); ++i) {
                        if (!select.items.isEmpty() && projected.at(i)
                            && result.columnNames.at(i).compare(e.parts.first(),
                                                                Qt::CaseInsensitive)
                                == 0) {
                            alias = i;
                            break;
                        }
                    }
                }
                key << (alias >= 0 ? output.values.at(alias) : eval(item.expr, &scope));
            }
            keys << key;
        }
        QList<int> order;
        for (int i = 0; i < outputs.size(); ++i)
            order << i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            for (int k = 0; k < select.orderBy.size(); ++k) {
                const TsqlValue &x = keys.at(a).at(k);
                const TsqlValue &y = keys.at(b).at(k);
                int c = 0;
                if (x.isNull() || y.isNull())
                    c = x.isNull() == y.isNull() ? 0 : (x.isNull() ? -1 : 1);
                else
                    c = TsqlConvert::compare(x, y).value_or(0);
                if (select.orderBy.at(k).descending)
                    c = -c;
                if (c != 0)
                    return c < 0;
            }
            return false;
        });
        QList<Output> sorted;
        for (int i : std::as_const(order))
            sorted << outputs.at(i);
        outputs = sorted;
    }

    // TOP
    if (select.top) {
        const TsqlValue top = eval(select.top, outer);
        const qint64 limit
            = TsqlConvert::cast(top, TsqlTypeInfo::of(TsqlKind::BigInt), 0, select.line)
                  .toInteger();
        if (limit < 0)
            throw TsqlError::statement(
                1060,
                QStringLiteral("The number of rows in the TOP clause must be "
                               "an integer."),
                select.line);
        if (outputs.size() > limit)
            outputs = outputs.mid(0, limit);
    }

    for (const Output &output : std::as_const(outputs)) {
        QList<TsqlValue> row;
        for (int i = 0; i < output.values.size(); ++i) {
            TsqlValue value = output.values.at(i);
            const TsqlTypeInfo &type = result.columnTypes.at(i);
            if (value.type.kind != type.kind && !value.isNull()) {
                try {
                    value = TsqlConvert::cast(value, type, 0, select.line);
                } catch (const TsqlError &) {
                    // Keep the value: the wire layer sends what it has.
                }
            } else if (value.isNull()) {
                value = TsqlValue::null(type);
            }
            row << value;
        }
        result.rows << row;
    }
    return result;
}

} // namespace milink::sim
