// The Azure, Endpoint and Validation pages offscreen, inside the wizard: used
// with the keyboard only, Next disabled while a list loads or a check runs, and
// a PNG of the whole wizard on each page (artifacts/wizard-<page>.png).

#include "CreateWizardSimFixture.h"

#include "LinkWizard.h"
#include "ScriptedDialogs.h"
#include "create/AzurePage.h"
#include "create/EndpointPage.h"
#include "create/ValidationPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace milink;

namespace {

void savePng(QWidget &wizard, const QString &page)
{
    const QString folder = QStringLiteral(MILINK_BINARY_DIR) + QStringLiteral("/artifacts");
    QDir().mkpath(folder);
    const QImage image = wizard.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.save(folder + QStringLiteral("/wizard-") + page + QStringLiteral(".png")));
}

template<typename T> T *find(QWidget &root, const char *name)
{
    T *widget = root.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

// Types into whatever has the focus, as a user would.
void type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClicks(focus, text);
}

void tab()
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, Qt::Key_Tab);
}

QAbstractButton *next(LinkWizard &wizard)
{
    return wizard.button(QWizard::NextButton);
}

} // namespace

TEST_CASE("Azure page offline is filled with the keyboard only", "[azure-page][pages]")
{
    CreateWizardSimFixture f;
    f.session.setOffline(true);
    f.session.editLink([](LinkDefinition &link) {
        link.managedInstance.name.clear();
        link.managedInstance.updatePolicy = UpdatePolicy::Unknown;
    });
    ScriptedDialogs dialogs;
    LinkWizard wizard(&f.session, &dialogs);
    wizard.setStartId(LinkWizard::AzurePageId);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    REQUIRE(wizard.currentId() == LinkWizard::AzurePageId);
    CHECK_FALSE(find<QWidget>(wizard, "azureOnlineGroup")->isVisible());
    CHECK_FALSE(next(wizard)->isEnabled());

    auto *subscription = find<QLineEdit>(wizard, "offlineSubscriptionEdit");
    REQUIRE(QTest::qWaitFor([subscription] { return subscription->hasFocus(); }, 2000));
    subscription->selectAll();
    type(QStringLiteral("6d8f4c2a-1b3e-4f5a-9c7d-0e1f2a3b4c5d"));
    tab();
    find<QLineEdit>(wizard, "offlineResourceGroupEdit")->selectAll();
    type(QStringLiteral("rg-typed"));
    tab();
    type(QStringLiteral("sqlmi-typed"));
    tab();
    auto *policy = find<QComboBox>(wizard, "offlineUpdatePolicyCombo");
    REQUIRE(policy->hasFocus());
    QTest::keyClick(policy, Qt::Key_Down); // SQL Server 2022
    CHECK(f.session.link().managedInstance.updatePolicy == UpdatePolicy::SqlServer2022);
    CHECK(f.session.link().managedInstance.name == QStringLiteral("sqlmi-typed"));
    CHECK(f.session.link().managedInstance.resourceGroup == QStringLiteral("rg-typed"));
    REQUIRE(next(wizard)->isEnabled());
    // Every finding is "not verified" or a refusal offline, never "passed".
    auto *findings = find<QTreeWidget>(wizard, "azureFindings");
    REQUIRE(findings->topLevelItemCount() > 0);
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        CHECK(findings->topLevelItem(i)->text(1) != QStringLiteral("Passed"));
    savePng(wizard, QStringLiteral("azure-offline"));

    // Return presses the default button: Next.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.currentId() == LinkWizard::EndpointPageId; },
                            5000));
}

