// KeychainSecretStore against the real Secret Service (CI runs the tests inside
// dbus-run-session with an unlocked gnome-keyring), and its behaviour when no
// keychain can be reached (a child process with a D-Bus address that leads nowhere).

#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include <catch2/catch.hpp>

#include <optional>

using milink::KeychainSecretStore;
using milink::SecretStore;

namespace {

SecretStore::Result await(std::function<void(QObject *, SecretStore::Callback)> call)
{
    QObject context;
    std::optional<SecretStore::Result> result;
    call(&context, [&result](const SecretStore::Result &r) { result = r; });
    REQUIRE(QTest::qWaitFor([&result]() { return result.has_value(); }, 20000));
    return *result;
}

const char *statusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok: return "Ok";
    case SecretStore::Status::NotFound: return "NotFound";
    case SecretStore::Status::Unavailable: return "Unavailable";
    case SecretStore::Status::AccessDenied: return "AccessDenied";
    case SecretStore::Status::Failed: return "Failed";
    }
    return "?";
}

} // namespace

TEST_CASE("QtKeychain errors map to milink's secret store statuses")
{
    // Values of QKeychain::Error (0.13): 1 EntryNotFound, 3 AccessDeniedByUser,
    // 4 AccessDenied, 5 NoBackendAvailable, 7 OtherError.
    CHECK(KeychainSecretStore::mapError(1, {}).status == SecretStore::Status::NotFound);
    CHECK(KeychainSecretStore::mapError(4,
                                        QStringLiteral("Cannot create an item in a locked "
                                                       "collection"))
              .status
          == SecretStore::Status::AccessDenied);
    CHECK(KeychainSecretStore::mapError(3, {}).status == SecretStore::Status::AccessDenied);
    CHECK(KeychainSecretStore::mapError(5, {}).status == SecretStore::Status::Unavailable);
    // What QtKeychain 0.13 reports on Linux when no Secret Service can be reached.
    for (const char *text :
         {"The name org.freedesktop.secrets was not provided by any .service "
          "files",
          "Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: Connection refused",
          "Object does not exist at path "
          "\xe2\x80\x9c/org/freedesktop/secrets/collection/login\xe2\x80\x9d"}) {
        INFO(text);
        const auto r = KeychainSecretStore::mapError(7, QString::fromUtf8(text));
        CHECK(r.status == SecretStore::Status::Unavailable);
        CHECK(r.message.contains(QStringLiteral("sign in again")));
    }
    CHECK(KeychainSecretStore::mapError(7, QStringLiteral("disk on fire")).status
          == SecretStore::Status::Failed);
}

TEST_CASE("KeychainSecretStore round-trips a secret through the Secret Service")
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        WARN("No D-Bus session: the real keychain round trip is not run here (CI runs it under "
             "dbus-run-session with gnome-keyring).");
        return;
    }
    KeychainSecretStore store(QStringLiteral("milink-tests"));
    const QString key = QStringLiteral("round-trip/") + QUuid::createUuid().toString();
    const auto written = await([&](QObject *c, auto cb) {
        store.write(key, QStringLiteral("refresh-token-value"), c, cb);
    });
    INFO(statusName(written.status) << ": " << written.message.toStdString());
    REQUIRE(written.ok());
    const auto read = await([&](QObject *c, auto cb) { store.read(key, c, cb); });
    REQUIRE(read.ok());
    CHECK(read.value == QStringLiteral("refresh-token-value"));
    REQUIRE(await([&](QObject *c, auto cb) { store.remove(key, c, cb); }).ok());
    CHECK(await([&](QObject *c, auto cb) { store.read(key, c, cb); }).status
          == SecretStore::Status::NotFound);
}

// Runs only when started by the test below (hidden tag): writes with the keychain
// unreachable and prints the status for the parent to check.
TEST_CASE("keychain child: write without a keychain", "[.child]")
{
    KeychainSecretStore store(QStringLiteral("milink-tests"));
    const auto written = await([&](QObject *c, auto cb) {
        store.write(QStringLiteral("unreachable"), QStringLiteral("v"), c, cb);
    });
    std::printf("STATUS=%s\nMESSAGE=%s\n", statusName(written.status),
                written.message.toUtf8().constData());
    std::fflush(stdout);
}

TEST_CASE("Without a keychain nothing is stored and the user is told to sign in again")
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/milink-no-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("keychain child: write without a keychain")});
    REQUIRE(child.waitForFinished(60000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    INFO(out.toStdString() << QString::fromUtf8(child.readAllStandardError()).toStdString());
    CHECK(child.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("STATUS=Unavailable")));
    CHECK(out.contains(QStringLiteral("sign in again")));
}
