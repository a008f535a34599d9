// The Summary, Executing and Results pages offscreen: buttons per controller
// state, keyboard use, and a PNG of each page under the build directory.

#include "ScriptedDialogs.h"
#include "TempDir.h"
#include "WizardRunFixture.h"

#include "common/ExecutingPage.h"
#include "common/MessageBanner.h"
#include "common/PlanController.h"
#include "common/PlanSummaryPage.h"
#include "common/ResultsPage.h"
#include "common/RunController.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

using namespace milink;
using namespace wizardrun;

namespace {

enum PageId { Summary, Executing, Results };

// The three shared pages in a plain wizard, as every operation's wizard hosts them.
struct Pages
{
    Pages(LinkSession *session, Operation operation) : plan(session, operation), run(session)
    {
        run.setPollIntervalMs(200);
        summary = new PlanSummaryPage(&plan, &run, &dialogs);
        executing = new ExecutingPage(&run);
        results = new ResultsPage(&run, &dialogs);
        wizard.setWizardStyle(QWizard::ModernStyle);
        wizard.setMinimumSize(860, 640);
        wizard.setPage(Summary, summary);
        wizard.setPage(Executing, executing);
        wizard.setPage(Results, results);
        wizard.setStartId(Summary);
    }

    template<typename T> T *find(const char *name)
    {
        T *widget = wizard.findChild<T *>(QString::fromLatin1(name));
        INFO(name);
        REQUIRE(widget != nullptr);
        return widget;
    }

    void savePng(const char *name)
    {
        const QString dir = QStringLiteral(MILINK_BINARY_DIR "/test-artifacts");
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + QString::fromLatin1(name);
        REQUIRE(wizard.grab().save(path));
        CHECK(QFile(path).size() > 1000);
    }

    PlanController plan;
    RunController run;
    ScriptedDialogs dialogs;
    QWizard wizard;
    PlanSummaryPage *summary = nullptr;
    ExecutingPage *executing = nullptr;
    ResultsPage *results = nullptr;
};

} // namespace

TEST_CASE("Run pages: offline the Summary page only exports", "[wizard-run][pages]")
{
    QNetworkAccessManager network;
    LinkSession session({&network, nullptr});
    REQUIRE_FALSE(hasErrors(
        session.load(QStringLiteral(MILINK_SOURCE_DIR "/resources/examples/sales.milink"))));
    session.setOffline(true);
    Pages pages(&session, Operation::CreateLink);
    pages.wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pages.wizard));

    auto *steps = pages.find<QTreeWidget>("planStepList");
    CHECK(steps->topLevelItemCount() == pages.plan.plan()->steps.size());
    auto *files = pages.find<QListWidget>("scriptFileList");
    CHECK(files->count() == pages.plan.scriptFiles().size());
    auto *preview = pages.find<QPlainTextEdit>("scriptPreview");
    CHECK(preview->isReadOnly());
    CHECK((preview->font().fixedPitch() || QFontInfo(preview->font()).fixedPitch()));
    CHECK(preview->toPlainText().toUtf8() == pages.plan.scriptFiles().first().content);
    files->setCurrentRow(1);
    CHECK(preview->toPlainText().toUtf8() == pages.plan.scriptFiles().at(1).content);

    // Nothing executes offline: no Execute, the last button closes.
    CHECK_FALSE(pages.find<QRadioButton>("runAllRadio")->isEnabled());
    CHECK(pages.summary->nextId() == -1);
    CHECK_FALSE(pages.summary->isCommitPage());
    CHECK(pages.wizard.button(QWizard::FinishButton)->isVisible());
    CHECK(pages.wizard.button(QWizard::FinishButton)->isEnabled());
    CHECK_FALSE(pages.wizard.button(QWizard::CommitButton)->isVisible());
    CHECK_FALSE(pages.find<QLineEdit>("secret_MasterKeyPassword")->isEnabled());

    TempDir dir;
    pages.dialogs.queuePath(dir.filePath(QStringLiteral("scripts")));
    auto *exportButton = pages.find<QPushButton>("exportScriptsButton");
    exportButton->setFocus();
    QTest::keyClick(exportButton, Qt::Key_Space); // keyboard operable
    REQUIRE(QTest::qWaitFor(
        [&] { return QFile::exists(dir.filePath(QStringLiteral("scripts/README.md"))); }, 5000));
    CHECK(pages.dialogs.asked().size() == 1);
    CHECK(pages.find<MessageBanner>("summaryBanner")
              ->explanation()
              .contains(QStringLiteral("README.md")));
    pages.savePng("summary-page-offline.png");
}

