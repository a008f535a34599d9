#include "ArmServer.h"

#include "ArmJson.h"
#include "control/ControlServer.h"
#include "control/SimFaults.h"
#include "link/SqlServerVersion.h"
#include "world/SimLinkStateMachine.h"
#include "world/SimWorld.h"

#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace milink::sim {

namespace {

const QString kSqlApiVersions[]
    = {QStringLiteral("2025-01-01"), QStringLiteral("2023-08-01"),
       QStringLiteral("2023-05-01-preview"), QStringLiteral("2024-05-01-preview"),
       QStringLiteral("2025-02-01-preview")};
const QString kResourcesApiVersions[]
    = {QStringLiteral("2022-12-01"), QStringLiteral("2021-01-01"), QStringLiteral("2020-01-01")};

bool is(const QString &segment, const char *name)
{
    return segment.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

SimHttpResponse error(int status, const QString &code, const QString &message,
                      const QString &target = {})
{
    return SimHttpResponse::armError(status, code, message, target);
}

SimHttpResponse notFound(const QString &what)
{
    return error(404, QStringLiteral("ResourceNotFound"),
                 QStringLiteral("The requested resource of type '%1' was not found.").arg(what));
}

SimHttpResponse methodNotAllowed(const SimHttpRequest &r)
{
    return error(405, QStringLiteral("MethodNotAllowed"),
                 QStringLiteral("The HTTP method '%1' is not supported for '%2'.")
                     .arg(QString::fromLatin1(r.method), r.path));
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

} // namespace

ArmServer::ArmServer(SimWorld &world, SimTokenIssuer &tokens, SimFaults &faults, QObject *parent)
    : QObject(parent),
      m_world(world),
      m_tokens(tokens),
      m_faults(faults),
      m_http(QStringLiteral("arm"))
{
    m_http.setHandler([this](const SimHttpRequest &r) { return handle(r); });
}

quint16 ArmServer::start(const QHostAddress &address, quint16 port)
{
    return m_http.start(address, port);
}

void ArmServer::log(const SimHttpRequest &request, int status)
{
    if (m_requestLog.size() >= 1000)
        m_requestLog.removeFirst();
    m_requestLog.append(QJsonObject {
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query.toString(QUrl::FullyDecoded)},
        {QStringLiteral("clientRequestId"),
         QString::fromLatin1(request.header("x-ms-client-request-id"))},
        {QStringLiteral("status"), status},
    });
}

SimHttpResponse ArmServer::handle(const SimHttpRequest &request)
{
    int delayMs = 0;
    SimHttpResponse response;
    if (auto injected = m_faults.intercept(QStringLiteral("arm"), request, &delayMs)) {
        response = *injected;
    } else {
        Call call {request, request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts), {}};
        const QByteArray authorization = request.header("authorization");
        const QString token = authorization.startsWith("Bearer ")
            ? QString::fromLatin1(authorization.mid(7).trimmed())
            : QString();
        const SimTokenIssuer::Check check = token.isEmpty()
            ? SimTokenIssuer::Check::Unknown
            : m_tokens.checkAccessToken(token, &call.grant);
        if (token.isEmpty()) {
            response = error(401, QStringLiteral("AuthenticationFailed"),
                             QStringLiteral("Authentication failed. The 'Authorization' header "
                                            "is missing."));
        } else if (check == SimTokenIssuer::Check::Unknown) {
            response = error(401, QStringLiteral("InvalidAuthenticationToken"),
                             QStringLiteral("The access token is invalid."));
        } else if (check == SimTokenIssuer::Check::Expired) {
            response = error(401, QStringLiteral("ExpiredAuthenticationToken"),
                             QStringLiteral("The access token expiry UTC time '%1' is earlier "
                                            "than current UTC time '%2'.")
                                 .arg(call.grant.expiresOn.toString(Qt::ISODate),
                                      m_world.clock().now().toString(Qt::ISODate)));
        } else {
            response = route(call);
        }
        if (response.status == 401)
            response.setHeader(
                QByteArrayLiteral("WWW-Authenticate"),
                QByteArrayLiteral("Bearer authorization_uri=\"\", error=\"invalid_token\""));
        response.delayMs += delayMs;
    }
    if (!response.dropConnection) {
        response.setHeader(QByteArrayLiteral("x-ms-request-id"), uuid().toLatin1());
        const QByteArray correlation = request.header("x-ms-correlation-request-id");
        response.setHeader(QByteArrayLiteral("x-ms-correlation-request-id"),
                           correlation.isEmpty() ? uuid().toLatin1() : correlation);
        response.setHeader(request.method == "GET"
                               ? QByteArrayLiteral("x-ms-ratelimit-remaining-subscription-reads")
                               : QByteArrayLiteral("x-ms-ratelimit-remaining-subscription-writes"),
                           QByteArrayLiteral("249"));
    }
    log(request, response.dropConnection ? 0 : response.status);
    return response;
}

