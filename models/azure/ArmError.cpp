#include "ArmError.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace milink {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("milink::ArmError", text);
}

void collectDetails(const QJsonArray &array, QList<ArmErrorDetail> &out, int depth)
{
    if (depth > 8) // a hostile body must not recurse forever
        return;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        out.append({object.value(QLatin1String("code")).toString(),
                    object.value(QLatin1String("message")).toString(),
                    object.value(QLatin1String("target")).toString()});
        collectDetails(object.value(QLatin1String("details")).toArray(), out, depth + 1);
    }
}

using Explanations = QHash<QString, const char *>;

// Keys are lower case: ARM codes are compared case-insensitively.
const Explanations &explanations()
{
    static const Explanations table = [] {
        Explanations t;
        auto add = [&t](const char *code, const char *text) {
            t.insert(QString::fromLatin1(code).toLower(), text);
        };
        add("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequest",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Azure rejected the link definition as incomplete or malformed. "
                              "Check the link's names, endpoint and databases."));
        add("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestInstanceAvailabilityGroupNam"
            "e",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The availability group name for the managed instance side is "
                              "empty or not valid. Enter a valid name."));
        add("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestPartnerAvailabilityGroupName",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The name of the availability group on SQL Server is empty or not "
                              "valid. Use the name of the AG created on SQL Server."));
        add("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestPartnerEndpoint",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The SQL Server mirroring endpoint is empty or not valid. It must "
                              "look like TCP://host-or-ip:5022 and be reachable from the "
                              "managed instance."));
        add("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestDatabases",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The list of databases is empty or not valid. A link replicates "
                              "exactly one database."));
        add("InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestSeedingMode",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Only automatic seeding is accepted for a link."));
        add("InstanceAvailabilityGroupNamePartnerAvailabilityGroupNameMatch",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The availability group names on SQL Server and on the managed "
                              "instance must differ. Choose another name for the managed "
                              "instance side."));
        add("CloudLifterChimeraMIAgNameIsAlreadyUsed",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance already has an availability group with "
                              "this name. Choose another name for the managed instance side."));
        add("CloudLifterChimeraBoxAndMiOnDifferentDbVersionsFailoverModeManual",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "A two-way link (failover back to SQL Server) needs the managed "
                              "instance's update policy to match the SQL Server version (for "
                              "example SQL Server 2022 with the SQL Server 2022 update policy). "
                              "Change the update policy or create a one-way link."));
        add("ManagedInstanceLinkConnectivityIsNotEstablished",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance could not reach SQL Server's mirroring "
                              "endpoint in time. Check firewalls, network security groups and "
                              "that the endpoint port (usually 5022) is open in both "
                              "directions."));
        add("ManagedInstanceLinkCertificateNotFoundOnManagedInstance",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance does not trust SQL Server's endpoint "
                              "certificate. Upload it as a server trust certificate, then "
                              "retry."));
        add("ManagedInstanceLinkCertificateNotFoundOnSqlServer",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "SQL Server does not trust the managed instance's endpoint "
                              "certificate. Create it on SQL Server from the managed "
                              "instance's public key, then retry."));
        add("ManagedInstanceLinkForProvidedAvailabilityGroupsAlreadyExists",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "A link already exists for these availability groups. Each "
                              "database needs its own link: use a new link name."));
        add("ManagedInstanceLinkTdeCertificateMissing",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The database uses TDE and the managed instance does not have its "
                              "certificate. Upload the TDE certificate to the managed instance "
                              "first."));
        add("CloudLifterChimeraAvailabilityGroupConnectionCannotBeEstablished",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The availability group on SQL Server did not respond. Check "
                              "that the AG and distributed AG exist on SQL Server with the "
                              "names used here."));
        add("CloudLifterChimeraEstablishDbConnectionNotEstablished",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The availability group answered but the database did not. "
                              "Check that the database is part of the AG on SQL Server."));
        add("ManagedInstanceLinkSourceDbHasHekatonFile",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The database has In-Memory OLTP data, which a General Purpose "
                              "managed instance cannot host. Empty the memory-optimized "
                              "filegroup or use Business Critical."));
        add("ManagedInstanceLinkSourceDbHasMultipleLogFiles",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The database has more than one log file. Remove the extra log "
                              "files first."));
        add("ManagedInstanceLinkSourceDbHasFilestream",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The database uses FILESTREAM, which managed instances do not "
                              "support."));
        add("ManagedInstanceLinkSourceDbHasDefunctFiles",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The database has defunct files. Remove them before linking."));
        add("ManagedInstanceLinkUnsupportedNumberOfFilesOnSourceDb",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The database has more files than the managed instance "
                              "supports."));
        add("ManagedInstanceLinkIsNotFound",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The link no longer exists (it was deleted or never finished "
                              "being created)."));
        add("ManagedInstanceLinkIsNotInTheCatchupState",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The link is not synchronizing yet (still seeding or "
                              "disconnected). Wait until it catches up."));
        add("ManagedDatabaseNameInUse",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance already has a database with this name. "
                              "Drop or rename it first."));
        add("OperationCanNotStartDueToMiLink",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance is busy creating a database through a "
                              "link; try again when seeding has finished."));
        add("InvalidDistributedAvailabilityGroupFailoverInstanceRole",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "A planned failover through Azure is only possible while the "
                              "managed instance is the primary. To fail over from SQL Server, "
                              "use the forced failover or the SQL Server side steps."));
        add("InvalidDistributedAvailabilityGroupFailoverRequest",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Azure rejected the failover request. The failover type must be "
                              "Planned or ForcedAllowDataLoss."));
        add("DistributedAvailabilityGroupFailoverSecondariesNotSynchronizing",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The secondary is not synchronizing, so a planned failover "
                              "would lose data. Wait until the link is synchronized."));
        add("DistributedAvailabilityGroupFailoverLogSendQueueSizeTooBig",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Too much log is still waiting to be sent for a planned "
                              "failover. Switch to synchronous mode, stop the workload and "
                              "retry."));
        add("DistributedAvailabilityGroupFailoverRedoQueueSizeTooBig",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The secondary still has too much log to redo for a planned "
                              "failover. Wait and retry."));
        add("DistributedAvailabilityGroupSetRoleInstanceAlreadyInRequestedRole",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance already has the requested role; nothing "
                              "to change."));
        add("DistributedAvailabilityGroupSetRoleChangeRoleAlreadyInProgress",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Another role change on this link is still running. Wait for it "
                              "to finish."));
        add("DistributedAvailabilityGroupSetRoleFailed",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Azure could not change the managed instance's role in the "
                              "link."));
        add("DistributedAvailabilityGroupSetRolePrimaryPlannedNotSupported",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Making the managed instance primary can only be forced through "
                              "Azure (roleChangeType Forced); a planned switch to the managed "
                              "instance is done with the failover steps instead."));
        add("DistributedAvailabilityGroupDbEncryptedWithSmk",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The database is encrypted with a service-managed key, which "
                              "SQL Server cannot read. Switch the managed instance to a "
                              "customer-managed key first."));
        add("DistributedAvailabilityGroupMiPrimaryWithGeodr",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "A managed instance in a failover group cannot replicate to SQL "
                              "Server."));
        add("CertificateAlreadyExists",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "A trusted certificate with this name already exists on the "
                              "managed instance. If it is the same certificate nothing needs "
                              "to be done; otherwise delete it or use another name."));
        add("InvalidPublicBlob",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The certificate's public key is not a valid DER certificate in "
                              "hex."));
        add("MissingPublicBlob",
            QT_TRANSLATE_NOOP("milink::ArmError", "The certificate's public key is missing."));
        add("ConflictingServerOperation",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Another operation is running on the managed instance. Wait "
                              "for it to finish and retry."));
        add("ManagedInstanceIsBusy",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance is busy with another operation. Retry "
                              "later."));
        add("ManagedInstanceOperationInProgress",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "An operation is in progress on the managed instance. Retry "
                              "when it has finished."));
        add("ManagedInstanceStoppingOrStopped",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance is stopped. Start it first."));
        add("ManagedInstanceStarting",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The managed instance is starting. Retry when it is ready."));
        add("ResourceNotFound",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The Azure resource does not exist (or you cannot see it). Check "
                              "the subscription, resource group and names."));
        add("SubscriptionNotFound",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "The subscription does not exist or your account has no access "
                              "to it."));
        add("AuthorizationFailed",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Your account lacks permission for this operation. Ask for the "
                              "SQL Managed Instance Contributor role (or higher) on the "
                              "managed instance."));
        add("ExpiredAuthenticationToken",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Your Azure sign-in has expired. Sign in again."));
        add("InvalidAuthenticationToken",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Azure did not accept the sign-in token. Sign in again, to the "
                              "right cloud and tenant."));
        add("SubscriptionTooManyRequests",
            QT_TRANSLATE_NOOP("milink::ArmError",
                              "Azure is throttling requests for this subscription. Wait a "
                              "minute and retry."));
        return t;
    }();
    return table;
}

} // namespace

