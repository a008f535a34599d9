#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QDate>

namespace milink::cli {

// `milink validate PROJECT.milink`: reads a project file and prints every
// problem of the file and of the link it defines. Exit 0 when there is no
// error (warnings allowed), 1 otherwise.
class ValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;

    // Tests pin the date that expiry checks compare with.
    void setToday(const QDate &today) { m_today = today; }

private:
    QDate m_today;
};

} // namespace milink::cli
