// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra::domain {

// Where a fact about the applicant was confirmed (R-ORG-1, R-ORG-2, R-ORG-5).
enum class EvidenceSource {
    GovernmentAgency,      // CP 3.2.2.1: a government agency of the jurisdiction (e.g. the commercial registry)
    ReliableDataSource,    // CP 3.2.2.1, 3.2.2.7: only sources approved in the registry (R-ORG-4)
    SiteVisit,             // CP 3.2.2.1
    AttestationLetter,     // CP 3.2.2.1
    ReliableCommunication, // CP 3.2.5: the call-back to a number from a verified source
};

// What the evidence confirmed.
enum class EvidenceScope { Name, Address, NameAndAddress, Tradename, Country, Authority };

// One piece of evidence an officer relied on: which source, its reference (registry number, URL,
// letter), when it was obtained, what it confirmed, who recorded it, and the documents behind it.
// Its age decides whether it may be reused (R-DOC-2, DatedRules::organizationReuse).
struct Evidence {
    qint64 id = 0;
    EvidenceSource source = EvidenceSource::GovernmentAgency;
    EvidenceScope confirms = EvidenceScope::NameAndAddress;
    QString reference;
    QDateTime obtainedAt;
    QString recordedBy;
    QDateTime recordedAt;
    QList<qint64> documentIds;

    [[nodiscard]] qint64 ageInDays(const QDateTime& now) const { return obtainedAt.daysTo(now); }
    [[nodiscard]] bool reusableAt(const QDateTime& now, int limitDays) const {
        return obtainedAt.isValid() && ageInDays(now) <= limitDays;
    }
};

} // namespace ra::domain
