#pragma once

#include "SimHttpRequest.h"
#include "SimHttpResponse.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace milink::sim {

class ControlServer;

// Injected HTTP faults, shared by the ARM and authority servers. A rule matches by
// server ("arm" or "authority"), method and a case-insensitive path substring, and
// fires `count` times (-1: until cleared). What it does: answer with `status` (an
// ARM error body with `code`, plus Retry-After when given), drop the connection
// without an answer, or only delay the normal answer by `delayMs`.
class SimFaults
{
public:
    struct Rule
    {
        QString target = QStringLiteral("arm");
        QByteArray method; // empty: any
        QString pathContains; // empty: any
        int count = 1;
        int status = 0; // 0: no error answer
        QString code;
        int retryAfterSeconds = -1;
        QString retryAfterDate; // sent as is: the HTTP-date form of Retry-After
        int delayMs = 0;
        bool drop = false;
        int fired = 0;
    };

    // Returns the answer to send instead of the normal one, if a rule says so; adds
    // a rule's delay to *delayMs.
    std::optional<SimHttpResponse> intercept(const QString &target, const SimHttpRequest &request,
                                             int *delayMs);

    // faults.add, faults.clear, faults.list.
    void registerControlCommands(ControlServer &control);

    static std::optional<Rule> ruleFromJson(const QJsonObject &object, QString *error);
    QJsonArray toJson() const;

private:
    QList<Rule> m_rules;
};

} // namespace milink::sim
