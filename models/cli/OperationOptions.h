#pragma once

#include "link/ValidationIssue.h"
#include "plan/Operation.h"
#include "plan/PlanOptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace milink::cli {

// The `--operation` option and every option an operation reads, shared by
// `milink script` and `milink apply` so both accept exactly the same spellings
// and report the same problems. Construct it with the command's parser (it adds
// its options there), parse, then read().
class OperationOptions
{
    Q_DECLARE_TR_FUNCTIONS(OperationOptions)

public:
    struct Result
    {
        std::optional<Operation> operation; // empty when missing or unknown
        PlanOptions options;
        QStringList problems; // usage problems, each naming its option
    };

    explicit OperationOptions(QCommandLineParser &parser);

    // Reads the parsed options. Every problem is a sentence that names the option.
    Result read(const QCommandLineParser &parser) const;

    // Checks that need the date (the new certificate's expiry), as issues with the
    // option's name as their path.
    static ValidationIssues validate(const PlanOptions &options, const QDate &today);

    // "Operations: create-link, …" for a command's description.
    static QString operationList();

private:
    QCommandLineOption m_operation;
    QCommandLineOption m_database;
    QCommandLineOption m_fullBackup;
    QCommandLineOption m_backupDirectory;
    QCommandLineOption m_mode;
    QCommandLineOption m_to;
    QCommandLineOption m_type;
    QCommandLineOption m_removeLink;
    QCommandLineOption m_acceptDataLoss;
    QCommandLineOption m_dropAg;
    QCommandLineOption m_removeCertificates;
    QCommandLineOption m_newCertificate;
    QCommandLineOption m_newExpiry;
    QCommandLineOption m_keepPrimary;
    QCommandLineOption m_backupUrl;
};

} // namespace milink::cli
