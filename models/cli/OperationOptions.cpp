#include "OperationOptions.h"

#include "link/LinkValidator.h"

#include <QCommandLineParser>

namespace milink::cli {

namespace {

std::optional<LinkSide> sideFromString(const QString &text)
{
    if (text == QLatin1String("managed-instance"))
        return LinkSide::ManagedInstance;
    if (text == QLatin1String("sql-server"))
        return LinkSide::SqlServer;
    return std::nullopt;
}

QString names()
{
    return operationNames().join(QStringLiteral(", "));
}

} // namespace

OperationOptions::OperationOptions(QCommandLineParser &parser)
    : m_operation(QStringLiteral("operation"), tr("The operation: %1.").arg(names()), tr("op")),
      m_database(QStringLiteral("database"), tr("Only this database (repeatable; default: all)."),
                 tr("name")),
      m_fullBackup(
          QStringLiteral("full-backup"),
          tr("create-link: take a full backup (never COPY_ONLY) of databases that have none.")),
      m_backupDirectory(
          QStringLiteral("backup-directory"),
          tr("Directory on the SQL Server host for --full-backup, and for the log backup of "
             "repair-split-brain."),
          tr("dir")),
      m_mode(QStringLiteral("mode"), tr("set-replication-mode: async or sync."), tr("mode")),
      m_to(QStringLiteral("to"), tr("failover: managed-instance (default) or sql-server."),
           tr("side")),
      m_type(QStringLiteral("type"), tr("failover: planned (default) or forced."), tr("type")),
      m_removeLink(QStringLiteral("remove-link"),
                   tr("failover: break the link after failing over.")),
      m_acceptDataLoss(
          QStringLiteral("accept-data-loss"),
          tr("failover --type forced: confirm that unreplicated transactions may be lost.")),
      m_dropAg(QStringLiteral("drop-availability-group"),
               tr("failover with link removal, delete-link: also drop the availability group on "
                  "SQL Server.")),
      m_removeCertificates(
          QStringLiteral("remove-certificates"),
          tr("delete-link: also remove certificates, the trust certificate and the endpoint "
             "when no other link uses them.")),
      m_newCertificate(
          QStringLiteral("new-certificate-name"),
          tr("rotate-certificate: name of the new certificate (default: <current>_2)."),
          tr("name")),
      m_newExpiry(
          QStringLiteral("new-certificate-expiry"),
          tr("rotate-certificate: expiry date YYYY-MM-DD (default: one year after it runs)."),
          tr("date")),
      m_keepPrimary(QStringLiteral("keep-primary"),
                    tr("repair-split-brain: the side whose changes are kept, managed-instance "
                       "(default) or sql-server."),
                    tr("side")),
      m_backupUrl(QStringLiteral("backup-url"),
                  tr("repair-split-brain --keep-primary sql-server: storage container URL for "
                     "the managed instance's copy-only backup."),
                  tr("url"))
{
    parser.addOptions({m_operation, m_database, m_fullBackup, m_backupDirectory, m_mode, m_to,
                       m_type, m_removeLink, m_acceptDataLoss, m_dropAg, m_removeCertificates,
                       m_newCertificate, m_newExpiry, m_keepPrimary, m_backupUrl});
}

QString OperationOptions::operationList()
{
    return tr("Operations: %1.").arg(names());
}

OperationOptions::Result OperationOptions::read(const QCommandLineParser &parser) const
{
    Result result;
    QStringList &usage = result.problems;
    result.operation = operationFromString(parser.value(m_operation));
    if (!parser.isSet(m_operation))
        usage << tr("Add --operation with one of: %1.").arg(names());
    else if (!result.operation)
        usage << tr("Unknown operation \"%1\". Use one of: %2.")
                     .arg(parser.value(m_operation), names());

    PlanOptions &options = result.options;
    options.databases = parser.values(m_database);
    options.takeFullBackup = parser.isSet(m_fullBackup);
    options.backupDirectory = parser.value(m_backupDirectory);
    if (parser.isSet(m_mode)) {
        options.replicationMode = replicationModeFromString(parser.value(m_mode));
        if (!options.replicationMode)
            usage << tr("--mode must be async or sync, not \"%1\".").arg(parser.value(m_mode));
    }
    if (parser.isSet(m_to)) {
        const std::optional<LinkSide> side = sideFromString(parser.value(m_to));
        if (side)
            options.failoverTo = *side;
        else
            usage << tr("--to must be managed-instance or sql-server, not \"%1\".")
                         .arg(parser.value(m_to));
    }
    if (parser.isSet(m_type)) {
        if (parser.value(m_type) == QLatin1String("planned"))
            options.failoverType = FailoverType::Planned;
        else if (parser.value(m_type) == QLatin1String("forced"))
            options.failoverType = FailoverType::Forced;
        else
            usage << tr("--type must be planned or forced, not \"%1\".").arg(parser.value(m_type));
    }
    options.removeLink = parser.isSet(m_removeLink);
    options.acceptDataLoss = parser.isSet(m_acceptDataLoss);
    options.dropAvailabilityGroup = parser.isSet(m_dropAg);
    options.removeCertificates = parser.isSet(m_removeCertificates);
    options.newCertificateName = parser.value(m_newCertificate);
    if (parser.isSet(m_newExpiry)) {
        options.newCertificateExpiry = QDate::fromString(parser.value(m_newExpiry), Qt::ISODate);
        if (!options.newCertificateExpiry.isValid())
            usage << tr("--new-certificate-expiry must be a date like 2027-11-22, not \"%1\".")
                         .arg(parser.value(m_newExpiry));
    }
    if (parser.isSet(m_keepPrimary)) {
        const std::optional<LinkSide> side = sideFromString(parser.value(m_keepPrimary));
        if (side)
            options.keepPrimary = *side;
        else
            usage << tr("--keep-primary must be managed-instance or sql-server, not \"%1\".")
                         .arg(parser.value(m_keepPrimary));
    }
    options.backupUrl = parser.value(m_backupUrl);
    return result;
}

ValidationIssues OperationOptions::validate(const PlanOptions &options, const QDate &today)
{
    ValidationIssues issues;
    if (options.newCertificateExpiry.isValid()) {
        const QString problem
            = LinkValidator::expiryDateProblem(options.newCertificateExpiry, today);
        if (!problem.isEmpty())
            issues.append({ValidationIssue::Severity::Error,
                           QStringLiteral("--new-certificate-expiry"), problem});
    }
    return issues;
}

} // namespace milink::cli