TEST_CASE("Run pages: execute step by step, fail, retry from here and roll back",
          "[wizard-run][pages][sim]")
{
    SimProcess sim(options());
    TempDir dir;
    SessionFixture fixture(sim, dir.filePath(QStringLiteral("sales.milink")));
    // An endpoint on another port makes configure-endpoint fail with error 50000.
    fixture.sql(QStringLiteral(
        "CREATE ENDPOINT [Other_endpoint] STATE = STARTED AS TCP (LISTENER_PORT = 5099) "
        "FOR DATABASE_MIRRORING (ROLE = ALL, AUTHENTICATION = WINDOWS NEGOTIATE)"));
    Pages pages(&fixture.session, Operation::CreateLink);
    QSignalSpy statusRequested(pages.results, &ResultsPage::linkStatusRequested);
    pages.wizard.show();
    REQUIRE(QTest::qWaitForWindowActive(&pages.wizard));

    // ---- Summary -------------------------------------------------------------------
    QAbstractButton *execute = pages.wizard.button(QWizard::CommitButton);
    CHECK(pages.summary->isCommitPage());
    CHECK(execute->isVisible());
    CHECK_FALSE(execute->isEnabled()); // the master key password is missing
    CHECK_FALSE(pages.find<MessageBanner>("summaryBanner")->explanation().isEmpty());
    auto *password = pages.find<QLineEdit>("secret_MasterKeyPassword");
    CHECK(password->echoMode() == QLineEdit::Password);
    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("Master-Key-Passw0rd!"));
    CHECK(execute->isEnabled());
    auto *stepThrough = pages.find<QRadioButton>("stepThroughRadio");
    stepThrough->setFocus();
    QTest::keyClick(stepThrough, Qt::Key_Space);
    CHECK(stepThrough->isChecked());
    pages.savePng("summary-page.png");
    QTest::mouseClick(execute, Qt::LeftButton);
    REQUIRE(pages.wizard.currentId() == Executing);

    // ---- Executing, step through -----------------------------------------------------
    auto *next = pages.find<QPushButton>("runNextStepButton");
    auto *rest = pages.find<QPushButton>("runRestButton");
    auto *cancel = pages.find<QPushButton>("cancelRunButton");
    auto *log = pages.find<QPlainTextEdit>("runLog");
    CHECK(pages.run.state() == RunController::State::Idle);
    CHECK(next->isEnabled());
    CHECK(rest->isEnabled());
    CHECK_FALSE(cancel->isEnabled());
    CHECK(log->isReadOnly());
    CHECK_FALSE(pages.wizard.button(QWizard::NextButton)->isEnabled());
    CHECK_FALSE(pages.wizard.button(QWizard::BackButton)->isEnabled()); // committed
    // Enter on the focused button runs the next step.
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Return);
    CHECK(pages.run.state() == RunController::State::Running);
    CHECK(cancel->isEnabled());
    CHECK_FALSE(next->isEnabled());
    REQUIRE(
        QTest::qWaitFor([&] { return pages.run.state() == RunController::State::Paused; }, 30000));
    CHECK(pages.run.finishedCount() == 1);
    CHECK(pages.find<QProgressBar>("runProgress")->value() == 1);
    CHECK(next->isEnabled());
    CHECK_FALSE(cancel->isEnabled());
    CHECK(log->toPlainText().contains(pages.run.steps().first().title));
    auto *executingSteps = pages.find<QTreeWidget>("executingStepList");
    CHECK(executingSteps->topLevelItem(0)->text(3)
          == ExecutingPage::statusText(pages.run.steps().first()));
    CHECK(executingSteps->topLevelItem(1)->text(3) == QStringLiteral("Waiting"));
    pages.savePng("executing-page.png");

    QTest::mouseClick(rest, Qt::LeftButton);
    REQUIRE(
        QTest::qWaitFor([&] { return pages.run.state() == RunController::State::Failed; }, 120000));
    CHECK_FALSE(cancel->isEnabled());
    CHECK_FALSE(next->isEnabled());
    CHECK(pages.wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(log->toPlainText().contains(QStringLiteral("50000")));
    pages.savePng("executing-page-failed.png");
    pages.wizard.next();
    REQUIRE(pages.wizard.currentId() == Results);

    // ---- Results ------------------------------------------------------------------------
    auto *resultSteps = pages.find<QTreeWidget>("resultsStepList");
    auto *details = pages.find<MessageBanner>("resultsDetails");
    auto *retry = pages.find<QPushButton>("retryFromHereButton");
    auto *rollback = pages.find<QPushButton>("rollbackButton");
    auto *status = pages.find<QPushButton>("openLinkStatusButton");
    const int failed = pages.run.failedIndex();
    REQUIRE(failed >= 0);
    CHECK(resultSteps->currentItem() == resultSteps->topLevelItem(failed));
    CHECK(details->level() == MessageBanner::Level::Error);
    CHECK(details->details().contains(QStringLiteral("50000")));
    CHECK(details->details().contains(QStringLiteral("another port")));
    CHECK(retry->isEnabled());
    CHECK(rollback->isEnabled());
    CHECK(status->isEnabled());
    pages.savePng("results-page-failed.png");

    // Keyboard: from the table, Tab reaches the three actions in order.
    resultSteps->setFocus();
    QTest::keyClick(resultSteps, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == retry);
    QTest::keyClick(retry, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == rollback);
    QTest::keyClick(rollback, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == status);
    QTest::keyClick(status, Qt::Key_Space);
    CHECK(statusRequested.size() == 1);
    // A step that is done cannot be retried from.
    resultSteps->setCurrentItem(resultSteps->topLevelItem(0));
    CHECK_FALSE(retry->isEnabled());
    resultSteps->setCurrentItem(resultSteps->topLevelItem(failed));
    CHECK(retry->isEnabled());

    // Fix the cause, retry from the failed step; the table follows the run live.
    fixture.sql(QStringLiteral("DROP ENDPOINT [Other_endpoint]"));
    QTest::mouseClick(retry, Qt::LeftButton);
    CHECK(pages.run.state() == RunController::State::Running);
    CHECK_FALSE(retry->isEnabled());
    CHECK_FALSE(rollback->isEnabled());
    CHECK_FALSE(pages.wizard.button(QWizard::FinishButton)->isEnabled());
    // Step-through mode: the retry runs one step at a time too.
    REQUIRE(
        QTest::qWaitFor([&] { return pages.run.state() != RunController::State::Running; }, 60000));
    CHECK(pages.run.state() == RunController::State::Paused);
    CHECK(pages.run.steps().at(failed).status == StepRecord::Status::Done);
    pages.run.runAll();
    REQUIRE(QTest::qWaitFor([&] { return pages.run.state() != RunController::State::Running; },
                            240000));
    INFO(pages.run.lastMessage().toStdString());
    REQUIRE(pages.run.state() == RunController::State::Succeeded);
    CHECK_FALSE(retry->isEnabled());
    CHECK(rollback->isEnabled());
    pages.savePng("results-page.png");

    // Roll back: declining the confirmation changes nothing; accepting removes.
    QTest::mouseClick(rollback, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return pages.dialogs.asked().size() == 1; }, 2000));
    CHECK(pages.dialogs.asked().first().startsWith(QStringLiteral("confirm: ")));
    CHECK(pages.dialogs.lastConfirmationText().contains(QStringLiteral("existed before")));
    CHECK_FALSE(pages.run.isRollback());
    pages.dialogs.queueDecision(true);
    QTest::mouseClick(rollback, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return pages.run.isRollback(); }, 2000));
    REQUIRE(QTest::qWaitFor([&] { return pages.run.state() != RunController::State::Running; },
                            120000));
    INFO(pages.run.lastMessage().toStdString());
    CHECK(pages.run.state() == RunController::State::Succeeded);
    CHECK(resultSteps->topLevelItemCount() == pages.run.totalCount());
    CHECK_FALSE(rollback->isEnabled());
    CHECK(fixture.sqlServer().value(QStringLiteral("availabilityGroups")).toArray().isEmpty());
    pages.savePng("results-page-rolled-back.png");

    // Escape closes the wizard once nothing runs.
    QTest::keyClick(&pages.wizard, Qt::Key_Escape);
    CHECK_FALSE(pages.wizard.isVisible());
}
