// Byte-level checks of the TDS encoders and decoders against the layouts measured in
// reference/tds.md, and the server's answer to malformed input.

#include "TdsCollation.h"
#include "TdsLogin7.h"
#include "TdsReader.h"
#include "TdsRpcRequest.h"
#include "TdsServer.h"
#include "TdsTokenWriter.h"
#include "TdsTypeInfo.h"
#include "TdsWriter.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace milink::sim;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QVariant roundTrip(const TdsColumn &column, const QVariant &value)
{
    const TdsTypeInfo type = TdsTypeInfo::forColumn(column, TdsCollation::bytesFor({}));
    TdsWriter out;
    type.write(out);
    type.writeValue(out, value);
    TdsReader in(out.data());
    const TdsTypeInfo read = TdsTypeInfo::read(in);
    const QVariant back = read.readValue(in);
    REQUIRE(in.ok());
    CHECK(in.atEnd());
    return back;
}

} // namespace

TEST_CASE("Collation bytes match SQL Server's for the common collations")
{
    CHECK(TdsCollation::bytesFor(QStringLiteral("SQL_Latin1_General_CP1_CI_AS"))
          == hex("0904d00034"));
    CHECK(TdsCollation::bytesFor(QStringLiteral("Latin1_General_100_CI_AS_SC_UTF8"))
          == hex("0904d02400"));
    CHECK(TdsCollation::isUtf8(hex("0904d02400")));
    CHECK_FALSE(TdsCollation::isUtf8(hex("0904d00034")));
    CHECK(TdsCollation::decode(hex("0904d02400"), QStringLiteral("Zürich").toUtf8())
          == QStringLiteral("Zürich"));
    CHECK(TdsCollation::encode(hex("0904d00034"), QStringLiteral("Zürich ✓"))
          == QByteArray("Z\xfcrich ?"));
}

TEST_CASE("Tokens have the exact layouts clients parse")
{
    TdsTokenWriter tokens(TdsCollation::bytesFor({}));
    tokens.envChange(TdsTokenWriter::EnvPacketSize, QStringLiteral("4096"), QStringLiteral("4096"));
    CHECK(tokens.data() == hex("e3 1300 04 04 34003000390036 00 04 34003000390036 00"));

    TdsTokenWriter done(TdsCollation::bytesFor({}));
    done.done(TdsTokenWriter::Done, TdsTokenWriter::DoneMore | TdsTokenWriter::DoneCount, 0xC1, 2);
    CHECK(done.data() == hex("fd 1100 c100 0200000000000000"));

    TdsTokenWriter metadata(TdsCollation::bytesFor({}));
    const QList<TdsColumn> columns {{QStringLiteral("n"), TdsValueType::NVarChar, 4, 0, 0, true},
                                    {QStringLiteral("i"), TdsValueType::Int, 0, 0, 0, true}};
    const TdsResultSet rs {columns, {}};
    const QList<TdsTypeInfo> types = metadata.typesFor(rs);
    metadata.columnMetadata(types, columns);
    metadata.row(types, QVariantList {QStringLiteral("ab"), 7});
    CHECK(metadata.data()
          == hex("81 0200 00000000 0100 e7 0800 0904d00034 01 6e00 00000000 0100 26 04 01 6900"
                 " d1 0400 61006200 04 07000000"));
}

TEST_CASE("Every emitted type reads back as the value written")
{
    CHECK(roundTrip({QString(), TdsValueType::BigInt, 0, 0, 0, true}, qlonglong(1099511627776LL))
              .toLongLong()
          == 1099511627776LL);
    CHECK(roundTrip({QString(), TdsValueType::Bit, 0, 0, 0, true}, true).toBool());
    CHECK(roundTrip({QString(), TdsValueType::Float, 0, 0, 0, true}, 2.5).toDouble() == 2.5);
    CHECK(roundTrip({QString(), TdsValueType::Numeric, 0, 25, 0, true},
                    QStringLiteral("98000000012345600001"))
              .toString()
          == QStringLiteral("98000000012345600001"));
    CHECK(roundTrip({QString(), TdsValueType::Numeric, 0, 10, 2, true}, QStringLiteral("-12.34"))
              .toDouble()
          == -12.34);
    CHECK(roundTrip({QString(), TdsValueType::VarBinary, 10, 0, 0, true}, QByteArray("\x00\xff", 2))
              .toByteArray()
          == QByteArray("\x00\xff", 2));
    const QDateTime when(QDate(2026, 11, 22), QTime(10, 30, 15, 250), Qt::UTC);
    CHECK(roundTrip({QString(), TdsValueType::DateTime2, 0, 0, 7, true}, when).toDateTime()
          == when);
    CHECK(roundTrip({QString(), TdsValueType::DateTime, 0, 0, 0, true}, when).toDateTime() == when);
    const QUuid id(QStringLiteral("{6f9619ff-8b86-d011-b42d-00c04fc964ff}"));
    CHECK(roundTrip({QString(), TdsValueType::UniqueIdentifier, 0, 0, 0, true}, id).toUuid() == id);
    CHECK(roundTrip({QString(), TdsValueType::NVarChar, -1, 0, 0, true}, QString(5000, u'Ω'))
              .toString()
          == QString(5000, u'Ω'));
    CHECK(roundTrip({QString(), TdsValueType::NVarChar, 10, 0, 0, true}, QVariant()).isNull());
    CHECK(roundTrip({QString(), TdsValueType::Int, 0, 0, 0, true}, QVariant()).isNull());
}

