// SPDX-License-Identifier: Apache-2.0
#include "domain/Workflow.h"

#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>

namespace ra::domain {

namespace {
Status requireState(const Application& application, std::initializer_list<ApplicationState> allowed,
                    WorkflowAction action) {
    if (std::find(allowed.begin(), allowed.end(), application.state) != allowed.end()) {
        return {};
    }
    return fail(QStringLiteral("workflow.wrong-state"),
                QCoreApplication::translate("Workflow", "This action is not possible while the application is %1.")
                    .arg(stateDisplayName(application.state)),
                QStringLiteral("%1 from %2").arg(actionId(action), stateId(application.state)));
}

Status requireReason(const WorkflowRequest& request) {
    if (request.reason.trimmed().isEmpty()) {
        return fail(QStringLiteral("workflow.reason-required"),
                    QCoreApplication::translate("Workflow", "A reason is required for this action."));
    }
    return {};
}

Status requireItemsPassed(const Application& application, CheckGate gate) {
    const QStringList unmet = Workflow::unmetItems(application, gate);
    if (unmet.isEmpty()) {
        return {};
    }
    return fail(QStringLiteral("workflow.checks-pending"),
                QCoreApplication::translate("Workflow", "%n mandatory check(s) have not passed yet.", nullptr,
                                            int(unmet.size())),
                unmet.join(QLatin1Char(',')));
}

Status requireReviewerOrSupervisor(const User& actor) {
    if (actor.can(Permission::ReviewApplication) || actor.can(Permission::ApproveApplication)) {
        return {};
    }
    return fail(QStringLiteral("workflow.not-allowed"),
                QCoreApplication::translate("Workflow", "Your role may not make this decision."));
}

// Issue 12 item 11: an application someone holds is returned, resubmitted or rejected by that
// officer or by a supervisor, never by another officer passing by. One nobody took yet (an incomplete package
// that cannot be taken, say) any officer may return or reject.
Status requireHolderOrSupervisor(const Application& application, const User& actor) {
    if (auto ok = requireReviewerOrSupervisor(actor); !ok) {
        return ok;
    }
    if (actor.can(Permission::ApproveApplication) || application.assignedOfficerId == 0 ||
        application.assignedOfficerId == actor.id) {
        return {};
    }
    return fail(QStringLiteral("workflow.not-assigned"),
                QCoreApplication::translate("Workflow",
                                            "Only the officer who took this application, or a supervisor, may "
                                            "return, resubmit or reject it."));
}

// Checks every guard of the move without changing anything.
Status check(const Application& application, const User& actor, const WorkflowRequest& request) {
    using enum ApplicationState;
    using enum WorkflowAction;
    const WorkflowAction action = request.action;
    switch (action) {
    case TakeForReview:
        if (auto ok = requireState(application, {Received}, action); !ok) {
            return ok;
        }
        if (auto ok = SeparationOfDuties::mayValidate(actor, application); !ok) {
            return ok;
        }
        return requireItemsPassed(application, CheckGate::Intake);
    case SubmitForApproval:
        if (auto ok = requireState(application, {InReview}, action); !ok) {
            return ok;
        }
        if (auto ok = SeparationOfDuties::mayValidate(actor, application); !ok) {
            return ok;
        }
        if (auto ok = requireItemsPassed(application, CheckGate::Intake); !ok) {
            return ok;
        }
        return requireItemsPassed(application, CheckGate::Submission);
    case Approve:
        if (auto ok = requireState(application, {ReadyForApproval}, action); !ok) {
            return ok;
        }
        if (auto ok = SeparationOfDuties::mayApprove(actor, application); !ok) {
            return ok;
        }
        if (!request.freshSecondFactor) {
            return fail(QStringLiteral("workflow.fresh-mfa-required"),
                        QCoreApplication::translate(
                            "Workflow", "Approval needs your second factor entered at the moment of approval."));
        }
        if (request.contentDigest.isEmpty() || request.statementSignature.isEmpty()) {
            return fail(QStringLiteral("workflow.no-content-digest"),
                        QCoreApplication::translate("Workflow", "Approval must cover the exact certificate content."));
        }
        return {};
    case SendBack:
        if (auto ok = requireState(application, {ReadyForApproval}, action); !ok) {
            return ok;
        }
        if (!actor.can(Permission::ApproveApplication)) {
            return fail(QStringLiteral("workflow.not-allowed"),
                        QCoreApplication::translate("Workflow", "Only a supervisor may send an application back."));
        }
        return requireReason(request);
    case MarkIssued:
        if (auto ok = requireState(application, {Approved}, action); !ok) {
            return ok;
        }
        if (application.approvals.size() < std::max(1, request.requiredApprovals)) {
            return fail(
                QStringLiteral("workflow.not-enough-approvals"),
                QCoreApplication::translate("Workflow", "The application does not have the approvals it needs."));
        }
        return {};
    case ReturnToApplicant:
        if (auto ok = requireState(application, {Received, InReview, ReadyForApproval}, action); !ok) {
            return ok;
        }
        if (auto ok = requireHolderOrSupervisor(application, actor); !ok) {
            return ok;
        }
        return requireReason(request);
    case Resubmit:
        if (auto ok = requireState(application, {Returned}, action); !ok) {
            return ok;
        }
        if (!actor.can(Permission::ReviewApplication)) {
            return fail(QStringLiteral("workflow.not-allowed"),
                        QCoreApplication::translate("Workflow", "Only an RA officer may record a resubmission."));
        }
        return requireHolderOrSupervisor(application, actor);
    case Reject:
        if (auto ok = requireState(application, {Received, InReview, ReadyForApproval, Approved, Returned}, action);
            !ok) {
            return ok;
        }
        if (auto ok = requireHolderOrSupervisor(application, actor); !ok) {
            return ok;
        }
        return requireReason(request);
    }
    return fail(QStringLiteral("workflow.unknown-action"), QCoreApplication::translate("Workflow", "Unknown action."));
}
} // namespace

QString actionId(WorkflowAction action) {
    switch (action) {
    case WorkflowAction::TakeForReview:
        return QStringLiteral("take_for_review");
    case WorkflowAction::SubmitForApproval:
        return QStringLiteral("submit_for_approval");
    case WorkflowAction::Approve:
        return QStringLiteral("approve");
    case WorkflowAction::SendBack:
        return QStringLiteral("send_back");
    case WorkflowAction::MarkIssued:
        return QStringLiteral("mark_issued");
    case WorkflowAction::ReturnToApplicant:
        return QStringLiteral("return_to_applicant");
    case WorkflowAction::Resubmit:
        return QStringLiteral("resubmit");
    case WorkflowAction::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

QString actionDisplayName(WorkflowAction action) {
    switch (action) {
    case WorkflowAction::TakeForReview:
        return QCoreApplication::translate("Workflow", "Take for review");
    case WorkflowAction::SubmitForApproval:
        return QCoreApplication::translate("Workflow", "Submit for approval");
    case WorkflowAction::Approve:
        return QCoreApplication::translate("Workflow", "Approve");
    case WorkflowAction::SendBack:
        return QCoreApplication::translate("Workflow", "Send back to officer");
    case WorkflowAction::MarkIssued:
        return QCoreApplication::translate("Workflow", "Mark issued");
    case WorkflowAction::ReturnToApplicant:
        return QCoreApplication::translate("Workflow", "Return to applicant");
    case WorkflowAction::Resubmit:
        return QCoreApplication::translate("Workflow", "Record resubmission");
    case WorkflowAction::Reject:
        return QCoreApplication::translate("Workflow", "Reject");
    }
    return {};
}

bool Workflow::isMandatory(const ChecklistDefinition& definition, const Application& application) {
    if (definition.code == QLatin1String("org.dba")) {
        return !application.organization.doingBusinessAs.trimmed().isEmpty(); // R-ORG-2
    }
    if (definition.code == QLatin1String("risk.additional-verification")) {
        return application.highRisk; // R-IN-4
    }
    return definition.mandatory;
}

QStringList Workflow::unmetItems(const Application& application, CheckGate gate) {
    QStringList unmet;
    for (const ChecklistDefinition& definition : Checklist::definitions()) {
        if (definition.gate != gate || !isMandatory(definition, application)) {
            continue;
        }
        const ChecklistItem* item = application.item(definition.code);
        // R-IN-4: a high-risk match does not stop the application for good; the additional
        // verification the officer recorded answers it.
        const ChecklistItem* answered = application.item(u"risk.additional-verification");
        if (definition.code == QLatin1String("intake.high-risk-match") && item && item->status == CheckStatus::Failed &&
            answered && answered->status == CheckStatus::Passed) {
            continue;
        }
        if (!item || item->status != CheckStatus::Passed) {
            unmet << definition.code;
        }
    }
    return unmet;
}

Result<ApplicationState> Workflow::apply(Application& application, const User& actor, const WorkflowRequest& request) {
    if (auto ok = check(application, actor, request); !ok) {
        return std::unexpected(ok.error());
    }
    using enum ApplicationState;
    switch (request.action) {
    case WorkflowAction::TakeForReview:
        application.assignedOfficerId = actor.id;
        application.validatorId = actor.id;
        application.state = InReview;
        break;
    case WorkflowAction::SubmitForApproval:
        application.state = ReadyForApproval;
        break;
    case WorkflowAction::Approve:
        application.approvals.append(Approval{actor.id, request.at, request.contentDigest, request.statementSignature});
        if (application.approvals.size() >= std::max(1, request.requiredApprovals)) {
            application.state = Approved;
        }
        break;
    case WorkflowAction::SendBack:
        application.approvals.clear(); // the content may change, so earlier approvals are void
        application.state = InReview;
        break;
    case WorkflowAction::MarkIssued:
        application.state = Issued;
        break;
    case WorkflowAction::ReturnToApplicant:
        application.approvals.clear();
        application.state = Returned;
        break;
    case WorkflowAction::Resubmit:
        application.state = Received;
        break;
    case WorkflowAction::Reject:
        application.state = Rejected;
        application.rejectedForFraud = request.suspectedFraud; // R-IN-3
        break;
    }
    if (!request.reason.isEmpty()) {
        application.lastReason = request.reason;
    }
    application.updatedAt = request.at;
    return application.state;
}

bool Workflow::readyToIssue(const Application& application, int requiredApprovals) {
    WorkflowRequest request;
    request.action = WorkflowAction::MarkIssued;
    request.requiredApprovals = requiredApprovals;
    return check(application, User{}, request).has_value();
}

QList<WorkflowAction> Workflow::availableActions(const Application& application, const User& actor) {
    QList<WorkflowAction> actions;
    for (WorkflowAction action : {WorkflowAction::TakeForReview, WorkflowAction::SubmitForApproval,
                                  WorkflowAction::Approve, WorkflowAction::SendBack, WorkflowAction::ReturnToApplicant,
                                  WorkflowAction::Resubmit, WorkflowAction::Reject}) {
        // Reasons, second factors and digests are asked for when the action is chosen.
        WorkflowRequest probe{action, {}, QStringLiteral("-"), true, QStringLiteral("-"), QByteArrayLiteral("-"), 1};
        if (check(application, actor, probe)) {
            actions << action;
        }
    }
    return actions;
}

} // namespace ra::domain
