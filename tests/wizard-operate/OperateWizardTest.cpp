// The failover, delete, replication-mode and certificate-rotation wizards walked
// with the keyboard only against milink-sim, saving a PNG of every page to
// ${MILINK_BINARY_DIR}/artifacts/operate-<wizard>-<page>.png.

#include "FailoverSimFixture.h"
#include "ScriptedDialogs.h"
#include "TempDir.h"

#include "azure/Clock.h"
#include "azure/EnvironmentTokenProvider.h"
#include "common/MessageBanner.h"
#include "common/PlanController.h"
#include "common/RunController.h"
#include "failover/LsnGate.h"
#include "operate/CertificateRotationWizard.h"
#include "operate/DeleteLinkWizard.h"
#include "operate/FailoverController.h"
#include "operate/FailoverWizard.h"
#include "operate/ReplicationModeWizard.h"
#include "secrets/MemorySecretStore.h"
#include "session/LinkSession.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

constexpr const char *kTokenVariable = "MILINK_OPERATE_WIZARD_TOKEN";

// The wizard's own session, as `milink --project … --operate …` opens it.
struct WizardSession
{
    explicit WizardSession(FailoverSimFixture &f) : session({&network, &secrets})
    {
        qputenv(kTokenVariable, f.sim().issueToken().toUtf8());
        session.addCustomClouds({f.sim().cloud()});
        session.setTokenProvider(
            std::make_unique<EnvironmentTokenProvider>(QString::fromLatin1(kTokenVariable)));
        LinkDefinition link = f.link;
        link.sqlServer.odbcDriver = QStringLiteral("FreeTDS");
        session.setLink(link);
        REQUIRE(session.save(dir.filePath(QStringLiteral("sales.milink"))).isEmpty());
    }
    ~WizardSession() { qunsetenv(kTokenVariable); }

    TempDir dir;
    QNetworkAccessManager network;
    MemorySecretStore secrets;
    LinkSession session;
    ScriptedDialogs dialogs;
};

template<typename T> T *find(QWidget &wizard, const char *name)
{
    T *widget = wizard.findChild<T *>(QString::fromLatin1(name));
    INFO("no widget " << name);
    REQUIRE(widget != nullptr);
    return widget;
}

void png(OperateWizard &wizard, const char *name, const char *page)
{
    const QString path = QStringLiteral(MILINK_BINARY_DIR "/artifacts/operate-%1-%2.png")
                             .arg(QString::fromLatin1(name), QString::fromLatin1(page));
    REQUIRE(wizard.saveScreenshot(path));
}

// Enter on the focused widget: the wizard's default button (Next / Execute).
void pressEnter(QWizard &wizard)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &wizard, Qt::Key_Return);
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

// Connect page: the SQL Server password and the managed instance's T-SQL endpoint.
void connectPage(OperateWizard &wizard, FailoverSimFixture &f, const char *name,
                 bool managedInstanceLogin = true)
{
    REQUIRE(wizard.currentId() == OperateWizard::ConnectPageId);
    const QJsonObject mi
        = f.sim().ready().value(QStringLiteral("managedInstances")).toArray().at(0).toObject();
    auto *password = find<QLineEdit>(wizard, "sqlPasswordEdit");
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(password->hasFocus());
    QTest::keyClicks(password, QStringLiteral("Sim-Passw0rd"));
    QTest::keyClick(password, Qt::Key_Tab);
    typeInto(QApplication::focusWidget(), mi.value(QStringLiteral("host")).toString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeInto(QApplication::focusWidget(),
             QString::number(mi.value(QStringLiteral("port")).toInt()));
    if (managedInstanceLogin) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("miadmin"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Sim-Passw0rd"));
        CHECK(find<QLineEdit>(wizard, "managedInstanceLoginEdit")->text()
              == QStringLiteral("miadmin"));
    }
    png(wizard, name, "connect");
    const int before = wizard.currentId();
    pressEnter(wizard);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() != before; }, 30000));
}

