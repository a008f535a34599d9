#include "TdsTokenWriter.h"

namespace milink::sim {

void TdsTokenWriter::envChange(quint8 type, const QString &newValue, const QString &oldValue)
{
    m_out.u8(0xE3);
    const int lengthAt = m_out.size();
    m_out.u16(0);
    m_out.u8(type);
    m_out.bVarChar(newValue);
    m_out.bVarChar(oldValue);
    m_out.patchU16(lengthAt, quint16(m_out.size() - lengthAt - 2));
}

void TdsTokenWriter::envChangeBinary(quint8 type, const QByteArray &newValue,
                                     const QByteArray &oldValue)
{
    m_out.u8(0xE3);
    m_out.u16(quint16(3 + newValue.size() + oldValue.size()));
    m_out.u8(type);
    m_out.u8(quint8(newValue.size()));
    m_out.bytes(newValue);
    m_out.u8(quint8(oldValue.size()));
    m_out.bytes(oldValue);
}

void TdsTokenWriter::loginAck(quint32 tdsVersion, const QString &programName, int major, int minor,
                              int build)
{
    m_out.u8(0xAD);
    const int lengthAt = m_out.size();
    m_out.u16(0);
    m_out.u8(1); // interface: T-SQL
    m_out.u32be(tdsVersion);
    m_out.bVarChar(programName);
    m_out.u8(quint8(major));
    m_out.u8(quint8(minor));
    m_out.u8(quint8((build >> 8) & 0xff));
    m_out.u8(quint8(build & 0xff));
    m_out.patchU16(lengthAt, quint16(m_out.size() - lengthAt - 2));
}

void TdsTokenWriter::message(const TdsMessage &message, const QString &serverName)
{
    m_out.u8(message.isError() ? 0xAA : 0xAB);
    const int lengthAt = m_out.size();
    m_out.u16(0);
    m_out.u32(quint32(message.number));
    m_out.u8(quint8(message.state));
    m_out.u8(quint8(message.severity));
    m_out.usVarChar(message.text);
    m_out.bVarChar(serverName);
    m_out.bVarChar(message.procedure);
    m_out.u32(quint32(message.line));
    m_out.patchU16(lengthAt, quint16(m_out.size() - lengthAt - 2));
}

void TdsTokenWriter::done(quint8 token, quint16 status, quint16 currentCommand, quint64 rowCount)
{
    m_out.u8(token);
    m_out.u16(status);
    m_out.u16(currentCommand);
    m_out.u64(rowCount);
}

void TdsTokenWriter::columnMetadata(const QList<TdsTypeInfo> &types,
                                    const QList<TdsColumn> &columns)
{
    m_out.u8(0x81);
    m_out.u16(quint16(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        m_out.u32(0); // UserType
        m_out.u16(columns.at(i).nullable ? 0x0001 : 0x0000);
        types.at(i).write(m_out);
        m_out.bVarChar(columns.at(i).name);
    }
}

void TdsTokenWriter::row(const QList<TdsTypeInfo> &types, const QVariantList &values)
{
    m_out.u8(0xD1);
    for (int i = 0; i < types.size(); ++i)
        types.at(i).writeValue(m_out, i < values.size() ? values.at(i) : QVariant());
}

void TdsTokenWriter::returnStatus(qint32 value)
{
    m_out.u8(0x79);
    m_out.u32(quint32(value));
}

void TdsTokenWriter::returnValue(quint16 ordinal, const QString &name, const TdsTypeInfo &type,
                                 const QVariant &value)
{
    m_out.u8(0xAC);
    m_out.u16(ordinal);
    m_out.bVarChar(name);
    m_out.u8(0x01); // output parameter
    m_out.u32(0); // UserType
    m_out.u16(0x0001); // nullable
    type.write(m_out);
    type.writeValue(m_out, value);
}

QList<TdsTypeInfo> TdsTokenWriter::typesFor(const TdsResultSet &resultSet) const
{
    QList<TdsTypeInfo> types;
    for (int c = 0; c < resultSet.columns.size(); ++c) {
        TdsColumn column = resultSet.columns.at(c);
        const bool isString = column.type == TdsValueType::NVarChar
            || column.type == TdsValueType::VarChar || column.type == TdsValueType::VarBinary;
        if (isString && column.length < 0) {
            int longest = 1;
            for (const QVariantList &row : resultSet.rows) {
                if (c >= row.size() || !row.at(c).isValid() || row.at(c).isNull())
                    continue;
                const int length = column.type == TdsValueType::VarBinary
                    ? int(row.at(c).toByteArray().size())
                    : column.type == TdsValueType::VarChar
                    ? int(row.at(c).toString().toUtf8().size())
                    : int(row.at(c).toString().size());
                longest = qMax(longest, length);
            }
            const int limit = column.type == TdsValueType::NVarChar ? 4000 : 8000;
            if (longest <= limit)
                column.length = limit;
        }
        types.append(TdsTypeInfo::forColumn(column, m_collation));
    }
    return types;
}

} // namespace milink::sim
