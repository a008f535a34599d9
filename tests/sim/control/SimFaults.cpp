#include "SimFaults.h"

#include "ControlServer.h"

#include <QJsonObject>

namespace milink::sim {

namespace {
QString defaultCode(int status)
{
    switch (status) {
    case 429: return QStringLiteral("SubscriptionTooManyRequests");
    case 500: return QStringLiteral("GatewayInternalServerError");
    case 502: return QStringLiteral("BadGateway");
    case 503: return QStringLiteral("ServiceUnavailable");
    case 504: return QStringLiteral("GatewayTimeout");
    case 401: return QStringLiteral("InvalidAuthenticationToken");
    default: return QStringLiteral("InjectedFault");
    }
}
} // namespace

std::optional<SimFaults::Rule> SimFaults::ruleFromJson(const QJsonObject &o, QString *error)
{
    Rule r;
    r.target = o.value(QStringLiteral("target")).toString(QStringLiteral("arm"));
    if (r.target != QLatin1String("arm") && r.target != QLatin1String("authority")) {
        *error = QStringLiteral("\"target\" must be \"arm\" or \"authority\".");
        return std::nullopt;
    }
    r.method = o.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    r.pathContains = o.value(QStringLiteral("path")).toString();
    r.count = o.value(QStringLiteral("count")).toInt(1);
    r.status = o.value(QStringLiteral("status")).toInt(0);
    r.code = o.value(QStringLiteral("code")).toString();
    r.retryAfterSeconds = o.value(QStringLiteral("retryAfter")).toInt(-1);
    r.retryAfterDate = o.value(QStringLiteral("retryAfterDate")).toString();
    r.delayMs = o.value(QStringLiteral("delayMs")).toInt(0);
    r.drop = o.value(QStringLiteral("drop")).toBool(false);
    if (r.status != 0 && (r.status < 400 || r.status > 599)) {
        *error = QStringLiteral("\"status\" must be an HTTP error status (400-599).");
        return std::nullopt;
    }
    if (r.status == 0 && !r.drop && r.delayMs <= 0) {
        *error = QStringLiteral("A fault needs \"status\", \"drop\": true or \"delayMs\".");
        return std::nullopt;
    }
    if (r.count == 0 || r.count < -1) {
        *error = QStringLiteral("\"count\" must be a positive number or -1 (until cleared).");
        return std::nullopt;
    }
    return r;
}

std::optional<SimHttpResponse> SimFaults::intercept(const QString &target,
                                                    const SimHttpRequest &request, int *delayMs)
{
    for (Rule &rule : m_rules) {
        if (rule.count == 0 || rule.target != target)
            continue;
        if (!rule.method.isEmpty() && rule.method != request.method)
            continue;
        if (!rule.pathContains.isEmpty()
            && !request.path.contains(rule.pathContains, Qt::CaseInsensitive))
            continue;
        if (rule.count > 0)
            --rule.count;
        ++rule.fired;
        if (rule.drop) {
            SimHttpResponse r;
            r.dropConnection = true;
            return r;
        }
        if (rule.status == 0) {
            *delayMs += rule.delayMs;
            return std::nullopt;
        }
        SimHttpResponse r = SimHttpResponse::armError(
            rule.status, rule.code.isEmpty() ? defaultCode(rule.status) : rule.code,
            QStringLiteral("Injected fault: HTTP %1.").arg(rule.status));
        if (!rule.retryAfterDate.isEmpty())
            r.setHeader(QByteArrayLiteral("Retry-After"), rule.retryAfterDate.toLatin1());
        else if (rule.retryAfterSeconds >= 0)
            r.setHeader(QByteArrayLiteral("Retry-After"),
                        QByteArray::number(rule.retryAfterSeconds));
        r.delayMs = rule.delayMs;
        return r;
    }
    return std::nullopt;
}

QJsonArray SimFaults::toJson() const
{
    QJsonArray list;
    for (const Rule &r : m_rules)
        list.append(QJsonObject {{QStringLiteral("target"), r.target},
                                 {QStringLiteral("method"), QString::fromLatin1(r.method)},
                                 {QStringLiteral("path"), r.pathContains},
                                 {QStringLiteral("remaining"), r.count},
                                 {QStringLiteral("fired"), r.fired},
                                 {QStringLiteral("status"), r.status},
                                 {QStringLiteral("drop"), r.drop},
                                 {QStringLiteral("delayMs"), r.delayMs}});
    return list;
}

void SimFaults::registerControlCommands(ControlServer &control)
{
    control.addCommand(
        QStringLiteral("faults.add"),
        QStringLiteral("Inject a fault: {target: arm|authority, method?, path?, "
                       "count?, status?, code?, retryAfter?, retryAfterDate?, delayMs?, drop?}."),
        [this](const QJsonObject &a, QString *error) {
            const auto rule = ruleFromJson(a, error);
            if (!rule)
                return QJsonObject();
            m_rules.append(*rule);
            return QJsonObject {{QStringLiteral("faults"), toJson()}};
        });
    control.addCommand(QStringLiteral("faults.clear"), QStringLiteral("Remove every fault."),
                       [this](const QJsonObject &, QString *) {
                           m_rules.clear();
                           return QJsonObject();
                       });
    control.addCommand(QStringLiteral("faults.list"),
                       QStringLiteral("The faults and how often each fired."),
                       [this](const QJsonObject &, QString *) {
                           return QJsonObject {{QStringLiteral("faults"), toJson()}};
                       });
}

} // namespace milink::sim
