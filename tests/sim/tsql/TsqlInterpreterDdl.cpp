#include "TsqlInterpreter.h"

#include "TsqlConvert.h"

#include "world/SimCertificateFactory.h"
#include "world/SimWorld.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QTimeZone>

namespace milink::sim {

namespace {

[[noreturn]] void syntaxNear(const TsqlToken &token, int line)
{
    throw TsqlError::batch(102, QStringLiteral("Incorrect syntax near '%1'.").arg(token.text),
                           token.line > 0 ? token.line : line, 1, 15);
}

[[noreturn]] void syntaxNear(const QString &text, int line)
{
    throw TsqlError::batch(102, QStringLiteral("Incorrect syntax near '%1'.").arg(text), line, 1,
                           15);
}

QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    const QList<QPair<QSslCertificate::SubjectInfo, const char *>> fields
        = {{QSslCertificate::CommonName, "CN"},
           {QSslCertificate::OrganizationalUnitName, "OU"},
           {QSslCertificate::Organization, "O"},
           {QSslCertificate::LocalityName, "L"},
           {QSslCertificate::StateOrProvinceName, "S"},
           {QSslCertificate::CountryName, "C"}};
    QStringList parts;
    for (const auto &field : fields) {
        const QStringList values
            = subject ? certificate.subjectInfo(field.first) : certificate.issuerInfo(field.first);
        for (const QString &value : values)
            parts << QLatin1String(field.second) + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral(", "));
}

// Password policy of CREATE MASTER KEY on a Windows host with CHECK_POLICY.
bool complexEnough(const QString &password)
{
    if (password.size() < 8)
        return false;
    int classes = 0;
    bool upper = false, lower = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isUpper())
            upper = true;
        else if (c.isLower())
            lower = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    classes = int(upper) + int(lower) + int(digit) + int(other);
    return classes >= 3;
}

QString upperWords(const TsqlOption &option)
{
    QStringList words;
    for (const TsqlToken &token : option.tokens)
        words << token.text.toUpper();
    return words.join(QLatin1Char(' '));
}

QString backupTerminating(const QString &kind)
{
    return QStringLiteral("BACKUP %1 is terminating abnormally.").arg(kind);
}

} // namespace

void TsqlInterpreter::requireSysadmin(int line)
{
    if (!isSysadmin())
        throw TsqlError::statement(15247,
                                   QStringLiteral("User does not have permission to perform this "
                                                  "action."),
                                   line);
}

QString TsqlInterpreter::optionText(const TsqlOption &option, int index)
{
    if (index >= option.tokens.size())
        syntaxNear(option.name, option.line);
    const TsqlToken &token = option.tokens.at(index);
    if (token.kind == TsqlToken::Kind::Variable) {
        TsqlExpr expr;
        expr.kind = TsqlExpr::Kind::Variable;
        expr.name = token.text;
        expr.line = token.line;
        const TsqlValue value = eval(std::make_shared<TsqlExpr>(expr), nullptr);
        return value.isNull() ? QString() : TsqlConvert::text(value);
    }
    return token.text;
}

void TsqlInterpreter::createMasterKey(const TsqlStatement &statement)
{
    requireSysadmin(statement.line);
    if (m_instance.masterKey)
        throw TsqlError::statement(15578,
                                   QStringLiteral("There is already a master key in the database. "
                                                  "Please drop it before performing this "
                                                  "statement."),
                                   statement.line);
    const QString password = statement.args.first()->value.toText();
    if (!complexEnough(password))
        throw TsqlError::statement(15118,
                                   QStringLiteral("Password validation failed. The password does "
                                                  "not meet the operating system policy "
                                                  "requirements because it is not complex "
                                                  "enough."),
                                   statement.line);
    m_instance.masterKey = true;
    m_instance.notifyChanged();
}

void TsqlInterpreter::dropMasterKey(const TsqlStatement &statement)
{
    requireSysadmin(statement.line);
    if (!m_instance.masterKey)
        throw TsqlError::statement(15580,
                                   QStringLiteral("Cannot drop master key because it does not "
                                                  "exist."),
                                   statement.line);
    for (const SimCertificate &c : std::as_const(m_instance.certificates)) {
        if (c.hasPrivateKey)
            throw TsqlError::statement(
                15580,
                QStringLiteral("Cannot drop master key because certificate '%1' is encrypted by "
                               "it.")
                    .arg(c.name),
                statement.line);
    }
    m_instance.masterKey = false;
    m_instance.notifyChanged();
}

