#pragma once

#include "TdsTypeInfo.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace milink::sim {

struct TdsRpcParameter
{
    QString name; // empty when sent by position (FreeTDS)
    bool output = false;
    TdsTypeInfo type;
    QVariant value;
};

// One remote procedure call: a special procedure by id (sp_executesql = 10, …) or
// a procedure by name. The well-known names are mapped to their ids so both
// spellings take the same path (FreeTDS sends sp_execute by name).
struct TdsRpcCall
{
    enum ProcId : quint16 {
        None = 0,
        CursorOpen = 1,
        CursorOpen2 = 2,
        CursorPrepare = 3,
        CursorExecute = 4,
        CursorPrepExec = 5,
        CursorUnprepare = 6,
        CursorFetch = 7,
        CursorOption = 8,
        CursorClose = 9,
        ExecuteSql = 10,
        Prepare = 11,
        Execute = 12,
        PrepExec = 13,
        PrepExecRpc = 14,
        Unprepare = 15
    };

    quint16 procId = None;
    QString procName; // as sent, when called by name
    quint16 options = 0;
    QList<TdsRpcParameter> parameters;

    // RPC payload after ALL_HEADERS; several calls are separated by 0xFF (or 0x80/0xFE).
    static bool parse(const QByteArray &payload, int offset, QList<TdsRpcCall> *calls);
};

} // namespace milink::sim
