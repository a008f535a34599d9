// The create-link pages 2–4 in the real wizard, offscreen, driven from the
// keyboard: type, Tab, Space, arrows and Enter for Next. Each test saves a PNG
// of the wizard on its page to <build>/artifacts/wizard-<page>.png.

#include "LinkWizard.h"
#include "ScriptedDialogs.h"
#include "WizardCreateSupport.h"

#include "common/MessageBanner.h"
#include "create/DatabasesController.h"
#include "create/DatabasesPage.h"
#include "create/SqlServerPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace milink;
using wizardtest::simPassword;

namespace {

struct WizardFixture
{
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    LinkSession session {{&network, &secrets}};
    ScriptedDialogs dialogs;
    LinkWizard wizard {&session, &dialogs};

    WizardFixture()
    {
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        REQUIRE(QTest::qWaitForWindowActive(&wizard));
    }

    QAbstractButton *next() const { return wizard.button(QWizard::NextButton); }
    // Next, or Finish while the page is the last one registered.
    QAbstractButton *advance() const
    {
        QAbstractButton *finish = wizard.button(QWizard::FinishButton);
        return finish->isVisible() ? finish : next();
    }

    template<typename T> T *find(const QString &name) const
    {
        T *widget = wizard.findChild<T *>(name);
        REQUIRE(widget != nullptr);
        return widget;
    }

    QWidget *focus() const
    {
        QWidget *widget = QApplication::focusWidget();
        REQUIRE(widget != nullptr);
        return widget;
    }

    // Presses Tab until the widget named `name` has the focus (the tab order
    // reaches it), as a keyboard user would.
    void tabTo(const QString &name)
    {
        for (int i = 0; i < 40; ++i) {
            if (focus()->objectName() == name)
                return;
            QTest::keyClick(focus(), Qt::Key_Tab);
        }
        FAIL("Tab never reached " << name.toStdString());
    }

    // QTest::keyClicks knows ASCII only; other characters arrive as key events
    // carrying their text, as an input method delivers them.
    void type(const QString &text)
    {
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80) {
                QTest::keyClicks(focus(), QString(ch));
                continue;
            }
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
            QApplication::sendEvent(focus(), &press);
            QApplication::sendEvent(focus(), &release);
        }
    }
    void press(Qt::Key key) { QTest::keyClick(focus(), key); }

    // Enter on the focused widget presses the wizard's default button (Next).
    void pressNextAndWaitFor(LinkWizard::PageId id, int timeoutMs = 5000)
    {
        press(Qt::Key_Return);
        REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == id; }, timeoutMs));
    }

    void savePng(const QString &page)
    {
        const QString folder = QStringLiteral(MILINK_BINARY_DIR) + QStringLiteral("/artifacts");
        QDir().mkpath(folder);
        const QImage image = wizard.grab().toImage();
        REQUIRE_FALSE(image.isNull());
        REQUIRE(image.save(folder + QStringLiteral("/wizard-") + page + QStringLiteral(".png")));
    }
};

void goOffline(WizardFixture &f)
{
    f.session.setOffline(true);
    f.wizard.next();
    REQUIRE(f.wizard.currentId() == LinkWizard::LinkOptionsPageId);
}

} // namespace