// Summary → Executing → Results: Execute with Enter, run everything, wait for the end.
void runPages(OperateWizard &wizard, const char *name)
{
    png(wizard, name, "summary");
    QAbstractButton *execute = wizard.button(QWizard::CommitButton);
    REQUIRE(execute->isEnabled());
    execute->setFocus();
    QTest::keyClick(execute, Qt::Key_Return);
    REQUIRE(wizard.currentId() == OperateWizard::ExecutingPageId);
    RunController *run = wizard.runController();
    run->setPollIntervalMs(200);
    if (run->state() == RunController::State::Idle) {
        auto *rest = find<QPushButton>(wizard, "runRestButton");
        rest->setFocus();
        QTest::keyClick(rest, Qt::Key_Space);
    }
    REQUIRE(QTest::qWaitFor([&] { return run->state() != RunController::State::Running; }, 180000));
    INFO(run->lastMessage().toStdString() << "\n"
                                          << run->logLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(run->state() == RunController::State::Succeeded);
    png(wizard, name, "executing");
    pressEnter(wizard);
    REQUIRE(
        QTest::qWaitFor([&] { return wizard.currentId() == OperateWizard::ResultsPageId; }, 5000));
    png(wizard, name, "results");
}

} // namespace

TEST_CASE("The failover wizard walks a planned failover to the managed instance by keyboard",
          "[wizard-operate][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    WizardSession w(f);
    ManualClock clock;
    FailoverWizard wizard(&w.session, &w.dialogs, &clock);
    wizard.failover()->setPollIntervalMs(200);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    connectPage(wizard, f, "failover");

    // ---- Replicas ----
    REQUIRE(wizard.currentId() == FailoverWizard::ReplicasPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.failover()->roles().has_value(); }, 30000));
    CHECK(find<QLabel>(wizard, "rolesSummaryLabel")
              ->text()
              .contains(QStringLiteral("SQL Server is the primary")));
    CHECK_FALSE(find<QWidget>(wizard, "splitBrainBox")->isVisible());
    png(wizard, "failover", "replicas");
    pressEnter(wizard);

    // ---- Failover type ----
    REQUIRE(wizard.currentId() == FailoverWizard::FailoverTypePageId);
    auto *planned = find<QRadioButton>(wizard, "plannedToManagedInstanceRadio");
    CHECK(planned->isChecked());
    CHECK_FALSE(find<QRadioButton>(wizard, "plannedToSqlServerRadio")->isEnabled());
    CHECK(find<QLabel>(wizard, "plannedToSqlServerReason")
              ->text()
              .contains(QStringLiteral("already the primary")));
    png(wizard, "failover", "type");
    pressEnter(wizard);

    // ---- Preparation: stop the workload, switch to synchronous commit ----
    REQUIRE(wizard.currentId() == FailoverWizard::PlannedPreparationPageId);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    auto *stopped = find<QCheckBox>(wizard, "workloadStoppedCheck");
    stopped->setFocus();
    QTest::keyClick(stopped, Qt::Key_Space);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(stopped, Qt::Key_Tab);
    auto *sync = find<QPushButton>(wizard, "switchSynchronousButton");
    REQUIRE(sync->hasFocus());
    QTest::keyClick(sync, Qt::Key_Space);
    REQUIRE(
        QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 60000));
    CHECK(f.armLink().replicationMode == QStringLiteral("Sync"));
    png(wizard, "failover", "preparation");
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);

    // ---- LSN gate: closed until equal LSNs have been stable for the window ----
    REQUIRE(wizard.currentId() == FailoverWizard::LsnGatePageId);
    auto *window = find<QSpinBox>(wizard, "lsnWindowSpin");
    CHECK(window->value() == 30);
    LsnGate *gate = wizard.failover()->gate();
    REQUIRE(QTest::qWaitFor([&] { return gate->state() == LsnGate::State::Stabilizing; }, 30000));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(find<QLabel>(wizard, "lsnStateLabel")->text().contains(QStringLiteral("of 30 s")));
    png(wizard, "failover", "lsn-gate-closed");
    clock.advanceSeconds(31); // the window passes without the test waiting for it
    REQUIRE(QTest::qWaitFor([&] { return gate->isOpen(); }, 30000));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    png(wizard, "failover", "lsn-gate-open");
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);

    // ---- After the failover: keep the link ----
    REQUIRE(wizard.currentId() == FailoverWizard::PostFailoverPageId);
    CHECK(find<QRadioButton>(wizard, "keepLinkRadio")->isChecked());
    png(wizard, "failover", "post-failover");
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == OperateWizard::SummaryPageId);
    runPages(wizard, "failover");
    CHECK(f.sqlServerRole() == QStringLiteral("SECONDARY"));
    CHECK(f.armLink().instanceLinkRole == QStringLiteral("Primary"));

    // ---- Checklist ----
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == OperateWizard::ChecklistPageId);
    auto *list = find<QListWidget>(wizard, "checklistList");
    REQUIRE(list->count() >= 8);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(list->item(0)->checkState() == Qt::Checked);
    png(wizard, "failover", "checklist");
    const QString exported = w.dir.filePath(QStringLiteral("checklist.txt"));
    w.dialogs.queuePath(exported);
    auto *exportButton = find<QPushButton>(wizard, "exportChecklistButton");
    exportButton->setFocus();
    QTest::keyClick(exportButton, Qt::Key_Space);
    REQUIRE(QTest::qWaitFor([&] { return QFile::exists(exported); }, 5000));
    QFile file(exported);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("[x] Point the applications")));
    CHECK(text.contains(QStringLiteral("[ ] Create the logins with the same SIDs")));
}

