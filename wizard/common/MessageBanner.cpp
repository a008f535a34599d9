#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace milink {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent),
      m_icon(new QLabel(this)),
      m_explanation(new QLabel(this)),
      m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_explanation->setObjectName(QStringLiteral("bannerExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    QFont mono = m_details->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_details->setFont(mono);

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(m_explanation);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    hide();
}

void MessageBanner::showMessage(Level level, const QString &explanation, const QString &serverText,
                                const QString &errorNumber)
{
    m_level = level;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor background = palette().color(QPalette::AlternateBase);
    switch (level) {
    case Level::Information: break;
    case Level::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        background = QColor(0xff, 0xf4, 0xce);
        break;
    case Level::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        background = QColor(0xfd, 0xe7, 0xe9);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(colours);

    m_explanation->setText(explanation);
    QStringList details;
    if (!serverText.isEmpty())
        details << serverText;
    // 0 is what a driver reports without a server error number: it says nothing.
    if (!errorNumber.isEmpty() && errorNumber != QLatin1String("0"))
        details << tr("Error number: %1").arg(errorNumber);
    m_details->setText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
    setVisible(!explanation.isEmpty() || !details.isEmpty());
}

void MessageBanner::clear()
{
    m_explanation->clear();
    m_details->clear();
    hide();
}

QString MessageBanner::explanation() const
{
    return m_explanation->text();
}

QString MessageBanner::details() const
{
    return m_details->text();
}

} // namespace milink
