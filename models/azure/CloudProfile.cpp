#include "CloudProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace milink {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("milink::CloudProfile", text);
}

CloudProfile make(const char *name, const char *arm, const char *authority, const char *resource,
                  const char *suffix, const char *portal)
{
    CloudProfile p;
    p.name = QLatin1String(name);
    p.armEndpoint = QUrl(QLatin1String(arm));
    p.authority = QUrl(QLatin1String(authority));
    p.tokenResource = QLatin1String(resource);
    p.sqlDnsSuffix = QLatin1String(suffix);
    p.portal = QUrl(QLatin1String(portal));
    p.builtIn = true;
    return p;
}

QString withoutTrailingSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

} // namespace

QString CloudProfile::armScope() const
{
    return withoutTrailingSlash(tokenResource) + QStringLiteral("/.default");
}

QUrl CloudProfile::armUrl(const QString &path) const
{
    return QUrl(withoutTrailingSlash(armEndpoint.toString()) + path);
}

QUrl CloudProfile::authorityUrl(const QString &tenant, const QString &endpoint) const
{
    return QUrl(withoutTrailingSlash(authority.toString()) + QLatin1Char('/') + tenant
                + QStringLiteral("/oauth2/v2.0/") + endpoint);
}

QList<CloudProfile> CloudProfile::builtIns()
{
    return {
        make("AzureCloud", "https://management.azure.com/", "https://login.microsoftonline.com",
             "https://management.core.windows.net/", "database.windows.net",
             "https://portal.azure.com"),
        make("AzureUSGovernment", "https://management.usgovcloudapi.net/",
             "https://login.microsoftonline.us", "https://management.core.usgovcloudapi.net/",
             "database.usgovcloudapi.net", "https://portal.azure.us"),
        make("AzureChinaCloud", "https://management.chinacloudapi.cn/",
             "https://login.chinacloudapi.cn", "https://management.core.chinacloudapi.cn/",
             "database.chinacloudapi.cn", "https://portal.azure.cn"),
    };
}

std::optional<CloudProfile> CloudProfile::findBuiltIn(const QString &name)
{
    for (const CloudProfile &p : builtIns()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

bool CloudProfile::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool CloudProfile::isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopback(url);
}

QString CloudProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The cloud profile has no name.");
    const struct
    {
        const QUrl &url;
        const char *field;
    } endpoints[] = {{armEndpoint, "armEndpoint"}, {authority, "authority"}};
    for (const auto &e : endpoints) {
        if (!e.url.isValid() || e.url.host().isEmpty())
            return tr("Cloud \"%1\": %2 must be an absolute URL such as "
                      "https://management.example.com/.")
                .arg(name, QLatin1String(e.field));
        if (!isAcceptableEndpoint(e.url))
            return tr("Cloud \"%1\": %2 must use https (plain http is only accepted for "
                      "127.0.0.1, ::1 or localhost).")
                .arg(name, QLatin1String(e.field));
    }
    if (tokenResource.trimmed().isEmpty())
        return tr("Cloud \"%1\": tokenResource is missing (the audience of ARM tokens, e.g. "
                  "https://management.core.windows.net/).")
            .arg(name);
    if (sqlDnsSuffix.trimmed().isEmpty() || sqlDnsSuffix.startsWith(QLatin1Char('.')))
        return tr("Cloud \"%1\": sqlDnsSuffix must be a DNS suffix without a leading dot, "
                  "e.g. database.windows.net.")
            .arg(name);
    return {};
}

std::optional<CloudProfile> CloudProfile::fromJson(const QJsonObject &object, QString *error)
{
    CloudProfile p;
    p.name = object.value(QLatin1String("name")).toString();
    p.armEndpoint = QUrl(object.value(QLatin1String("armEndpoint")).toString(), QUrl::StrictMode);
    p.authority = QUrl(object.value(QLatin1String("authority")).toString(), QUrl::StrictMode);
    p.tokenResource = object.value(QLatin1String("tokenResource")).toString();
    p.sqlDnsSuffix = object.value(QLatin1String("sqlDnsSuffix")).toString();
    p.portal = QUrl(object.value(QLatin1String("portal")).toString());
    if (findBuiltIn(p.name)) {
        if (error)
            *error = tr("Custom cloud \"%1\" has the name of a built-in cloud; choose another "
                        "name.")
                         .arg(p.name);
        return std::nullopt;
    }
    const QString problem = p.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return p;
}

QJsonObject CloudProfile::toJson() const
{
    return QJsonObject {
        {QLatin1String("name"), name},
        {QLatin1String("armEndpoint"), armEndpoint.toString()},
        {QLatin1String("authority"), authority.toString()},
        {QLatin1String("tokenResource"), tokenResource},
        {QLatin1String("sqlDnsSuffix"), sqlDnsSuffix},
        {QLatin1String("portal"), portal.toString()},
    };
}

std::optional<QList<CloudProfile>> CloudProfile::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the cloud file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = tr("The cloud file %1 is not valid JSON (%2). It must contain an object "
                        "with a \"clouds\" array.")
                         .arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue clouds = doc.object().value(QLatin1String("clouds"));
    if (!clouds.isArray()) {
        if (error)
            *error = tr("The cloud file %1 has no \"clouds\" array.").arg(path);
        return std::nullopt;
    }
    QList<CloudProfile> result;
    const QJsonArray array = clouds.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        const auto profile = fromJson(array.at(i).toObject(), &problem);
        if (!profile) {
            if (error)
                *error = tr("%1, clouds[%2]: %3").arg(path).arg(i).arg(problem);
            return std::nullopt;
        }
        for (const CloudProfile &other : result) {
            if (other.name.compare(profile->name, Qt::CaseInsensitive) == 0) {
                if (error)
                    *error = tr("%1, clouds[%2]: the name \"%3\" is used twice.")
                                 .arg(path)
                                 .arg(i)
                                 .arg(profile->name);
                return std::nullopt;
            }
        }
        result.append(*profile);
    }
    return result;
}

} // namespace milink