TEST_CASE("Link options page by keyboard", "[wizard-create][pages]")
{
    WizardFixture f;
    f.wizard.next();
    REQUIRE(f.wizard.currentId() == LinkWizard::LinkOptionsPageId);
    REQUIRE(f.focus()->objectName() == QStringLiteral("linkNameEdit"));

    // A name Azure refuses: the problem shows and Next is disabled.
    f.type(QStringLiteral("Sales]Link"));
    auto *problem = f.find<QLabel>(QStringLiteral("linkNameProblem"));
    CHECK(problem->isVisibleTo(&f.wizard));
    CHECK(problem->text().contains(QStringLiteral("Sales]Link")));
    CHECK_FALSE(f.next()->isEnabled());
    for (int i = 0; i < 10; ++i)
        f.press(Qt::Key_Backspace);
    f.type(QStringLiteral("DAG_Ventes_Été"));
    CHECK_FALSE(problem->isVisibleTo(&f.wizard));
    CHECK(f.next()->isEnabled());
    CHECK(f.session.linkName() == QStringLiteral("DAG_Ventes_Été"));

    // Tab to the failover choice and move to two-way with the arrow key.
    f.tabTo(QStringLiteral("oneWayRadio"));
    f.press(Qt::Key_Down);
    CHECK(f.find<QRadioButton>(QStringLiteral("twoWayRadio"))->isChecked());
    CHECK(f.session.link().failoverMode == FailoverMode::TwoWay);

    // With SQL Server 2019 known, two-way is ruled out and Next says why.
    ServerFacts facts;
    facts.version = SqlServerVersion::parse(QStringLiteral("15.0.4312.2"));
    f.session.setSqlServerFacts(facts);
    CHECK_FALSE(f.next()->isEnabled());
    auto *banner = f.wizard.currentPage()->findChild<MessageBanner *>();
    REQUIRE(banner != nullptr);
    CHECK(banner->explanation().contains(QStringLiteral("2019")));
    CHECK(f.find<QLabel>(QStringLiteral("twoWayText"))->text().contains(QStringLiteral("2019")));
    f.savePng(QStringLiteral("link-options-refused"));
    f.press(Qt::Key_Up);
    CHECK(f.session.link().failoverMode == FailoverMode::OneWay);
    CHECK(f.next()->isEnabled());

    f.tabTo(QStringLiteral("asyncRadio"));
    CHECK(f.find<QRadioButton>(QStringLiteral("asyncRadio"))->isChecked());
    f.savePng(QStringLiteral("link-options"));
    f.pressNextAndWaitFor(LinkWizard::SqlServerPageId);
}

