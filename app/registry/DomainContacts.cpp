// SPDX-License-Identifier: Apache-2.0
#include "app/registry/DomainContacts.h"

#include "app/dns/UnboundResolver.h"
#include "app/mpic/HttpFetch.h"
#include "app/mpic/NetworkTargets.h"
#include "domain/Dcv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTcpSocket>

namespace ra::app {

namespace {
constexpr qsizetype kMaxWhoisBytes = 65536;
constexpr qsizetype kMaxBootstrapBytes = 1 << 20;

// RFC 9224 4: the service whose entry is the longest match of the domain's labels.
QUrl rdapBase(const QString& domain, const QString& bootstrapFile) {
    QFile file(bootstrapFile);
    if (bootstrapFile.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > kMaxBootstrapBytes) {
        return {};
    }
    QUrl best;
    qsizetype bestLength = 0;
    for (const QJsonValue& service :
         QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("services")].toArray()) {
        const QJsonArray pair = service.toArray();
        // RFC 9224 4: a service may list http and https base URLs; only https is ever asked.
        QUrl secure;
        for (const QJsonValue& base : pair.at(1).toArray()) {
            if (const QUrl url(base.toString()); url.scheme() == QLatin1String("https") && secure.isEmpty()) {
                secure = url;
            }
        }
        for (const QJsonValue& entry : pair.at(0).toArray()) {
            const QString suffix = entry.toString().toLower();
            if ((domain == suffix || domain.endsWith(QLatin1Char('.') + suffix)) && suffix.size() > bestLength) {
                bestLength = suffix.size();
                best = secure;
            }
        }
    }
    return best;
}

QString whoisText(const QString& domain, UnboundResolver& resolver, int port, bool allowLoopbackTargets,
                  const QDeadlineTimer& deadline, QString& source, QString& detail) {
    const QString tld = domain.section(QLatin1Char('.'), -1);
    const QString server = tld + QStringLiteral(".whois-servers.net");
    const UnboundResolver::AddressLookup addresses = resolver.lookupAddresses(server);
    if (addresses.addresses.isEmpty()) {
        detail = QStringLiteral("WHOIS: %1 has no address (%2)").arg(server, addresses.detail);
        return {};
    }
    const QList<QHostAddress> reachable = reachableTargets(addresses.addresses, allowLoopbackTargets);
    if (reachable.isEmpty()) {
        detail = QStringLiteral("WHOIS: ") + internalTargetRefusal(server, addresses.addresses);
        return {};
    }
    const QHostAddress address = reachable.first();
    source = QStringLiteral("WHOIS %1 (%2:%3)").arg(server, address.toString()).arg(port);
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy); // to the checked address, never through a proxy
    socket.connectToHost(address, quint16(port));
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        detail = QStringLiteral("%1: %2").arg(source, socket.errorString());
        return {};
    }
    socket.write(QUrl::toAce(domain) + "\r\n"); // RFC 3912 2: the query, then CRLF
    QByteArray answer;
    while (answer.size() <= kMaxWhoisBytes &&
           socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
        answer += socket.read(kMaxWhoisBytes + 1 - answer.size());
    }
    answer += socket.read(kMaxWhoisBytes + 1 - answer.size());
    if (answer.size() > kMaxWhoisBytes) {
        detail = QStringLiteral("%1: answer larger than %2 bytes").arg(source).arg(kMaxWhoisBytes);
        return {};
    }
    if (socket.state() == QAbstractSocket::ConnectedState && deadline.hasExpired()) {
        detail = QStringLiteral("%1: no complete answer in time").arg(source);
        return {};
    }
    return QString::fromUtf8(answer);
}
} // namespace

DomainContactLookup lookupDomainContacts(const QString& domain, const ObserverOptions& resolver,
                                         const RegistrySettings& settings, const QDeadlineTimer& deadline) {
    DomainContactLookup lookup;
    const QString name = domain.toLower();
    QStringList tried;
    // One resolver context for this look-up, made afresh for it: nothing is cached between look-ups.
    UnboundResolver names(resolverOptions(resolver));
    if (const QUrl base = rdapBase(name, settings.rdapBootstrapFile); base.isValid()) {
        const QUrl url = base.resolved(QUrl(QStringLiteral("domain/") + name));
        lookup.source = QStringLiteral("RDAP ") + url.toString();
        const QList<QSslCertificate> authorities =
            settings.rdapAuthoritiesFile.isEmpty() ? QList<QSslCertificate>{}
                                                   : QSslCertificate::fromPath(settings.rdapAuthoritiesFile, QSsl::Pem);
        if (!settings.rdapAuthoritiesFile.isEmpty() && authorities.isEmpty()) {
            // Named but unreadable must not widen trust to the system's store.
            lookup.detail = QStringLiteral("%1: no authority certificate can be read from %2")
                                .arg(lookup.source, settings.rdapAuthoritiesFile);
            return lookup;
        }
        const HttpFetchResult fetched =
            fetchForValidation(url, names, deadline, FetchRules::rdap(resolver.allowLoopbackTargets, authorities));
        if (!fetched.fetched) {
            // The registry has an RDAP server: when it cannot be reached or does not prove who it
            // is, plaintext WHOIS, which anyone on the path could answer, is not asked instead.
            lookup.detail = fetched.detail;
            return lookup;
        }
        const QJsonDocument json = QJsonDocument::fromJson(fetched.body);
        lookup.emails = domain::Dcv::rdapContactEmails(json.object());
        if (!lookup.emails.isEmpty()) {
            return lookup;
        }
        tried << lookup.source + (json.isObject() ? QStringLiteral(": no contact address")
                                                  : QStringLiteral(": not an RDAP object"));
    }
    QString detail;
    const QString text =
        whoisText(name, names, settings.whoisPort, resolver.allowLoopbackTargets, deadline, lookup.source, detail);
    lookup.emails = domain::Dcv::whoisContactEmails(text);
    if (lookup.emails.isEmpty()) {
        tried << (detail.isEmpty() ? lookup.source + QStringLiteral(": no contact address") : detail);
    }
    lookup.detail = tried.join(QStringLiteral("; "));
    return lookup;
}

} // namespace ra::app