SimHttpResponse ArmServer::route(Call &call)
{
    const QStringList &s = call.segments;
    const SimHttpRequest &r = call.request;
    const QString apiVersion = r.query.queryItemValue(QStringLiteral("api-version"));
    if (apiVersion.isEmpty())
        return error(400, QStringLiteral("MissingApiVersionParameter"),
                     QStringLiteral("The api-version query parameter (?api-version=) is required "
                                    "for all requests."));
    const bool sql
        = r.path.contains(QLatin1String("/providers/Microsoft.Sql"), Qt::CaseInsensitive);
    bool known = false;
    if (sql) {
        for (const QString &v : kSqlApiVersions)
            known = known || v == apiVersion;
    } else {
        for (const QString &v : kResourcesApiVersions)
            known = known || v == apiVersion;
    }
    if (!known)
        return error(400, QStringLiteral("InvalidApiVersionParameter"),
                     QStringLiteral("The api-version '%1' is invalid for this resource type.")
                         .arg(apiVersion));

    if (s.size() == 1 && is(s.at(0), "tenants")) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        QJsonArray items;
        for (const SimTenant &t : m_world.tenants)
            items.append(ArmJson::tenant(t));
        return page(r, items);
    }
    if (s.isEmpty() || !is(s.at(0), "subscriptions"))
        return error(404, QStringLiteral("InvalidResourceType"),
                     QStringLiteral("The resource path '%1' is not known.").arg(r.path));
    if (s.size() == 1) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        QJsonArray items;
        for (const SimSubscription &sub : m_world.subscriptions) {
            if (sub.tenantId.compare(call.grant.tenantId, Qt::CaseInsensitive) == 0)
                items.append(ArmJson::subscription(sub));
        }
        return page(r, items);
    }
    const SimSubscription *subscription = m_world.subscription(s.at(1));
    if (!subscription)
        return error(404, QStringLiteral("SubscriptionNotFound"),
                     QStringLiteral("The subscription '%1' could not be found.").arg(s.at(1)));
    if (subscription->tenantId.compare(call.grant.tenantId, Qt::CaseInsensitive) != 0)
        return error(401, QStringLiteral("InvalidAuthenticationTokenTenant"),
                     QStringLiteral("The access token is from the wrong issuer. It must match the "
                                    "tenant '%1' associated with this subscription.")
                         .arg(subscription->tenantId));
    return routeSubscription(call, *subscription);
}

SimHttpResponse ArmServer::routeSubscription(Call &call, const SimSubscription &subscription)
{
    const QStringList &s = call.segments;
    const SimHttpRequest &r = call.request;
    if (s.size() == 2) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        return SimHttpResponse::json(200, ArmJson::subscription(subscription));
    }
    const bool writes = r.method != "GET";
    if (writes
        && (subscription.state == QLatin1String("Disabled")
            || subscription.state == QLatin1String("Deleted")))
        return error(409, QStringLiteral("ReadOnlyDisabledSubscription"),
                     QStringLiteral("The subscription '%1' is disabled and therefore marked as "
                                    "read only.")
                         .arg(subscription.subscriptionId));
    // /subscriptions/{s}/providers/Microsoft.Sql/managedInstances
    if (s.size() == 5 && is(s.at(2), "providers") && is(s.at(3), "Microsoft.Sql")
        && is(s.at(4), "managedInstances")) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        QJsonArray items;
        for (const SimManagedInstance *mi : m_world.managedInstances()) {
            if (mi->subscriptionId.compare(subscription.subscriptionId, Qt::CaseInsensitive) == 0)
                items.append(ArmJson::managedInstance(*mi));
        }
        return page(r, items);
    }
    // /subscriptions/{s}/providers/Microsoft.Sql/locations/{l}/{type}/{id}
    if (s.size() == 8 && is(s.at(2), "providers") && is(s.at(3), "Microsoft.Sql")
        && is(s.at(4), "locations")) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        return pollOperation(call, s.at(6), s.at(7));
    }
    if (s.size() < 4 || !is(s.at(2), "resourceGroups"))
        return error(404, QStringLiteral("InvalidResourceType"),
                     QStringLiteral("The resource path '%1' is not known.").arg(r.path));
    const SimResourceGroup *group = subscription.resourceGroup(s.at(3));
    if (!group)
        return error(404, QStringLiteral("ResourceGroupNotFound"),
                     QStringLiteral("Resource group '%1' could not be found.").arg(s.at(3)));
    if (s.size() < 7 || !is(s.at(4), "providers") || !is(s.at(5), "Microsoft.Sql")
        || !is(s.at(6), "managedInstances"))
        return error(404, QStringLiteral("InvalidResourceType"),
                     QStringLiteral("The resource path '%1' is not known.").arg(r.path));
    if (s.size() == 7) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        QJsonArray items;
        for (const SimManagedInstance *mi : m_world.managedInstances()) {
            if (mi->subscriptionId.compare(subscription.subscriptionId, Qt::CaseInsensitive) == 0
                && mi->resourceGroup.compare(group->name, Qt::CaseInsensitive) == 0)
                items.append(ArmJson::managedInstance(*mi));
        }
        return page(r, items);
    }
    SimManagedInstance *mi
        = m_world.managedInstance(subscription.subscriptionId, group->name, s.at(7));
    if (!mi)
        return error(404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The Resource 'Microsoft.Sql/managedInstances/%1' under "
                                    "resource group '%2' was not found.")
                         .arg(s.at(7), group->name));
    return routeInstance(call, *mi, 8);
}

SimHttpResponse ArmServer::routeInstance(Call &call, SimManagedInstance &mi, int at)
{
    const QStringList &s = call.segments;
    const SimHttpRequest &r = call.request;
    if (s.size() == at) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        return SimHttpResponse::json(200, ArmJson::managedInstance(mi));
    }
    if (is(s.at(at), "serverTrustCertificates"))
        return routeTrustCertificates(call, mi, at + 1);
    if (is(s.at(at), "endpointCertificates"))
        return routeEndpointCertificates(call, mi, at + 1);
    if (is(s.at(at), "distributedAvailabilityGroups"))
        return routeLinks(call, mi, at + 1);
    return error(404, QStringLiteral("InvalidResourceType"),
                 QStringLiteral("The resource type '%1' is not known.").arg(s.at(at)));
}

SimHttpResponse ArmServer::page(const SimHttpRequest &request, const QJsonArray &items) const
{
    const int size = std::max(1, m_settings.pageSize);
    bool ok = true;
    const QString token = request.query.queryItemValue(QStringLiteral("$skiptoken"));
    const int offset = token.isEmpty() ? 0 : token.toInt(&ok);
    if (!ok || offset < 0 || offset > items.size())
        return error(400, QStringLiteral("InvalidSkipToken"),
                     QStringLiteral("The $skiptoken '%1' is not valid.").arg(token));
    QJsonArray value;
    for (int i = offset; i < std::min<qsizetype>(items.size(), offset + size); ++i)
        value.append(items.at(i));
    QJsonObject body {{QStringLiteral("value"), value}};
    if (offset + size < items.size()) {
        QUrlQuery query = request.query;
        query.removeAllQueryItems(QStringLiteral("$skiptoken"));
        query.addQueryItem(QStringLiteral("$skiptoken"), QString::number(offset + size));
        QUrl next(request.baseUrl);
        next.setPath(request.url.path(QUrl::FullyEncoded), QUrl::StrictMode);
        next.setQuery(query);
        body.insert(QStringLiteral("nextLink"), next.toString(QUrl::FullyEncoded));
    }
    return SimHttpResponse::json(200, body);
}

