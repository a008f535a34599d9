#pragma once

#include "link/LinkDefinition.h"
#include "sql/ServerFacts.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace milink {

class LinkSession;

// The Endpoint and certificates page's logic, without widgets: SQL Server's
// database mirroring endpoint (reuse the existing one, whose name and port are
// then fixed, or create one), the address the managed instance connects to, and
// the endpoint certificate (reuse one encrypted by the master key, or create
// one with an expiry date). Reads ServerFacts, writes the link definition.
class EndpointController : public QObject
{
    Q_OBJECT

public:
    // What the current choices amount to: errors block Next, warnings do not.
    struct Review
    {
        QStringList errors;
        QStringList warnings;
        QString url; // TCP://address:port, empty while the address is invalid
        QStringList alterations; // what reusing the existing endpoint changes
    };
    struct CheckOutcome
    {
        bool passed = false;
        QString error;
    };

    explicit EndpointController(LinkSession *session, QObject *parent = nullptr);

    // The existing DATABASE_MIRRORING endpoint (only one per instance), when known.
    std::optional<ServerFacts::Endpoint> existingEndpoint() const;
    bool reusesEndpoint() const;
    // Reusing fixes the name and port to the existing endpoint's.
    void setReuseEndpoint(bool reuse);
    void setEndpointName(const QString &name);
    void setPort(int port);
    // Host name, IPv4 or IPv6 (brackets are removed; the URL adds them back).
    void setAddress(const QString &address);

    // Certificates in master whose private key the master key encrypts: the
    // only ones an endpoint can use.
    QList<ServerFacts::Certificate> reusableCertificates() const;
    bool reusesCertificate() const;
    void reuseCertificate(const QString &name);
    // An empty name means the default (LinkDefinition::effectiveCertificateName()).
    void createCertificate(const QString &name, const QDate &expiry);
    // One year from today, the default expiry of a new certificate.
    static QDate defaultExpiry(const QDate &today = QDate::currentDate());

    // What reusing the existing endpoint changes so it suits the link.
    static QStringList alterationsFor(const ServerFacts::Endpoint &endpoint);

    Review review(const QDate &today = QDate::currentDate()) const;
    // Next: passes unless review() has errors; answers checkFinished.
    void check();

signals:
    void changed();
    void checkFinished(const milink::EndpointController::CheckOutcome &outcome);

private:
    LinkSession *m_session;
    bool m_reuseEndpoint = false;
};

} // namespace milink

Q_DECLARE_METATYPE(milink::EndpointController::CheckOutcome)
