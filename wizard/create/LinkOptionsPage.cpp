#include "LinkOptionsPage.h"

#include "LinkOptionsController.h"

#include "common/MessageBanner.h"
#include "session/LinkSession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace milink {

namespace {

QLabel *explanation(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setIndent(24); // under the radio button's text, not its indicator
    label->setTextFormat(Qt::PlainText);
    return label;
}

void showOption(QRadioButton *button, QLabel *label, const LinkOptionImplications::Option &option)
{
    label->setText(option.text);
    // A choice the facts rule out is greyed, but still selectable from the
    // keyboard so the user sees why it cannot work.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     option.allowed ? button->palette().color(QPalette::WindowText)
                                    : QColor(0xa0, 0x2b, 0x2b));
    label->setPalette(palette);
}

} // namespace

LinkOptionsPage::LinkOptionsPage(LinkSession *session, QWidget *parent)
    : QWizardPage(parent),
      m_session(session),
      m_controller(new LinkOptionsController(session, this)),
      m_name(new QLineEdit(this)),
      m_nameProblem(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("linkOptionsPage"));
    setTitle(tr("Link options"));
    setSubTitle(tr("Name the link and choose where the databases start, whether you can fail "
                   "back, and how replication commits."));

    m_name->setObjectName(QStringLiteral("linkNameEdit"));
    m_name->setMaxLength(256); // longer than allowed, so the message explains the limit
    m_name->setPlaceholderText(tr("DAG_<database> (default)"));
    m_name->setToolTip(tr("The name of the link in Azure, unique per managed instance. With "
                          "several databases the database name is appended for each further "
                          "link."));
    m_nameProblem->setObjectName(QStringLiteral("linkNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setVisible(false);
    m_facts->setObjectName(QStringLiteral("linkOptionsFacts"));
    m_facts->setWordWrap(true);

    auto *nameForm = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Link name:"), this);
    nameLabel->setBuddy(m_name);
    nameForm->addRow(nameLabel, m_name);
    nameForm->addRow(QString(), m_nameProblem);

    auto makeRadio = [this](const QString &text, const QString &name) {
        auto *radio = new QRadioButton(text, this);
        radio->setObjectName(name);
        return radio;
    };
    m_sqlServerFirst = makeRadio(tr("&SQL Server is the initial primary"),
                                 QStringLiteral("sqlServerFirstRadio"));
    m_managedInstanceFirst = makeRadio(tr("&Managed instance is the initial primary"),
                                       QStringLiteral("managedInstanceFirstRadio"));
    m_oneWay = makeRadio(tr("&One-way: fail over to the managed instance only"),
                         QStringLiteral("oneWayRadio"));
    m_twoWay = makeRadio(tr("&Two-way: fail over and back"), QStringLiteral("twoWayRadio"));
    m_async = makeRadio(tr("&Asynchronous"), QStringLiteral("asyncRadio"));
    m_sync = makeRadio(tr("S&ynchronous"), QStringLiteral("syncRadio"));
    m_sqlServerFirstText = explanation(this, QStringLiteral("sqlServerFirstText"));
    m_managedInstanceFirstText = explanation(this, QStringLiteral("managedInstanceFirstText"));
    m_oneWayText = explanation(this, QStringLiteral("oneWayText"));
    m_twoWayText = explanation(this, QStringLiteral("twoWayText"));
    m_asyncText = explanation(this, QStringLiteral("asyncText"));
    m_syncText = explanation(this, QStringLiteral("syncText"));

    auto group = [this](const QString &title, const QList<QWidget *> &widgets) {
        auto *box = new QGroupBox(title, this);
        auto *layout = new QVBoxLayout(box);
        layout->setSpacing(2);
        for (QWidget *w : widgets) {
            w->setParent(box);
            layout->addWidget(w);
        }
        return box;
    };
    QGroupBox *direction = group(tr("Direction"),
                                 {m_sqlServerFirst, m_sqlServerFirstText, m_managedInstanceFirst,
                                  m_managedInstanceFirstText});
    QGroupBox *failover = group(tr("Failover"), {m_oneWay, m_oneWayText, m_twoWay, m_twoWayText});
    QGroupBox *replication
        = group(tr("Replication mode"), {m_async, m_asyncText, m_sync, m_syncText});

    // The explanations are long; a scroll area keeps each one whole instead of
    // squeezing the labels into each other on a small window.
    auto *options = new QWidget;
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(direction);
    optionsLayout->addWidget(failover);
    optionsLayout->addWidget(replication);
    optionsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("linkOptionsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(options);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameForm);
    layout->addWidget(m_facts);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_banner);

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_controller->setLinkName(text); });
    connect(m_sqlServerFirst, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setDirection(LinkDirection::SqlServerToManagedInstance);
    });
    connect(m_managedInstanceFirst, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setDirection(LinkDirection::ManagedInstanceToSqlServer);
    });
    connect(m_oneWay, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setFailoverMode(FailoverMode::OneWay);
    });
    connect(m_twoWay, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setFailoverMode(FailoverMode::TwoWay);
    });
    connect(m_async, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setReplicationMode(ReplicationMode::Async);
    });
    connect(m_sync, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_controller->setReplicationMode(ReplicationMode::Sync);
    });
    connect(m_controller, &LinkOptionsController::changed, this, &LinkOptionsPage::refresh);
    refresh();
}

void LinkOptionsPage::initializePage()
{
    refresh();
    m_name->setFocus();
}

bool LinkOptionsPage::isComplete() const
{
    return m_controller->problem().isEmpty();
}

void LinkOptionsPage::refresh()
{
    const LinkDefinition &link = m_session->link();
    if (m_name->text() != m_controller->linkName())
        m_name->setText(m_controller->linkName());
    {
        // Reflect the session without writing back to it.
        const QSignalBlocker b1(m_sqlServerFirst), b2(m_managedInstanceFirst), b3(m_oneWay),
            b4(m_twoWay), b5(m_async), b6(m_sync);
        const bool fromSqlServer = link.direction == LinkDirection::SqlServerToManagedInstance;
        m_sqlServerFirst->setChecked(fromSqlServer);
        m_managedInstanceFirst->setChecked(!fromSqlServer);
        m_oneWay->setChecked(link.failoverMode == FailoverMode::OneWay);
        m_twoWay->setChecked(link.failoverMode == FailoverMode::TwoWay);
        m_async->setChecked(link.replicationMode == ReplicationMode::Async);
        m_sync->setChecked(link.replicationMode == ReplicationMode::Sync);
    }
    const LinkOptionImplications implications = m_controller->implications();
    m_facts->setText(implications.facts);
    showOption(m_sqlServerFirst, m_sqlServerFirstText, implications.sqlServerFirst);
    showOption(m_managedInstanceFirst, m_managedInstanceFirstText,
               implications.managedInstanceFirst);
    showOption(m_oneWay, m_oneWayText, implications.oneWay);
    showOption(m_twoWay, m_twoWayText, implications.twoWay);
    showOption(m_async, m_asyncText, implications.async);
    showOption(m_sync, m_syncText, implications.sync);

    const QString nameProblem = m_controller->linkNameProblem();
    m_nameProblem->setText(nameProblem);
    m_nameProblem->setVisible(!nameProblem.isEmpty());
    const QString problem = m_controller->problem();
    if (problem.isEmpty() || problem == nameProblem)
        m_banner->clear();
    else
        m_banner->showError(problem);
    emit completeChanged();
}

} // namespace milink
