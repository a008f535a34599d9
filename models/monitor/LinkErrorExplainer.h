#pragma once

#include <QCoreApplication>
#include <QString>

namespace milink {

// Plain-language causes and fixes for the error numbers and link states a link
// reports (SQL Server / managed instance error numbers, ARM `replicaState` values
// ending in Error). Azure's own error codes are explained by ArmError.
class LinkErrorExplainer
{
    Q_DECLARE_TR_FUNCTIONS(LinkErrorExplainer)

public:
    // Empty when the number is not one of the link's documented errors.
    static QString explainNumber(int errorNumber);
    // For ARM replicaState values such as LinkInitError; empty when unknown.
    static QString explainReplicaState(const QString &replicaState);
    // The first link error number (1408, 41962, …) quoted in a free text, or 0.
    static int numberIn(const QString &text);
};

} // namespace milink
