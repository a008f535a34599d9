#include "LinkWizard.h"
#include "ScriptedDialogs.h"
#include "TempDir.h"
#include "link/ProjectFile.h"
#include "secrets/MemorySecretStore.h"
#include "session/LinkSession.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

struct WizardFixture
{
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    LinkSession session {{&network, &secrets}};
    ScriptedDialogs dialogs;
    LinkWizard wizard {&session, &dialogs};
};

} // namespace

TEST_CASE("The wizard opens on the Introduction page", "[wizard]")
{
    WizardFixture f;
    f.wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.wizard));
    CHECK(f.wizard.currentId() == LinkWizard::IntroductionPageId);
    CHECK(f.wizard.currentPage()->objectName() == QStringLiteral("introductionPage"));

    auto *text = f.wizard.findChild<QTextBrowser *>(QStringLiteral("introductionText"));
    REQUIRE(text != nullptr);
    const QString plain = text->toPlainText();
    // What the user needs before starting: permissions, versions, network.
    CHECK(plain.contains(QStringLiteral("sysadmin")));
    CHECK(plain.contains(QStringLiteral("SQL Managed Instance Contributor")));
    CHECK(plain.contains(QStringLiteral("2019 CU20")));
    CHECK(plain.contains(QStringLiteral("5022")));
    CHECK(plain.contains(QStringLiteral("11000–11999")));
}

TEST_CASE("The wizard window renders to an image", "[wizard]")
{
    WizardFixture f;
    f.wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.wizard));
    const QImage image = f.wizard.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 760);
    // Not a blank window: more than one colour on it.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7)
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != first;
    CHECK(varied);
}

TEST_CASE("Offline mode is chosen on the Introduction page", "[wizard]")
{
    WizardFixture f;
    f.wizard.show();
    auto *offline = f.wizard.findChild<QCheckBox *>(QStringLiteral("offlineCheck"));
    REQUIRE(offline != nullptr);
    CHECK_FALSE(f.session.isOffline());
    offline->setFocus();
    QTest::keyClick(offline, Qt::Key_Space);
    CHECK(f.session.isOffline());
}

TEST_CASE("A project opened from the Introduction page replaces the definition", "[wizard]")
{
    TempDir dir;
    LinkDefinition link;
    link.sqlServer.host = QStringLiteral("sql01.contoso.test");
    link.sqlServer.loginName = QStringLiteral("sa");
    link.managedInstance.subscriptionId = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
    link.managedInstance.resourceGroup = QStringLiteral("rg-sql");
    link.managedInstance.name = QStringLiteral("mi-sales");
    link.endpoint.listenerAddress = QStringLiteral("10.0.0.4");
    link.addDatabase(QStringLiteral("Sales"));
    const QString path = dir.path() + QStringLiteral("/sales.milink");
    REQUIRE(ProjectFile::save(link, path).isEmpty());

    WizardFixture f;
    f.wizard.show();
    f.dialogs.queuePath(path);
    auto *open = f.wizard.findChild<QPushButton *>(QStringLiteral("openProjectButton"));
    REQUIRE(open != nullptr);
    open->click();
    REQUIRE(QTest::qWaitFor([&] { return f.session.projectPath() == path; }));
    CHECK(f.session.link() == link);
    CHECK_FALSE(f.session.isModified());
    CHECK(f.wizard.windowTitle().startsWith(QStringLiteral("sales.milink")));
}

TEST_CASE("A malformed project is refused and the definition is kept", "[wizard]")
{
    TempDir dir;
    const QString path = dir.path() + QStringLiteral("/broken.milink");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ \"format\": \"milink-project\", ");
    file.close();

    WizardFixture f;
    f.session.editLink([](LinkDefinition &l) { l.sqlServer.host = QStringLiteral("kept"); });
    f.wizard.show();
    f.dialogs.queuePath(path);
    f.wizard.findChild<QPushButton *>(QStringLiteral("openProjectButton"))->click();
    auto *banner = f.wizard.findChild<QWidget *>(QStringLiteral("messageBanner"));
    REQUIRE(banner != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return banner->isVisible(); }));
    CHECK(f.session.link().sqlServer.host == QStringLiteral("kept"));
    CHECK(f.session.projectPath().isEmpty());
}

TEST_CASE("Save project writes the definition and clears the modified mark", "[wizard]")
{
    TempDir dir;
    const QString path = dir.path() + QStringLiteral("/it's ünïcode.milink");
    WizardFixture f;
    f.wizard.show();
    f.session.editLink([](LinkDefinition &l) { l.sqlServer.host = QStringLiteral("sql02"); });
    CHECK(f.wizard.isWindowModified());
    f.dialogs.queuePath(path);
    f.wizard.button(QWizard::CustomButton1)->click();
    REQUIRE(QTest::qWaitFor([&] { return !f.session.isModified(); }));
    CHECK_FALSE(f.wizard.isWindowModified());
    const ProjectFile::LoadResult loaded = ProjectFile::load(path);
    REQUIRE(loaded.link);
    CHECK(loaded.link->sqlServer.host == QStringLiteral("sql02"));
}

TEST_CASE("Closing with unsaved changes asks and can be declined", "[wizard]")
{
    WizardFixture f;
    f.wizard.show();
    f.session.editLink([](LinkDefinition &l) { l.sqlServer.host = QStringLiteral("sql03"); });
    f.dialogs.queueDecision(false);
    f.wizard.reject();
    QTest::qWait(20);
    CHECK(f.wizard.isVisible());
    CHECK(f.dialogs.asked().contains(QStringLiteral("confirm: Close without saving?")));
    f.dialogs.queueDecision(true);
    f.wizard.reject();
    REQUIRE(QTest::qWaitFor([&] { return !f.wizard.isVisible(); }));
}
