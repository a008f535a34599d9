#include "AzureResourceId.h"

#include <QStringList>
#include <QUrl>

namespace milink {

AzureResourceId AzureResourceId::parse(const QString &id)
{
    AzureResourceId result;
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString &key = parts.at(i);
        const QString value = QUrl::fromPercentEncoding(parts.at(i + 1).toUtf8());
        if (key.compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0
            && result.subscriptionId.isEmpty())
            result.subscriptionId = value;
        else if (key.compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) == 0
                 && result.resourceGroup.isEmpty())
            result.resourceGroup = value;
        else if (key.compare(QLatin1String("providers"), Qt::CaseInsensitive) == 0
                 && result.providerNamespace.isEmpty())
            result.providerNamespace = value;
    }
    if (!parts.isEmpty())
        result.name = QUrl::fromPercentEncoding(parts.last().toUtf8());
    return result;
}

QString AzureResourceId::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString AzureResourceId::managedInstancePath(const QString &subscriptionId,
                                             const QString &resourceGroup, const QString &instance)
{
    return QStringLiteral("/subscriptions/") + segment(subscriptionId)
        + QStringLiteral("/resourceGroups/") + segment(resourceGroup)
        + QStringLiteral("/providers/Microsoft.Sql/managedInstances/") + segment(instance);
}

} // namespace milink
