#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace milink::sim {

// What a simulator handler answers. `dropConnection` closes the socket without any
// answer (a fault); `delayMs` (real milliseconds) holds the answer back.
struct SimHttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool dropConnection = false;

    void setHeader(const QByteArray &name, const QByteArray &value);

    static SimHttpResponse json(int status, const QJsonObject &body);
    static SimHttpResponse empty(int status);
    // ARM's error shape: {"error": {"code", "message", "target"?}}.
    static SimHttpResponse armError(int status, const QString &code, const QString &message,
                                    const QString &target = {});
    static SimHttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);
};

} // namespace milink::sim