ArmError ArmError::fromErrorObject(const QJsonObject &error)
{
    ArmError e;
    e.kind = Kind::Http;
    e.code = error.value(QLatin1String("code")).toString();
    e.message = error.value(QLatin1String("message")).toString();
    e.target = error.value(QLatin1String("target")).toString();
    collectDetails(error.value(QLatin1String("details")).toArray(), e.details, 0);
    return e;
}

ArmError ArmError::fromHttp(int httpStatus, const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonObject error = root.value(QLatin1String("error")).toObject();
    // Some gateways answer with the inner object only.
    if (error.isEmpty() && root.contains(QLatin1String("code")))
        error = root;
    ArmError e = fromErrorObject(error);
    e.kind = Kind::Http;
    e.httpStatus = httpStatus;
    if (e.code.isEmpty())
        e.code = QStringLiteral("HttpStatus%1").arg(httpStatus);
    if (e.message.isEmpty()) {
        e.message = body.isEmpty()
            ? tr("Azure answered with HTTP status %1 and no explanation.").arg(httpStatus)
            : tr("Azure answered with HTTP status %1: %2")
                  .arg(httpStatus)
                  .arg(QString::fromUtf8(body.left(300)));
    }
    return e;
}

QString ArmError::explanationFor(const QString &code)
{
    const char *text = explanations().value(code.toLower(), nullptr);
    if (!text)
        return {};
    return QCoreApplication::translate("milink::ArmError", text);
}

QString ArmError::toDisplayString() const
{
    QString text;
    const QString why = explanation();
    if (!why.isEmpty())
        text = why + QLatin1Char('\n');
    text += message;
    for (const ArmErrorDetail &d : details) {
        if (!d.message.isEmpty() && d.message != message)
            text += QStringLiteral("\n  • ") + d.message
                + (d.code.isEmpty() ? QString() : QStringLiteral(" (") + d.code + QLatin1Char(')'));
    }
    QStringList facts;
    if (!code.isEmpty())
        facts << tr("code %1").arg(code);
    if (httpStatus > 0)
        facts << tr("HTTP %1").arg(httpStatus);
    if (!target.isEmpty())
        facts << tr("target %1").arg(target);
    if (!requestId.isEmpty())
        facts << tr("request id %1").arg(requestId);
    if (!correlationId.isEmpty())
        facts << tr("correlation id %1").arg(correlationId);
    if (!facts.isEmpty())
        text += QStringLiteral("\n[") + facts.join(QStringLiteral(", ")) + QLatin1Char(']');
    return text;
}

} // namespace milink
