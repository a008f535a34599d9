#include "SimHttpResponse.h"

#include <QJsonDocument>

namespace milink::sim {

void SimHttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

SimHttpResponse SimHttpResponse::json(int status, const QJsonObject &body)
{
    SimHttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    return r;
}

SimHttpResponse SimHttpResponse::empty(int status)
{
    SimHttpResponse r;
    r.status = status;
    return r;
}

SimHttpResponse SimHttpResponse::armError(int status, const QString &code, const QString &message,
                                          const QString &target)
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!target.isEmpty())
        error.insert(QStringLiteral("target"), target);
    return json(status, QJsonObject {{QStringLiteral("error"), error}});
}

SimHttpResponse SimHttpResponse::text(int status, const QByteArray &contentType,
                                      const QByteArray &body)
{
    SimHttpResponse r;
    r.status = status;
    r.contentType = contentType;
    r.body = body;
    return r;
}

} // namespace milink::sim