bool ArmServer::operationRunning(const QString &resourceKey)
{
    const QDateTime now = m_world.clock().now();
    for (Operation &op : m_operations) {
        if (op.resourceKey.compare(resourceKey, Qt::CaseInsensitive) != 0
            || op.status != QLatin1String("InProgress"))
            continue;
        // Operations progress by polls; one whose client stopped polling would
        // otherwise block the resource forever, which Azure never does.
        if (op.startTime.secsTo(now) >= m_settings.abandonedOperationSeconds) {
            op.pollsLeft = 0;
            advance(op);
            continue;
        }
        return true;
    }
    return false;
}

SimHttpResponse ArmServer::accepted(const SimHttpRequest &request, Operation op,
                                    const SimManagedInstance &mi)
{
    op.id = uuid();
    op.location = mi.location;
    op.method = request.method;
    op.pollsLeft = std::max(0, m_settings.operationPolls);
    op.startTime = m_world.clock().now();
    const QString base = request.baseUrl + QStringLiteral("/subscriptions/") + mi.subscriptionId
        + QStringLiteral("/providers/Microsoft.Sql/locations/") + mi.location + QLatin1Char('/');
    const QString apiVersion = QStringLiteral("?api-version=")
        + request.query.queryItemValue(QStringLiteral("api-version"));
    const QString async
        = base + op.kind + QStringLiteral("AzureAsyncOperation/") + op.id + apiVersion;
    const QString location
        = base + op.kind + QStringLiteral("OperationResults/") + op.id + apiVersion;
    m_operations.insert(op.id, op);
    if (op.pollsLeft == 0)
        advance(m_operations[op.id]);
    SimHttpResponse response = SimHttpResponse::empty(202);
    if (m_settings.asyncOperationHeader)
        response.setHeader(QByteArrayLiteral("Azure-AsyncOperation"), async.toLatin1());
    response.setHeader(QByteArrayLiteral("Location"), location.toLatin1());
    response.setHeader(QByteArrayLiteral("Retry-After"),
                       QByteArray::number(m_settings.retryAfterSeconds));
    return response;
}

void ArmServer::advance(Operation &op)
{
    if (op.status != QLatin1String("InProgress"))
        return;
    if (op.pollsLeft > 0) {
        --op.pollsLeft;
        return;
    }
    op.failure = op.apply ? op.apply() : std::nullopt;
    op.status = op.failure ? QStringLiteral("Failed") : QStringLiteral("Succeeded");
    op.endTime = m_world.clock().now();
}

SimHttpResponse ArmServer::pollOperation(Call &call, const QString &type, const QString &id)
{
    const bool async = type.endsWith(QLatin1String("AzureAsyncOperation"), Qt::CaseInsensitive);
    const bool results = type.endsWith(QLatin1String("OperationResults"), Qt::CaseInsensitive);
    auto it = m_operations.find(id);
    if ((!async && !results) || it == m_operations.end()
        || it->id.compare(id, Qt::CaseInsensitive) != 0)
        return error(404, QStringLiteral("ResourceNotFound"),
                     QStringLiteral("The operation '%1' was not found.").arg(id));
    Operation &op = it.value();
    // Each poll moves the operation on; deterministic, so tests need not wait.
    const bool wasRunning = op.status == QLatin1String("InProgress");
    if (wasRunning)
        advance(op);
    const bool running = op.status == QLatin1String("InProgress");
    if (async) {
        QJsonObject body {{QStringLiteral("id"), call.request.path},
                          {QStringLiteral("name"), op.id},
                          {QStringLiteral("status"), op.status},
                          {QStringLiteral("startTime"), op.startTime.toString(Qt::ISODateWithMs)}};
        if (!running)
            body.insert(QStringLiteral("endTime"), op.endTime.toString(Qt::ISODateWithMs));
        if (op.failure)
            body.insert(QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("code"), op.failure->code},
                                     {QStringLiteral("message"), op.failure->message}});
        SimHttpResponse response = SimHttpResponse::json(200, body);
        if (running)
            response.setHeader(QByteArrayLiteral("Retry-After"),
                               QByteArray::number(m_settings.retryAfterSeconds));
        return response;
    }
    if (running) {
        SimHttpResponse response = SimHttpResponse::empty(202);
        response.setHeader(QByteArrayLiteral("Location"),
                           (call.request.baseUrl
                            + call.request.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority))
                               .toLatin1());
        response.setHeader(QByteArrayLiteral("Retry-After"),
                           QByteArray::number(m_settings.retryAfterSeconds));
        return response;
    }
    if (op.failure)
        return error(op.failure->status, op.failure->code, op.failure->message);
    if (op.method == "DELETE" || !op.result)
        return SimHttpResponse::empty(204);
    const QJsonObject result = op.result();
    return result.isEmpty() ? SimHttpResponse::empty(204) : SimHttpResponse::json(200, result);
}

// ---- server trust certificates ----

