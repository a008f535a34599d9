// PlanController without servers: the plan list, refusals, secrets, and the
// export, which must be byte-identical to `milink script`.

#include "TempDir.h"

#include "cli/ScriptCommand.h"
#include "common/PlanController.h"
#include "session/LinkSession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

QString example()
{
    return QStringLiteral(MILINK_SOURCE_DIR "/resources/examples/sales.milink");
}

// Every file below `root`, by relative name.
QMap<QString, QByteArray> filesIn(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        out.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return out;
}

int runScriptCommand(const QStringList &arguments)
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    cli::ScriptCommand command;
    QStringList full = arguments;
    full.prepend(QStringLiteral("milink script"));
    const int code = command.run(full, out, err);
    err.flush();
    INFO(errText.toStdString());
    return code;
}

} // namespace

TEST_CASE("PlanController exports exactly what milink script writes", "[wizard-run][plan]")
{
    QNetworkAccessManager network;
    LinkSession session({&network, nullptr});
    REQUIRE_FALSE(hasErrors(session.load(example())));

    TempDir dir;
    const QString fromCommand = dir.filePath(QStringLiteral("command"));
    const QString fromWizard = dir.filePath(QStringLiteral("wizard"));

    SECTION("create-link")
    {
        REQUIRE(
            runScriptCommand({example(), QStringLiteral("--operation"),
                              QStringLiteral("create-link"), QStringLiteral("--out"), fromCommand})
            == 0);
        PlanController controller(&session, Operation::CreateLink);
        REQUIRE(controller.hasPlan());
        // A secret typed on the Summary page never reaches a file.
        controller.setSecret(QStringLiteral("MasterKeyPassword"),
                             QStringLiteral("Typed-Secret-4711!"));
        REQUIRE(controller.exportScripts(fromWizard).isEmpty());
        const QMap<QString, QByteArray> expected = filesIn(fromCommand);
        const QMap<QString, QByteArray> actual = filesIn(fromWizard);
        REQUIRE_FALSE(expected.isEmpty());
        CHECK(actual.keys() == expected.keys());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(actual.value(it.key()) == it.value());
            CHECK_FALSE(actual.value(it.key()).contains("Typed-Secret-4711!"));
        }
        // The preview shows the same bytes.
        REQUIRE(controller.scriptFiles().size() == expected.size());
        for (const ScriptFile &file : controller.scriptFiles())
            CHECK(file.content == expected.value(file.name));
    }

    SECTION("delete-link with options")
    {
        REQUIRE(runScriptCommand(
                    {example(), QStringLiteral("--operation"), QStringLiteral("delete-link"),
                     QStringLiteral("--remove-certificates"), QStringLiteral("--out"), fromCommand})
                == 0);
        PlanOptions options;
        options.removeCertificates = true;
        PlanController controller(&session, Operation::DeleteLink, options);
        REQUIRE(controller.exportScripts(fromWizard).isEmpty());
        CHECK(filesIn(fromWizard) == filesIn(fromCommand));
    }

    SECTION("a folder that is not empty is refused with a message")
    {
        PlanController controller(&session, Operation::CreateLink);
        REQUIRE(controller.exportScripts(fromWizard).isEmpty());
        const QString problem = controller.exportScripts(fromWizard);
        CHECK_FALSE(problem.isEmpty());
        CHECK(controller.exportScripts(fromWizard, true).isEmpty());
    }
}

TEST_CASE("PlanController lists the steps and the secrets still needed", "[wizard-run][plan]")
{
    QNetworkAccessManager network;
    LinkSession session({&network, nullptr});
    REQUIRE_FALSE(hasErrors(session.load(example())));
    PlanController controller(&session, Operation::CreateLink);
    QSignalSpy changed(&controller, &PlanController::planChanged);

    const QList<PlannedStep> steps = controller.steps();
    REQUIRE(steps.size() == controller.plan()->steps.size());
    CHECK(steps.first().id == QStringLiteral("check-sql-server"));
    CHECK(steps.first().target == QStringLiteral("SQL Server"));
    bool azure = false;
    for (const PlannedStep &step : steps) {
        azure = azure || step.target == QStringLiteral("Azure");
        CHECK_FALSE(step.skippedBecauseDone); // nothing discovered
    }
    CHECK(azure);

    REQUIRE(controller.neededSecrets().size() == 1);
    CHECK(controller.neededSecrets().first().name == QStringLiteral("MasterKeyPassword"));
    CHECK(controller.missingSecrets() == QStringList {QStringLiteral("MasterKeyPassword")});
    CHECK_FALSE(controller.canExecute());
    CHECK(controller.executeProblem().contains(QStringLiteral("MasterKeyPassword")));
    controller.setSecret(QStringLiteral("MasterKeyPassword"), QStringLiteral("x-Passw0rd"));
    CHECK(controller.missingSecrets().isEmpty());
    CHECK(controller.canExecute());

    SECTION("offline, nothing executes")
    {
        session.setOffline(true);
        CHECK(changed.size() >= 1);
        CHECK_FALSE(controller.canExecute());
        CHECK(controller.executeProblem().contains(QStringLiteral("Offline")));
        CHECK_FALSE(controller.scriptFiles().isEmpty());
    }

    SECTION("a master key found in place needs no password")
    {
        ServerFacts facts;
        facts.masterKey = true;
        session.setSqlServerFacts(facts);
        CHECK(controller.neededSecrets().isEmpty());
        CHECK(controller.canExecute());
        bool skipped = false;
        for (const PlannedStep &step : controller.steps()) {
            if (step.id == QStringLiteral("create-master-key"))
                skipped = step.skippedBecauseDone;
        }
        CHECK(skipped);
    }

    SECTION("a refused definition gives no plan and says why")
    {
        session.editLink([](LinkDefinition &link) { link.databases.clear(); });
        CHECK_FALSE(controller.hasPlan());
        CHECK_FALSE(controller.refusals().isEmpty());
        CHECK(controller.steps().isEmpty());
        CHECK(controller.scriptFiles().isEmpty());
        CHECK_FALSE(controller.canExecute());
        CHECK_FALSE(controller.exportScripts(QStringLiteral("/nonexistent")).isEmpty());
    }
}
