#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace milink::cli {

// `milink support-bundle PROJECT.milink --out FILE [--offline]`: refreshes the
// project's links once (connecting like `milink status`, unless --offline) and
// writes a support bundle (SupportBundle: versions, project, journals, plans,
// ARM responses and DMV snapshots, secrets redacted) as an uncompressed tar.
// Exit 0 when the bundle was written, 1 when it could not be, 2 for usage errors.
class SupportBundleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SupportBundleCommand)

public:
    QString name() const override { return QStringLiteral("support-bundle"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace milink::cli
