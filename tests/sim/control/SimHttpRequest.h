#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace milink::sim {

// A copy of one HTTP request, detached from QHttpServer's (non-copyable) request
// so handlers can keep it while they answer later.
struct SimHttpRequest
{
    QByteArray method; // upper case: GET, PUT, PATCH, POST, DELETE
    QUrl url;
    QString path; // percent-decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString baseUrl; // "http://127.0.0.1:PORT" as the client addressed us

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    // The body as a JSON object; `ok` is false when it is not one.
    QJsonObject jsonBody(bool *ok = nullptr) const;
    // Form fields of an application/x-www-form-urlencoded body.
    QUrlQuery formBody() const;
};

} // namespace milink::sim
