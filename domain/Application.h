// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Checklist.h"
#include "domain/CsrCheckReport.h"
#include "domain/CsrSummary.h"
#include "domain/Document.h"
#include "domain/Organization.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra::domain {

// R-APR-1.
enum class ApplicationState { Received, InReview, ReadyForApproval, Approved, Issued, Returned, Rejected };

[[nodiscard]] QList<ApplicationState> allApplicationStates();
[[nodiscard]] QString stateId(ApplicationState state); // stable, untranslated
[[nodiscard]] std::optional<ApplicationState> stateFromId(QStringView id);
[[nodiscard]] QString stateDisplayName(ApplicationState state); // translated
[[nodiscard]] bool isFinal(ApplicationState state);

// One supervisor's co-authorization (R-APR-2): a statement signed with the approver's own key.
struct Approval {
    qint64 approverId = 0;
    QDateTime approvedAt;
    QString contentDigest; // hex SHA-256 of the exact tbsCertificate approved
    QByteArray signature;  // over approvalStatement(...), by the approver's key
};

// The exact bytes an approver signs (R-APR-2). The signing module rebuilds them from the digest it
// computes itself, so a signature only verifies for the content it is about to sign.
[[nodiscard]] QByteArray approvalStatement(qint64 applicationId, const QString& approver, const QDateTime& approvedAt,
                                           const QString& contentDigest);
// R-APR-2: what the HSM's audit key signs when it certifies an approver's key, so that the
// signing module trusts a key only from the HSM, never because the database holds it.
[[nodiscard]] QByteArray approverKeyStatement(qint64 userId, const QString& username, const QString& publicKeySha256,
                                              const QDateTime& certifiedAt);

struct Application {
    qint64 id = 0;
    QString externalReference; // the applicant-side reference, unique per package
    QString packageDigest;     // hex SHA-256 of the package manifest: the same package imports once
    ApplicationState state = ApplicationState::Received;
    Organization organization;
    Representative representative;
    SubscriberAgreement agreement;
    QStringList fqdns;
    QByteArray csrPem;
    CsrSummary csr;
    CsrCheckReport csrChecks; // decided at intake
    QList<Document> documents;
    QList<ChecklistItem> checklist;
    QList<Approval> approvals;
    qint64 assignedOfficerId = 0; // 0: nobody has taken it
    qint64 validatorId = 0;       // the officer who validated (R-ROLE-2); 0 until review starts
    bool highRisk = false;
    bool rejectedForFraud = false; // rejected for suspected fraud or phishing: matched by later ones (R-IN-3)
    QString lastReason;            // why it was returned, sent back or rejected
    QDateTime receivedAt;
    QDateTime updatedAt;
    int version = 0; // optimistic concurrency

    [[nodiscard]] const ChecklistItem* item(QStringView code) const;
    [[nodiscard]] ChecklistItem* item(QStringView code);
    // Sets (or adds) the item's result.
    void record(const QString& code, CheckStatus status, const QString& by, const QDateTime& at, const QString& note);
};

} // namespace ra::domain
