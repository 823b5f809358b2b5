// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/registry/CorporateNumberApi.h"
#include "domain/OrganizationVerification.h"
#include "domain/ReliableDataSource.h"
#include "domain/User.h"

#include <QJsonObject>

namespace ra::app {

class Workspace;

// A registry look-up as recorded: the record, how it compares with the claims, the evidence.
struct RegistryLookup {
    domain::CorporateRecord record;
    domain::RegistryComparison comparison;
    domain::Evidence evidence;
};

// Organization verification (R-ORG-1..4, R-DOC-2): the approved Reliable Data Sources, registry
// look-ups recorded as evidence, and the organization checklist items decided by the evidence.
class OrganizationService {
public:
    explicit OrganizationService(Workspace& workspace)
        : m_workspace(workspace) {}

    // R-ORG-1 with the NTA's corporate-number registry: checks the number's check digit, asks the
    // registry (blocking: the GUI calls askRegistry on a worker and record() on its own thread),
    // keeps the exact answer with its SHA-256 and what it confirmed, and decides the org.* items.
    // Every refusal is audited and records nothing as confirmed.
    [[nodiscard]] domain::Result<RegistryLookup> lookUpByNumber(const domain::User& actor, qint64 applicationId,
                                                                const QString& corporateNumber);
    // The network half of a look-up, safe on any thread.
    [[nodiscard]] static domain::Result<CorporateNumberAnswer>
    askRegistry(const CorporateNumberApiSettings& settings, const QString& corporateNumber, const QDateTime& now);
    // /4/name: corporations whose registered name starts with `name`, to find the number an
    // application did not give or gave wrongly. Never evidence: the officer then looks the chosen
    // number up. The network half, safe on any thread.
    [[nodiscard]] static domain::Result<CorporateNumberAnswer>
    askRegistryByName(const CorporateNumberApiSettings& settings, const QString& name, const QDateTime& now);
    // Audits the search (the name asked, the numbers found) and returns the candidates; refusals
    // (no right to record evidence here, no name, a registry fault) are audited too.
    [[nodiscard]] domain::Result<QList<domain::CorporateRecord>>
    noteSearch(const domain::User& actor, qint64 applicationId, const QString& name,
               const domain::Result<CorporateNumberAnswer>& answer);
    // Both halves, blocking (ra-cli).
    [[nodiscard]] domain::Result<QList<domain::CorporateRecord>>
    searchByName(const domain::User& actor, qint64 applicationId, const QString& name);
    // The storing half: `answer` is askRegistry's result for `corporateNumber` (already parsed).
    // `reusedFrom`: the earlier evidence whose kept answer this is (reuseAnswer).
    [[nodiscard]] domain::Result<RegistryLookup> record(const domain::User& actor, qint64 applicationId,
                                                        const QString& corporateNumber,
                                                        const domain::Result<CorporateNumberAnswer>& answer,
                                                        const domain::Evidence* reusedFrom = nullptr);
    // R-DOC-2: an earlier registry answer about the corporation with this (typed, then verified)
    // number, kept for another application and still reusable today — never matched by a name.
    [[nodiscard]] std::optional<domain::Evidence> reusableAnswer(qint64 applicationId, const QString& corporateNumber);
    // Records that answer for this application as record() would a fresh one: compared again
    // with this application's claims, dated when the registry gave it. Refusals are audited.
    [[nodiscard]] domain::Result<RegistryLookup> reuseAnswer(const domain::User& actor, qint64 applicationId,
                                                             const QString& corporateNumber);
    // R-ORG-1..3 with a source the tool does not query itself: a government agency, another
    // approved Reliable Data Source, a site visit, an Attestation Letter, or (for a tradename) a
    // bill, statement or tax document, entered by the validating officer with the reference and
    // the documents it relies on; then decides the org.* items. Refusals are audited and record
    // nothing. `entered.recordedBy/At`, its id and any registry fields are the service's to set.
    [[nodiscard]] domain::Result<domain::Evidence> recordEvidence(const domain::User& actor, domain::Evidence entered);
    // Whether `actor` may look up and record evidence for the application now (the same rule
    // record() applies), so a front end can say so before it goes to the network.
    [[nodiscard]] domain::Status mayRecord(const domain::User& actor, qint64 applicationId);

    [[nodiscard]] domain::Result<QList<domain::Evidence>> evidence(qint64 applicationId);
    // The newest registry evidence of the application, its record re-read from the answer kept
    // with it and compared with the claims again: what the Organization page shows.
    [[nodiscard]] std::optional<RegistryLookup> latestRegistryLookup(qint64 applicationId);
    // Decides org.identity, org.address, org.country and org.dba from the evidence usable now (R-DOC-2);
    // writes only what changed, audited as `actor`'s.
    [[nodiscard]] domain::Status decideChecks(const QString& actor, qint64 applicationId);
    // The verified organization the subject is built from (R-CSR-5), if evidence confirms it.
    [[nodiscard]] std::optional<domain::Evidence> subjectEvidence(qint64 applicationId);

    // R-ORG-4: an administrator evaluates and approves a source; it is withdrawn, never deleted.
    [[nodiscard]] domain::Result<domain::ReliableDataSource> approveSource(const domain::User& administrator,
                                                                           domain::ReliableDataSource source);
    [[nodiscard]] domain::Status withdrawSource(const domain::User& administrator, qint64 sourceId);
    [[nodiscard]] domain::Result<QList<domain::ReliableDataSource>> sources();
    // The evaluation an administrator records for the NTA's registry (CP 3.2.2.7), in English.
    [[nodiscard]] static domain::ReliableDataSource ntaRegistryEvaluation(const QString& url);

private:
    // Inside the caller's transaction: the org.* items decided again from the evidence.
    [[nodiscard]] domain::Status decideIn(const QString& actor, domain::Application& application);
    [[nodiscard]] domain::Status refuse(const domain::User& actor, qint64 applicationId, const QString& corporateNumber,
                                        const domain::Error& error);
    [[nodiscard]] domain::Status refuse(const domain::User& actor, qint64 applicationId, const QString& eventType,
                                        QJsonObject asked, const domain::Error& error);
    Workspace& m_workspace;
};

} // namespace ra::app