SimHttpResponse ArmServer::routeTrustCertificates(Call &call, SimManagedInstance &mi, int at)
{
    const QStringList &s = call.segments;
    const SimHttpRequest &r = call.request;
    if (s.size() == at) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        QJsonArray items;
        for (const SimServerTrustCertificate &c : mi.serverTrustCertificates)
            items.append(ArmJson::serverTrustCertificate(mi, c));
        return page(r, items);
    }
    if (s.size() != at + 1)
        return notFound(QStringLiteral("Microsoft.Sql/managedInstances/serverTrustCertificates"));
    const QString name = s.at(at);
    const QString key = mi.resourceId() + QStringLiteral("/serverTrustCertificates/") + name;
    QPointer<SimManagedInstance> guard(&mi);
    if (r.method == "GET") {
        const SimServerTrustCertificate *c = mi.serverTrustCertificate(name);
        if (!c)
            return notFound(
                QStringLiteral("Microsoft.Sql/managedInstances/serverTrustCertificates"));
        return SimHttpResponse::json(200, ArmJson::serverTrustCertificate(mi, *c));
    }
    if (r.method == "PUT") {
        bool ok = false;
        const QJsonObject body = r.jsonBody(&ok);
        const QJsonValue blobValue = body.value(QStringLiteral("properties"))
                                         .toObject()
                                         .value(QStringLiteral("publicBlob"));
        QString blob = blobValue.toString().trimmed();
        if (!ok || blob.isEmpty())
            return error(400, QStringLiteral("MissingPublicBlob"),
                         QStringLiteral("The public blob of the certificate is missing."),
                         QStringLiteral("properties.publicBlob"));
        if (blob.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            blob = blob.mid(2);
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
        const QByteArray der = QByteArray::fromHex(blob.toLatin1());
        // A DER certificate starts with a SEQUENCE tag (0x30).
        if (!hex.match(blob).hasMatch() || der.size() < 16 || der.at(0) != 0x30)
            return error(400, QStringLiteral("InvalidPublicBlob"),
                         QStringLiteral("The public blob is not a hex encoded DER certificate."),
                         QStringLiteral("properties.publicBlob"));
        if (const SimServerTrustCertificate *existing = mi.serverTrustCertificate(name)) {
            if (existing->der == der)
                return SimHttpResponse::json(200, ArmJson::serverTrustCertificate(mi, *existing));
            return error(409, QStringLiteral("CertificateAlreadyExists"),
                         QStringLiteral("A certificate named '%1' already exists on the managed "
                                        "instance with a different public key.")
                             .arg(name));
        }
        for (const SimServerTrustCertificate &c : mi.serverTrustCertificates) {
            if (c.der == der)
                return error(409, QStringLiteral("CertificateAlreadyExists"),
                             QStringLiteral("The same certificate is already uploaded as '%1'.")
                                 .arg(c.name));
        }
        if (operationRunning(key))
            return error(409, QStringLiteral("ConflictingServerOperation"),
                         QStringLiteral("An operation on '%1' is already in progress.").arg(name));
        Operation op;
        op.kind = QStringLiteral("serverTrustCertificates");
        op.resourceKey = key;
        op.apply = [guard, name, der]() -> std::optional<Failure> {
            if (!guard)
                return Failure {404, QStringLiteral("ResourceNotFound"),
                                QStringLiteral("The managed instance no longer exists.")};
            if (guard->serverTrustCertificate(name))
                return Failure {
                    409, QStringLiteral("CertificateAlreadyExists"),
                    QStringLiteral("A certificate named '%1' already exists.").arg(name)};
            guard->serverTrustCertificates.append(SimServerTrustCertificate {name, der});
            guard->notifyChanged();
            return std::nullopt;
        };
        op.result = [guard, name]() {
            if (!guard)
                return QJsonObject();
            const SimServerTrustCertificate *c = guard->serverTrustCertificate(name);
            return c ? ArmJson::serverTrustCertificate(*guard, *c) : QJsonObject();
        };
        return accepted(r, op, mi);
    }
    if (r.method == "DELETE") {
        if (!mi.serverTrustCertificate(name))
            return SimHttpResponse::empty(204);
        if (operationRunning(key))
            return error(409, QStringLiteral("ConflictingServerOperation"),
                         QStringLiteral("An operation on '%1' is already in progress.").arg(name));
        Operation op;
        op.kind = QStringLiteral("serverTrustCertificates");
        op.resourceKey = key;
        op.apply = [guard, name]() -> std::optional<Failure> {
            if (guard) {
                guard->serverTrustCertificates.removeIf(
                    [&name](const SimServerTrustCertificate &c) {
                        return c.name.compare(name, Qt::CaseInsensitive) == 0;
                    });
                guard->notifyChanged();
            }
            return std::nullopt;
        };
        return accepted(r, op, mi);
    }
    return methodNotAllowed(r);
}

// ---- endpoint certificates ----

SimHttpResponse ArmServer::routeEndpointCertificates(Call &call, SimManagedInstance &mi, int at)
{
    const QStringList &s = call.segments;
    const SimHttpRequest &r = call.request;
    if (r.method != "GET")
        return methodNotAllowed(r);
    const SimCertificate *mirroring = mi.engine()->mirroringEndpointCertificate
        ? &*mi.engine()->mirroringEndpointCertificate
        : nullptr;
    if (s.size() == at) {
        QJsonArray items;
        items.append(
            ArmJson::endpointCertificate(mi, QStringLiteral("DATABASE_MIRRORING"), mirroring));
        items.append(ArmJson::endpointCertificate(mi, QStringLiteral("SERVICE_BROKER"), mirroring));
        return page(r, items);
    }
    if (s.size() == at + 1
        && (is(s.at(at), "DATABASE_MIRRORING") || is(s.at(at), "SERVICE_BROKER")))
        return SimHttpResponse::json(
            200, ArmJson::endpointCertificate(mi, s.at(at).toUpper(), mirroring));
    return notFound(QStringLiteral("Microsoft.Sql/managedInstances/endpointCertificates"));
}

// ---- distributed availability groups (links) ----

