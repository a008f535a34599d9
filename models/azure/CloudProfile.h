#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class QJsonObject;

namespace milink {

// One Azure cloud: where ARM and the sign-in authority live, which audience tokens
// are for, and the SQL DNS suffix of managed instances. The three public clouds are
// built in; private clouds and milink-sim are described by custom profiles in a JSON
// file (format in docs/clouds.md).
struct CloudProfile
{
    QString name; // "AzureCloud", or the custom profile's name
    QUrl armEndpoint; // https://management.azure.com/
    QUrl authority; // https://login.microsoftonline.com (tenant is appended)
    QString tokenResource; // https://management.core.windows.net/
    QString sqlDnsSuffix; // database.windows.net (no leading dot)
    QUrl portal;
    bool builtIn = false;

    // "<tokenResource>/.default": the v2 scope for ARM.
    QString armScope() const;
    // <armEndpoint> + path (path starts with '/').
    QUrl armUrl(const QString &path) const;
    // <authority>/<tenant>/oauth2/v2.0/<endpoint>
    QUrl authorityUrl(const QString &tenant, const QString &endpoint) const;

    // Empty when usable; otherwise a sentence saying what is wrong.
    QString validate() const;

    static QList<CloudProfile> builtIns();
    static std::optional<CloudProfile> findBuiltIn(const QString &name);

    // Parses one profile object of a custom cloud file.
    static std::optional<CloudProfile> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;

    // Reads a custom cloud file: {"clouds": [ {profile}, … ]}. Every profile is
    // validated; the first problem is reported with the profile's position.
    static std::optional<QList<CloudProfile>> loadFile(const QString &path, QString *error);

    // http:// is only acceptable towards the local machine (milink-sim, tests).
    static bool isLoopback(const QUrl &url);
    // https, or http to a loopback host.
    static bool isAcceptableEndpoint(const QUrl &url);
};

} // namespace milink
