#include "OperateWizard.h"

#include "ConnectController.h"
#include "ConnectPage.h"

#include "common/ExecutingPage.h"
#include "common/PlanController.h"
#include "common/PlanSummaryPage.h"
#include "common/ResultsPage.h"
#include "common/RunController.h"
#include "session/LinkSession.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>

namespace milink {

OperateWizard::OperateWizard(LinkSession *session, DialogFacade *dialogs, Operation operation,
                             QWidget *parent)
    : QWizard(parent),
      m_session(session),
      m_dialogs(dialogs),
      m_connect(new ConnectController(session, this)),
      m_plan(new PlanController(session, operation, {}, this)),
      m_run(new RunController(session, this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/milink.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumSize(860, 640);
    setPage(ConnectPageId, new ConnectPage(m_connect, this));
    setStartId(ConnectPageId);
}

void OperateWizard::addRunPages()
{
    setPage(SummaryPageId, new PlanSummaryPage(m_plan, m_run, m_dialogs, this));
    setPage(ExecutingPageId, new ExecutingPage(m_run, this));
    setPage(ResultsPageId, new ResultsPage(m_run, m_dialogs, this));
}

bool OperateWizard::saveScreenshot(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    return grab().save(path, "PNG");
}

} // namespace milink