SimHttpResponse ArmServer::routeLinks(Call &call, SimManagedInstance &mi, int at)
{
    const QStringList &s = call.segments;
    const SimHttpRequest &r = call.request;
    if (s.size() == at) {
        if (r.method != "GET")
            return methodNotAllowed(r);
        QJsonArray items;
        for (const SimLinkResource &l : mi.links)
            items.append(ArmJson::link(mi, l));
        return page(r, items);
    }
    const QString name = s.at(at);
    if (s.size() == at + 2) {
        if (r.method != "POST")
            return methodNotAllowed(r);
        if (is(s.at(at + 1), "failover"))
            return failoverLink(call, mi, name);
        if (is(s.at(at + 1), "setRole"))
            return setLinkRole(call, mi, name);
        return notFound(
            QStringLiteral("Microsoft.Sql/managedInstances/distributedAvailabilityGroups"));
    }
    if (s.size() != at + 1)
        return notFound(
            QStringLiteral("Microsoft.Sql/managedInstances/distributedAvailabilityGroups"));
    if (r.method == "GET") {
        const SimLinkResource *l = mi.link(name);
        if (!l)
            return notFound(
                QStringLiteral("Microsoft.Sql/managedInstances/distributedAvailabilityGroups"));
        return SimHttpResponse::json(200, ArmJson::link(mi, *l));
    }
    if (r.method == "PUT")
        return createLink(call, mi, name);
    if (r.method == "PATCH")
        return updateLink(call, mi, name);
    if (r.method == "DELETE") {
        if (!mi.link(name))
            return SimHttpResponse::empty(204);
        const QString key = mi.resourceId() + QStringLiteral("/links/") + name;
        if (operationRunning(key))
            return error(
                409, QStringLiteral("ConflictingServerOperation"),
                QStringLiteral("An operation on the link '%1' is already in progress.").arg(name));
        QPointer<SimManagedInstance> guard(&mi);
        Operation op;
        op.kind = QStringLiteral("distributedAvailabilityGroups");
        op.resourceKey = key;
        op.apply = [guard, name]() -> std::optional<Failure> {
            if (guard) {
                guard->links.removeIf([&name](const SimLinkResource &l) {
                    return l.name.compare(name, Qt::CaseInsensitive) == 0;
                });
                guard->notifyChanged();
            }
            return std::nullopt;
        };
        return accepted(r, op, mi);
    }
    return methodNotAllowed(r);
}

