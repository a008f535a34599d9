#include "WizardWalkthrough.h"

#include "azure/CloudProfile.h"
#include "create/AzurePage.h"
#include "link/ProjectFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>
#include <QWizardPage>

#include <catch2/catch.hpp>

using namespace milink;

WizardWalkthrough::WizardWalkthrough(SimProcess &sim, const QString &name)
    : m_sim(sim), m_name(name)
{
}

WizardWalkthrough::~WizardWalkthrough() = default;

void WizardWalkthrough::openDemoProject(const std::function<void(LinkDefinition &)> &edit)
{
    LinkDefinition link = m_sim.demoLink();
    // As milink-sim --write-demo-files writes it: the connection and the
    // instance are known, the user still chooses everything else on the pages.
    link.sqlServer.version = {};
    link.sqlServer.odbcDriver = QStringLiteral("FreeTDS");
    link.failoverMode = FailoverMode::OneWay;
    link.endpoint.listenerAddress = QStringLiteral("sql01.contoso.example");
    link.certificate = {};
    if (edit)
        edit(link);
    m_projectPath = m_dir.filePath(QStringLiteral("demo.milink"));
    REQUIRE(ProjectFile::save(link, m_projectPath).isEmpty());
    build();
}

void WizardWalkthrough::reopen()
{
    m_wizard.reset();
    m_session.reset();
    build();
}

void WizardWalkthrough::build()
{
    m_session = std::make_unique<LinkSession>(LinkSession::Services {&m_network, &m_secrets});
    m_session->addCustomClouds({m_sim.cloud()});
    const ValidationIssues issues = m_session->load(m_projectPath);
    REQUIRE_FALSE(hasErrors(issues));
    m_wizard = std::make_unique<LinkWizard>(m_session.get(), &m_dialogs);
    // The browser of the person at the keyboard: it follows the authority's
    // redirect to the wizard's loopback listener, as a real browser does.
    auto *azure = qobject_cast<AzurePage *>(m_wizard->page(LinkWizard::AzurePageId));
    REQUIRE(azure != nullptr);
    azure->controller()->setUrlOpener([this](const QUrl &url) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    REQUIRE(QTest::qWaitForWindowActive(m_wizard.get()));
}

QWidget *WizardWalkthrough::focus() const
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}

bool WizardWalkthrough::tabTo(const QString &name)
{
    for (int i = 0; i < 60; ++i) {
        if (focus()->objectName() == name)
            return true;
        QTest::keyClick(focus(), Qt::Key_Tab);
    }
    return false;
}

void WizardWalkthrough::type(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClicks(focus(), QString(ch));
            continue;
        }
        // Characters beyond ASCII arrive as key events carrying their text.
        QKeyEvent pressEvent(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QKeyEvent releaseEvent(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(focus(), &pressEvent);
        QApplication::sendEvent(focus(), &releaseEvent);
    }
}

void WizardWalkthrough::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(focus(), key, modifiers);
}

bool WizardWalkthrough::nextTo(LinkWizard::PageId id, int timeoutMs)
{
    // Next (or Execute on the commit page) is enabled once the page's own checks allow it.
    QAbstractButton *button = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::NextButton}) {
                    QAbstractButton *candidate = m_wizard->button(which);
                    if (candidate->isVisible() && candidate->isEnabled()) {
                        button = candidate;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs)) {
        shoot(); // what the page shows while Next stays disabled
        return false;
    }
    // Its mnemonic (Alt+N, Alt+E): Return would press whichever button has the
    // focus, as it does for a person.
    const QString text = button->text();
    const int amp = text.indexOf(QLatin1Char('&'));
    REQUIRE(amp >= 0);
    const QKeySequence mnemonic = QKeySequence::mnemonic(text);
    REQUIRE_FALSE(mnemonic.isEmpty());
    QTest::keySequence(m_wizard.get(), mnemonic);
    if (!QTest::qWaitFor([&] { return m_wizard->currentId() == id; }, timeoutMs))
        return false;
    shoot();
    return true;
}

void WizardWalkthrough::shoot()
{
    const QString folder = QStringLiteral(MILINK_BINARY_DIR) + QStringLiteral("/artifacts");
    QDir().mkpath(folder);
    const QString page = m_wizard->currentPage()->objectName();
    const QString file = QStringLiteral("%1/walkthrough-%2-%3-%4.png")
                             .arg(folder, m_name)
                             .arg(++m_shots, 2, 10, QLatin1Char('0'))
                             .arg(page);
    REQUIRE(m_wizard->grab().save(file, "PNG"));
}