TEST_CASE("Offline pages by keyboard from SQL Server to Databases", "[wizard-create][pages]")
{
    WizardFixture f;
    goOffline(f);
    f.pressNextAndWaitFor(LinkWizard::SqlServerPageId);
    CHECK(f.find<QLineEdit>(QStringLiteral("versionEdit"))->isVisibleTo(&f.wizard));
    CHECK(f.find<QLabel>(QStringLiteral("offlineNote"))->isVisibleTo(&f.wizard));

    // Enter without a version: the page stays and says what to type.
    f.press(Qt::Key_Return);
    QTest::qWait(50);
    CHECK(f.wizard.currentId() == LinkWizard::SqlServerPageId);
    CHECK(f.focus()->objectName() == QStringLiteral("versionEdit"));
    f.type(QStringLiteral("16.0.4125.3"));
    f.tabTo(QStringLiteral("serverNameEdit"));
    f.type(QStringLiteral("SQL01\\SALES"));
    f.savePng(QStringLiteral("sql-server-offline"));
    f.pressNextAndWaitFor(LinkWizard::RequirementsPageId);
    CHECK(f.session.link().sqlServer.serverName == QStringLiteral("SQL01\\SALES"));

    auto *tree = f.find<QTreeWidget>(QStringLiteral("requirementsTree"));
    REQUIRE(tree->topLevelItemCount() >= 9);
    bool anyPassedServerCheck = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        const QString id = item->data(0, Qt::UserRole).toString();
        if (id != QStringLiteral("sqlServer.version")
            && id != QStringLiteral("sqlServer.linkOptions"))
            anyPassedServerCheck
                = anyPassedServerCheck || item->text(0) == QStringLiteral("Passed");
    }
    CHECK_FALSE(anyPassedServerCheck); // offline: never "passed"
    CHECK(f.next()->isEnabled());
    f.savePng(QStringLiteral("requirements-offline"));
    f.pressNextAndWaitFor(LinkWizard::DatabasesPageId);

    f.tabTo(QStringLiteral("databaseNameEdit"));
    f.type(QStringLiteral("Odd]Name's ✓"));
    f.press(Qt::Key_Return); // adds, does not press Next
    CHECK(f.wizard.currentId() == LinkWizard::DatabasesPageId);
    f.type(QStringLiteral("Sales"));
    f.press(Qt::Key_Return);
    REQUIRE(f.session.link().databases.size() == 2);
    CHECK(f.session.link().databases.at(0).databaseName == QStringLiteral("Odd]Name's ✓"));
    auto *tree2 = f.find<QTreeWidget>(QStringLiteral("databasesTree"));
    REQUIRE(QTest::qWaitFor([&] { return tree2->topLevelItemCount() == 2; }));

    // Space on the first row clears its check box: the link is removed.
    tree2->setFocus();
    tree2->setCurrentItem(tree2->topLevelItem(0), 0);
    f.press(Qt::Key_Space);
    REQUIRE(f.session.link().databases.size() == 1);
    CHECK(f.session.link().databases.at(0).databaseName == QStringLiteral("Sales"));
    REQUIRE(QTest::qWaitFor([&] { return tree2->topLevelItemCount() == 1; }));

    // F2 renames the link of the current database; a name Azure refuses is
    // reported and the old name kept.
    tree2->setCurrentItem(tree2->topLevelItem(0), 2);
    f.press(Qt::Key_F2);
    REQUIRE(qobject_cast<QLineEdit *>(f.focus()) != nullptr); // the cell editor
    QTest::keyClick(f.focus(), Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Bad]Name"));
    f.press(Qt::Key_Return);
    auto *banner = f.wizard.currentPage()->findChild<MessageBanner *>();
    REQUIRE(banner != nullptr);
    // The view commits the edit from the event loop.
    REQUIRE(QTest::qWaitFor(
        [&] { return banner->explanation().contains(QStringLiteral("Bad]Name")); }));
    CHECK(f.session.link().databases.at(0).linkName == QStringLiteral("DAG_Sales"));
    CHECK(f.wizard.currentId() == LinkWizard::DatabasesPageId);
    REQUIRE(QTest::qWaitFor(
        [&] { return tree2->topLevelItem(0)->text(2) == QStringLiteral("DAG_Sales"); }));
    tree2->setFocus();
    tree2->setCurrentItem(tree2->topLevelItem(0), 2);
    f.press(Qt::Key_F2);
    QTest::keyClick(f.focus(), Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("SalesToAzure"));
    f.press(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] {
        return f.session.link().databases.at(0).linkName == QStringLiteral("SalesToAzure");
    }));
    CHECK(f.wizard.currentId() == LinkWizard::DatabasesPageId);
    tree2->setFocus();
    f.savePng(QStringLiteral("databases-offline"));
    CHECK(f.advance()->isEnabled());
}

