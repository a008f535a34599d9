#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The contract check: Stoplight Prism (tests/tools, pinned 5.14.2) in validation-proxy
// mode in front of milink-sim's ARM endpoint, validating every request and response
// against the official OpenAPI files in ../shared/reference/arm. Prism takes one
// document, so the Microsoft.Sql 2025-01-01 files and subscriptions 2022-12-01 are
// merged into one at start (relative $refs made absolute, x-ms-examples dropped
// because some example files are missing). Run with --errors: an invalid request
// comes back as 422 application/problem+json; every violation is also logged, and
// violations() collects those lines so a test can REQUIRE none happened.
//
// Not validated by Prism: long-running operation status URLs and nextLink pages
// (the simulator points them at itself, as ARM's point at ARM, and they are not in
// the OpenAPI files), header values, and the bearer token.
class PrismProxy
{
public:
    explicit PrismProxy(const QUrl &upstream);
    ~PrismProxy();
    PrismProxy(const PrismProxy &) = delete;
    PrismProxy &operator=(const PrismProxy &) = delete;

    // False (with a reason in skipReason()) when Prism is not installed; tests then
    // SKIP loudly via WARN rather than pass silently.
    bool isAvailable() const { return m_available; }
    QString skipReason() const { return m_skipReason; }

    QUrl url() const { return m_url; }
    // Every "Violation" or "Request terminated with error" line Prism logged so far.
    QStringList violations();
    QString log();

    static QString prismExecutable();
    static QString specificationDirectory();
    // Writes the merged document; returns an error text or empty.
    static QString writeMergedSpecification(const QString &target);

private:
    QProcess m_process;
    QUrl m_url;
    QString m_log;
    QString m_specFile;
    bool m_available = false;
    QString m_skipReason;
};
