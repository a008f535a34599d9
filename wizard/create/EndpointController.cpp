#include "EndpointController.h"

#include "session/LinkSession.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace milink {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool isHostName(const QString &text)
{
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62})?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62})?)*$"));
    return text.size() <= 253 && hostName.match(text).hasMatch();
}

} // namespace

EndpointController::EndpointController(LinkSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    // An existing endpoint is reused by default: an instance can have only one.
    const std::optional<ServerFacts::Endpoint> existing = existingEndpoint();
    m_reuseEndpoint = existing.has_value();
    connect(m_session, &LinkSession::sqlServerFactsChanged, this, [this] {
        if (existingEndpoint() && !m_reuseEndpoint)
            setReuseEndpoint(true);
        if (!existingEndpoint())
            m_reuseEndpoint = false;
        emit changed();
    });
}

std::optional<ServerFacts::Endpoint> EndpointController::existingEndpoint() const
{
    if (m_session->isOffline() || !m_session->sqlServerFacts())
        return std::nullopt;
    return m_session->sqlServerFacts()->mirroringEndpoint;
}

bool EndpointController::reusesEndpoint() const
{
    return m_reuseEndpoint && existingEndpoint().has_value();
}

void EndpointController::setReuseEndpoint(bool reuse)
{
    const std::optional<ServerFacts::Endpoint> existing = existingEndpoint();
    m_reuseEndpoint = reuse && existing.has_value();
    if (m_reuseEndpoint) {
        m_session->editLink([&existing](LinkDefinition &link) {
            link.endpoint.name = existing->name;
            link.endpoint.port = existing->port;
        });
    }
    emit changed();
}

void EndpointController::setEndpointName(const QString &name)
{
    if (reusesEndpoint())
        return;
    m_session->editLink([&name](LinkDefinition &link) { link.endpoint.name = name.trimmed(); });
    emit changed();
}

void EndpointController::setPort(int port)
{
    if (reusesEndpoint())
        return;
    m_session->editLink([port](LinkDefinition &link) { link.endpoint.port = port; });
    emit changed();
}

void EndpointController::setAddress(const QString &address)
{
    QString value = address.trimmed();
    if (value.startsWith(QLatin1Char('[')) && value.endsWith(QLatin1Char(']')))
        value = value.mid(1, value.size() - 2);
    m_session->editLink([&value](LinkDefinition &link) { link.endpoint.listenerAddress = value; });
    emit changed();
}

QList<ServerFacts::Certificate> EndpointController::reusableCertificates() const
{
    QList<ServerFacts::Certificate> result;
    if (m_session->isOffline() || !m_session->sqlServerFacts())
        return result;
    for (const ServerFacts::Certificate &certificate : m_session->sqlServerFacts()->certificates) {
        // Certificates named ##MS_…## belong to SQL Server itself.
        if (certificate.encryptedByMasterKey && !certificate.name.startsWith(QLatin1String("##")))
            result << certificate;
    }
    return result;
}

bool EndpointController::reusesCertificate() const
{
    const QString name = m_session->link().effectiveCertificateName();
    for (const ServerFacts::Certificate &certificate : reusableCertificates()) {
        if (same(certificate.name, name))
            return true;
    }
    return false;
}

void EndpointController::reuseCertificate(const QString &name)
{
    m_session->editLink([&name](LinkDefinition &link) {
        link.certificate.name = name;
        // The existing certificate keeps its own expiry.
        link.certificate.expiryDate = QDate();
    });
    emit changed();
}

void EndpointController::createCertificate(const QString &name, const QDate &expiry)
{
    m_session->editLink([&name, &expiry](LinkDefinition &link) {
        link.certificate.name = name.trimmed();
        link.certificate.expiryDate = expiry;
    });
    emit changed();
}

QDate EndpointController::defaultExpiry(const QDate &today)
{
    return today.addYears(1);
}

QStringList EndpointController::alterationsFor(const ServerFacts::Endpoint &endpoint)
{
    QStringList changes;
    if (!endpoint.authentication.contains(QLatin1String("CERTIFICATE"), Qt::CaseInsensitive))
        changes << tr("its authentication (%1) becomes WINDOWS NEGOTIATE CERTIFICATE, so Windows "
                      "partners keep working and the managed instance uses the certificate")
                       .arg(endpoint.authentication.isEmpty() ? tr("unknown")
                                                              : endpoint.authentication);
    if (!endpoint.encryptionEnabled
        || !endpoint.algorithm.contains(QLatin1String("AES"), Qt::CaseInsensitive))
        changes << tr("its encryption (%1) becomes REQUIRED ALGORITHM AES")
                       .arg(endpoint.encryptionEnabled ? endpoint.algorithm : tr("disabled"));
    if (!same(endpoint.state, QStringLiteral("STARTED")))
        changes << tr("it is started (now %1)").arg(endpoint.state);
    return changes;
}