void TsqlInterpreter::createCertificate(const TsqlStatement &statement)
{
    const int line = statement.line;
    requireSysadmin(line);
    const QString name = statement.objectName;
    if (name.contains(QLatin1Char('\\')))
        throw TsqlError::statement(15404,
                                   QStringLiteral("The certificate name '%1' is not valid: it "
                                                  "contains the character '\\'. Use a name "
                                                  "without backslashes, e.g. replace '\\' in "
                                                  "@@SERVERNAME by '_'.")
                                       .arg(name),
                                   line);
    if (m_instance.certificate(name))
        throw TsqlError::statement(15232,
                                   QStringLiteral("A certificate with name '%1' already exists or "
                                                  "this certificate already has been added to the "
                                                  "database.")
                                       .arg(name),
                                   line);
    QHash<QString, TsqlOption> options;
    for (const TsqlOption &option : statement.options)
        options.insert(option.name, option);

    SimCertificate certificate;
    certificate.name = name;
    certificate.certificateId = m_instance.nextCertificateId();

    if (options.contains(QStringLiteral("FILE")))
        throw TsqlError::statement(15208,
                                   QStringLiteral("The certificate, asymmetric key, or private key "
                                                  "file is not valid or does not exist; or you do "
                                                  "not have permissions for it."),
                                   line);
    if (options.contains(QStringLiteral("BINARY"))) {
        const QByteArray der = options.value(QStringLiteral("BINARY")).tokens.first().binary;
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(der, QSsl::Der);
        if (parsed.isEmpty() || parsed.first().isNull())
            throw TsqlError::statement(15297,
                                       QStringLiteral("The certificate, asymmetric key, or private "
                                                      "key data is invalid."),
                                       line);
        const QSslCertificate &x509 = parsed.first();
        const QByteArray thumbprint = QCryptographicHash::hash(der, QCryptographicHash::Sha1);
        for (const SimCertificate &existing : std::as_const(m_instance.certificates)) {
            if (existing.thumbprint() == thumbprint)
                throw TsqlError::statement(
                    15232,
                    QStringLiteral("A certificate with name '%1' already exists or this "
                                   "certificate already has been added to the database.")
                        .arg(name),
                    line);
        }
        certificate.der = der;
        certificate.subject = distinguishedName(x509, true);
        certificate.issuerName = distinguishedName(x509, false);
        certificate.startDate = x509.effectiveDate().toUTC();
        certificate.expiryDate = x509.expiryDate().toUTC();
        certificate.hasPrivateKey = false;
    } else {
        const bool password = options.contains(QStringLiteral("ENCRYPTION_PASSWORD"));
        if (!password && !m_instance.masterKey)
            throw TsqlError::statement(15581,
                                       QStringLiteral("Please create a master key in the database "
                                                      "or open the master key in the session "
                                                      "before performing this operation."),
                                       line);
        const QDateTime now = m_world.clock().now();
        QDateTime start = QDateTime(now.date(), QTime(0, 0), QTimeZone::utc());
        QDateTime expiry = start.addYears(1);
        const auto date = [&](const char *key, QDateTime *out) {
            if (!options.contains(QLatin1String(key)))
                return;
            const auto parsed
                = TsqlConvert::parseDateTime(options.value(QLatin1String(key)).tokens.first().text);
            if (!parsed)
                throw TsqlError::statement(
                    241,
                    QStringLiteral("Conversion failed when converting date and/or time from "
                                   "character string."),
                    line);
            *out = *parsed;
        };
        date("START_DATE", &start);
        date("EXPIRY_DATE", &expiry);
        if (expiry <= start)
            throw TsqlError::statement(15297,
                                       QStringLiteral("The certificate, asymmetric key, or private "
                                                      "key data is invalid."),
                                       line);
        certificate.subject = options.value(QStringLiteral("SUBJECT")).tokens.isEmpty()
            ? name
            : options.value(QStringLiteral("SUBJECT")).tokens.first().text;
        certificate.issuerName = certificate.subject;
        certificate.startDate = start;
        certificate.expiryDate = expiry;
        certificate.hasPrivateKey = true;
        SimCertificateFactory::Request request;
        request.subjectCommonName = certificate.subject;
        request.notBefore = start;
        request.notAfter = expiry;
        request.seed
            = qHash(m_instance.serverName + name) ^ static_cast<quint64>(now.toMSecsSinceEpoch());
        certificate.der = SimCertificateFactory::create(request);
    }
    m_instance.certificates << certificate;
    m_instance.notifyChanged();
}

void TsqlInterpreter::dropCertificate(const TsqlStatement &statement)
{
    requireSysadmin(statement.line);
    const SimCertificate *certificate = m_instance.certificate(statement.objectName);
    if (!certificate)
        throw TsqlError::statement(15151,
                                   QStringLiteral("Cannot drop the certificate '%1', because it "
                                                  "does not exist or you do not have permission.")
                                       .arg(statement.objectName),
                                   statement.line);
    for (const SimEndpoint &endpoint : std::as_const(m_instance.endpoints)) {
        if (endpoint.certificateName.compare(certificate->name, Qt::CaseInsensitive) == 0)
            throw TsqlError::statement(
                15352,
                QStringLiteral("The certificate '%1' cannot be dropped because it is used by "
                               "endpoint '%2'. Alter the endpoint to use another certificate "
                               "first.")
                    .arg(certificate->name, endpoint.name),
                statement.line);
    }
    const int id = certificate->certificateId;
    m_instance.certificates.removeIf(
        [id](const SimCertificate &c) { return c.certificateId == id; });
    m_instance.notifyChanged();
}

