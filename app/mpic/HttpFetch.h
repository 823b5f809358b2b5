// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

namespace ra::app {

class UnboundResolver;

// What one perspective got from one URL of an HTTP validation method (R-DCV-3).
struct HttpFetchResult {
    bool fetched = false; // a 2xx answer was read whole, within the limits
    QByteArray body;
    QStringList hops; // "URL → status" for every request made, in order
    QString detail;   // why nothing was fetched
};

// What a fetch may reach and whom it trusts, beyond R-DCV-3's limits.
struct FetchRules {
    // Loopback targets (NetworkTargets.h) for a demo workspace's lab and its agents (issue 12
    // item 10); every other internal address is never connected to, whatever DNS says.
    bool allowLoopbackTargets = false;
    // RDAP (RFC 7481 3): https only, on every hop, and the server's certificate verified for the
    // URL's host against `authorities` (empty: the system's store). The HTTP methods leave it off.
    bool verifyServer = false;
    QList<QSslCertificate> authorities;

    // The HTTP validation methods: any certificate, as in ACME.
    [[nodiscard]] static FetchRules validation(bool allowLoopbackTargets) { return {allowLoopbackTargets, false, {}}; }
    // RDAP: https only, the server verified against `authorities` (empty: the system's store).
    [[nodiscard]] static FetchRules rdap(bool allowLoopbackTargets, QList<QSslCertificate> authorities) {
        return {allowLoopbackTargets, true, std::move(authorities)};
    }
};

// Fetches `url` the way the HTTP methods must (R-DCV-3, domain::Dcv's limits): the host's
// addresses from `resolver` (the perspective's own), HTTP/1.0 so bodies are never chunked, only
// the redirects domain::Dcv::checkRedirect allows, at most Dcv::kMaxRedirects of them and never
// the same URL twice, a body of at most Dcv::kMaxBodyBytes, everything before `deadline`. An https
// server's certificate is not checked unless `rules` ask (RDAP): control of the name is shown by the content, as in
// ACME (RFC 8555 8.3), and a validation server has no trust store of the applicant's choosing. Blocks; safe on any
// thread.
[[nodiscard]] HttpFetchResult fetchForValidation(const QUrl& url, UnboundResolver& resolver,
                                                 const QDeadlineTimer& deadline, const FetchRules& rules);

} // namespace ra::app
