#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace milink {

// One logical ARM operation as ArmClient executes it: a single call, a paged list
// (all pages are fetched), or a long-running operation (polled to the end).
struct ArmRequest
{
    enum class Kind { Single, Paged, LongRunning };

    QByteArray method = QByteArrayLiteral("GET");
    QString path; // "/subscriptions/…", relative to the cloud's ARM endpoint
    QString apiVersion; // pinned per resource provider
    QUrlQuery query; // extra query items ($expand, …)
    std::optional<QJsonObject> body;
    QString tenantId; // the tenant whose token to use; empty = default
    Kind kind = Kind::Single;
    // Long-running only: the resource to GET once the operation succeeded
    // (PUT/PATCH: the resource itself; POST actions: the resource acted on;
    // DELETE: empty, nothing is read back).
    QString finalGetPath;

    static ArmRequest get(const QString &path, const QString &apiVersion,
                          const QString &tenantId = {})
    {
        ArmRequest r;
        r.path = path;
        r.apiVersion = apiVersion;
        r.tenantId = tenantId;
        return r;
    }
    static ArmRequest list(const QString &path, const QString &apiVersion,
                           const QString &tenantId = {})
    {
        ArmRequest r = get(path, apiVersion, tenantId);
        r.kind = Kind::Paged;
        return r;
    }
    static ArmRequest longRunning(const QByteArray &method, const QString &path,
                                  const QString &apiVersion, std::optional<QJsonObject> body,
                                  const QString &finalGetPath, const QString &tenantId = {})
    {
        ArmRequest r = get(path, apiVersion, tenantId);
        r.method = method;
        r.body = std::move(body);
        r.kind = Kind::LongRunning;
        r.finalGetPath = finalGetPath;
        return r;
    }
};

} // namespace milink
