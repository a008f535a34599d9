#pragma once

// Drives the real LinkWizard the way a keyboard user does — Tab to a field, type,
// Space on a box, Alt+N for Next — against a running milink-sim, with the same
// services the application gives it. Every page reached is saved as a PNG under
// <build>/artifacts/walkthrough-<name>-NN-<page>.png.

#include "LinkWizard.h"
#include "ScriptedDialogs.h"
#include "SimProcess.h"
#include "TempDir.h"

#include "secrets/MemorySecretStore.h"
#include "session/LinkSession.h"

#include <QNetworkAccessManager>

#include <memory>

class WizardWalkthrough
{
public:
    WizardWalkthrough(SimProcess &sim, const QString &name);
    ~WizardWalkthrough();

    // The simulator's demo project (milink-sim --write-demo-files), edited by
    // `edit`, saved in a temporary folder and opened as `milink --project` does.
    void openDemoProject(const std::function<void(milink::LinkDefinition &)> &edit = {});
    // A new wizard on the same project, as after a crash of the application.
    void reopen();

    milink::LinkWizard &wizard() { return *m_wizard; }
    milink::LinkSession &session() { return *m_session; }
    ScriptedDialogs &dialogs() { return m_dialogs; }
    QString projectPath() const { return m_projectPath; }

    template<typename T> T *find(const QString &name) const
    {
        return m_wizard->findChild<T *>(name);
    }
    QWidget *focus() const;
    // Tab until `name` has the focus; false when the tab order never reaches it.
    bool tabTo(const QString &name);
    void type(const QString &text);
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // The mnemonic of Next (or Execute), then waits for page `id`
    // (asynchronous checks run in between).
    bool nextTo(milink::LinkWizard::PageId id, int timeoutMs = 30000);
    // A PNG of the wizard on its current page.
    void shoot();

private:
    void build();

    SimProcess &m_sim;
    QString m_name;
    int m_shots = 0;
    TempDir m_dir;
    QString m_projectPath;
    QNetworkAccessManager m_network;
    milink::MemorySecretStore m_secrets;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<milink::LinkSession> m_session;
    std::unique_ptr<milink::LinkWizard> m_wizard;
};