TEST_CASE("A forced failover needs the acknowledgement typed exactly", "[wizard-operate][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    WizardSession w(f);
    FailoverWizard wizard(&w.session, &w.dialogs);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    connectPage(wizard, f, "forced");
    REQUIRE(QTest::qWaitFor([&] { return wizard.failover()->roles().has_value(); }, 30000));
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == FailoverWizard::FailoverTypePageId);
    auto *planned = find<QRadioButton>(wizard, "plannedToManagedInstanceRadio");
    planned->setFocus();
    QTest::keyClick(planned, Qt::Key_Down);
    auto *forced = find<QRadioButton>(wizard, "forcedToManagedInstanceRadio");
    REQUIRE(forced->isChecked());
    CHECK(find<QLabel>(wizard, "failoverDetailsLabel")
              ->text()
              .contains(QStringLiteral("split brain")));
    png(wizard, "forced", "type");
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);

    REQUIRE(wizard.currentId() == FailoverWizard::ForcedAcknowledgementPageId);
    auto *typed = find<QLineEdit>(wizard, "acknowledgementEdit");
    REQUIRE(typed->hasFocus());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("I accept data los"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClicks(typed, QStringLiteral("S"));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // case matters
    QTest::keyClick(typed, Qt::Key_Backspace);
    QTest::keyClicks(typed, QStringLiteral("s"));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    png(wizard, "forced", "acknowledgement");
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == FailoverWizard::PostFailoverPageId);
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == OperateWizard::SummaryPageId);
    runPages(wizard, "forced");
    CHECK(f.armLink().instanceLinkRole == QStringLiteral("Primary"));
}

