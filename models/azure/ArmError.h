#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QJsonObject;

namespace milink {

// One entry of an ARM error's `details` (flattened: nested details follow their parent).
struct ArmErrorDetail
{
    QString code;
    QString message;
    QString target;
};

// A failed ARM call, with everything support needs to trace it. Built from the
// common-types ErrorResponse / CloudError body ({"error": {code, message, target,
// details, additionalInfo}}) or from a transport failure.
struct ArmError
{
    enum class Kind {
        Http, // ARM answered with an error status (see httpStatus, code)
        OperationFailed, // a long-running operation ended Failed or Canceled
        Network, // no answer: connection refused, dropped, DNS, TLS
        Timeout, // no answer within the transfer timeout
        Authentication, // no token could be obtained (sign-in needed, az missing, …)
        InvalidResponse, // an answer that is not what the API promises
        Cancelled, // cancelled by the caller
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString code;
    QString message;
    QString target;
    QList<ArmErrorDetail> details;
    QString requestId; // x-ms-request-id
    QString correlationId; // x-ms-correlation-request-id
    QString clientRequestId; // our x-ms-client-request-id

    // Parses an error body; falls back to the HTTP status when the body is not ARM's.
    static ArmError fromHttp(int httpStatus, const QByteArray &body);
    // Parses {"code", "message", …} (the inside of "error").
    static ArmError fromErrorObject(const QJsonObject &error);

    // A DBA-level explanation of the code and what to do, or empty when we have
    // nothing better than ARM's own message.
    static QString explanationFor(const QString &code);
    QString explanation() const { return explanationFor(code); }

    // Explanation (when known) + ARM's message + code, status and ids for support.
    QString toDisplayString() const;

    bool isCancelled() const { return kind == Kind::Cancelled; }
};

} // namespace milink
