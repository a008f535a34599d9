// The link status window in offscreen mode over a LinkMonitor watching a link
// that milink-sim runs: rows, the history chart (saved as a PNG under the build
// directory), auto-refresh, the link actions' signals and the support bundle.

#include "MonitorHarness.h"
#include "TempDir.h"

#include "status/LinkHistoryChart.h"
#include "status/LinkStatusTableModel.h"
#include "status/LinkStatusWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace milink;

TEST_CASE("The status window shows the rows and charts lag and LSN progress", "[status][sim]")
{
    ScenarioFixture fixture;
    {
        const ScenarioFixture::RunOutcome outcome = fixture.run(fixture.plan());
        INFO(outcome.describe().toStdString());
        REQUIRE(outcome.ok);
    }
    MonitorHarness harness(fixture);
    LinkStatusWindow window(&harness.monitor());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *table = window.findChild<QTableView *>(QStringLiteral("linkTable"));
    auto *refreshAction = window.findChild<QAction *>(QStringLiteral("refreshAction"));
    auto *failover = window.findChild<QAction *>(QStringLiteral("failoverAction"));
    auto *problems = window.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    auto *chart = window.findChild<LinkHistoryChart *>(QStringLiteral("historyChart"));
    REQUIRE(table);
    REQUIRE(refreshAction);
    REQUIRE(failover);
    REQUIRE(problems);
    REQUIRE(chart);
    CHECK_FALSE(failover->isEnabled()); // no row yet

    // A workload so that lag and LSNs move, and several refreshes for a history.
    fixture.sim().control(QStringLiteral("link.workload"),
                          {{QStringLiteral("instance"), QStringLiteral("SQL01")},
                           {QStringLiteral("database"), QStringLiteral("Sales")},
                           {QStringLiteral("logMBps"), 20}});
    QSignalSpy refreshed(&harness.monitor(), &LinkMonitor::refreshed);
    for (int i = 0; i < 6; ++i) {
        refreshAction->trigger();
        CHECK_FALSE(refreshAction->isEnabled()); // one refresh at a time
        REQUIRE(refreshed.wait(30000));
        CHECK(refreshAction->isEnabled());
        QTest::qWait(300);
    }
    fixture.sim().control(QStringLiteral("link.workload"),
                          {{QStringLiteral("instance"), QStringLiteral("SQL01")},
                           {QStringLiteral("database"), QStringLiteral("Sales")},
                           {QStringLiteral("logMBps"), 0}});
    for (int i = 0; i < 4; ++i) {
        window.refresh();
        REQUIRE(refreshed.wait(30000));
        QTest::qWait(300);
    }

    REQUIRE(window.model()->rowCount() == 1);
    const QModelIndex link = window.model()->index(0, LinkStatusTableModel::Link);
    CHECK(link.data().toString() == QStringLiteral("DAG_Sales"));
    CHECK(window.model()->index(0, LinkStatusTableModel::Database).data().toString()
          == QStringLiteral("Sales"));
    CHECK(window.model()->index(0, LinkStatusTableModel::SqlServerRole).data().toString()
          == QStringLiteral("PRIMARY"));
    CHECK(window.model()->index(0, LinkStatusTableModel::Connected).data().toString()
          == QStringLiteral("CONNECTED"));
    CHECK(window.model()->data(link, LinkStatusTableModel::HealthRole).toInt()
          == int(LinkHealth::Healthy));
    CHECK(problems->isHidden());
    CHECK(window.selectedLink() == QStringLiteral("DAG_Sales")); // the first row is selected
    CHECK(chart->pointCount() == 10);
    CHECK(failover->isEnabled());

    const QString artifact = QStringLiteral(MILINK_BINARY_DIR "/test-artifacts/status-window.png");
    QDir().mkpath(QFileInfo(artifact).absolutePath());
    const QImage image = window.grab().toImage();
    REQUIRE(image.save(artifact));
    CHECK(image.width() >= 800);

    // The link actions only say which link; the application opens the wizards.
    QSignalSpy failoverRequested(&window, &LinkStatusWindow::failoverRequested);
    QSignalSpy deleteRequested(&window, &LinkStatusWindow::deleteRequested);
    QSignalSpy rotateRequested(&window, &LinkStatusWindow::rotateCertificateRequested);
    QSignalSpy modeRequested(&window, &LinkStatusWindow::replicationModeRequested);
    failover->trigger();
    window.findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    window.findChild<QAction *>(QStringLiteral("rotateCertificateAction"))->trigger();
    window.findChild<QAction *>(QStringLiteral("replicationModeAction"))->trigger();
    REQUIRE(failoverRequested.size() == 1);
    CHECK(failoverRequested.first().first().toString() == QStringLiteral("DAG_Sales"));
    CHECK(deleteRequested.size() == 1);
    CHECK(rotateRequested.size() == 1);
    CHECK(modeRequested.size() == 1);

    // Auto-refresh choices.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("autoRefreshCombo"));
    REQUIRE(combo);
    REQUIRE(combo->count() == 5);
    CHECK(window.autoRefreshSeconds() == 0);
    for (int seconds : {15, 30, 60, 300}) {
        window.setAutoRefreshSeconds(seconds);
        CHECK(window.autoRefreshSeconds() == seconds);
    }
    window.setAutoRefreshSeconds(0);
    CHECK(window.autoRefreshSeconds() == 0);

    // The support bundle from the window: written off the UI thread, with the status.
    TempDir dir;
    const QString bundle = dir.filePath(QStringLiteral("bundle.tar"));
    QSignalSpy written(&window, &LinkStatusWindow::supportBundleWritten);
    window.writeSupportBundle(bundle);
    REQUIRE(written.wait(30000));
    CHECK(written.first().at(1).toString().isEmpty());
    QProcess tar;
    tar.start(QStringLiteral("tar"), {QStringLiteral("-tf"), bundle});
    REQUIRE(tar.waitForFinished(30000));
    CHECK(tar.exitCode() == 0);
    const QString listing = QString::fromUtf8(tar.readAllStandardOutput());
    CHECK(listing.contains(QStringLiteral("milink-support/status.json")));
    CHECK(listing.contains(QStringLiteral("milink-support/versions.txt")));
}

TEST_CASE("The status window shows a source's failure above the rows", "[status][sim]")
{
    ScenarioFixture fixture;
    {
        const ScenarioFixture::RunOutcome outcome = fixture.run(fixture.plan());
        REQUIRE(outcome.ok);
    }
    MonitorHarness harness(fixture, false);
    LinkStatusWindow window(&harness.monitor());
    window.show();
    fixture.sim().control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("path"), QStringLiteral("distributedAvailabilityGroups")},
         {QStringLiteral("status"), 403},
         {QStringLiteral("code"), QStringLiteral("AuthorizationFailed")},
         {QStringLiteral("count"), -1}});
    QSignalSpy refreshed(&harness.monitor(), &LinkMonitor::refreshed);
    window.refresh();
    REQUIRE(refreshed.wait(30000));
    auto *problems = window.findChild<QLabel *>(QStringLiteral("problemsLabel"));
    REQUIRE(problems);
    CHECK(problems->isVisible());
    CHECK(problems->text().startsWith(QStringLiteral("Azure: ")));
    REQUIRE(window.model()->rowCount() == 1);
    CHECK(window.model()->index(0, LinkStatusTableModel::Health).data().toString()
          == QStringLiteral("Warning"));
    CHECK(window.model()
              ->index(0, LinkStatusTableModel::Health)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("Azure")));
}