TEST_CASE("The failover wizard offers the repair when both sides are primary",
          "[wizard-operate][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    const QJsonObject partition {{QStringLiteral("sqlServer"), QStringLiteral("SQL01")},
                                 {QStringLiteral("managedInstance"), f.link.managedInstance.name},
                                 {QStringLiteral("partitioned"), true}};
    f.sim().control(QStringLiteral("link.partition"), partition);
    REQUIRE(FailoverSimFixture::waitFor(
        [&] { return f.remoteConnectedState() == QStringLiteral("DISCONNECTED"); }));
    PlanOptions forced;
    forced.failoverType = FailoverType::Forced;
    forced.acceptDataLoss = true;
    REQUIRE(f.run(Operation::Failover, forced).ok);
    QJsonObject healed = partition;
    healed.insert(QStringLiteral("partitioned"), false);
    f.sim().control(QStringLiteral("link.partition"), healed);

    WizardSession w(f);
    FailoverWizard wizard(&w.session, &w.dialogs);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    connectPage(wizard, f, "split-brain");
    REQUIRE(QTest::qWaitFor([&] { return wizard.failover()->roles().has_value(); }, 30000));
    REQUIRE(wizard.failover()->splitBrain());
    CHECK(find<QWidget>(wizard, "splitBrainBox")->isVisible());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // the backup location is missing
    typeInto(find<QLineEdit>(wizard, "repairBackupEdit"), QStringLiteral("/var/opt/mssql/backup"));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    png(wizard, "split-brain", "replicas");
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == FailoverWizard::RepairSummaryPageId);
    png(wizard, "split-brain", "summary");
    QAbstractButton *execute = wizard.button(QWizard::CommitButton);
    REQUIRE(execute->isEnabled());
    execute->setFocus();
    QTest::keyClick(execute, Qt::Key_Return);
    REQUIRE(wizard.currentId() == OperateWizard::ExecutingPageId);
    RunController *run = wizard.runController();
    run->setPollIntervalMs(200);
    if (run->state() == RunController::State::Idle)
        run->start();
    REQUIRE(QTest::qWaitFor([&] { return run->state() != RunController::State::Running; }, 180000));
    INFO(run->logLines().join(QLatin1Char('\n')).toStdString());
    REQUIRE(run->state() == RunController::State::Succeeded);
    CHECK(f.sqlServerRole() == QStringLiteral("SECONDARY"));
    CHECK_FALSE(f.readRoles().splitBrain());
}

TEST_CASE("The replication mode wizard switches both sides by keyboard", "[wizard-operate][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    WizardSession w(f);
    ReplicationModeWizard wizard(&w.session, &w.dialogs);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    connectPage(wizard, f, "replication-mode");
    REQUIRE(wizard.currentId() == ReplicationModeWizard::ReplicationModePageId);
    CHECK(find<QRadioButton>(wizard, "synchronousRadio")->isChecked());
    png(wizard, "replication-mode", "mode");
    pressEnter(wizard);
    runPages(wizard, "replication-mode");
    CHECK(f.armLink().replicationMode == QStringLiteral("Sync"));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.availability_replicas AS r JOIN "
                                  "sys.availability_groups AS ag ON ag.group_id = r.group_id "
                                  "WHERE ag.name = N'DAG_Sales' AND r.availability_mode_desc = "
                                  "N'SYNCHRONOUS_COMMIT'"))
              .toInt()
          == 2);
}

TEST_CASE("The certificate rotation wizard shows both expiries and keeps the link connected",
          "[wizard-operate][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    WizardSession w(f);
    CertificateRotationWizard wizard(&w.session, &w.dialogs);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    connectPage(wizard, f, "rotate-certificate");
    REQUIRE(wizard.currentId() == CertificateRotationWizard::RotationPageId);
    CHECK(find<QLabel>(wizard, "sqlServerCertificateExpiryLabel")
              ->text()
              .contains(QStringLiteral("expires on")));
    CHECK(find<QLabel>(wizard, "trustedCertificateExpiryLabel")
              ->text()
              .contains(QStringLiteral("expires on")));
    auto *name = find<QLineEdit>(wizard, "newCertificateNameEdit");
    CHECK(name->text() == QStringLiteral("Cert_SQL01_endpoint_2"));
    png(wizard, "rotate-certificate", "rotation");
    pressEnter(wizard);
    runPages(wizard, "rotate-certificate");
    CHECK(f.remoteConnectedState() == QStringLiteral("CONNECTED"));
}

TEST_CASE("The delete wizard removes the link and what it created", "[wizard-operate][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    WizardSession w(f);
    DeleteLinkWizard wizard(&w.session, &w.dialogs);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    connectPage(wizard, f, "delete");
    REQUIRE(wizard.currentId() == DeleteLinkWizard::DeleteOptionsPageId);
    auto *dropAg = find<QCheckBox>(wizard, "deleteDropAvailabilityGroupCheck");
    REQUIRE(dropAg->hasFocus());
    QTest::keyClick(dropAg, Qt::Key_Space);
    QTest::keyClick(dropAg, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(find<QCheckBox>(wizard, "deleteRemoveCertificatesCheck")->isChecked());
    png(wizard, "delete", "options");
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);
    runPages(wizard, "delete");
    CHECK_FALSE(f.armLinkExists());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.availability_groups")).toInt() == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM sys.database_mirroring_endpoints")).toInt()
          == 0);
}

