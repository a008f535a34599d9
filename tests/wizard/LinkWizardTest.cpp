#include "LinkWizard.h"

#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using milink::LinkWizard;

TEST_CASE("The wizard opens on the Introduction page", "[wizard]")
{
    LinkWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.currentId() == LinkWizard::IntroductionPageId);
    CHECK(wizard.currentPage()->objectName() == QStringLiteral("introductionPage"));

    auto *text = wizard.findChild<QTextBrowser *>(QStringLiteral("introductionText"));
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
    LinkWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    const QImage image = wizard.grab().toImage();
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
