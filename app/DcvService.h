// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/ValidationRound.h"
#include "app/storage/SqlValidationEvidence.h"
#include "domain/Application.h"
#include "domain/Dcv.h"
#include "domain/User.h"

namespace ra::app {

class Workspace;

// A passed validation one requested name relies on (R-DOC-2): the application's own, or one done
// for another application of the same applicant (the same verified corporate number, never a
// rejected application), while younger than the reuse limit in force.
struct ValidationInUse {
    domain::DcvAttempt attempt;
    QString applicationReference; // of the application it was done for
    bool reused = false;          // done for another application
    QDateTime usableUntil;
    qint64 ageDays = 0;
};

// Domain validation (R-DCV-1, R-DCV-2, R-DCV-4, R-MPIC-1..3): the validating officer starts an
// attempt for one of the application's names, the applicant publishes the random value, the
// officer checks; the primary and every remote perspective look at the same time, and the attempt
// passes only when the primary sees the value and the perspectives corroborate it. Every attempt,
// every perspective's report and the decision are stored and audited. All seven methods of CP
// 3.2.2.4: 3 (a TXT record at the ADN or an underscore label under it), 6 (a file under
// /.well-known/pki-validation/), 7 (ACME http-01, the CSR's key as the account key) and the
// email methods 1 (registry Domain Contacts), 2 (constructed addresses), 4 and 5 (CAA and TXT
// contacts, corroborated): one email with its own random value to each address; a check sends
// what is unsent and looks for replies carrying a value.
class DcvService {
public:
    explicit DcvService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<domain::DcvAttempt> start(const domain::User& actor, qint64 applicationId,
                                                           const QString& fqdn, domain::DcvMethod method,
                                                           const QString& authorizationDomain, const QString& label);

    // The three steps of a check: prepare (refuses a decided or expired attempt; an expired one
    // is recorded as such), observe (the network, any thread), record (stores and audits).
    [[nodiscard]] domain::Result<ValidationRound> prepareCheck(const domain::User& actor, qint64 attemptId);
    [[nodiscard]] static DcvRoundResult observe(const ValidationRound& round, const MpicRound::Progress& progress = {});
    [[nodiscard]] domain::Result<domain::DcvAttempt>
    recordCheck(const domain::User& actor, const ValidationRound& round, const DcvRoundResult& result);
    // All three on this thread (ra-cli).
    [[nodiscard]] domain::Result<domain::DcvAttempt> check(const domain::User& actor, qint64 attemptId,
                                                           const MpicRound::Progress& progress = {});

    [[nodiscard]] domain::Result<QList<domain::DcvAttempt>> attempts(qint64 applicationId);
    // For each requested name, the newest validation usable now (R-DOC-2): this application's
    // passed attempts and those of the same applicant's other applications — the same corporate
    // number in the registry evidence both subjects are built from; none that was rejected — for
    // exactly that FQDN (the stricter reading: a parent's validation is not reused). An
    // application whose organization is not verified by a registry number borrows nothing.
    [[nodiscard]] domain::Result<QHash<QString, ValidationInUse>> validationsInUse(qint64 applicationId);
    // Decides the Domains step's automatic checklist items from the stored evidence
    // (domain::DomainChecks), reused validations included, and records those that changed:
    // whether any did.
    [[nodiscard]] domain::Result<bool> updateChecklist(qint64 applicationId);
    // R-DCV-4 and the workflow: only the validating officer of an application in review validates
    // its names and checks their CAA.
    [[nodiscard]] static domain::Status mayValidate(const domain::User& actor, const domain::Application& application);
    // `fqdn` in lower case when the application requests it; validation and CAA are for those only.
    // R-DCV-1: 160 bits from the CSPRNG (at least 112), base32, created `now`.
    [[nodiscard]] static domain::RandomValue newRandomValue(const QDateTime& now);
    [[nodiscard]] static domain::Result<QString> requestedName(const domain::Application& application,
                                                               const QString& fqdn);
    [[nodiscard]] domain::Result<QList<StoredObservation>> observations(qint64 attemptId);
    [[nodiscard]] domain::Result<QList<domain::DcvEmail>> emails(qint64 attemptId);
    // What the applicant must do for `attempt` (the UI and ra-cli show it) and what is looked at.
    [[nodiscard]] domain::Result<domain::DcvChallenge> challenge(const domain::DcvAttempt& attempt);
    // What the applicant must do, in one translated sentence: where, what, and until when.
    [[nodiscard]] static QString applicantInstructions(const domain::DcvAttempt& attempt,
                                                       const domain::DcvChallenge& challenge);
    // The challenge for people and the audit trail: where, what, and for method 7 the key authorization.
    // The attempt's random value and its expiry as ra-cli and the audit trail show them: an email
    // method's value only as its SHA-256 (R-DCV-2).
    [[nodiscard]] static QJsonObject randomValueJson(const domain::DcvAttempt& attempt);
    [[nodiscard]] static QJsonObject challengeJson(const domain::DcvChallenge& challenge);

private:
    [[nodiscard]] domain::Status store(domain::DcvAttempt& attempt, const QString& actor, const QString& event,
                                       const QJsonObject& details, const MpicRoundResult* round = nullptr,
                                       QList<domain::DcvEmail>* emails = nullptr);
    Workspace& m_workspace;
};

} // namespace ra::app
