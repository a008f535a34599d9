// Catch2 runner for every milink test executable.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this binary at build time to list the tests; without
    // a platform plugin QApplication aborts and ctest silently registers nothing.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep settings and caches of tests away from the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("milink-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("milink-tests"));
    return Catch::Session().run(argc, argv);
}
