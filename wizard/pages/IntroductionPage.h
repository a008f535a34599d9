#pragma once

#include <QWizardPage>

namespace milink {

// What the wizard will do and what the user needs before starting: permissions,
// supported versions and network openings. Static text, so no controller.
class IntroductionPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit IntroductionPage(QWidget *parent = nullptr);
};

} // namespace milink
