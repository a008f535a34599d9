// MemorySecretStore: the in-memory store the Azure tests use in place of the keychain.

#include "secrets/MemorySecretStore.h"

#include <QTest>

#include <catch2/catch.hpp>

#include <memory>
#include <optional>

using milink::MemorySecretStore;
using milink::SecretStore;

namespace {

SecretStore::Result await(std::function<void(QObject *, SecretStore::Callback)> call)
{
    QObject context;
    std::optional<SecretStore::Result> result;
    call(&context, [&result](const SecretStore::Result &r) { result = r; });
    // Delivered from the event loop, never synchronously.
    REQUIRE_FALSE(result.has_value());
    REQUIRE(QTest::qWaitFor([&result]() { return result.has_value(); }, 5000));
    return *result;
}

} // namespace

TEST_CASE("MemorySecretStore writes, reads and removes a secret")
{
    MemorySecretStore store;
    CHECK(await([&](QObject *c, auto cb) { store.read(QStringLiteral("k"), c, cb); }).status
          == SecretStore::Status::NotFound);
    CHECK(await([&](QObject *c, auto cb) {
              store.write(QStringLiteral("k"), QStringLiteral("s3cret"), c, cb);
          }).ok());
    const auto read = await([&](QObject *c, auto cb) { store.read(QStringLiteral("k"), c, cb); });
    CHECK(read.ok());
    CHECK(read.value == QStringLiteral("s3cret"));
    CHECK(await([&](QObject *c, auto cb) { store.remove(QStringLiteral("k"), c, cb); }).ok());
    CHECK_FALSE(store.contains(QStringLiteral("k")));
    // Removing what is not there succeeds, like the keychain.
    CHECK(await([&](QObject *c, auto cb) { store.remove(QStringLiteral("k"), c, cb); }).ok());
}

TEST_CASE("MemorySecretStore can play a system without a keychain")
{
    MemorySecretStore store;
    store.setUnavailable(true);
    const auto write = await(
        [&](QObject *c, auto cb) { store.write(QStringLiteral("k"), QStringLiteral("v"), c, cb); });
    CHECK(write.status == SecretStore::Status::Unavailable);
    CHECK(write.message.contains(QStringLiteral("sign in again")));
    CHECK(store.size() == 0); // nothing kept anywhere
}

TEST_CASE("MemorySecretStore drops the callback when its context is gone")
{
    MemorySecretStore store;
    bool called = false;
    auto context = std::make_unique<QObject>();
    store.read(QStringLiteral("k"), context.get(),
               [&called](const SecretStore::Result &) { called = true; });
    context.reset();
    QTest::qWait(50);
    CHECK_FALSE(called);
}
