#include "LinkWizard.h"

#include "pages/IntroductionPage.h"

#include <QIcon>

namespace milink {

LinkWizard::LinkWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("linkWizard"));
    setWindowTitle(tr("New Managed Instance link"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/milink.svg")));
    // ModernStyle looks the same on every platform, so screenshots in the
    // documentation match what users see.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(760, 560);

    setPage(IntroductionPageId, new IntroductionPage(this));
    setStartId(IntroductionPageId);
}

} // namespace milink