TEST_CASE("Azure page disables Next while the lists load", "[azure-page][pages]")
{
    CreateWizardSimFixture f;
    f.useSimToken();
    // A slow ARM keeps the lists loading long enough to look at the page.
    f.sim.control(
        QStringLiteral("faults.add"),
        {{QStringLiteral("path"), QStringLiteral("/tenants")}, {QStringLiteral("delayMs"), 800}});
    ScriptedDialogs dialogs;
    LinkWizard wizard(&f.session, &dialogs);
    wizard.setStartId(LinkWizard::AzurePageId);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto *page = qobject_cast<AzurePage *>(wizard.currentPage());
    REQUIRE(page != nullptr);
    page->controller()->setRetryPolicy(CreateWizardSimFixture::fastPolicy());
    REQUIRE(page->controller()->isBusy());
    CHECK(find<QWidget>(wizard, "azureBusy")->isVisible());
    CHECK_FALSE(next(wizard)->isEnabled());

    REQUIRE(QTest::qWaitFor([page] { return page->controller()->instance().has_value(); }, 20000));
    REQUIRE(QTest::qWaitFor([page] { return !page->controller()->isBusy(); }, 20000));
    CHECK(next(wizard)->isEnabled());
    CHECK(find<QComboBox>(wizard, "tenantCombo")->count() == 1);
    CHECK(find<QComboBox>(wizard, "subscriptionCombo")
              ->currentText()
              .contains(QStringLiteral("Contoso Production")));
    CHECK(find<QComboBox>(wizard, "resourceGroupCombo")->currentText() == QStringLiteral("rg-sql"));
    CHECK(find<QComboBox>(wizard, "managedInstanceCombo")->currentText()
          == QStringLiteral("sqlmi-demo"));
    CHECK(find<QLabel>(wizard, "instanceStateLabel")->text() == QStringLiteral("Ready"));
    CHECK(find<QLabel>(wizard, "instanceUpdatePolicyLabel")->text()
          == QStringLiteral("SQL Server 2022"));
    savePng(wizard, QStringLiteral("azure"));

    // Next reads the facts (two-phase) and moves on.
    next(wizard)->click();
    CHECK_FALSE(next(wizard)->isEnabled());
    REQUIRE(QTest::qWaitFor([&wizard] { return wizard.currentId() == LinkWizard::EndpointPageId; },
                            20000));
    CHECK(f.session.azureFacts().has_value());
}

TEST_CASE("Endpoint page shows the URL and is used with the keyboard", "[endpoint-page][pages]")
{
    CreateWizardSimFixture f;
    f.connectSqlServer();
    f.session.editLink([](LinkDefinition &link) { link.endpoint.listenerAddress.clear(); });
    ScriptedDialogs dialogs;
    LinkWizard wizard(&f.session, &dialogs);
    wizard.setStartId(LinkWizard::EndpointPageId);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    CHECK_FALSE(next(wizard)->isEnabled());

    auto *name = find<QLineEdit>(wizard, "endpointNameEdit");
    REQUIRE(QTest::qWaitFor([name] { return name->hasFocus(); }, 2000));
    tab(); // port
    tab(); // address
    auto *address = find<QLineEdit>(wizard, "endpointAddressEdit");
    REQUIRE(address->hasFocus());
    type(QStringLiteral("fd00::4"));
    auto *url = find<QLabel>(wizard, "endpointUrlLabel");
    CHECK(url->text() == QStringLiteral("TCP://[fd00::4]:5022"));
    CHECK(f.session.link().endpoint.listenerAddress == QStringLiteral("fd00::4"));
    CHECK(next(wizard)->isEnabled());
    CHECK(find<QWidget>(wizard, "createCertificateRadio")->property("checked").toBool());
    savePng(wizard, QStringLiteral("endpoint"));

    QTest::keyClick(address, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&wizard] { return wizard.currentId() == LinkWizard::ValidationPageId; }, 10000));
}

TEST_CASE("Validation page needs the warnings acknowledged with the keyboard",
          "[validation-page][pages]")
{
    CreateWizardSimFixture f;
    f.session.setOffline(true);
    ScriptedDialogs dialogs;
    LinkWizard wizard(&f.session, &dialogs);
    wizard.setStartId(LinkWizard::ValidationPageId);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    auto *results = find<QTreeWidget>(wizard, "validationResults");
    REQUIRE(QTest::qWaitFor([results] { return results->topLevelItemCount() > 0; }, 5000));
    // Offline only the typed values (the address, the certificate's date) can pass.
    const QStringList typedOnly
        = {QStringLiteral("endpoint.address"), QStringLiteral("certificate.expiry")};
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = results->topLevelItem(i);
        INFO(item->text(0).toStdString());
        if (!typedOnly.contains(item->data(0, Qt::UserRole).toString()))
            CHECK(item->text(1) != QStringLiteral("Passed"));
    }
    auto *acknowledge = find<QCheckBox>(wizard, "acknowledgeWarningsCheck");
    CHECK(acknowledge->isEnabled());
    // The Summary page may follow (Next) or not yet be there (Finish): ask the page.
    CHECK_FALSE(wizard.currentPage()->isComplete());

    auto *rerun = find<QPushButton>(wizard, "rerunValidationButton");
    REQUIRE(QTest::qWaitFor([rerun] { return rerun->hasFocus(); }, 2000));
    tab(); // the list
    tab(); // the acknowledgement
    REQUIRE(acknowledge->hasFocus());
    QTest::keyClick(acknowledge, Qt::Key_Space);
    CHECK(acknowledge->isChecked());
    CHECK(wizard.currentPage()->isComplete());
    savePng(wizard, QStringLiteral("validation"));
}
