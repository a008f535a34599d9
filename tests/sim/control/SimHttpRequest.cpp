#include "SimHttpRequest.h"

#include <QJsonDocument>

namespace milink::sim {

QJsonObject SimHttpRequest::jsonBody(bool *ok) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (ok)
        *ok = doc.isObject();
    return doc.object();
}

QUrlQuery SimHttpRequest::formBody() const
{
    // '+' means space in forms; QUrlQuery does not decode it.
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromLatin1(text));
}

} // namespace milink::sim
