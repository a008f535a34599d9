#include "CutoverChecklistPage.h"

#include "FailoverController.h"

#include "common/DialogFacade.h"
#include "failover/CutoverChecklist.h"
#include "session/LinkSession.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace milink {

CutoverChecklistPage::CutoverChecklistPage(FailoverController *controller, DialogFacade *dialogs,
                                           QWidget *parent)
    : QWizardPage(parent), m_controller(controller), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("checklistPage"));
    setTitle(tr("Post-cutover checklist"));
    setSubTitle(tr("The link replicates databases only. Tick off what you have done; export "
                   "the list for your change record."));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("checklistList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_export = new QPushButton(tr("&Export as text…"), this);
    m_export->setObjectName(QStringLiteral("exportChecklistButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    connect(m_export, &QPushButton::clicked, this, &CutoverChecklistPage::exportText);
    setFinalPage(true);
}

CutoverChecklistPage::~CutoverChecklistPage() = default;

void CutoverChecklistPage::initializePage()
{
    const LinkDefinition &link = m_controller->session()->link();
    const std::optional<FailoverChoice> choice = m_controller->chosen();
    const LinkSide to = choice ? choice->to : LinkSide::ManagedInstance;
    QStringList databases;
    for (const DatabaseLink &db : link.databases)
        databases << db.databaseName;
    m_checklist = std::make_unique<CutoverChecklist>(
        to, m_controller->removeLink(), choice && choice->isForced(), databases,
        link.managedInstance.fqdn.isEmpty() ? link.managedInstance.name : link.managedInstance.fqdn,
        link.sqlServer.effectiveServerName());
    m_list->clear();
    for (const CutoverChecklist::Item &item : m_checklist->items()) {
        auto *row = new QListWidgetItem(item.title + QLatin1Char('\n') + item.detail, m_list);
        row->setData(Qt::UserRole, item.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    m_list->setFocus();
}

QString CutoverChecklistPage::text() const
{
    if (!m_checklist)
        return {};
    QSet<QString> checked;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.insert(m_list->item(i)->data(Qt::UserRole).toString());
    }
    return m_checklist->toText(checked);
}

void CutoverChecklistPage::exportText()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/cutover-checklist.txt");
    m_dialogs->chooseFileToSave(this, tr("Export the checklist"), suggested,
                                tr("Text files (*.txt)"), [this](const QString &path) {
                                    if (path.isEmpty())
                                        return;
                                    QSaveFile file(path);
                                    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
                                        || file.write(text().toUtf8()) < 0 || !file.commit())
                                        m_dialogs->inform(
                                            this, tr("The checklist was not saved"),
                                            tr("%1 could not be written: %2. Choose another "
                                               "folder.")
                                                .arg(path, file.errorString()));
                                });
}

} // namespace milink
