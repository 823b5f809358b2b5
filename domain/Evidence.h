// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace ra::domain {

// Where a fact about the applicant was confirmed (R-ORG-1, R-ORG-2, R-ORG-5).
enum class EvidenceSource {
    GovernmentAgency,      // CP 3.2.2.1: a government agency of the jurisdiction (e.g. the commercial registry)
    ReliableDataSource,    // CP 3.2.2.1, 3.2.2.7: only sources approved in the registry (R-ORG-4)
    SiteVisit,             // CP 3.2.2.1
    AttestationLetter,     // CP 3.2.2.1
    ReliableCommunication, // CP 3.2.5: the call-back to a number from a verified source
    // CP 3.2.2.2 (5): a utility bill, bank statement, credit card statement, government-issued tax
    // document or other identification the CA determines reliable; for a tradename only.
    IdentificationDocument,
};
[[nodiscard]] QString evidenceSourceId(EvidenceSource source); // stable, untranslated
[[nodiscard]] std::optional<EvidenceSource> evidenceSourceFromId(QStringView id);
[[nodiscard]] QString evidenceSourceDisplayName(EvidenceSource source); // translated

// What one piece of evidence confirmed.
struct EvidenceConfirms {
    bool name = false;      // identity: the legal name (CP 3.2.2.1)
    bool address = false;   // a place of existence or operation (CP 3.2.2.1)
    bool country = false;   // CP 3.2.2.3
    bool tradename = false; // the DBA (CP 3.2.2.2)

    [[nodiscard]] bool any() const { return name || address || country || tradename; }
    [[nodiscard]] QString id() const; // "name+address+country", or "none"
    [[nodiscard]] static EvidenceConfirms fromId(QStringView id);
    bool operator==(const EvidenceConfirms&) const = default;
};

// The organization's values as the evidence states them: what the certificate's subject may carry
// (R-CSR-5, R-ISS-1), never the applicant's claims.
struct VerifiedOrganization {
    QString legalName;
    QString stateOrProvince;
    QString locality;
    QString streetAddress;
    QString country;
    QString tradename;
};

// One piece of evidence an officer relied on: which source, its reference (registry number, URL,
// letter), when it was obtained, what it confirmed, who recorded it, and the documents behind it.
// Its age decides whether it may be reused (R-DOC-2, DatedRules::organizationReuse).
struct Evidence {
    qint64 id = 0;
    qint64 applicationId = 0;
    EvidenceSource source = EvidenceSource::GovernmentAgency;
    qint64 dataSourceId = 0; // the approved Reliable Data Source (R-ORG-4), 0 for other kinds
    QString dataSourceName;
    EvidenceConfirms confirms;
    VerifiedOrganization verified;
    QString corporateNumber; // the registry's number for the organization, once verified
    QString reference;       // registry number, URL without credentials, letter reference
    QString responseSha256;  // hex SHA-256 of the registry's exact answer (kept beside it)
    QDateTime obtainedAt;
    QString recordedBy;
    QDateTime recordedAt;
    QString note;
    QList<qint64> documentIds;

    [[nodiscard]] qint64 ageInDays(const QDateTime& now) const { return obtainedAt.daysTo(now); }
    [[nodiscard]] bool reusableAt(const QDateTime& now, int limitDays) const {
        return obtainedAt.isValid() && ageInDays(now) <= limitDays;
    }
};

} // namespace ra::domain