SimInstance *ArmServer::partnerFor(const QString &endpoint) const
{
    static const QRegularExpression pattern(QStringLiteral("^tcp://([^:/]+):(\\d+)/?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(endpoint);
    if (!match.hasMatch())
        return nullptr;
    const QString host = match.captured(1);
    for (SimInstance *server : m_world.sqlServers()) {
        if (server->hostName.compare(host, Qt::CaseInsensitive) == 0
            || server->serverName.section(QLatin1Char('\\'), 0, 0)
                    .compare(host, Qt::CaseInsensitive)
                == 0
            || host == QLatin1String("127.0.0.1")
            || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            return server;
    }
    return nullptr;
}

std::optional<ArmServer::Failure> ArmServer::checkPartner(const SimManagedInstance &mi,
                                                          const QString &endpoint,
                                                          const QString &partnerAg,
                                                          const QString &database) const
{
    SimInstance *partner = partnerFor(endpoint);
    SimEndpoint *mirroring = partner ? partner->mirroringEndpoint() : nullptr;
    const QString port = endpoint.section(QLatin1Char(':'), -1).remove(QLatin1Char('/'));
    if (!partner || !mirroring || !mirroring->started || QString::number(mirroring->port) != port)
        return Failure {400, QStringLiteral("ManagedInstanceLinkConnectivityIsNotEstablished"),
                        QStringLiteral("Replication did not start: the managed instance could not "
                                       "connect to %1.")
                            .arg(endpoint)};
    const SimCertificate *partnerCert
        = mirroring->usesCertificate() ? partner->certificate(mirroring->certificateName) : nullptr;
    bool trustedByMi = false;
    if (partnerCert) {
        for (const SimServerTrustCertificate &c : mi.serverTrustCertificates)
            trustedByMi = trustedByMi || c.der == partnerCert->der;
    }
    if (!trustedByMi)
        return Failure {400,
                        QStringLiteral("ManagedInstanceLinkCertificateNotFoundOnManagedInstance"),
                        QStringLiteral("The certificate of the SQL Server endpoint is not trusted "
                                       "by the managed instance.")};
    bool trustedByPartner = false;
    if (mi.engine()->mirroringEndpointCertificate) {
        for (const SimCertificate &c : partner->certificates)
            trustedByPartner
                = trustedByPartner || c.der == mi.engine()->mirroringEndpointCertificate->der;
    }
    if (!trustedByPartner)
        return Failure {400, QStringLiteral("ManagedInstanceLinkCertificateNotFoundOnSqlServer"),
                        QStringLiteral("The managed instance's endpoint certificate is not trusted "
                                       "by SQL Server.")};
    const SimAvailabilityGroup *ag = partner->availabilityGroup(partnerAg);
    if (!ag)
        return Failure {
            400, QStringLiteral("CloudLifterChimeraAvailabilityGroupConnectionCannotBeEstablished"),
            QStringLiteral("The availability group '%1' does not respond on SQL Server.")
                .arg(partnerAg)};
    if (!ag->databases.contains(database, Qt::CaseInsensitive))
        return Failure {400,
                        QStringLiteral("CloudLifterChimeraEstablishDbConnectionNotEstablished"),
                        QStringLiteral("The database '%1' is not part of the availability group "
                                       "'%2'.")
                            .arg(database, partnerAg)};
    if (const SimDatabase *db = partner->database(database)) {
        if (db->filestream)
            return Failure {400, QStringLiteral("ManagedInstanceLinkSourceDbHasFilestream"),
                            QStringLiteral("The source database uses FILESTREAM.")};
        if (db->logFileCount > 1)
            return Failure {400, QStringLiteral("ManagedInstanceLinkSourceDbHasMultipleLogFiles"),
                            QStringLiteral("The source database has more than one log file.")};
        if (db->memoryOptimized && mi.skuTier == QLatin1String("GeneralPurpose"))
            return Failure {400, QStringLiteral("ManagedInstanceLinkSourceDbHasHekatonFile"),
                            QStringLiteral("The source database has a memory-optimized filegroup "
                                           "and the managed instance is General Purpose.")};
    }
    return std::nullopt;
}

SimHttpResponse ArmServer::createLink(Call &call, SimManagedInstance &mi, const QString &name)
{
    const SimHttpRequest &r = call.request;
    if (const SimLinkResource *existing = mi.link(name))
        return SimHttpResponse::json(200, ArmJson::link(mi, *existing)); // already created
    bool ok = false;
    const QJsonObject body = r.jsonBody(&ok);
    const QJsonObject p = body.value(QStringLiteral("properties")).toObject();
    const QString prefix
        = QStringLiteral("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequest");
    if (!ok || p.isEmpty())
        return error(400, prefix, QStringLiteral("The request body is empty or invalid."));
    auto str = [&p](const char *key) {
        return p.value(QLatin1String(key)).toString().trimmed();
    };
    const QString instanceAg = str("instanceAvailabilityGroupName");
    const QString partnerAg = str("partnerAvailabilityGroupName");
    const QString endpoint = str("partnerEndpoint");
    const QString seeding = p.contains(QStringLiteral("seedingMode")) ? str("seedingMode")
                                                                      : QStringLiteral("Automatic");
    const QString role = p.contains(QStringLiteral("instanceLinkRole"))
        ? str("instanceLinkRole")
        : QStringLiteral("Secondary");
    const QString failoverMode
        = p.contains(QStringLiteral("failoverMode")) ? str("failoverMode") : QStringLiteral("None");
    const QString replicationMode = p.contains(QStringLiteral("replicationMode"))
        ? str("replicationMode")
        : QStringLiteral("Async");
    const QJsonArray dbs = p.value(QStringLiteral("databases")).toArray();
    if (instanceAg.isEmpty())
        return error(400, prefix + QStringLiteral("InstanceAvailabilityGroupName"),
                     QStringLiteral("The instance availability group name is empty or invalid."),
                     QStringLiteral("properties.instanceAvailabilityGroupName"));
    if (partnerAg.isEmpty())
        return error(400, prefix + QStringLiteral("PartnerAvailabilityGroupName"),
                     QStringLiteral("The partner availability group name is empty or invalid."),
                     QStringLiteral("properties.partnerAvailabilityGroupName"));
    static const QRegularExpression endpointPattern(QStringLiteral("^tcp://[^:/\\s]+:\\d{1,5}/?$"),
                                                    QRegularExpression::CaseInsensitiveOption);
    if (!endpointPattern.match(endpoint).hasMatch())
        return error(400, prefix + QStringLiteral("PartnerEndpoint"),
                     QStringLiteral("The partner endpoint '%1' is empty or invalid; expected "
                                    "TCP://host:port.")
                         .arg(endpoint),
                     QStringLiteral("properties.partnerEndpoint"));
    const QString database = dbs.size() == 1
        ? dbs.at(0).toObject().value(QStringLiteral("databaseName")).toString().trimmed()
        : QString();
    if (database.isEmpty())
        return error(400, prefix + QStringLiteral("Databases"),
                     QStringLiteral("The databases list must contain exactly one database."),
                     QStringLiteral("properties.databases"));
    if (seeding != QLatin1String("Automatic"))
        return error(
            400, prefix + QStringLiteral("SeedingMode"),
            QStringLiteral("Seeding mode '%1' is not supported; use Automatic.").arg(seeding),
            QStringLiteral("properties.seedingMode"));
    if (!oneOf(role, {"Primary", "Secondary"}) || !oneOf(failoverMode, {"None", "Manual"})
        || !oneOf(replicationMode, {"Async", "Sync"}))
        return error(400, prefix,
                     QStringLiteral("instanceLinkRole, failoverMode or replicationMode has a value "
                                    "that is not allowed."));
    if (instanceAg.compare(partnerAg, Qt::CaseInsensitive) == 0)
        return error(
            400, QStringLiteral("InstanceAvailabilityGroupNamePartnerAvailabilityGroupNameMatch"),
            QStringLiteral("The instance and partner availability group names must be "
                           "different."));
    for (const SimLinkResource &l : mi.links) {
        if (l.instanceAvailabilityGroupName.compare(instanceAg, Qt::CaseInsensitive) == 0)
            return error(400, QStringLiteral("CloudLifterChimeraMIAgNameIsAlreadyUsed"),
                         QStringLiteral("The availability group name '%1' is already used on the "
                                        "managed instance.")
                             .arg(instanceAg));
        if (l.partnerAvailabilityGroupName.compare(partnerAg, Qt::CaseInsensitive) == 0)
            return error(
                400,
                QStringLiteral("ManagedInstanceLinkForProvidedAvailabilityGroupsAlreadyExists"),
                QStringLiteral("A link for the availability group '%1' already exists "
                               "(%2).")
                    .arg(partnerAg, l.name));
    }
    if (mi.engine()->availabilityGroup(instanceAg))
        return error(400, QStringLiteral("CloudLifterChimeraMIAgNameIsAlreadyUsed"),
                     QStringLiteral("The availability group name '%1' is already used on the "
                                    "managed instance.")
                         .arg(instanceAg));
    if (role == QLatin1String("Secondary") && mi.engine()->database(database))
        return error(400, QStringLiteral("ManagedDatabaseNameInUse"),
                     QStringLiteral("A database named '%1' already exists on the managed "
                                    "instance.")
                         .arg(database));
    if (mi.state.compare(QLatin1String("Stopped"), Qt::CaseInsensitive) == 0
        || mi.state.compare(QLatin1String("Stopping"), Qt::CaseInsensitive) == 0)
        return error(409, QStringLiteral("ManagedInstanceStoppingOrStopped"),
                     QStringLiteral("The managed instance is stopped."));
    if (mi.state.compare(QLatin1String("Starting"), Qt::CaseInsensitive) == 0)
        return error(409, QStringLiteral("ManagedInstanceStarting"),
                     QStringLiteral("The managed instance is starting."));
    if (failoverMode == QLatin1String("Manual")) {
        // Two-way links need the SQL Server major version to match the update policy.
        SimInstance *partner = partnerFor(endpoint);
        const int major
            = partner ? milink::SqlServerVersion::parse(partner->productVersion).major() : 0;
        const bool matches = (major == 16 && mi.databaseFormat == QLatin1String("SQLServer2022"))
            || (major == 17 && mi.databaseFormat == QLatin1String("SQLServer2025"));
        if ((partner && !matches) || mi.databaseFormat == QLatin1String("AlwaysUpToDate"))
            return error(
                400,
                QStringLiteral("CloudLifterChimeraBoxAndMiOnDifferentDbVersionsFailoverModeManual"),
                QStringLiteral("Failover mode Manual requires SQL Server and the managed "
                               "instance to use the same database format (managed "
                               "instance: %1).")
                    .arg(mi.databaseFormat));
    }
    const QString key = mi.resourceId() + QStringLiteral("/links/") + name;
    if (operationRunning(key))
        return error(
            409, QStringLiteral("ConflictingServerOperation"),
            QStringLiteral("An operation on the link '%1' is already in progress.").arg(name));

    SimLinkResource link;
    link.name = name;
    link.distributedAvailabilityGroupId = QUuid::createUuid();
    link.replicationMode = replicationMode;
    link.instanceLinkRole = role;
    link.partnerLinkRole = role == QLatin1String("Primary") ? QStringLiteral("Secondary")
                                                            : QStringLiteral("Primary");
    link.partnerAvailabilityGroupName = partnerAg;
    link.instanceAvailabilityGroupName = instanceAg;
    link.partnerEndpoint = endpoint;
    link.failoverMode = failoverMode;
    link.seedingMode = seeding;
    SimLinkDatabase db;
    db.databaseName = database;
    db.instanceReplicaId = QUuid::createUuid();
    db.partnerReplicaId = QUuid::createUuid();
    db.replicaState = QStringLiteral("CreatingLink");
    db.seedingProgress = QStringLiteral("0%");
    link.databases.append(db);

    QPointer<SimManagedInstance> guard(&mi);
    const bool checks = m_settings.linkChecks;
    Operation op;
    op.kind = QStringLiteral("distributedAvailabilityGroups");
    op.resourceKey = key;
    op.apply
        = [this, guard, link, checks, endpoint, partnerAg, database]() -> std::optional<Failure> {
        if (!guard)
            return Failure {404, QStringLiteral("ResourceNotFound"),
                            QStringLiteral("The managed instance no longer exists.")};
        if (checks) {
            if (auto failure = checkPartner(*guard, endpoint, partnerAg, database))
                return failure;
        }
        guard->links.append(link);
        guard->notifyChanged();
        return std::nullopt;
    };
    op.result = [guard, name]() {
        if (!guard)
            return QJsonObject();
        const SimLinkResource *l = guard->link(name);
        return l ? ArmJson::link(*guard, *l) : QJsonObject();
    };
    return accepted(r, op, mi);
}

SimHttpResponse ArmServer::updateLink(Call &call, SimManagedInstance &mi, const QString &name)
{
    const SimHttpRequest &r = call.request;
    if (!mi.link(name))
        return notFound(
            QStringLiteral("Microsoft.Sql/managedInstances/distributedAvailabilityGroups"));
    bool ok = false;
    const QJsonObject p = r.jsonBody(&ok).value(QStringLiteral("properties")).toObject();
    const QString mode = p.value(QStringLiteral("replicationMode")).toString();
    if (!ok || !oneOf(mode, {"Async", "Sync"}))
        return error(400,
                     QStringLiteral("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequest"),
                     QStringLiteral("Only properties.replicationMode (Async or Sync) can be "
                                    "updated."),
                     QStringLiteral("properties.replicationMode"));
    const QString key = mi.resourceId() + QStringLiteral("/links/") + name;
    if (operationRunning(key))
        return error(
            409, QStringLiteral("ConflictingServerOperation"),
            QStringLiteral("An operation on the link '%1' is already in progress.").arg(name));
    QPointer<SimManagedInstance> guard(&mi);
    Operation op;
    op.kind = QStringLiteral("distributedAvailabilityGroups");
    op.resourceKey = key;
    op.apply = [guard, name, mode]() -> std::optional<Failure> {
        SimLinkResource *l = guard ? guard->link(name) : nullptr;
        if (!l)
            return Failure {404, QStringLiteral("ManagedInstanceLinkIsNotFound"),
                            QStringLiteral("The link no longer exists.")};
        l->replicationMode = mode;
        guard->notifyChanged();
        return std::nullopt;
    };
    op.result = [guard, name]() {
        const SimLinkResource *l = guard ? guard->link(name) : nullptr;
        return l ? ArmJson::link(*guard, *l) : QJsonObject();
    };
    return accepted(r, op, mi);
}

SimHttpResponse ArmServer::failoverLink(Call &call, SimManagedInstance &mi, const QString &name)
{
    const SimHttpRequest &r = call.request;
    const SimLinkResource *link = mi.link(name);
    if (!link)
        return notFound(
            QStringLiteral("Microsoft.Sql/managedInstances/distributedAvailabilityGroups"));
    bool ok = false;
    const QString type = r.jsonBody(&ok).value(QStringLiteral("failoverType")).toString();
    if (!ok || !oneOf(type, {"Planned", "ForcedAllowDataLoss"}))
        return error(400, QStringLiteral("InvalidDistributedAvailabilityGroupFailoverRequest"),
                     QStringLiteral("failoverType must be Planned or ForcedAllowDataLoss."),
                     QStringLiteral("failoverType"));
    // The role rule needs no SQL Server side, so it is answered before the pairing is looked up.
    if (type == QLatin1String("Planned") && link->instanceLinkRole != QLatin1String("Primary"))
        return error(400, QStringLiteral("InvalidDistributedAvailabilityGroupFailoverInstanceRole"),
                     QStringLiteral("Planned failover can be executed on a link in the primary "
                                    "role only."));
    const QString key = mi.resourceId() + QStringLiteral("/links/") + name;
    if (operationRunning(key))
        return error(
            409, QStringLiteral("ConflictingServerOperation"),
            QStringLiteral("An operation on the link '%1' is already in progress.").arg(name));
    // The link state machine owns the rules shared with T-SQL and makes the change.
    const SimLinkStateMachine::Refusal refusal = m_world.links().armFailover(mi, name, type);
    if (!refusal.ok()) {
        const QString code = !refusal.armCode.isEmpty() ? refusal.armCode
            : refusal.sqlError == 41122
            ? QStringLiteral("InvalidDistributedAvailabilityGroupFailoverInstanceRole")
            : QStringLiteral("InvalidDistributedAvailabilityGroupFailoverRequest");
        return error(refusal.httpStatus > 0 ? refusal.httpStatus : 400, code, refusal.message);
    }
    return acceptedDone(r, mi, key, name);
}

SimHttpResponse ArmServer::setLinkRole(Call &call, SimManagedInstance &mi, const QString &name)
{
    const SimHttpRequest &r = call.request;
    if (!mi.link(name))
        return notFound(
            QStringLiteral("Microsoft.Sql/managedInstances/distributedAvailabilityGroups"));
    bool ok = false;
    const QJsonObject body = r.jsonBody(&ok);
    const QString role = body.value(QStringLiteral("instanceRole")).toString();
    const QString change = body.value(QStringLiteral("roleChangeType")).toString();
    if (!ok || !oneOf(role, {"Primary", "Secondary"}) || !oneOf(change, {"Forced", "Planned"}))
        return error(400, QStringLiteral("InvalidDistributedAvailabilityGroupSetRoleRequest"),
                     QStringLiteral("instanceRole must be Primary or Secondary and roleChangeType "
                                    "Forced or Planned."));
    const QString key = mi.resourceId() + QStringLiteral("/links/") + name;
    if (operationRunning(key))
        return error(
            409, QStringLiteral("DistributedAvailabilityGroupSetRoleChangeRoleAlreadyInProgress"),
            QStringLiteral("A role change for the link '%1' is already in progress.").arg(name));
    const SimLinkStateMachine::Refusal refusal = m_world.links().armSetRole(mi, name, role, change);
    if (!refusal.ok())
        return error(refusal.httpStatus > 0 ? refusal.httpStatus : 409,
                     refusal.armCode.isEmpty()
                         ? QStringLiteral("DistributedAvailabilityGroupSetRoleFailed")
                         : refusal.armCode,
                     refusal.message);
    return acceptedDone(r, mi, key, name);
}

SimHttpResponse ArmServer::acceptedDone(const SimHttpRequest &request, SimManagedInstance &mi,
                                        const QString &key, const QString &name)
{
    // The change is made; the operation still runs for `operationPolls` polls like Azure's.
    QPointer<SimManagedInstance> guard(&mi);
    Operation op;
    op.kind = QStringLiteral("distributedAvailabilityGroups");
    op.resourceKey = key;
    op.result = [guard, name]() {
        const SimLinkResource *l = guard ? guard->link(name) : nullptr;
        return l ? ArmJson::link(*guard, *l) : QJsonObject();
    };
    return accepted(request, op, mi);
}

void ArmServer::registerControlCommands(ControlServer &control)
{
    control.addCommand(
        QStringLiteral("arm.configure"),
        QStringLiteral("{pageSize, operationPolls, retryAfterSeconds, linkChecks, "
                       "asyncOperationHeader}"),
        [this](const QJsonObject &a, QString *error) {
            const int pageSize = a.value(QStringLiteral("pageSize")).toInt(m_settings.pageSize);
            const int polls
                = a.value(QStringLiteral("operationPolls")).toInt(m_settings.operationPolls);
            const int retryAfter
                = a.value(QStringLiteral("retryAfterSeconds")).toInt(m_settings.retryAfterSeconds);
            if (pageSize < 1 || polls < 0 || retryAfter < 0) {
                *error = QStringLiteral("pageSize must be >= 1, operationPolls and "
                                        "retryAfterSeconds >= 0.");
                return QJsonObject();
            }
            m_settings.pageSize = pageSize;
            m_settings.operationPolls = polls;
            m_settings.retryAfterSeconds = retryAfter;
            m_settings.linkChecks
                = a.value(QStringLiteral("linkChecks")).toBool(m_settings.linkChecks);
            m_settings.asyncOperationHeader = a.value(QStringLiteral("asyncOperationHeader"))
                                                  .toBool(m_settings.asyncOperationHeader);
            return QJsonObject {
                {QStringLiteral("pageSize"), m_settings.pageSize},
                {QStringLiteral("operationPolls"), m_settings.operationPolls},
                {QStringLiteral("retryAfterSeconds"), m_settings.retryAfterSeconds},
                {QStringLiteral("linkChecks"), m_settings.linkChecks},
                {QStringLiteral("asyncOperationHeader"), m_settings.asyncOperationHeader}};
        });
    control.addCommand(QStringLiteral("arm.requests"),
                       QStringLiteral("The ARM requests received (method, path, query, "
                                      "clientRequestId, status), oldest first."),
                       [this](const QJsonObject &, QString *) {
                           return QJsonObject {{QStringLiteral("requests"), m_requestLog}};
                       });
    control.addCommand(QStringLiteral("arm.clearRequests"),
                       QStringLiteral("Forget the recorded ARM requests."),
                       [this](const QJsonObject &, QString *) {
                           m_requestLog = QJsonArray();
                           return QJsonObject();
                       });
}

} // namespace milink::sim
