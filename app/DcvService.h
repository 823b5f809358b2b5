// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mail/Mail.h"
#include "app/mpic/MpicRound.h"
#include "app/registry/DomainContacts.h"
#include "app/storage/SqlValidationEvidence.h"
#include "domain/Application.h"
#include "domain/Dcv.h"
#include "domain/User.h"

namespace ra::app {

class Workspace;

// What one check needs from the network, prepared on the thread that owns the database; the
// round itself touches no database, so the GUI runs it on a worker thread.
struct ValidationRound {
    qint64 applicationId = 0;
    QString fqdn;
    domain::DcvAttempt attempt;     // DCV checks only
    domain::DcvChallenge challenge; // DCV checks only: where the perspectives look and what they must see
    PerspectiveTask task;
    MpicSettings settings;
    QDate day; // R-TIME-1: the phase-in of R-MPIC-2 is decided for the workspace clock's day
    // Email methods: every email of the attempt, where to send and where replies arrive.
    QList<domain::DcvEmail> emails;
    MailSettings mail;
    RegistrySettings registry; // method 1
    QDateTime now;             // the workspace clock when the check was prepared (the emails' Date)
};

// What one DCV check observed: the perspectives' round, and for the email methods the emails as
// the check left them (sent, failed, or confirmed by a reply).
struct DcvRoundResult {
    MpicRoundResult mpic;
    QList<domain::DcvEmail> emails;
    bool contactsFound = true; // methods 4 and 5: false when no contact was found and corroborated
};

// A passed validation one requested name relies on (R-DOC-2): the application's own, or one done
// for another application of the same applicant, while younger than the reuse limit in force.
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
    // passed attempts and those of the same applicant's other applications — same legal name and
    // country — for exactly that FQDN (the stricter reading: a parent's validation is not reused).
    [[nodiscard]] domain::Result<QHash<QString, ValidationInUse>> validationsInUse(qint64 applicationId);
    // Decides the Domains step's automatic checklist items from the stored evidence
    // (domain::DomainChecks), reused validations included, and records those that changed:
    // whether any did.
    [[nodiscard]] domain::Result<bool> updateChecklist(qint64 applicationId);
    // R-DCV-4 and the workflow: only the validating officer of an application in review validates
    // its names and checks their CAA.
    [[nodiscard]] static domain::Status mayValidate(const domain::User& actor, const domain::Application& application);
    // `fqdn` in lower case when the application requests it; validation and CAA are for those only.
    [[nodiscard]] static domain::Result<QString> requestedName(const domain::Application& application,
                                                               const QString& fqdn);
    [[nodiscard]] domain::Result<QList<StoredObservation>> observations(qint64 attemptId);
    [[nodiscard]] domain::Result<QList<domain::DcvEmail>> emails(qint64 attemptId);
    // What the applicant must do for `attempt` (the UI and ra-cli show it) and what is looked at.
    [[nodiscard]] domain::Result<domain::DcvChallenge> challenge(const domain::DcvAttempt& attempt);
    // What the applicant must do, in one translated sentence: where, what, and until when.
    [[nodiscard]] static QString applicantInstructions(const domain::DcvAttempt& attempt,
                                                       const domain::DcvChallenge& challenge);
    // The emails of an email-method attempt for ra-cli --json and the audit trail.
    [[nodiscard]] static QJsonArray emailsJson(const QList<domain::DcvEmail>& emails);
    // The challenge for people and the audit trail: where, what, and for method 7 the key authorization.
    [[nodiscard]] static QJsonObject challengeJson(const domain::DcvChallenge& challenge);

private:
    [[nodiscard]] static DcvRoundResult observeEmails(const ValidationRound& round,
                                                      const MpicRound::Progress& progress);
    // Methods 4 and 5: the contact addresses one perspective found.
    [[nodiscard]] static QStringList contactsSeen(domain::DcvMethod method, const PerspectiveReport& report);
    [[nodiscard]] static QStringList emailsSummary(const QList<domain::DcvEmail>& emails);
    [[nodiscard]] domain::Status store(domain::DcvAttempt& attempt, const QString& actor, const QString& event,
                                       const QJsonObject& details, const MpicRoundResult* round = nullptr,
                                       QList<domain::DcvEmail>* emails = nullptr);
    Workspace& m_workspace;
};

} // namespace ra::app
