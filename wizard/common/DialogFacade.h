#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace milink {

// The decisions a page asks the user for in a dialog: a folder to export to, a
// project to open or save, a confirmation of something destructive. Pages go
// through this interface so that tests pre-answer (tests/support/ScriptedDialogs)
// and nothing opens a real modal dialog under the offscreen platform.
// Answers arrive through the callback from the event loop (window-modal dialogs,
// no nested event loop); an empty path or `false` means the user cancelled.
class DialogFacade
{
public:
    using PathCallback = std::function<void(const QString &path)>;
    using DecisionCallback = std::function<void(bool accepted)>;

    virtual ~DialogFacade() = default;

    virtual void chooseDirectory(QWidget *parent, const QString &title, const QString &start,
                                 PathCallback answer)
        = 0;
    // `filter`: "milink projects (*.milink)".
    virtual void chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter,
                                  PathCallback answer)
        = 0;
    virtual void chooseFileToSave(QWidget *parent, const QString &title,
                                  const QString &suggestedPath, const QString &filter,
                                  PathCallback answer)
        = 0;
    // A yes/no decision; `acceptLabel` names the action ("Roll back"), never just "OK".
    virtual void confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel, DecisionCallback answer)
        = 0;
    // A message the user must see although no page can show it (e.g. a project
    // that cannot be written); no decision, no answer.
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
};

// The product's dialogs: QFileDialog and QMessageBox, window-modal, opened with
// open() so the event loop keeps running.
class WidgetDialogs final : public DialogFacade
{
public:
    void chooseDirectory(QWidget *parent, const QString &title, const QString &start,
                         PathCallback answer) override;
    void chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter,
                          PathCallback answer) override;
    void chooseFileToSave(QWidget *parent, const QString &title, const QString &suggestedPath,
                          const QString &filter, PathCallback answer) override;
    void confirm(QWidget *parent, const QString &title, const QString &text,
                 const QString &acceptLabel, DecisionCallback answer) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace milink