void TsqlInterpreter::applyEndpointOptions(const TsqlStatement &statement, SimEndpoint &endpoint,
                                           bool creating)
{
    const int line = statement.line;
    bool sawTcp = false, sawMirroring = false;
    for (const TsqlOption &option : statement.options) {
        if (option.name == QLatin1String("STATE")) {
            const QString state = option.word(0);
            if (state == QLatin1String("DISABLED"))
                endpoint.started = false;
            else
                endpoint.started = state == QLatin1String("STARTED");
        } else if (option.name == QLatin1String("TCP")) {
            sawTcp = true;
            for (const TsqlOption &tcp : option.children) {
                if (tcp.name == QLatin1String("LISTENER_PORT")) {
                    if (tcp.tokens.size() != 1
                        || tcp.tokens.first().kind != TsqlToken::Kind::Integer)
                        syntaxNear(tcp.tokens.value(tcp.tokens.size() > 1 ? 1 : 0), line);
                    const int port = tcp.tokens.first().text.toInt();
                    if (port < 1024 || port > 32767)
                        throw TsqlError::statement(
                            7812,
                            QStringLiteral("The parameter 'LISTENER_PORT' is not valid. The port "
                                           "must be between 1024 and 32767."),
                            line);
                    endpoint.port = port;
                } else if (tcp.name == QLatin1String("LISTENER_IP")) {
                    if (tcp.word(0) == QLatin1String("ALL")) {
                        endpoint.listenerIp = QStringLiteral("ALL");
                    } else {
                        QString ip;
                        for (const TsqlToken &token : tcp.tokens) {
                            if (!token.isSymbol("(") && !token.isSymbol(")"))
                                ip += token.text;
                        }
                        endpoint.listenerIp = ip;
                    }
                }
            }
        } else if (option.name == QLatin1String("DATABASE_MIRRORING")) {
            sawMirroring = true;
            for (const TsqlOption &item : option.children) {
                if (item.name == QLatin1String("ROLE")) {
                    const QString role = item.word(0);
                    if (item.tokens.size() != 1
                        || (role != QLatin1String("ALL") && role != QLatin1String("PARTNER")
                            && role != QLatin1String("WITNESS")))
                        syntaxNear(item.tokens.value(0), line);
                    endpoint.role = role;
                } else if (item.name == QLatin1String("AUTHENTICATION")) {
                    int i = 0;
                    QString windows, certificateName;
                    bool certificateFirst = false;
                    const auto windowsPart = [&]() {
                        ++i;
                        const QString kind = item.word(i);
                        if (kind == QLatin1String("NTLM") || kind == QLatin1String("KERBEROS")
                            || kind == QLatin1String("NEGOTIATE")) {
                            windows = QStringLiteral("WINDOWS ") + kind;
                            ++i;
                        } else {
                            windows = QStringLiteral("WINDOWS NEGOTIATE");
                        }
                    };
                    const auto certificatePart = [&]() {
                        ++i;
                        if (i >= item.tokens.size() || !item.tokens.at(i).isIdentifier())
                            syntaxNear(item.tokens.value(i - 1), line);
                        certificateName = item.tokens.at(i).text;
                        ++i;
                    };
                    if (item.word(0) == QLatin1String("WINDOWS")) {
                        windowsPart();
                        if (item.word(i) == QLatin1String("CERTIFICATE"))
                            certificatePart();
                    } else if (item.word(0) == QLatin1String("CERTIFICATE")) {
                        certificateFirst = true;
                        certificatePart();
                        if (item.word(i) == QLatin1String("WINDOWS"))
                            windowsPart();
                    } else {
                        syntaxNear(item.tokens.value(0), line);
                    }
                    if (i < item.tokens.size())
                        syntaxNear(item.tokens.at(i), line);
                    if (!certificateName.isEmpty()) {
                        const SimCertificate *c = m_instance.certificate(certificateName);
                        if (!c)
                            throw TsqlError::statement(
                                15151,
                                QStringLiteral("Cannot find the certificate '%1', because it does "
                                               "not exist or you do not have permission.")
                                    .arg(certificateName),
                                line);
                        certificateName = c->name;
                    }
                    QStringList parts;
                    if (certificateFirst) {
                        parts << QStringLiteral("CERTIFICATE");
                        if (!windows.isEmpty())
                            parts << windows;
                    } else {
                        parts << windows;
                        if (!certificateName.isEmpty())
                            parts << QStringLiteral("CERTIFICATE");
                    }
                    endpoint.authentication = parts.join(QLatin1Char(' '));
                    endpoint.certificateName = certificateName;
                } else if (item.name == QLatin1String("ENCRYPTION")) {
                    const QString mode = item.word(0);
                    if (mode == QLatin1String("DISABLED")) {
                        if (item.tokens.size() != 1)
                            syntaxNear(item.tokens.at(1), line);
                        endpoint.encryptionRequired = false;
                        endpoint.algorithm = QStringLiteral("NONE");
                        continue;
                    }
                    if (mode != QLatin1String("REQUIRED") && mode != QLatin1String("SUPPORTED"))
                        syntaxNear(item.tokens.value(0), line);
                    endpoint.encryptionRequired = mode == QLatin1String("REQUIRED");
                    endpoint.algorithm = QStringLiteral("AES");
                    if (item.tokens.size() > 1) {
                        if (item.word(1) != QLatin1String("ALGORITHM") || item.tokens.size() < 3
                            || item.tokens.size() > 4)
                            syntaxNear(item.tokens.at(1), line);
                        QStringList algorithms;
                        for (int k = 2; k < item.tokens.size(); ++k) {
                            const QString a = item.word(k);
                            if ((a != QLatin1String("AES") && a != QLatin1String("RC4"))
                                || algorithms.contains(a))
                                syntaxNear(item.tokens.at(k), line);
                            algorithms << a;
                        }
                        endpoint.algorithm = algorithms.join(QLatin1Char(' '));
                    }
                }
            }
        }
    }
    if (creating && (!sawTcp || !sawMirroring))
        syntaxNear(sawTcp ? QStringLiteral(")") : statement.objectName, line);
}

void TsqlInterpreter::createOrAlterEndpoint(const TsqlStatement &statement)
{
    const int line = statement.line;
    requireSysadmin(line);
    const bool creating = statement.kind == TsqlStatement::Kind::CreateEndpoint;
    if (creating) {
        if (m_instance.mirroringEndpoint())
            throw TsqlError::statement(7862,
                                       QStringLiteral("An endpoint of the requested type already "
                                                      "exists.  Only one endpoint of this type is "
                                                      "supported.  Use ALTER ENDPOINT or DROP the "
                                                      "existing endpoint and execute the CREATE "
                                                      "ENDPOINT statement."),
                                       line);
        SimEndpoint endpoint;
        endpoint.endpointId = m_instance.nextEndpointId();
        endpoint.name = statement.objectName;
        // CREATE ENDPOINT's defaults: stopped, Windows negotiate, AES required.
        endpoint.started = false;
        endpoint.authentication = QStringLiteral("WINDOWS NEGOTIATE");
        endpoint.certificateName.clear();
        endpoint.encryptionRequired = true;
        endpoint.algorithm = QStringLiteral("AES");
        endpoint.role = QStringLiteral("ALL");
        applyEndpointOptions(statement, endpoint, true);
        m_instance.endpoints << endpoint;
        m_instance.notifyChanged();
        return;
    }
    SimEndpoint *endpoint = nullptr;
    for (SimEndpoint &e : m_instance.endpoints) {
        if (e.name.compare(statement.objectName, Qt::CaseInsensitive) == 0)
            endpoint = &e;
    }
    if (!endpoint)
        throw TsqlError::statement(15151,
                                   QStringLiteral("Cannot alter the endpoint '%1', because it does "
                                                  "not exist or you do not have permission.")
                                       .arg(statement.objectName),
                                   line);
    SimEndpoint changed = *endpoint;
    applyEndpointOptions(statement, changed, false);
    *endpoint = changed;
    m_instance.notifyChanged();
}

void TsqlInterpreter::dropEndpoint(const TsqlStatement &statement)
{
    requireSysadmin(statement.line);
    const qsizetype before = m_instance.endpoints.size();
    m_instance.endpoints.removeIf([&](const SimEndpoint &e) {
        return e.name.compare(statement.objectName, Qt::CaseInsensitive) == 0;
    });
    if (m_instance.endpoints.size() == before)
        throw TsqlError::statement(15151,
                                   QStringLiteral("Cannot drop the endpoint '%1', because it does "
                                                  "not exist or you do not have permission.")
                                       .arg(statement.objectName),
                                   statement.line);
    m_instance.notifyChanged();
}

