#include "AsyncValidation.h"

#include <QAbstractButton>
#include <QTimer>
#include <QWizard>
#include <QWizardPage>

namespace milink {

namespace {

// QWizardPage::wizard() is protected; the page is a descendant of its wizard.
QWizard *wizardOf(QWidget *page)
{
    for (QWidget *widget = page; widget; widget = widget->parentWidget()) {
        if (auto *wizard = qobject_cast<QWizard *>(widget))
            return wizard;
    }
    return nullptr;
}

} // namespace

AsyncValidation::AsyncValidation(QWizardPage *page) : QObject(page), m_page(page)
{
}

bool AsyncValidation::validate(const std::function<void()> &startCheck)
{
    if (m_state == State::Passed)
        return true;
    if (m_state == State::Running)
        return false;
    setState(State::Running);
    startCheck();
    return false;
}

void AsyncValidation::passed()
{
    if (m_state != State::Running)
        return;
    setState(State::Passed);
    // Re-enter next() from the event loop, and only while the page is still the
    // current one (the user may have pressed Back meanwhile).
    QTimer::singleShot(0, this, [this] {
        QWizard *wizard = m_page ? wizardOf(m_page) : nullptr;
        if (!wizard || wizard->currentPage() != m_page)
            return;
        if (m_page->isFinalPage() || m_page->nextId() == -1) {
            if (QAbstractButton *finish = wizard->button(QWizard::FinishButton))
                finish->click();
        } else {
            wizard->next();
        }
        // A pass is good for one advance: coming back later checks again.
        setState(State::Idle);
    });
}

void AsyncValidation::failed(const QString &message)
{
    if (m_state != State::Running)
        return;
    setState(State::Failed);
    emit failure(message);
}

void AsyncValidation::invalidate()
{
    if (m_state == State::Passed || m_state == State::Failed)
        setState(State::Idle);
}

void AsyncValidation::setState(State state)
{
    const bool wasRunning = m_state == State::Running;
    m_state = state;
    const bool running = m_state == State::Running;
    if (wasRunning != running) {
        emit runningChanged(running);
        // QWizard re-reads isComplete() of the current page on this signal.
        if (m_page)
            emit m_page->completeChanged();
    }
}

} // namespace milink
