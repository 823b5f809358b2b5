// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/HttpFetch.h"

#include "app/dns/UnboundResolver.h"
#include "app/mpic/NetworkTargets.h"
#include "domain/Dcv.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

namespace ra::app {

using domain::Dcv;

namespace {
constexpr qsizetype kMaxHeaderBytes = 16384;

struct Response {
    int status = 0;
    QByteArray location;
    QByteArray body;
    QString failure; // empty: a whole response within the limits
};

// Header lines after the status line, split once at the first colon; names in lower case.
QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name) {
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

std::unique_ptr<QTcpSocket> connectTo(const QUrl& url, const QList<QHostAddress>& addresses,
                                      const QDeadlineTimer& deadline, const FetchRules& rules, QString& failure) {
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    const auto port = quint16(url.port(tls ? 443 : 80));
    for (const QHostAddress& address : addresses) {
        std::unique_ptr<QTcpSocket> socket;
        if (tls) {
            auto ssl = std::make_unique<QSslSocket>();
            // Straight to the checked address: a system proxy would fetch from elsewhere (R-MPIC-1).
            ssl->setProxy(QNetworkProxy::NoProxy);
            if (rules.verifyServer) {
                QSslConfiguration verified = QSslConfiguration::defaultConfiguration();
                if (!rules.authorities.isEmpty()) {
                    verified.setCaCertificates(rules.authorities);
                }
                verified.setPeerVerifyMode(QSslSocket::VerifyPeer);
                ssl->setSslConfiguration(verified);
            } else {
                ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            }
            // The address the perspective resolved and checked (an IP literal: Qt looks nothing up),
            // the name in SNI and, for RDAP, in the certificate check.
            ssl->connectToHostEncrypted(address.toString(), port, url.host());
            if (ssl->waitForEncrypted(int(deadline.remainingTime()))) {
                return ssl;
            }
            failure = ssl->errorString();
            continue;
        }
        socket = std::make_unique<QTcpSocket>();
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(address, port);
        if (socket->waitForConnected(int(deadline.remainingTime()))) {
            return socket;
        }
        failure = socket->errorString();
    }
    return nullptr;
}

Response get(const QUrl& url, const QList<QHostAddress>& addresses, const QDeadlineTimer& deadline,
             const FetchRules& rules) {
    Response response;
    QString failure = QStringLiteral("no address");
    const std::unique_ptr<QTcpSocket> socket = connectTo(url, addresses, deadline, rules, failure);
    if (!socket) {
        response.failure = QStringLiteral("cannot connect: ") + failure;
        return response;
    }
    const QByteArray path =
        url.path(QUrl::FullyEncoded).isEmpty() ? QByteArray("/") : url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray query = url.hasQuery() ? "?" + url.query(QUrl::FullyEncoded).toLatin1() : QByteArray();
    socket->write("GET " + path + query + " HTTP/1.0\r\nHost: " + url.host().toLatin1() +
                  "\r\nUser-Agent: ra-perspective (domain control validation)\r\nAccept: */*\r\n\r\n");
    QByteArray received;
    qsizetype headerEnd = -1;
    qsizetype contentLength = -1;
    QList<QByteArray> lines;
    for (;;) {
        if (headerEnd < 0) {
            headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd < 0 && received.size() > kMaxHeaderBytes) {
                response.failure = QStringLiteral("header larger than %1 bytes").arg(kMaxHeaderBytes);
                return response;
            }
            if (headerEnd >= 0) {
                lines = received.left(headerEnd).split('\n');
                const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
                bool ok = false;
                response.status = statusLine.value(1).toInt(&ok);
                if (!statusLine.first().startsWith("HTTP/1.") || !ok) {
                    response.failure = QStringLiteral("not an HTTP/1 answer");
                    return response;
                }
                lines.removeFirst();
                response.location = headerValue(lines, "location");
                const QByteArray length = headerValue(lines, "content-length");
                contentLength = length.isEmpty() ? -1 : length.toLongLong(&ok);
                if (response.status / 100 == 3) {
                    return response; // the body of a redirect is never read
                }
                if (contentLength > Dcv::kMaxBodyBytes) {
                    response.failure =
                        QStringLiteral("body of %1 bytes, more than %2").arg(contentLength).arg(Dcv::kMaxBodyBytes);
                    return response;
                }
            }
        }
        if (headerEnd >= 0) {
            const qsizetype bodySize = received.size() - headerEnd - 4;
            if (bodySize > Dcv::kMaxBodyBytes) {
                response.failure = QStringLiteral("body larger than %1 bytes").arg(Dcv::kMaxBodyBytes);
                return response;
            }
            if (contentLength >= 0 && bodySize >= contentLength) {
                response.body = received.mid(headerEnd + 4, contentLength);
                return response;
            }
        }
        if (socket->bytesAvailable() == 0 &&
            !socket->waitForReadyRead(int(std::max<qint64>(0, deadline.remainingTime())))) {
            if (deadline.hasExpired()) {
                response.failure = QStringLiteral("no complete answer in time");
                return response;
            }
            if (socket->state() != QAbstractSocket::ConnectedState) {
                if (headerEnd < 0 || contentLength >= 0) {
                    response.failure = QStringLiteral("connection closed before the answer was complete");
                } else {
                    response.body = received.mid(headerEnd + 4); // ended by closing (HTTP/1.0)
                }
                return response;
            }
        }
        received += socket->read(kMaxHeaderBytes + Dcv::kMaxBodyBytes + 1 - received.size());
    }
}
} // namespace