TEST_CASE("Offline the failover wizard plans from the assumed roles without connecting",
          "[wizard-operate]")
{
    QNetworkAccessManager network;
    LinkSession session({&network, nullptr});
    LinkDefinition link;
    link.sqlServer.host = QStringLiteral("sql01.contoso.test");
    link.sqlServer.serverName = QStringLiteral("SQL01");
    link.sqlServer.loginName = QStringLiteral("sa");
    link.sqlServer.version = SqlServerVersion::parse(QStringLiteral("16.0.4125.3"));
    link.managedInstance.subscriptionId = QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d");
    link.managedInstance.resourceGroup = QStringLiteral("rg-sql");
    link.managedInstance.name = QStringLiteral("mi-sales");
    link.managedInstance.fqdn = QStringLiteral("mi-sales.abc123.database.windows.net");
    link.managedInstance.updatePolicy = UpdatePolicy::SqlServer2022;
    link.failoverMode = FailoverMode::TwoWay;
    link.endpoint.listenerAddress = QStringLiteral("10.0.0.4");
    link.addDatabase(QStringLiteral("Sales"));
    session.setLink(link);
    session.setOffline(true);
    ScriptedDialogs dialogs;
    FailoverWizard wizard(&session, &dialogs);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    pressEnter(wizard);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == FailoverWizard::ReplicasPageId; },
                            5000));
    CHECK(find<QLabel>(wizard, "rolesSummaryLabel")
              ->text()
              .contains(QStringLiteral("not verified (offline)")));
    CHECK(find<QWidget>(wizard, "assumedPrimaryCombo")->isVisible());
    png(wizard, "offline", "replicas");
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == FailoverWizard::FailoverTypePageId);
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == FailoverWizard::PlannedPreparationPageId);
    auto *stopped = find<QCheckBox>(wizard, "workloadStoppedCheck");
    stopped->setFocus();
    QTest::keyClick(stopped, Qt::Key_Space);
    CHECK_FALSE(find<QPushButton>(wizard, "switchSynchronousButton")->isEnabled());
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == FailoverWizard::LsnGatePageId);
    CHECK(find<QLabel>(wizard, "lsnStateLabel")
              ->text()
              .contains(QStringLiteral("not verified (offline)")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == FailoverWizard::PostFailoverPageId);
    pressEnter(wizard);
    REQUIRE(wizard.currentId() == OperateWizard::SummaryPageId);
    png(wizard, "offline", "summary");
    CHECK(wizard.planController()->hasPlan());
    CHECK(wizard.planController()->options().failoverTo == LinkSide::ManagedInstance);
    CHECK_FALSE(wizard.planController()->options().removeLink);
}

TEST_CASE("Without a managed instance login the delete wizard names the steps that need one",
          "[wizard-operate][sim]")
{
    FailoverSimFixture f;
    f.createLink();
    WizardSession w(f);
    DeleteLinkWizard wizard(&w.session, &w.dialogs);
    wizard.show();
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    connectPage(wizard, f, "delete-no-login", false);
    CHECK(find<QLabel>(wizard, "connectNotesLabel")
              ->text()
              .contains(QStringLiteral("No managed instance login")));
    REQUIRE(wizard.currentId() == DeleteLinkWizard::DeleteOptionsPageId);
    wizard.button(QWizard::NextButton)->setFocus();
    pressEnter(wizard);
    CHECK(wizard.currentId() == DeleteLinkWizard::DeleteOptionsPageId);
    png(wizard, "delete-no-login", "options");
    const auto banners = wizard.currentPage()->findChildren<MessageBanner *>();
    bool named = false;
    for (const MessageBanner *banner : banners)
        named |= banner->explanation().contains(QStringLiteral("managed instance login"))
            && banner->explanation().contains(QStringLiteral("first full backup"));
    CHECK(named);
}
