// ArmError: ARM's error bodies and the explanations milink adds for link errors.

#include "azure/ArmError.h"

#include <catch2/catch.hpp>

using milink::ArmError;

TEST_CASE("ARM error bodies are parsed with nested details")
{
    const QByteArray body = R"({"error": {"code": "CloudLifterChimeraMIAgNameIsAlreadyUsed",
        "message": "The AG name is used.", "target": "properties.instanceAvailabilityGroupName",
        "details": [{"code": "Inner", "message": "first", "details": [{"code": "Deeper", "message": "second"}]}]}})";
    const ArmError e = ArmError::fromHttp(400, body);
    CHECK(e.kind == ArmError::Kind::Http);
    CHECK(e.httpStatus == 400);
    CHECK(e.code == QStringLiteral("CloudLifterChimeraMIAgNameIsAlreadyUsed"));
    CHECK(e.target == QStringLiteral("properties.instanceAvailabilityGroupName"));
    REQUIRE(e.details.size() == 2);
    CHECK(e.details.at(1).code == QStringLiteral("Deeper"));
    CHECK(e.explanation().contains(QStringLiteral("Choose another name")));
}

TEST_CASE("Bodies that are not ARM's still give a usable error")
{
    const ArmError e = ArmError::fromHttp(502, "<html>Bad gateway</html>");
    CHECK(e.code == QStringLiteral("HttpStatus502"));
    CHECK(e.message.contains(QStringLiteral("502")));
    CHECK(e.message.contains(QStringLiteral("Bad gateway")));
    const ArmError empty = ArmError::fromHttp(500, {});
    CHECK(empty.message.contains(QStringLiteral("no explanation")));
}

TEST_CASE("Every link error code of the API has a DBA-level explanation")
{
    const char *const codes[] = {
        "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequest",
        "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestInstanceAvailabilityGroupName",
        "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestPartnerAvailabilityGroupName",
        "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestPartnerEndpoint",
        "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestDatabases",
        "InvalidDistributedAvailabilityGroupsCreateOrUpdateRequestSeedingMode",
        "InstanceAvailabilityGroupNamePartnerAvailabilityGroupNameMatch",
        "CloudLifterChimeraMIAgNameIsAlreadyUsed",
        "CloudLifterChimeraBoxAndMiOnDifferentDbVersionsFailoverModeManual",
        "ManagedInstanceLinkConnectivityIsNotEstablished",
        "ManagedInstanceLinkCertificateNotFoundOnManagedInstance",
        "ManagedInstanceLinkCertificateNotFoundOnSqlServer",
        "ManagedInstanceLinkForProvidedAvailabilityGroupsAlreadyExists",
        "ManagedInstanceLinkTdeCertificateMissing",
        "CloudLifterChimeraAvailabilityGroupConnectionCannotBeEstablished",
        "CloudLifterChimeraEstablishDbConnectionNotEstablished",
        "ManagedInstanceLinkSourceDbHasHekatonFile",
        "ManagedInstanceLinkSourceDbHasMultipleLogFiles",
        "ManagedInstanceLinkSourceDbHasFilestream",
        "ManagedInstanceLinkSourceDbHasDefunctFiles",
        "ManagedInstanceLinkUnsupportedNumberOfFilesOnSourceDb",
        "ManagedInstanceLinkIsNotFound",
        "ManagedInstanceLinkIsNotInTheCatchupState",
        "ManagedDatabaseNameInUse",
        "OperationCanNotStartDueToMiLink",
        "InvalidDistributedAvailabilityGroupFailoverRequest",
        "InvalidDistributedAvailabilityGroupFailoverInstanceRole",
        "DistributedAvailabilityGroupFailoverSecondariesNotSynchronizing",
        "DistributedAvailabilityGroupFailoverLogSendQueueSizeTooBig",
        "DistributedAvailabilityGroupFailoverRedoQueueSizeTooBig",
        "DistributedAvailabilityGroupSetRoleInstanceAlreadyInRequestedRole",
        "DistributedAvailabilityGroupSetRoleChangeRoleAlreadyInProgress",
        "DistributedAvailabilityGroupSetRoleFailed",
        "DistributedAvailabilityGroupSetRolePrimaryPlannedNotSupported",
        "DistributedAvailabilityGroupDbEncryptedWithSmk",
        "DistributedAvailabilityGroupMiPrimaryWithGeodr",
        "CertificateAlreadyExists",
    };
    for (const char *code : codes) {
        INFO(code);
        CHECK_FALSE(ArmError::explanationFor(QLatin1String(code)).isEmpty());
    }
    // ARM codes compare case-insensitively.
    CHECK(ArmError::explanationFor(QStringLiteral("certificatealreadyexists"))
          == ArmError::explanationFor(QStringLiteral("CertificateAlreadyExists")));
    CHECK(ArmError::explanationFor(QStringLiteral("SomethingNew")).isEmpty());
}

TEST_CASE("The display text keeps ARM's message and the ids support needs")
{
    ArmError e = ArmError::fromHttp(
        400,
        R"({"error": {"code": "InvalidDistributedAvailabilityGroupFailoverInstanceRole", "message": "Raw ARM text."}})");
    e.requestId = QStringLiteral("req-1");
    e.correlationId = QStringLiteral("corr-2");
    const QString text = e.toDisplayString();
    CHECK(text.contains(QStringLiteral("primary")));
    CHECK(text.contains(QStringLiteral("Raw ARM text.")));
    CHECK(text.contains(QStringLiteral("InvalidDistributedAvailabilityGroupFailoverInstanceRole")));
    CHECK(text.contains(QStringLiteral("req-1")));
    CHECK(text.contains(QStringLiteral("corr-2")));
    CHECK(text.contains(QStringLiteral("HTTP 400")));
}
