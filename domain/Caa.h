// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/ICaaResolver.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ra::domain {

enum class CaaVerdict { Allow, Deny, Error };

[[nodiscard]] QString caaVerdictId(CaaVerdict verdict); // "allow", "deny", "error"
[[nodiscard]] std::optional<CaaVerdict> caaVerdictFromId(QStringView id);
[[nodiscard]] QString dnssecStatusId(DnssecStatus status); // "secure", "insecure", "bogus", "indeterminate"
[[nodiscard]] DnssecStatus dnssecStatusFromId(QStringView id);

// The CAA decision for one dNSName (R-CAA-1..3), with what it rests on.
struct CaaCheck {
    CaaVerdict verdict = CaaVerdict::Error;
    QString fqdn;
    QString relevantName; // where the relevant record set was found; empty when none
    QList<CaaRecord> relevantRecords;
    QStringList queried; // every name asked, from the FQDN up
    QString reason;      // translated, plain words
    DnssecStatus dnssec = DnssecStatus::Indeterminate;
    int ttl = 0;
    QDateTime checkedAt;

    // R-CAA-3: issuance must happen before this (max(TTL, 8 hours) after the check).
    [[nodiscard]] QDateTime validUntil() const;
    [[nodiscard]] static QDateTime validUntil(const QDateTime& checkedAt, int ttl);
};

// RFC 8659 as this CP applies it (CP 3.2.2.8).
class Caa {
public:
    // Climbs from `fqdn` to its parents until a non-empty record set is found (RFC 8659 3) and
    // decides on it; lookup failures allow only as R-CAA-2 says, and otherwise block.
    [[nodiscard]] static CaaCheck check(ICaaResolver& resolver, const QString& fqdn, const QString& issuerDomain,
                                        const QDateTime& at);

    // RFC 8659 4: whether a relevant record set lets `issuerDomain` issue. `reason` says why.
    [[nodiscard]] static CaaVerdict authorizes(const QList<CaaRecord>& relevant, const QString& issuerDomain,
                                               bool wildcard, QString* reason = nullptr);

    // The issuer domain name of an issue/issuewild value (RFC 8659 4.2); an empty string for
    // ";" (no CA may issue) and nullopt for a malformed value, which names no issuer.
    [[nodiscard]] static std::optional<QString> issuerDomainName(const QByteArray& value);
};

} // namespace ra::domain
