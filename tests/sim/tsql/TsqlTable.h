#pragma once

#include "TsqlValue.h"

#include <QList>
#include <QStringList>

namespace milink::sim {

// Rows with named, typed columns: what a catalog view, a derived table or a query produces.
struct TsqlTable
{
    QStringList columnNames;
    QList<TsqlTypeInfo> columnTypes;
    QList<QList<TsqlValue>> rows;

    void addColumn(const QString &name, const TsqlTypeInfo &type)
    {
        columnNames << name;
        columnTypes << type;
    }
    int columnIndex(const QString &name) const
    {
        for (int i = 0; i < columnNames.size(); ++i) {
            if (columnNames.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }
};

} // namespace milink::sim
