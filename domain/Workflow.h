// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Error.h"
#include "domain/User.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ra::domain {

// The moves of R-APR-1.
enum class WorkflowAction {
    TakeForReview,     // Received -> In review (officer)
    SubmitForApproval, // In review -> Ready for approval (the validating officer)
    Approve,           // Ready for approval -> Approved once enough supervisors approved (R-APR-2)
    SendBack,          // Ready for approval -> In review (supervisor, with reason)
    MarkIssued,        // Approved -> Issued (the signing module, after signing)
    ReturnToApplicant, // Received / In review / Ready for approval -> Returned (with reasons, CP 4.2.2)
    Resubmit,          // Returned -> Received (the applicant sent corrections)
    Reject,            // any non-final state -> Rejected (final, with reason)
};

[[nodiscard]] QString actionId(WorkflowAction action); // stable, used in audit entries
[[nodiscard]] QString actionDisplayName(WorkflowAction action);

struct WorkflowRequest {
    WorkflowAction action = WorkflowAction::TakeForReview;
    QDateTime at;
    QString reason;                 // required by SendBack, ReturnToApplicant and Reject
    bool freshSecondFactor = false; // R-ROLE-3: approval needs a second factor entered just now
    QString contentDigest;          // R-APR-2: what the approver signs off
    QByteArray statementSignature;  // R-APR-2: the approver's signature over approvalStatement(...)
    int requiredApprovals = 1;      // R-APR-2: configurable, at least one beyond the validator
    bool suspectedFraud = false;    // Reject: for suspected fraud or phishing, which feeds R-IN-3
};

class Workflow {
public:
    // Checks every guard of the move and, when all hold, applies it to `application`.
    // On failure nothing is changed.
    [[nodiscard]] static Result<ApplicationState> apply(Application& application, const User& actor,
                                                        const WorkflowRequest& request);

    // The moves `actor` could make now (guards on checklist items included), for menus and buttons.
    [[nodiscard]] static QList<WorkflowAction> availableActions(const Application& application, const User& actor);

    // Whether the signing module may issue the application's certificate now (approved, with
    // enough approvals): for showing the Issue button; the module checks again.
    [[nodiscard]] static bool readyToIssue(const Application& application, int requiredApprovals);

    // Mandatory items that have not passed and block the given gate (R-APR-1).
    [[nodiscard]] static QStringList unmetItems(const Application& application, CheckGate gate);

    // Whether an item must pass for this application (a DBA makes the DBA check mandatory).
    [[nodiscard]] static bool isMandatory(const ChecklistDefinition& definition, const Application& application);
};

} // namespace ra::domain