EndpointController::Review EndpointController::review(const QDate &today) const
{
    Review review;
    const LinkDefinition &link = m_session->link();
    const MirroringEndpoint &endpoint = link.endpoint;

    if (reusesEndpoint())
        review.alterations = alterationsFor(*existingEndpoint());
    else if (existingEndpoint())
        review.errors << tr("SQL Server already has the database mirroring endpoint %1, and an "
                            "instance can have only one (Msg 7862). Choose to reuse it.")
                             .arg(existingEndpoint()->name);

    if (endpoint.name.isEmpty())
        review.errors << tr("Type a name for the endpoint.");
    else if (endpoint.name.size() > 128)
        review.errors << tr("The endpoint name is longer than 128 characters.");
    if (endpoint.port < 1 || endpoint.port > 65535)
        review.errors << tr("The port must be between 1 and 65535 (normally 5022).");
    else if (endpoint.port == link.sqlServer.port)
        review.errors << tr("Port %1 is SQL Server's client port; the endpoint needs its own "
                            "(normally 5022).")
                             .arg(endpoint.port);

    const QString address = endpoint.listenerAddress;
    const QHostAddress ip(address);
    if (address.isEmpty()) {
        review.errors << tr("Type the address the managed instance uses to reach SQL Server: "
                            "its host name or IP address, or the listener IP of an existing "
                            "availability group.");
    } else if (ip.isNull() && !isHostName(address)) {
        review.errors << tr("%1 is neither an IP address nor a host name.").arg(address);
    } else {
        if (ip.isLoopback())
            review.errors << tr("%1 is a loopback address; the managed instance cannot reach "
                                "it. Use SQL Server's address in its network.")
                                 .arg(address);
        else if (ip.isNull())
            review.warnings << tr("The managed instance must resolve %1 through its virtual "
                                  "network's DNS; an IP address avoids that.")
                                   .arg(address);
        review.url = endpoint.url();
    }

    const QString certificateName = link.effectiveCertificateName();
    if (certificateName.isEmpty())
        review.errors << tr("Type a certificate name.");
    else if (certificateName.contains(QLatin1Char('\\')))
        review.errors << tr("The certificate name %1 contains a backslash; use a name without "
                            "one.")
                             .arg(certificateName);
    if (!reusesCertificate()) {
        const QDate expiry = link.certificate.expiryDate.isValid() ? link.certificate.expiryDate
                                                                   : defaultExpiry(today);
        if (expiry <= today)
            review.errors << tr("The certificate's expiry date %1 is not in the future.")
                                 .arg(expiry.toString(Qt::ISODate));
        else if (today.daysTo(expiry) < 30)
            review.warnings << tr("The certificate expires in %1 days; the link stops when it "
                                  "does, unless you rotate the certificate before.")
                                   .arg(today.daysTo(expiry));
        if (m_session->sqlServerFacts() && !m_session->isOffline()) {
            if (const ServerFacts::Certificate *existing
                = m_session->sqlServerFacts()->certificate(certificateName)) {
                if (!existing->encryptedByMasterKey)
                    review.errors << tr("A certificate named %1 exists but is not encrypted by "
                                        "the master key; choose another name.")
                                         .arg(certificateName);
            }
        }
    } else if (const ServerFacts::Certificate *existing
               = m_session->sqlServerFacts()->certificate(certificateName)) {
        const QDateTime now = today.startOfDay(Qt::UTC);
        if (existing->expiryDate.isValid() && existing->expiryDate <= now)
            review.errors << tr("The certificate %1 expired on %2; create a new one.")
                                 .arg(certificateName,
                                      existing->expiryDate.date().toString(Qt::ISODate));
        else if (existing->expiryDate.isValid() && now.daysTo(existing->expiryDate) < 30)
            review.warnings << tr("The certificate %1 expires on %2, in less than 30 days.")
                                   .arg(certificateName,
                                        existing->expiryDate.date().toString(Qt::ISODate));
    }
    return review;
}

void EndpointController::check()
{
    const Review current = review();
    CheckOutcome outcome;
    outcome.passed = current.errors.isEmpty();
    outcome.error = current.errors.join(QLatin1Char(' '));
    emit checkFinished(outcome);
}

} // namespace milink