void TsqlInterpreter::checkDatabaseForAvailabilityGroup(const QString &name, const QString &group,
                                                        int line)
{
    const SimDatabase *database = m_instance.database(name);
    if (!database || TsqlCatalog::isSystemDatabase(name))
        throw TsqlError::statement(
            911,
            QStringLiteral("Database '%1' does not exist. Make sure that the name is entered "
                           "correctly.")
                .arg(name),
            line);
    if (database->recoveryModel != QLatin1String("FULL"))
        throw TsqlError::statement(
            1465,
            QStringLiteral("Database \"%1\" database is not in full recovery mode on each of the "
                           "server instances. The full recovery model is required for a database "
                           "to participate in database mirroring or in an availability group.")
                .arg(database->name),
            line);
    if (!database->logChainStarted)
        throw TsqlError::statement(
            1475,
            QStringLiteral("Database \"%1\" cannot be added to availability group '%2' because its "
                           "log chain has not started. Take a full database backup (not "
                           "COPY_ONLY) and retry.")
                .arg(database->name, group),
            line);
    for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
        if (ag.distributed)
            continue;
        for (const QString &member : ag.databases) {
            if (member.compare(name, Qt::CaseInsensitive) == 0)
                throw TsqlError::statement(
                    35240,
                    QStringLiteral("Database '%1' cannot be joined to or unjoined from "
                                   "availability group '%2'. The database is already in "
                                   "availability group '%3'.")
                        .arg(database->name, group, ag.name),
                    line);
        }
    }
}

void TsqlInterpreter::createAvailabilityGroup(const TsqlStatement &statement)
{
    const int line = statement.line;
    requireSysadmin(line);
    if (!m_instance.hadrEnabled)
        throw TsqlError::statement(
            35220,
            QStringLiteral("Could not process the operation. Always On Availability Groups is not "
                           "enabled for server instance '%1'. Enable the Always On Availability "
                           "Groups feature in SQL Server Configuration Manager, restart the "
                           "service, and retry the operation.")
                .arg(m_instance.serverName),
            line);
    if (m_instance.availabilityGroup(statement.objectName))
        throw TsqlError::statement(41042,
                                   QStringLiteral("The availability group '%1' already exists.  "
                                                  "This error could be caused by a previous failed "
                                                  "CREATE AVAILABILITY GROUP or DROP AVAILABILITY "
                                                  "GROUP operation.  If the availability group "
                                                  "name you specified is correct, try dropping the "
                                                  "availability group and then retry CREATE "
                                                  "AVAILABILITY GROUP operation.")
                                       .arg(statement.objectName),
                                   line);
    SimAvailabilityGroup ag;
    ag.groupId = QUuid::createUuid();
    ag.name = statement.objectName;
    ag.distributed = statement.distributed;
    ag.clusterType = QStringLiteral("WSFC");
    for (const TsqlOption &option : statement.options) {
        if (option.name == QLatin1String("CLUSTER_TYPE")) {
            // SQL Server 2016 has no CLUSTER_TYPE: the article says to delete that line there.
            if (majorVersion() == 13)
                syntaxNear(QStringLiteral("CLUSTER_TYPE"), option.line);
            const QString type = option.word(0);
            if (type != QLatin1String("NONE") && type != QLatin1String("WSFC")
                && type != QLatin1String("EXTERNAL"))
                syntaxNear(option.tokens.value(0), line);
            ag.clusterType = type;
        } else if (option.name == QLatin1String("REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT")) {
            ag.requiredSynchronizedSecondariesToCommit = optionText(option).toInt();
        }
    }
    const auto memberOption
        = [&](const TsqlAgMember &member, const char *name, bool required) -> QString {
        for (const TsqlOption &option : member.options) {
            if (option.name == QLatin1String(name))
                return option.tokens.first().kind == TsqlToken::Kind::String
                    ? option.tokens.first().text
                    : upperWords(option);
        }
        if (required)
            syntaxNear(QStringLiteral(")"), member.line);
        return QString();
    };
    const auto validateMode
        = [&](const QString &value, const QStringList &allowed, int memberLine) {
              if (!value.isEmpty() && !allowed.contains(value))
                  syntaxNear(value, memberLine);
          };
    static const QStringList availabilityModes
        = {QStringLiteral("SYNCHRONOUS_COMMIT"), QStringLiteral("ASYNCHRONOUS_COMMIT"),
           QStringLiteral("CONFIGURATION_ONLY")};
    static const QStringList failoverModes
        = {QStringLiteral("AUTOMATIC"), QStringLiteral("MANUAL"), QStringLiteral("EXTERNAL")};
    static const QStringList seedingModes = {QStringLiteral("AUTOMATIC"), QStringLiteral("MANUAL")};

    if (ag.distributed) {
        if (statement.members.size() != 2)
            syntaxNear(QStringLiteral(","), line);
        ag.clusterType = QStringLiteral("NONE");
        const SimAvailabilityGroup *localMember = nullptr;
        for (const TsqlAgMember &member : statement.members) {
            const SimAvailabilityGroup *candidate = m_instance.availabilityGroup(member.name);
            if (candidate && !candidate->distributed && !localMember)
                localMember = candidate;
        }
        if (!localMember)
            throw TsqlError::statement(
                15151,
                QStringLiteral("Cannot find the availability group '%1', because it does not exist "
                               "or you do not have permission. A distributed availability group "
                               "needs one member availability group on this instance.")
                    .arg(statement.members.first().name),
                line);
        for (const TsqlAgMember &member : statement.members) {
            SimReplica replica;
            replica.replicaId = QUuid::createUuid();
            replica.serverName = member.name;
            replica.endpointUrl = memberOption(member, "LISTENER_URL", true);
            replica.availabilityMode = memberOption(member, "AVAILABILITY_MODE", true);
            replica.failoverMode = memberOption(member, "FAILOVER_MODE", true);
            replica.seedingMode = memberOption(member, "SEEDING_MODE", false);
            if (replica.seedingMode.isEmpty())
                replica.seedingMode = QStringLiteral("MANUAL");
            validateMode(replica.availabilityMode, availabilityModes, member.line);
            validateMode(replica.failoverMode, failoverModes, member.line);
            validateMode(replica.seedingMode, seedingModes, member.line);
            if (!replica.endpointUrl.startsWith(QLatin1String("tcp://"), Qt::CaseInsensitive))
                throw TsqlError::statement(
                    35229,
                    QStringLiteral("The LISTENER_URL '%1' of availability group '%2' is not valid: "
                                   "use the form 'TCP://<address>:<port>'.")
                        .arg(replica.endpointUrl, member.name),
                    member.line);
            const QString timeout = memberOption(member, "SESSION_TIMEOUT", false);
            if (!timeout.isEmpty())
                replica.sessionTimeout = timeout.toInt();
            const bool local = member.name.compare(localMember->name, Qt::CaseInsensitive) == 0;
            replica.isLocal = local;
            if (local) {
                replica.role = localMember->databases.isEmpty() ? QStringLiteral("SECONDARY")
                                                                : QStringLiteral("PRIMARY");
                replica.operationalState = QStringLiteral("ONLINE");
                replica.connectedState = QStringLiteral("CONNECTED");
            } else {
                replica.role = QString();
            }
            ag.replicas << replica;
        }
    } else {
        for (const QString &database : statement.databases)
            checkDatabaseForAvailabilityGroup(database, ag.name, line);
        for (const QString &database : statement.databases)
            ag.databases << m_instance.database(database)->name;
        bool anyLocal = false;
        for (const TsqlAgMember &member : statement.members) {
            SimReplica replica;
            replica.replicaId = QUuid::createUuid();
            replica.serverName = member.name;
            replica.endpointUrl = memberOption(member, "ENDPOINT_URL", true);
            replica.availabilityMode = memberOption(member, "AVAILABILITY_MODE", true);
            replica.failoverMode = memberOption(member, "FAILOVER_MODE", true);
            replica.seedingMode = memberOption(member, "SEEDING_MODE", false);
            if (replica.seedingMode.isEmpty())
                replica.seedingMode = QStringLiteral("MANUAL");
            validateMode(replica.availabilityMode, availabilityModes, member.line);
            validateMode(replica.failoverMode, failoverModes, member.line);
            validateMode(replica.seedingMode, seedingModes, member.line);
            const QString timeout = memberOption(member, "SESSION_TIMEOUT", false);
            if (!timeout.isEmpty())
                replica.sessionTimeout = timeout.toInt();
            replica.isLocal = member.name.compare(m_instance.serverName, Qt::CaseInsensitive) == 0;
            if (replica.isLocal) {
                anyLocal = true;
                replica.role = QStringLiteral("PRIMARY");
                replica.operationalState = QStringLiteral("ONLINE");
                replica.connectedState = QStringLiteral("CONNECTED");
                replica.synchronizationHealth = statement.members.size() == 1
                    ? QStringLiteral("HEALTHY")
                    : QStringLiteral("NOT_HEALTHY");
            } else {
                replica.role = QString();
            }
            ag.replicas << replica;
        }
        if (!anyLocal)
            throw TsqlError::statement(
                35237,
                QStringLiteral(
                    "None of the specified replicas for availability group %1 maps to the "
                    "instance of SQL Server to which you are connected. Reenter the "
                    "command, specifying this server instance to host one of the "
                    "replicas. This replica will be the initial primary replica.")
                    .arg(ag.name),
                line);
    }
    m_instance.availabilityGroups << ag;
    m_instance.notifyChanged();
}

