#pragma once

#include "TdsBackend.h"
#include "TdsTypeInfo.h"
#include "TdsWriter.h"

namespace milink::sim {

// Builds the token stream of one server reply (TDS 7.2+ layouts: 8-byte DONE row
// counts, 4-byte UserType and line numbers). Every token length is exact, since
// FreeTDS skips tokens by length and tedious checks it (tds.md §9.4).
class TdsTokenWriter
{
public:
    enum DoneToken : quint8 { Done = 0xFD, DoneProc = 0xFE, DoneInProc = 0xFF };
    enum DoneStatus : quint16 {
        DoneFinal = 0x00,
        DoneMore = 0x01,
        DoneError = 0x02,
        DoneCount = 0x10,
        DoneAttention = 0x20
    };
    enum EnvChange : quint8 {
        EnvDatabase = 1,
        EnvLanguage = 2,
        EnvPacketSize = 4,
        EnvCollation = 7,
        EnvBeginTransaction = 8,
        EnvCommitTransaction = 9,
        EnvRollbackTransaction = 10
    };

    explicit TdsTokenWriter(const QByteArray &collation) : m_collation(collation) { }

    void envChange(quint8 type, const QString &newValue, const QString &oldValue);
    void envChangeBinary(quint8 type, const QByteArray &newValue, const QByteArray &oldValue);
    void loginAck(quint32 tdsVersion, const QString &programName, int major, int minor, int build);
    void message(const TdsMessage &message, const QString &serverName);
    void done(quint8 token, quint16 status, quint16 currentCommand, quint64 rowCount);
    void columnMetadata(const QList<TdsTypeInfo> &types, const QList<TdsColumn> &columns);
    void row(const QList<TdsTypeInfo> &types, const QVariantList &values);
    void returnStatus(qint32 value);
    void returnValue(quint16 ordinal, const QString &name, const TdsTypeInfo &type,
                     const QVariant &value);

    // The wire types for a result set: (max) columns whose values all fit a
    // regular length are sent with that length, to spare clients PLP decoding.
    QList<TdsTypeInfo> typesFor(const TdsResultSet &resultSet) const;

    const QByteArray &collation() const { return m_collation; }
    const QByteArray &data() const { return m_out.data(); }
    bool isEmpty() const { return m_out.size() == 0; }

private:
    QByteArray m_collation;
    TdsWriter m_out;
};

} // namespace milink::sim