TEST_CASE("SQL Server page connects to the simulator and lists databases",
          "[wizard-create][pages][sim]")
{
    SimProcess sim(wizardtest::withScenario(wizardtest::scenarioWithAwkwardDatabases()));
    WizardFixture f;
    f.wizard.next();
    f.pressNextAndWaitFor(LinkWizard::SqlServerPageId);
    REQUIRE(f.focus()->objectName() == QStringLiteral("hostEdit"));
    f.type(QStringLiteral("127.0.0.1"));
    f.tabTo(QStringLiteral("portSpin"));
    QTest::keyClick(f.focus(), Qt::Key_A, Qt::ControlModifier);
    f.type(QString::number(sim.sqlServerPort()));
    f.tabTo(QStringLiteral("loginEdit"));
    f.type(QStringLiteral("sa"));
    f.tabTo(QStringLiteral("passwordEdit"));
    f.type(QStringLiteral("wrong-password"));
    f.tabTo(QStringLiteral("driverCombo"));
    auto *driver = f.find<QComboBox>(QStringLiteral("driverCombo"));
    REQUIRE(QTest::qWaitFor([&] { return driver->count() > 1; }, 10000));
    f.tabTo(QStringLiteral("encryptionCombo"));
    f.press(Qt::Key_Down); // Optional: the simulator speaks TDS in clear
    CHECK(f.session.link().sqlServer.encryption == SqlEncryption::Optional);
    CHECK(f.session.link().sqlServer.port == sim.sqlServerPort());

    // Wrong password: 18456 on the banner, nothing typed is lost.
    f.press(Qt::Key_Return);
    CHECK_FALSE(f.next()->isEnabled()); // while the check runs
    auto *banner = f.wizard.currentPage()->findChild<MessageBanner *>();
    REQUIRE(banner != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return banner->details().contains(QStringLiteral("18456")); },
                            40000));
    CHECK(banner->level() == MessageBanner::Level::Error);
    CHECK(banner->explanation().contains(QStringLiteral("login")));
    CHECK(f.wizard.currentId() == LinkWizard::SqlServerPageId);
    CHECK(f.next()->isEnabled());
    CHECK(f.find<QLineEdit>(QStringLiteral("hostEdit"))->text() == QStringLiteral("127.0.0.1"));
    CHECK(f.find<QLineEdit>(QStringLiteral("loginEdit"))->text() == QStringLiteral("sa"));
    CHECK(f.focus()->objectName() == QStringLiteral("passwordEdit"));
    f.savePng(QStringLiteral("sql-server-error"));

    QTest::keyClick(f.focus(), Qt::Key_A, Qt::ControlModifier);
    f.type(simPassword());
    f.tabTo(QStringLiteral("rememberPasswordCheck"));
    f.press(Qt::Key_Space);
    f.savePng(QStringLiteral("sql-server"));
    f.press(Qt::Key_Return);
    CHECK_FALSE(f.next()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return f.wizard.currentId() == LinkWizard::RequirementsPageId; },
                            40000));
    CHECK(f.secrets.size() == 1);
    CHECK(f.session.link().sqlServer.serverName == QStringLiteral("SQL01"));

    // Requirements: all met by the demo server; Re-run by keyboard.
    auto *tree = f.find<QTreeWidget>(QStringLiteral("requirementsTree"));
    CHECK(tree->topLevelItemCount() >= 10);
    CHECK(f.next()->isEnabled());
    f.tabTo(QStringLiteral("rerunButton"));
    f.press(Qt::Key_Space);
    CHECK_FALSE(f.next()->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return f.next()->isEnabled(); }, 40000));
    f.savePng(QStringLiteral("requirements"));
    tree->setFocus();
    f.pressNextAndWaitFor(LinkWizard::DatabasesPageId);

    // Databases: Space selects the current row; ineligible rows cannot be ticked.
    auto *databases = f.find<QTreeWidget>(QStringLiteral("databasesTree"));
    REQUIRE(databases->topLevelItemCount() == 9);
    CHECK_FALSE(f.advance()->isEnabled()); // nothing selected yet
    auto rowOf = [databases](const QString &name) -> QTreeWidgetItem * {
        for (int i = 0; i < databases->topLevelItemCount(); ++i) {
            if (databases->topLevelItem(i)->text(0) == name)
                return databases->topLevelItem(i);
        }
        FAIL("no row " << name.toStdString());
        return nullptr;
    };
    CHECK(rowOf(QStringLiteral("TwoLogs"))->text(1) == QStringLiteral("Cannot be linked"));
    CHECK(rowOf(QStringLiteral("NoBackup"))->text(1) == QStringLiteral("Needs a full backup"));
    databases->setFocus();
    databases->setCurrentItem(rowOf(QStringLiteral("Odd]Name's ✓")), 0);
    f.press(Qt::Key_Space);
    databases->setCurrentItem(rowOf(QStringLiteral("TwoLogs")), 0);
    f.press(Qt::Key_Space);
    REQUIRE(f.session.link().databases.size() == 1);
    CHECK(f.session.link().databases.first().databaseName == QStringLiteral("Odd]Name's ✓"));
    CHECK(f.advance()->isEnabled());

    // Refresh by keyboard keeps the selection.
    f.tabTo(QStringLiteral("refreshButton"));
    f.press(Qt::Key_Space);
    REQUIRE(QTest::qWaitFor(
        [&] { return f.find<QAbstractButton>(QStringLiteral("refreshButton"))->isEnabled(); },
        40000));
    CHECK(f.session.link().databases.size() == 1);
    databases->setCurrentItem(rowOf(QStringLiteral("Odd]Name's ✓")), 0);
    f.savePng(QStringLiteral("databases"));
}
