#include "LinkStatusTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace milink {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

QString kilobytes(qint64 kb)
{
    if (kb < 0)
        return QStringLiteral("–");
    if (kb >= 1024 * 1024)
        return QStringLiteral("%1 GB").arg(double(kb) / 1024 / 1024, 0, 'f', 1);
    if (kb >= 1024)
        return QStringLiteral("%1 MB").arg(double(kb) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 KB").arg(kb);
}

} // namespace

LinkStatusTableModel::LinkStatusTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void LinkStatusTableModel::setRows(const QList<LinkStatusRow> &rows)
{
    // Same keys in the same order (the usual refresh): update in place so the
    // selection and scroll position stay.
    bool sameKeys = rows.size() == m_rows.size();
    for (int i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key() == m_rows.at(i).key();
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const LinkStatusRow *LinkStatusTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LinkStatusTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LinkStatusTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LinkStatusTableModel::text(const LinkStatusRow &row, int column) const
{
    switch (column) {
    case Link: return row.linkName;
    case Database: return orDash(row.databaseName);
    case Health:
        switch (row.health) {
        case LinkHealth::Healthy: return tr("Healthy");
        case LinkHealth::Warning: return tr("Warning");
        case LinkHealth::Critical: return tr("Critical");
        }
        return {};
    case SqlServerRole: return orDash(row.sqlServerRole);
    case ManagedInstanceRole: return orDash(row.managedInstanceRole);
    case Connected: return orDash(row.connectedState);
    case Synchronization:
        if (row.synchronizationState.isEmpty())
            return orDash(row.synchronizationHealth);
        return row.synchronizationState + QStringLiteral(" / ") + orDash(row.synchronizationHealth);
    case State: return orDash(row.replicaState);
    case Seeding: {
        if (!row.seeding)
            return QStringLiteral("–");
        QString value
            = row.seedingPercent < 0 ? tr("Seeding") : tr("%1%").arg(row.seedingPercent, 0, 'f', 0);
        if (row.seedingEta.isValid())
            value += tr(", done ≈ %1")
                         .arg(QLocale().toString(row.seedingEta.toLocalTime().time(),
                                                 QLocale::ShortFormat));
        return value;
    }
    case Lag:
        return row.lagSeconds < 0 ? QStringLiteral("–") : tr("%1 s").arg(row.lagSeconds, 0, 'f', 0);
    case LogSendQueue: return kilobytes(row.logSendQueueKb);
    case RedoQueue: return kilobytes(row.redoQueueKb);
    case HardenedLsns:
        if (row.hardenedLsnsEqual())
            return tr("equal (%1)").arg(row.sqlServerHardenedLsn);
        return orDash(row.sqlServerHardenedLsn) + QStringLiteral(" / ")
            + orDash(row.managedInstanceHardenedLsn);
    case LogUsed:
        return row.sqlServerLogUsedPercent < 0
            ? QStringLiteral("–")
            : tr("%1%").arg(row.sqlServerLogUsedPercent, 0, 'f', 0);
    case CertificateExpiry: {
        QDateTime first = row.sqlServerCertificateExpiry;
        if (row.managedInstanceCertificateExpiry.isValid()
            && (!first.isValid() || row.managedInstanceCertificateExpiry < first))
            first = row.managedInstanceCertificateExpiry;
        return first.isValid() ? QLocale().toString(first.date(), QLocale::ShortFormat)
                               : QStringLiteral("–");
    }
    case Error:
        if (row.errorText.isEmpty())
            return {};
        return row.errorNumber != 0
            ? QStringLiteral("%1: %2").arg(row.errorNumber).arg(row.errorText)
            : row.errorText;
    default: return {};
    }
}

QVariant LinkStatusTableModel::data(const QModelIndex &index, int role) const
{
    const LinkStatusRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole: return text(*row, index.column());
    case HealthRole: return int(row->health);
    case Qt::ToolTipRole: {
        QStringList lines = row->reasons;
        if (!row->errorExplanation.isEmpty())
            lines << row->errorExplanation;
        lines += row->problems;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (index.column() != Health)
            return {};
        switch (row->health) {
        case LinkHealth::Healthy: return QBrush(QColor(0xd4, 0xed, 0xda));
        case LinkHealth::Warning: return QBrush(QColor(0xff, 0xf3, 0xcd));
        case LinkHealth::Critical: return QBrush(QColor(0xf8, 0xd7, 0xda));
        }
        return {};
    default: return {};
    }
}

QVariant LinkStatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Link: return tr("Link");
    case Database: return tr("Database");
    case Health: return tr("Health");
    case SqlServerRole: return tr("SQL Server");
    case ManagedInstanceRole: return tr("Managed instance");
    case Connected: return tr("Connected");
    case Synchronization: return tr("Synchronization");
    case State: return tr("Link state");
    case Seeding: return tr("Seeding");
    case Lag: return tr("Lag");
    case LogSendQueue: return tr("Send queue");
    case RedoQueue: return tr("Redo queue");
    case HardenedLsns: return tr("Hardened LSN (SQL Server / MI)");
    case LogUsed: return tr("Log used");
    case CertificateExpiry: return tr("Certificate expiry");
    case Error: return tr("Most recent error");
    default: return {};
    }
}

} // namespace milink
