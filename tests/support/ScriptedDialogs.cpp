#include "ScriptedDialogs.h"

#include <QTimer>

// Answers come from the event loop, like a real window-modal dialog's.
void ScriptedDialogs::answerPath(const QString &question, const PathCallback &answer)
{
    m_asked << question;
    const QString path = m_paths.isEmpty() ? QString() : m_paths.dequeue();
    QTimer::singleShot(0, [answer, path] { answer(path); });
}

void ScriptedDialogs::chooseDirectory(QWidget *, const QString &title, const QString &,
                                      PathCallback answer)
{
    answerPath(QStringLiteral("directory: ") + title, answer);
}

void ScriptedDialogs::chooseFileToOpen(QWidget *, const QString &title, const QString &,
                                       PathCallback answer)
{
    answerPath(QStringLiteral("open: ") + title, answer);
}

void ScriptedDialogs::chooseFileToSave(QWidget *, const QString &title, const QString &,
                                       const QString &, PathCallback answer)
{
    answerPath(QStringLiteral("save: ") + title, answer);
}

void ScriptedDialogs::confirm(QWidget *, const QString &title, const QString &text, const QString &,
                              DecisionCallback answer)
{
    m_asked << QStringLiteral("confirm: ") + title;
    m_lastText = text;
    const bool accepted = m_decisions.isEmpty() ? false : m_decisions.dequeue();
    QTimer::singleShot(0, [answer, accepted] { answer(accepted); });
}

void ScriptedDialogs::inform(QWidget *, const QString &title, const QString &text)
{
    m_asked << QStringLiteral("inform: ") + title;
    m_lastText = text;
}
