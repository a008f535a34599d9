#pragma once

#include "monitor/LinkStatusRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace milink {

// The status window's table: one row per linked database, over LinkMonitor rows.
// Display text only; the values and verdicts come from models/monitor.
class LinkStatusTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Link,
        Database,
        Health,
        SqlServerRole,
        ManagedInstanceRole,
        Connected,
        Synchronization,
        State,
        Seeding,
        Lag,
        LogSendQueue,
        RedoQueue,
        HardenedLsns,
        LogUsed,
        CertificateExpiry,
        Error,
        ColumnCount
    };
    // The row's LinkHealth as an int, for sorting and tests.
    static constexpr int HealthRole = Qt::UserRole + 1;

    explicit LinkStatusTableModel(QObject *parent = nullptr);

    void setRows(const QList<LinkStatusRow> &rows);
    const QList<LinkStatusRow> &rows() const { return m_rows; }
    const LinkStatusRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const LinkStatusRow &row, int column) const;

    QList<LinkStatusRow> m_rows;
};

} // namespace milink
