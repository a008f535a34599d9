#pragma once

#include "plan/PlanOptions.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace milink {

// What the link does not move and a DBA must do after a cutover, as data: the
// failover wizard's last page shows the items as check boxes and exports them as
// text. The items depend on where the databases now run and on whether the link
// was removed (both copies writable) or kept.
class CutoverChecklist
{
    Q_DECLARE_TR_FUNCTIONS(CutoverChecklist)

public:
    struct Item
    {
        QString id; // stable, e.g. "connection-strings"
        QString title;
        QString detail;
    };

    CutoverChecklist(LinkSide newPrimary, bool linkRemoved, bool forced,
                     const QStringList &databases, const QString &managedInstanceFqdn,
                     const QString &sqlServerName);

    const QList<Item> &items() const { return m_items; }
    // Plain text, one "[x]"/"[ ]" line per item with its detail, for a ticket or
    // a change record.
    QString toText(const QSet<QString> &checkedIds) const;

private:
    QList<Item> m_items;
    QString m_heading;
};

} // namespace milink
