// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Checklist.h"
#include "domain/CorporateRecord.h"
#include "domain/DocumentInspection.h"
#include "domain/Error.h"
#include "domain/Evidence.h"
#include "domain/Organization.h"
#include "domain/Subject.h"

#include <QList>

namespace ra::domain {

// One field of the application next to the registry's value (UI.md "Organization page").
struct FieldComparison {
    QString
        field; // "legal_name", "state_or_province", "locality", "street_address", "postal_code", "country", "status"
    QString claimed;
    QString registry;
    bool same = false;
    [[nodiscard]] QString title() const; // translated
};

// What a registry record says of the application's claims (R-ORG-1): field by field, what it
// confirms, and the values the subject may carry.
struct RegistryComparison {
    QList<FieldComparison> fields;
    EvidenceConfirms confirms;
    VerifiedOrganization verified;
    QStringList problems; // translated, one line each: closed, name differs, address differs
};

// The decision of one organization checklist item from the evidence.
struct EvidenceDecision {
    QString code; // "org.identity", "org.address", "org.country", "org.dba"
    CheckStatus status = CheckStatus::Pending;
    QString note;
    qint64 evidenceId = 0;
};

class OrganizationVerification {
public:
    // Compares what the applicant claims with a registry record. A closed or merged corporation
    // confirms nothing; a name or address that differs is not confirmed (the officer returns the
    // application for correction rather than silently certifying other values).
    [[nodiscard]] static RegistryComparison compare(const Organization& claims, const CorporateRecord& record);

    // Evidence an officer entered from a source the tool does not query itself (R-ORG-1..3): a kind
    // the rule allows for what it confirms, the source's reference, when it was obtained (not in
    // the future, not older than the reuse limit), what the source states for each part it
    // confirms — the same as the application claims, or the application goes back for correction —
    // and the current documents of this application it relies on, each inspected and passed. Whether a cited Reliable
    // Data Source is approved is the registry's to say (R-ORG-4), not checked here.
    [[nodiscard]] static Status validateEntered(const Evidence& evidence, const Application& application,
                                                const QList<DocumentInspection>& inspections, const QDateTime& now,
                                                int reuseLimitDays);
    // The kinds an officer enters (everything but the registry the tool looks up and the call-back).
    [[nodiscard]] static QList<EvidenceSource> enteredKinds();

    // The org.* items as the evidence decides them at `now`: an item passes when a piece of
    // evidence younger than `reuseLimitDays` (R-DOC-2) confirms it; never by a bare tick.
    [[nodiscard]] static QList<EvidenceDecision> decide(const QList<Evidence>& evidence, const QDateTime& now,
                                                        int reuseLimitDays);

    // The usable evidence confirming both name and address — the registry's answer before any the
    // officer entered, else the newest: the subject's O, ST, L come
    // from it (R-CSR-5, R-ISS-1). nullptr when there is none.
    [[nodiscard]] static const Evidence* subjectSource(const QList<Evidence>& evidence, const QDateTime& now,
                                                       int reuseLimitDays);

    // R-DOC-2: the registry answer about a corporation that `applicationId` may reuse instead of
    // asking again — among `answers` (every answer about that corporate number, any application),
    // the newest, while it confirms something, is usable now and is another application's. A
    // newer answer that confirms nothing (closed, merged) leaves nothing to reuse. nullptr if none.
    [[nodiscard]] static const Evidence* reusableAnswer(const QList<Evidence>& answers, qint64 applicationId,
                                                        const QDateTime& now, int reuseLimitDays);

    // Text folded for comparison: NFKC (full-width digits and letters to ASCII), no spaces or
    // middle dots, hyphen look-alikes and the block/lot words of Japanese addresses (丁目, 番地,
    // 番, 号) between digits as '-', Latin letters in lower case.
    [[nodiscard]] static QString folded(const QString& text);
};

} // namespace ra::domain
