#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWizardPage;

namespace milink {

// The two-phase asynchronous validatePage() of a wizard page:
//   bool MyPage::validatePage() { return m_validation->validate([this] { m_controller->check(); });
//   }
// The first call starts the check and returns false; while it runs the page
// reports itself incomplete (Next and Finish are disabled) and the user can still
// press Back or Cancel. When the controller reports, the page calls passed() or
// failed(message): a pass re-enters the wizard's next() so the user does not
// press Next twice, a failure leaves the page with the message on its banner.
// A pass is good for one advance: returning to the page checks again.
// No nested event loop: nothing waits.
class AsyncValidation : public QObject
{
    Q_OBJECT

public:
    explicit AsyncValidation(QWizardPage *page);

    // From validatePage(): true when a check already passed for the current input.
    bool validate(const std::function<void()> &startCheck);
    void passed();
    void failed(const QString &message = {});
    void invalidate();

    bool isRunning() const { return m_state == State::Running; }
    bool hasPassed() const { return m_state == State::Passed; }
    // For the page's isComplete(): false while a check runs.
    bool allowsNext() const { return m_state != State::Running; }

signals:
    void runningChanged(bool running);
    void failure(const QString &message);

private:
    enum class State { Idle, Running, Passed, Failed };
    void setState(State state);

    QPointer<QWizardPage> m_page;
    State m_state = State::Idle;
    bool m_advancing = false;
};

} // namespace milink
