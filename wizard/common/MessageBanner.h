#pragma once

#include <QFrame>

class QLabel;

namespace milink {

// The inline message area of a page: what happened and what to do, and for a
// server or Azure error the raw text and its number beside the explanation, so a
// DBA can search for it. Hidden while empty. Recoverable problems belong here,
// not in a modal dialog.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error };
    Q_ENUM(Level)

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &explanation, const QString &serverText = {},
                     const QString &errorNumber = {});
    void showError(const QString &explanation, const QString &serverText = {},
                   const QString &errorNumber = {})
    {
        showMessage(Level::Error, explanation, serverText, errorNumber);
    }
    void clear();

    Level level() const { return m_level; }
    QString explanation() const;
    QString details() const;

private:
    Level m_level = Level::Information;
    QLabel *m_icon;
    QLabel *m_explanation;
    QLabel *m_details;
};

} // namespace milink