void TsqlInterpreter::alterAvailabilityGroup(const TsqlStatement &statement)
{
    const int line = statement.line;
    requireSysadmin(line);
    SimAvailabilityGroup *ag = m_instance.availabilityGroup(statement.objectName);
    if (!ag)
        throw TsqlError::statement(15151,
                                   QStringLiteral("Cannot alter the availability group '%1', "
                                                  "because it does not exist or you do not have "
                                                  "permission.")
                                       .arg(statement.objectName),
                                   line);
    const QString name = ag->name;
    const QString &action = statement.action;
    const auto refuse = [line](const SimLinkStateMachine::Refusal &refusal) {
        if (!refusal.ok())
            throw TsqlError::statement(refusal.sqlError, refusal.message, line);
    };
    if (action == QLatin1String("FAILOVER")) {
        if (!ag->distributed)
            throw TsqlError::statement(
                41122,
                QStringLiteral("Cannot failover an availability replica for availability group "
                               "'%1' since it has CLUSTER_TYPE = NONE. Only force failover is "
                               "supported in this version of SQL Server.")
                    .arg(name),
                line);
        refuse(m_world.links().plannedFailover(m_instance, name));
    } else if (action == QLatin1String("FORCE_FAILOVER_ALLOW_DATA_LOSS")) {
        if (ag->distributed) {
            refuse(m_world.links().forcedFailover(m_instance, name));
        } else if (SimReplica *local = ag->localReplica()) {
            local->role = QStringLiteral("PRIMARY");
        }
    } else if (action == QLatin1String("SET")) {
        for (const TsqlOption &option : statement.options) {
            if (option.name == QLatin1String("ROLE")) {
                if (option.word(0) != QLatin1String("SECONDARY") || option.tokens.size() != 1)
                    syntaxNear(option.tokens.value(0), line);
                if (ag->distributed) {
                    refuse(m_world.links().demote(m_instance, name));
                } else if (SimReplica *local = ag->localReplica()) {
                    local->role = QStringLiteral("SECONDARY");
                }
            } else if (option.name
                       == QLatin1String("REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT")) {
                if (majorVersion() == 13)
                    syntaxNear(option.name, option.line);
                bool ok = false;
                const int value = optionText(option).toInt(&ok);
                if (!ok || value < 0)
                    syntaxNear(option.tokens.value(0), line);
                // The pointer may be stale after a state machine call; look it up again.
                if (SimAvailabilityGroup *current = m_instance.availabilityGroup(name))
                    current->requiredSynchronizedSecondariesToCommit = value;
            }
        }
    } else if (action == QLatin1String("GRANT") || action == QLatin1String("DENY")) {
        ag->createAnyDatabaseGranted = action == QLatin1String("GRANT");
    } else if (action == QLatin1String("MODIFY_AG") || action == QLatin1String("MODIFY_REPLICA")) {
        const bool dag = action == QLatin1String("MODIFY_AG");
        if (dag != ag->distributed)
            syntaxNear(dag ? QStringLiteral("AVAILABILITY") : QStringLiteral("REPLICA"), line);
        for (const TsqlAgMember &member : statement.members) {
            SimReplica *replica = nullptr;
            for (SimReplica &r : ag->replicas) {
                // A DAG member may be named by its AG name or, as the failover article does, by
                // the managed instance name in its LISTENER_URL (Server=[name]).
                const QString server
                    = QStringLiteral("server=[") + member.name.toLower() + QLatin1Char(']');
                if (r.serverName.compare(member.name, Qt::CaseInsensitive) == 0
                    || (dag && r.endpointUrl.toLower().contains(server)))
                    replica = &r;
            }
            if (!replica)
                throw TsqlError::statement(
                    15151,
                    QStringLiteral("Cannot alter the availability group '%1', because it does not "
                                   "exist or you do not have permission.")
                        .arg(member.name),
                    member.line);
            for (const TsqlOption &option : member.options) {
                const QString value = option.tokens.first().kind == TsqlToken::Kind::String
                    ? option.tokens.first().text
                    : upperWords(option);
                if (option.name == QLatin1String("AVAILABILITY_MODE")) {
                    if (value != QLatin1String("SYNCHRONOUS_COMMIT")
                        && value != QLatin1String("ASYNCHRONOUS_COMMIT"))
                        syntaxNear(value, member.line);
                    replica->availabilityMode = value;
                } else if (option.name == QLatin1String("FAILOVER_MODE")) {
                    replica->failoverMode = value;
                } else if (option.name == QLatin1String("SEEDING_MODE")) {
                    replica->seedingMode = value;
                } else if (option.name == QLatin1String("LISTENER_URL")
                           || option.name == QLatin1String("ENDPOINT_URL")) {
                    replica->endpointUrl = value;
                } else if (option.name == QLatin1String("SESSION_TIMEOUT")) {
                    replica->sessionTimeout = value.toInt();
                }
            }
        }
    } else if (action == QLatin1String("ADD_DATABASE")) {
        if (ag->distributed)
            syntaxNear(QStringLiteral("DATABASE"), line);
        for (const QString &database : statement.databases)
            checkDatabaseForAvailabilityGroup(database, name, line);
        for (const QString &database : statement.databases)
            ag->databases << m_instance.database(database)->name;
    } else if (action == QLatin1String("REMOVE_DATABASE")) {
        const QString database = statement.databases.first();
        const qsizetype before = ag->databases.size();
        ag->databases.removeIf(
            [&](const QString &d) { return d.compare(database, Qt::CaseInsensitive) == 0; });
        if (ag->databases.size() == before)
            throw TsqlError::statement(
                35242,
                QStringLiteral("Cannot complete this ALTER DATABASE SET HADR operation on database "
                               "'%1'. The database is not joined to availability group '%2'.")
                    .arg(database, name),
                line);
    }
    m_instance.notifyChanged();
}