TEST_CASE("LOGIN7 fields and the obfuscated password are decoded")
{
    const QString user = QStringLiteral("sa");
    const QString password = QStringLiteral("Pa;ss\u00e9");
    QByteArray obfuscated = TdsWriter::toUcs2(password + QChar(u'\0'));
    for (char &b : obfuscated) {
        const quint8 x = quint8(b);
        b = static_cast<char>(quint8((x << 4) | (x >> 4)) ^ 0xA5);
    }
    TdsWriter out;
    out.u32(0); // length, unchecked
    out.u32(0x74000004);
    out.u32(8000);
    out.bytes(QByteArray(12, '\0'));
    out.u8(0);
    out.u8(0);
    out.u8(0);
    out.u8(0);
    out.bytes(QByteArray(8, '\0'));
    int offset = 94;
    const QList<QByteArray> fields {TdsWriter::toUcs2(QStringLiteral("host")),
                                    TdsWriter::toUcs2(user),
                                    obfuscated,
                                    TdsWriter::toUcs2(QStringLiteral("app")),
                                    TdsWriter::toUcs2(QStringLiteral("srv")),
                                    {},
                                    {},
                                    {},
                                    TdsWriter::toUcs2(QStringLiteral("Sales"))};
    for (const QByteArray &field : fields) {
        out.u16(quint16(offset));
        out.u16(quint16(field.size() / 2));
        offset += int(field.size());
    }
    out.bytes(QByteArray(94 - out.size(), '\0'));
    for (const QByteArray &field : fields)
        out.bytes(field);
    TdsLogin7 login;
    REQUIRE(TdsLogin7::parse(out.data(), &login));
    CHECK(login.tdsVersion == 0x74000004u);
    CHECK(login.packetSize == 8000u);
    CHECK(login.userName == user);
    CHECK(login.password == password); // the trailing NUL QODBC sends is trimmed
    CHECK(login.database == QStringLiteral("Sales"));
    CHECK_FALSE(TdsLogin7::parse(out.data().left(60), &login));
}

TEST_CASE("RPC requests by id and by name, with typed parameters")
{
    TdsWriter out;
    out.u16(0xFFFF);
    out.u16(TdsRpcCall::ExecuteSql);
    out.u16(0);
    TdsTypeInfo text;
    text.code = TdsTypeInfo::NVarChar;
    text.maxLength = 8000;
    text.collation = TdsCollation::bytesFor({});
    out.bVarChar(QStringLiteral("@statement"));
    out.u8(0);
    text.write(out);
    text.writeValue(out, QStringLiteral("SELECT @db"));
    out.bVarChar(QStringLiteral("@db"));
    out.u8(0);
    text.write(out);
    text.writeValue(out, QStringLiteral("Sales"));
    out.u8(0xFF); // next call
    out.usVarChar(QStringLiteral("sp_unprepare"));
    out.u16(0);
    TdsTypeInfo integer;
    integer.code = TdsTypeInfo::IntN;
    integer.maxLength = 4;
    out.u8(0);
    out.u8(0);
    integer.write(out);
    integer.writeValue(out, 3);

    QList<TdsRpcCall> calls;
    REQUIRE(TdsRpcCall::parse(out.data(), 0, &calls));
    REQUIRE(calls.size() == 2);
    CHECK(calls.at(0).procId == TdsRpcCall::ExecuteSql);
    REQUIRE(calls.at(0).parameters.size() == 2);
    CHECK(calls.at(0).parameters.at(1).name == QStringLiteral("@db"));
    CHECK(calls.at(0).parameters.at(1).value.toString() == QStringLiteral("Sales"));
    CHECK(calls.at(1).procId == TdsRpcCall::Unprepare);
    CHECK(calls.at(1).parameters.at(0).value.toInt() == 3);

    QList<TdsRpcCall> broken;
    CHECK_FALSE(TdsRpcCall::parse(out.data().left(out.size() - 2), 0, &broken));
}

TEST_CASE("Requests before login and garbage packets get an error and a closed connection")
{
    QObject owner;
    auto *server = new TdsServer(
        [] {
            return TdsServerIdentity {QStringLiteral("S"), {}, {}};
        },
        [](const TdsLogin7 &, TdsMessage *) { return std::unique_ptr<TdsBackend>(); }, &owner);
    REQUIRE(server->listen(QHostAddress::LocalHost));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server->port());
    REQUIRE(socket.waitForConnected(5000));
    // A SQL batch before LOGIN7.
    TdsWriter packet;
    packet.u8(0x01);
    packet.u8(0x01);
    packet.u16be(8 + 4);
    packet.u16be(0);
    packet.u8(1);
    packet.u8(0);
    packet.ucs2(QStringLiteral("x1"));
    socket.write(packet.data());
    QByteArray reply;
    REQUIRE(QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000));
    reply += socket.readAll();
    REQUIRE(reply.size() > 8);
    CHECK(quint8(reply.at(0)) == 0x04);
    CHECK(quint8(reply.at(8)) == 0xAA); // ERROR token
    TdsReader in(reply, 11);
    CHECK(in.u32() == 4002u);

    // A packet whose length field is shorter than its header.
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, server->port());
    REQUIRE(second.waitForConnected(5000));
    second.write(hex("12 01 0004 0000 01 00"));
    REQUIRE(
        QTest::qWaitFor([&] { return second.state() == QAbstractSocket::UnconnectedState; }, 5000));
    CHECK(server->connectionCount() == 0);
}
