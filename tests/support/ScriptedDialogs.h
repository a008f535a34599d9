#pragma once

#include "common/DialogFacade.h"

#include <QQueue>
#include <QStringList>

// Pre-answered dialogs for wizard tests: each question takes the next queued
// answer (a path, or a decision), and every question asked is recorded so a test
// can assert what the user would have been asked. A question with no answer
// queued is answered "cancelled", as a user closing the dialog would.
class ScriptedDialogs final : public milink::DialogFacade
{
public:
    void queuePath(const QString &path) { m_paths.enqueue(path); }
    void queueDecision(bool accepted) { m_decisions.enqueue(accepted); }

    // "directory: <title>", "open: <title>", "save: <title>", "confirm: <title>", "inform:
    // <title>".
    const QStringList &asked() const { return m_asked; }
    // The text of the last confirmation or information shown.
    QString lastConfirmationText() const { return m_lastText; }

    void chooseDirectory(QWidget *parent, const QString &title, const QString &start,
                         PathCallback answer) override;
    void chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter,
                          PathCallback answer) override;
    void chooseFileToSave(QWidget *parent, const QString &title, const QString &suggestedPath,
                          const QString &filter, PathCallback answer) override;
    void confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel, DecisionCallback answer) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;

private:
    void answerPath(const QString &question, const PathCallback &answer);

    QQueue<QString> m_paths;
    QQueue<bool> m_decisions;
    QStringList m_asked;
    QString m_lastText;
};
