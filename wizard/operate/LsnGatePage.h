#pragma once

#include <QWizardPage>

class QLabel;
class QSpinBox;
class QTreeWidget;

namespace milink {

class FailoverController;

// The LSN gate: live hardened LSNs of both sides (and Azure's), the send and redo
// queues, and the gate's state with its reason. Next is enabled only while the
// gate is open; the window (default 30 s) can be lengthened or shortened.
class LsnGatePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit LsnGatePage(FailoverController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void refresh();

    FailoverController *m_controller;
    QSpinBox *m_window;
    QLabel *m_state;
    QTreeWidget *m_table;
};

} // namespace milink
