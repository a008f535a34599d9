#include "TdsRpcRequest.h"

#include "TdsReader.h"

#include <QHash>

namespace milink::sim {

namespace {

quint16 idForName(const QString &name)
{
    static const QHash<QString, quint16> ids = {
        {QStringLiteral("sp_cursor"), TdsRpcCall::CursorOpen},
        {QStringLiteral("sp_cursoropen"), TdsRpcCall::CursorOpen2},
        {QStringLiteral("sp_cursorprepare"), TdsRpcCall::CursorPrepare},
        {QStringLiteral("sp_cursorexecute"), TdsRpcCall::CursorExecute},
        {QStringLiteral("sp_cursorprepexec"), TdsRpcCall::CursorPrepExec},
        {QStringLiteral("sp_cursorunprepare"), TdsRpcCall::CursorUnprepare},
        {QStringLiteral("sp_cursorfetch"), TdsRpcCall::CursorFetch},
        {QStringLiteral("sp_cursoroption"), TdsRpcCall::CursorOption},
        {QStringLiteral("sp_cursorclose"), TdsRpcCall::CursorClose},
        {QStringLiteral("sp_executesql"), TdsRpcCall::ExecuteSql},
        {QStringLiteral("sp_prepare"), TdsRpcCall::Prepare},
        {QStringLiteral("sp_execute"), TdsRpcCall::Execute},
        {QStringLiteral("sp_prepexec"), TdsRpcCall::PrepExec},
        {QStringLiteral("sp_prepexecrpc"), TdsRpcCall::PrepExecRpc},
        {QStringLiteral("sp_unprepare"), TdsRpcCall::Unprepare},
    };
    QString bare = name.toLower();
    for (const QString &prefix : {QStringLiteral("master.dbo."), QStringLiteral("master.."),
                                  QStringLiteral("sys."), QStringLiteral("dbo.")}) {
        if (bare.startsWith(prefix))
            bare = bare.mid(prefix.size());
    }
    return ids.value(bare, TdsRpcCall::None);
}

} // namespace

bool TdsRpcCall::parse(const QByteArray &payload, int offset, QList<TdsRpcCall> *calls)
{
    TdsReader in(payload, offset);
    while (!in.atEnd()) {
        TdsRpcCall call;
        const quint16 nameLength = in.u16();
        if (nameLength == 0xFFFF) {
            call.procId = in.u16();
        } else {
            call.procName = in.ucs2(nameLength);
            call.procId = idForName(call.procName);
        }
        call.options = in.u16();
        while (in.ok() && !in.atEnd()) {
            const quint8 next = quint8(payload.at(in.position()));
            if (next == 0xFF || next == 0x80 || next == 0xFE) {
                in.u8(); // batch separator: another call follows
                break;
            }
            TdsRpcParameter parameter;
            parameter.name = in.bVarChar();
            const quint8 status = in.u8();
            parameter.output = status & 0x01;
            parameter.type = TdsTypeInfo::read(in);
            if (!in.ok())
                return false;
            parameter.value = parameter.type.readValue(in);
            call.parameters.append(parameter);
        }
        if (!in.ok())
            return false;
        calls->append(call);
    }
    return in.ok();
}

} // namespace milink::sim