void TsqlInterpreter::dropAvailabilityGroup(const TsqlStatement &statement)
{
    requireSysadmin(statement.line);
    const qsizetype before = m_instance.availabilityGroups.size();
    m_instance.availabilityGroups.removeIf([&](const SimAvailabilityGroup &ag) {
        return ag.name.compare(statement.objectName, Qt::CaseInsensitive) == 0;
    });
    if (m_instance.availabilityGroups.size() == before)
        throw TsqlError::statement(
            15151,
            QStringLiteral("Cannot drop the availability group '%1', because "
                           "it does not exist or you do not have "
                           "permission.")
                .arg(statement.objectName),
            statement.line);
    m_instance.notifyChanged();
}

void TsqlInterpreter::alterDatabase(const TsqlStatement &statement)
{
    const int line = statement.line;
    requireSysadmin(line);
    const QString name = statement.objectName.isEmpty() ? m_database : statement.objectName;
    const auto failed = [&](int number, const QString &text) {
        emitMessage(number, 16, 1, text, line);
        throw TsqlError::statement(5069, QStringLiteral("ALTER DATABASE statement failed."), line);
    };
    if (name.compare(QLatin1String("tempdb"), Qt::CaseInsensitive) == 0)
        failed(5058, QStringLiteral("Option 'RECOVERY' cannot be set in database 'tempdb'."));
    const auto known = m_catalog.database(name);
    if (!known)
        failed(5011,
               QStringLiteral("User does not have permission to alter database '%1', the "
                              "database does not exist, or the database is not in a state "
                              "that allows access checks.")
                   .arg(name));
    SimDatabase *database = m_instance.database(name);
    if (!database)
        return; // a system database: accepted, nothing simulated depends on it
    const QString model = statement.options.first().word(0);
    if (model != QLatin1String("FULL")) {
        for (const SimAvailabilityGroup &ag : std::as_const(m_instance.availabilityGroups)) {
            for (const QString &member : ag.databases) {
                if (member.compare(database->name, Qt::CaseInsensitive) == 0)
                    failed(1468,
                           QStringLiteral("The operation cannot be performed on database \"%1\" "
                                          "because it is involved in a database mirroring session "
                                          "or an availability group. Some operations are not "
                                          "allowed on a database that is participating in a "
                                          "database mirroring session or in an availability "
                                          "group.")
                               .arg(database->name));
            }
        }
    }
    if (model == QLatin1String("SIMPLE"))
        database->logChainStarted = false; // SIMPLE breaks the log backup chain
    database->recoveryModel = model;
    m_instance.notifyChanged();
}

