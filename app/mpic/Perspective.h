// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/dns/UnboundResolver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ra::app {

// What the workstation asks a Network Perspective to look at (R-MPIC-1). The primary perspective
// (the workstation itself) and every remote agent perform the same task with observe(); the
// remote ones receive it as JSON over HTTPS with mutual TLS (docs/perspective-protocol.md).
struct PerspectiveTask {
    enum class Kind { Txt, Caa, Http };
    static constexpr int kMaxUrls = 2;
    qint64 attemptId = 0; // R-MPIC-3: every answer belongs to one attempt
    Kind kind = Kind::Txt;
    QString name;         // the DNS name to look up (Txt), the FQDN to check (Caa) or to fetch from (Http)
    QString issuerDomain; // Caa: the CA's issuer domain (R-CAA-1)
    QList<QUrl> urls;     // Http: on `name`, http on port 80 or https on port 443, each fetched

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PerspectiveTask> fromJson(const QJsonObject& json);
};

// What one perspective observed for one task.
struct PerspectiveReport {
    QString perspective; // "primary" or the agent's configured name
    QString region;
    QString rir;
    qint64 attemptId = 0;
    bool answered = false; // false: the lookup, the agent or the channel failed (see detail)
    QStringList values;    // Txt: each record's text; Caa: the relevant records as "flags tag value"; Http: each body
    QString caaVerdict;    // Caa: "allow", "deny" or "error"
    QString relevantName;  // Caa: where the relevant record set was found
    QString dnssec;        // "secure", "insecure", "bogus" or "indeterminate"
    int ttl = 0;
    QString detail; // plain words: why it failed, the CAA reason, or the HTTP requests made
    qint64 elapsedMs = 0;
    // Remote perspectives, as the workstation saw the channel (never as the agent says): the
    // address asked and the SHA-256 of the certificate the agent proved it holds.
    QString endpoint;
    QString certificateSha256;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<PerspectiveReport> fromJson(const QJsonObject& json);
    // What was seen, in one line: the TXT texts, the CAA verdict and records, or why it failed.
    [[nodiscard]] QString observedText() const;
    // A report for a perspective that could not be asked or did not answer.
    [[nodiscard]] static PerspectiveReport failure(const QString& perspective, qint64 attemptId, const QString& detail);
};

// Where a perspective's own resolver sends its queries, and what its fetches may reach.
struct ObserverOptions {
    QString forwarder; // "ADDR@PORT"; empty: full recursion from the root
    QString trustAnchorFile = QString::fromLatin1(UnboundResolver::kRootTrustAnchor); // DNSSEC trust anchor
    QStringList stubZones; // when set, `forwarder` is the authoritative server for these (the lab)
    // Loopback, private and link-local targets: a demo workspace and the lab's agents only.
    bool allowLoopbackTargets = false;
};

// The trust anchor a configuration names, else Debian's root anchor: DNSSEC is never off by omission.
[[nodiscard]] QString configuredTrustAnchor(const QString& named);

// The resolver set-up these options describe, with the retry of R-CAA-2.
[[nodiscard]] UnboundResolver::Options resolverOptions(const ObserverOptions& options);

// Performs `task` with a resolver context of its own, so nothing is cached between tasks or shared
// between perspectives (R-MPIC-1). Blocks for the lookups' time; safe to call from any thread.
[[nodiscard]] PerspectiveReport observe(const PerspectiveTask& task, const ObserverOptions& options,
                                        const QDateTime& now);

} // namespace ra::app