HttpFetchResult fetchForValidation(const QUrl& first, UnboundResolver& resolver, const QDeadlineTimer& deadline,
                                   const FetchRules& rules) {
    HttpFetchResult result;
    QUrl url = first;
    QList<QUrl> visited;
    for (int redirects = 0;; ++redirects) {
        if (!Dcv::isAuthorizedUrl(url)) {
            result.detail = QStringLiteral("%1 is not http on port 80 or https on port 443").arg(url.toDisplayString());
            return result;
        }
        if (rules.verifyServer && url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
            result.detail = QStringLiteral("%1 is not https").arg(url.toDisplayString());
            return result;
        }
        visited << url;
        QList<QHostAddress> addresses;
        if (QHostAddress literal(url.host()); !literal.isNull()) {
            addresses << literal;
        } else {
            const UnboundResolver::AddressLookup lookup = resolver.lookupAddresses(url.host());
            if (lookup.addresses.isEmpty()) {
                result.detail = QStringLiteral("%1: no address (%2)")
                                    .arg(url.host(), lookup.detail.isEmpty() ? QStringLiteral("no A or AAAA record")
                                                                             : lookup.detail);
                return result;
            }
            addresses = lookup.addresses;
        }
        const QList<QHostAddress> reachable = reachableTargets(addresses, rules.allowLoopbackTargets);
        if (reachable.isEmpty()) {
            result.detail = internalTargetRefusal(url.host(), addresses);
            return result;
        }
        const Response response = get(url, reachable, deadline, rules);
        result.hops << QStringLiteral("%1 → %2").arg(
            url.toDisplayString(), response.status ? QString::number(response.status) : response.failure);
        if (!response.failure.isEmpty()) {
            result.detail = url.toDisplayString() + QStringLiteral(": ") + response.failure;
            return result;
        }
        if (response.status / 100 == 2) {
            result.fetched = true;
            result.body = response.body;
            return result;
        }
        if (response.status / 100 != 3) {
            result.detail =
                QStringLiteral("%1: HTTP status %2, not 2xx").arg(url.toDisplayString()).arg(response.status);
            return result;
        }
        const QUrl target = url.resolved(QUrl(QString::fromLatin1(response.location)));
        if (response.location.isEmpty()) {
            result.detail = QStringLiteral("%1: redirect without Location").arg(url.toDisplayString());
            return result;
        }
        if (auto allowed = Dcv::checkRedirect(response.status, target); !allowed) {
            result.detail = allowed.error().userMessage;
            return result;
        }
        if (visited.contains(target)) {
            result.detail = QStringLiteral("redirect loop back to %1").arg(target.toDisplayString());
            return result;
        }
        if (redirects + 1 > Dcv::kMaxRedirects) {
            result.detail = QStringLiteral("more than %1 redirects").arg(Dcv::kMaxRedirects);
            return result;
        }
        url = target;
    }
}

} // namespace ra::app