void TsqlInterpreter::backup(const TsqlStatement &statement)
{
    const int line = statement.line;
    const bool log = statement.name == QLatin1String("LOG");
    const QString kind = log ? QStringLiteral("LOG") : QStringLiteral("DATABASE");
    const auto fail = [&](int number, const QString &text) {
        emitMessage(number, 16, 1, text, line);
        throw TsqlError::statement(3013, backupTerminating(kind), line);
    };
    requireSysadmin(line);
    QString name = statement.objectName;
    if (statement.expr) {
        const TsqlValue value = eval(statement.expr, nullptr);
        name = value.isNull() ? QString() : TsqlConvert::text(value);
    }
    if (name.compare(QLatin1String("tempdb"), Qt::CaseInsensitive) == 0)
        fail(3147,
             QStringLiteral("Backup and restore operations are not allowed on database "
                            "tempdb."));
    const auto known = m_catalog.database(name);
    if (!known)
        fail(911,
             QStringLiteral("Database '%1' does not exist. Make sure that the name is entered "
                            "correctly.")
                 .arg(name));
    QHash<QString, TsqlOption> with;
    for (const TsqlOption &option : statement.withOptions)
        with.insert(option.name, option);
    const bool copyOnly = with.contains(QStringLiteral("COPY_ONLY"));
    const bool differential = with.contains(QStringLiteral("DIFFERENTIAL"));
    SimDatabase *database = m_instance.database(name);
    if (database && database->state.compare(QLatin1String("RESTORING"), Qt::CaseInsensitive) == 0)
        fail(927,
             QStringLiteral("Database '%1' cannot be opened. It is in the middle of a restore.")
                 .arg(database->name));
    if (log) {
        if (known->recoveryModel == QLatin1String("SIMPLE"))
            fail(4208,
                 QStringLiteral("The statement BACKUP LOG is not allowed while the recovery "
                                "model is SIMPLE. Use BACKUP DATABASE or change the recovery "
                                "model using ALTER DATABASE."));
        if (!database || !database->logChainStarted)
            fail(4214,
                 QStringLiteral("BACKUP LOG cannot be performed because there is no current "
                                "database backup."));
    }
    if (differential && (!database || !database->logChainStarted))
        fail(3035,
             QStringLiteral("Cannot perform a differential backup for database \"%1\", "
                            "because a current database backup does not exist. Perform a "
                            "full database backup by reissuing BACKUP DATABASE, omitting the "
                            "WITH DIFFERENTIAL option.")
                 .arg(known->name));
    QString path;
    for (const TsqlOption &destination : statement.destinations) {
        if (path.isEmpty())
            path = optionText(destination);
    }
    const QDateTime now = m_world.clock().now();
    const qint64 dataPages = qMax<qint64>(1, known->sizeBytes / 8192 / 4);
    const qint64 logPages = qMax<qint64>(1, known->logSizeBytes / 8192 / 8);
    const qint64 pages = log ? logPages : dataPages + 2;
    if (with.contains(QStringLiteral("STATS"))) {
        const TsqlOption &stats = with.value(QStringLiteral("STATS"));
        const int step = stats.tokens.isEmpty() ? 10 : qMax(1, optionText(stats).toInt());
        for (int percent = step; percent <= 100; percent += step)
            emitInfo(3211, QStringLiteral("%1 percent processed.").arg(percent), line);
    }
    if (!log)
        emitInfo(4035,
                 QStringLiteral("Processed %1 pages for database '%2', file '%2' on file 1.")
                     .arg(dataPages)
                     .arg(known->name),
                 line);
    emitInfo(4035,
             QStringLiteral("Processed %1 pages for database '%2', file '%2_log' on file 1.")
                 .arg(log ? logPages : 2)
                 .arg(known->name),
             line);
    emitInfo(3014,
             QStringLiteral("BACKUP %1 successfully processed %2 pages in 0.052 seconds (%3 "
                            "MB/sec).")
                 .arg(log ? QStringLiteral("LOG")
                          : (differential ? QStringLiteral("DATABASE WITH DIFFERENTIAL")
                                          : QStringLiteral("DATABASE")))
                 .arg(pages)
                 .arg(QString::number(pages * 8.0 / 1024.0 / 0.052, 'f', 3)),
             line);
    if (!database)
        return; // system databases keep no simulated history
    SimBackup record;
    record.databaseName = database->name;
    record.type = log ? QLatin1Char('L') : (differential ? QLatin1Char('I') : QLatin1Char('D'));
    record.copyOnly = copyOnly;
    record.checksum = with.contains(QStringLiteral("CHECKSUM"));
    record.startDate = now;
    record.finishDate = now;
    record.path = path;
    record.lastLsn = database->endOfLogLsn;
    if (log) {
        record.firstLsn
            = database->lastLogBackupLsn ? database->lastLogBackupLsn : database->endOfLogLsn;
        if (!copyOnly) {
            database->lastLogBackupLsn = database->endOfLogLsn;
            database->logUsedPercent = qMin(database->logUsedPercent, 1.0);
        }
    } else {
        record.firstLsn = database->endOfLogLsn;
        // A full backup starts the log chain in FULL/BULK_LOGGED recovery (not COPY_ONLY).
        if (!copyOnly && !differential && database->recoveryModel != QLatin1String("SIMPLE"))
            database->logChainStarted = true;
    }
    m_instance.backups << record;
    m_instance.notifyChanged();
}

void TsqlInterpreter::dbcc(const TsqlStatement &statement)
{
    const int line = statement.line;
    bool infoMessages = true;
    for (const TsqlOption &option : statement.options)
        infoMessages = infoMessages && option.name != QLatin1String("NO_INFOMSGS");
    const QString &command = statement.name;
    const auto flags = [&]() {
        QList<int> result;
        for (const QString &word : statement.words) {
            bool ok = false;
            const int flag = word.toInt(&ok);
            if (!ok)
                throw TsqlError::statement(2526,
                                           QStringLiteral("Incorrect DBCC statement. Check the "
                                                          "documentation for the correct DBCC "
                                                          "syntax and options."),
                                           line);
            result << flag;
        }
        return result;
    };
    if (command == QLatin1String("SQLPERF")) {
        if (statement.words.size() != 1
            || statement.words.first().compare(QLatin1String("LOGSPACE"), Qt::CaseInsensitive) != 0)
            throw TsqlError::statement(2526,
                                       QStringLiteral("Incorrect DBCC statement. Check the "
                                                      "documentation for the correct DBCC syntax "
                                                      "and options."),
                                       line);
        TsqlTable table;
        table.addColumn(QStringLiteral("Database Name"), TsqlTypeInfo::of(TsqlKind::NVarChar, 128));
        table.addColumn(QStringLiteral("Log Size (MB)"), TsqlTypeInfo::of(TsqlKind::Float));
        table.addColumn(QStringLiteral("Log Space Used (%)"), TsqlTypeInfo::of(TsqlKind::Float));
        table.addColumn(QStringLiteral("Status"), TsqlTypeInfo::of(TsqlKind::Int));
        for (const SimDatabase &d : m_catalog.databases()) {
            table.rows << QList<TsqlValue> {TsqlValue::string(d.name, true, 128),
                                            TsqlValue::floating(d.logSizeBytes / 1048576.0),
                                            TsqlValue::floating(d.logUsedPercent),
                                            TsqlValue::integer(0)};
        }
        emitResult(table);
    } else if (command == QLatin1String("TRACESTATUS")) {
        QList<int> requested = flags();
        TsqlTable table;
        table.addColumn(QStringLiteral("TraceFlag"), TsqlTypeInfo::of(TsqlKind::Int));
        table.addColumn(QStringLiteral("Status"), TsqlTypeInfo::of(TsqlKind::Int));
        table.addColumn(QStringLiteral("Global"), TsqlTypeInfo::of(TsqlKind::Int));
        table.addColumn(QStringLiteral("Session"), TsqlTypeInfo::of(TsqlKind::Int));
        const bool all = requested.isEmpty() || requested.contains(-1);
        QList<int> shown;
        if (all) {
            shown = QList<int>(m_instance.traceFlags.cbegin(), m_instance.traceFlags.cend());
            for (int flag : std::as_const(m_sessionTraceFlags)) {
                if (!shown.contains(flag))
                    shown << flag;
            }
            if (requested.contains(-1)) // TRACESTATUS(-1): the global flags only
                shown = QList<int>(m_instance.traceFlags.cbegin(), m_instance.traceFlags.cend());
        } else {
            shown = requested;
        }
        std::sort(shown.begin(), shown.end());
        for (int flag : std::as_const(shown)) {
            const bool global = m_instance.traceFlags.contains(flag);
            const bool session = m_sessionTraceFlags.contains(flag);
            table.rows << QList<TsqlValue> {
                TsqlValue::integer(flag), TsqlValue::integer((global || session) ? 1 : 0),
                TsqlValue::integer(global ? 1 : 0), TsqlValue::integer(session ? 1 : 0)};
        }
        emitResult(table);
    } else if (command == QLatin1String("TRACEON") || command == QLatin1String("TRACEOFF")) {
        if (!isSysadmin())
            throw TsqlError::statement(2571,
                                       QStringLiteral("User '%1' does not have permission to run "
                                                      "DBCC %2.")
                                           .arg(m_login, command),
                                       line);
        QList<int> requested = flags();
        const bool global = requested.removeAll(-1) > 0;
        if (requested.isEmpty())
            throw TsqlError::statement(2526,
                                       QStringLiteral("Incorrect DBCC statement. Check the "
                                                      "documentation for the correct DBCC syntax "
                                                      "and options."),
                                       line);
        for (int flag : std::as_const(requested)) {
            QSet<int> &target = global ? m_instance.traceFlags : m_sessionTraceFlags;
            if (command == QLatin1String("TRACEON"))
                target.insert(flag);
            else
                target.remove(flag);
        }
        if (global)
            m_instance.notifyChanged();
    } else {
        throw TsqlError::statement(2526,
                                   QStringLiteral("Incorrect DBCC statement. Check the "
                                                  "documentation for the correct DBCC syntax and "
                                                  "options."),
                                   line);
    }
    if (infoMessages)
        emitInfo(2528,
                 QStringLiteral("DBCC execution completed. If DBCC printed error messages, contact "
                                "your system administrator."),
                 line);
}

void TsqlInterpreter::certificateIssuer(const QList<TsqlValue> &positional,
                                        const QHash<QString, TsqlValue> &named, bool add, int line)
{
    requireSysadmin(line);
    const auto argument = [&](int index, const QStringList &names) {
        if (index < positional.size())
            return positional.at(index);
        for (const QString &n : names) {
            if (named.contains(n))
                return named.value(n);
        }
        return TsqlValue::null(TsqlTypeInfo::of(TsqlKind::NVarChar));
    };
    const TsqlValue id
        = argument(0, {QStringLiteral("@certificate_id"), QStringLiteral("@cert_id")});
    const TsqlValue pattern
        = argument(1,
                   {QStringLiteral("@issuer_pattern"), QStringLiteral("@issuer_name"),
                    QStringLiteral("@pattern")});
    const QString procedure = add ? QStringLiteral("sp_certificate_add_issuer")
                                  : QStringLiteral("sp_certificate_drop_issuer");
    if (pattern.isNull() || TsqlConvert::text(pattern).trimmed().isEmpty())
        throw TsqlError::statement(15600,
                                   QStringLiteral("An invalid parameter or option was specified "
                                                  "for procedure '%1'.")
                                       .arg(procedure),
                                   line);
    SimCertificate *certificate = id.isNull()
        ? nullptr
        : m_instance.certificate(static_cast<int>(
            TsqlConvert::cast(id, TsqlTypeInfo::of(TsqlKind::Int), 0, line).toInteger()));
    if (!certificate)
        throw TsqlError::statement(
            15151,
            QStringLiteral("Cannot find the certificate '%1', because it "
                           "does not exist or you do not have permission.")
                .arg(id.isNull() ? QStringLiteral("NULL") : TsqlConvert::text(id)),
            line);
    const QString text = TsqlConvert::text(pattern);
    if (add) {
        bool present = false;
        for (const QString &existing : std::as_const(certificate->issuerPatterns))
            present = present || existing.compare(text, Qt::CaseInsensitive) == 0;
        if (!present)
            certificate->issuerPatterns << text;
    } else {
        certificate->issuerPatterns.removeIf([&](const QString &existing) {
            return existing.compare(text, Qt::CaseInsensitive) == 0;
        });
    }
    m_instance.notifyChanged();
}

void TsqlInterpreter::endpointCertificate(const QList<TsqlValue> &positional,
                                          const QHash<QString, TsqlValue> &named, int line)
{
    const TsqlValue type = positional.value(0, named.value(QStringLiteral("@endpoint_type")));
    const qint64 endpointType = type.isNull()
        ? -1
        : TsqlConvert::cast(type, TsqlTypeInfo::of(TsqlKind::Int), 0, line).toInteger();
    if (endpointType != 3 && endpointType != 4)
        throw TsqlError::statement(15600,
                                   QStringLiteral("An invalid parameter or option was specified "
                                                  "for procedure 'sp_get_endpoint_certificate'."),
                                   line);
    TsqlTable table;
    table.addColumn(QStringLiteral("EndpointCertificatePublicKey"),
                    TsqlTypeInfo::of(TsqlKind::VarBinary));
    if (endpointType == 4) {
        QByteArray der;
        if (m_instance.isManagedInstance() && m_instance.mirroringEndpointCertificate) {
            der = m_instance.mirroringEndpointCertificate->der;
        } else if (const SimEndpoint *endpoint = m_instance.mirroringEndpoint()) {
            if (const SimCertificate *c = m_instance.certificate(endpoint->certificateName))
                der = c->der;
        }
        if (!der.isEmpty())
            table.rows << QList<TsqlValue> {TsqlValue::binary(der)};
    }
    emitResult(table);
}

} // namespace milink::sim
