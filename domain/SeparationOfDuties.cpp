// SPDX-License-Identifier: Apache-2.0
#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>

namespace ra::domain {

namespace {
bool hasDecidedAnItem(const User& user, const Application& application) {
    return std::any_of(application.checklist.cbegin(), application.checklist.cend(),
                       [&](const ChecklistItem& item) { return item.decidedBy == user.username; });
}
} // namespace

Status SeparationOfDuties::mayValidate(const User& user, const Application& application) {
    if (user.disabled || !roleAllows(user.role, Permission::ReviewApplication)) {
        return fail(
            QStringLiteral("sod.not-an-officer"),
            QCoreApplication::translate("SeparationOfDuties", "Only an RA officer may validate an application."));
    }
    if (application.assignedOfficerId != 0 && application.assignedOfficerId != user.id) {
        return fail(QStringLiteral("sod.taken-by-another"),
                    QCoreApplication::translate("SeparationOfDuties",
                                                "Another officer has taken this application for review."));
    }
    return {};
}

Status SeparationOfDuties::mayRecordCheck(const User& user, const Application& application,
                                          const ChecklistDefinition& definition) {
    if (definition.automatic) {
        return fail(
            QStringLiteral("check.automatic"),
            QCoreApplication::translate("SeparationOfDuties", "This check is run by the tool, not recorded by hand."));
    }
    // R-IN-4: the additional verification answers a high-risk flag; recorded early it would
    // pre-answer matches nobody has seen.
    if (definition.code == QLatin1String("risk.additional-verification") && !application.highRisk) {
        return fail(QStringLiteral("check.not-high-risk"),
                    QCoreApplication::translate(
                        "SeparationOfDuties", "The application is not high risk: there is nothing to verify further."));
    }
    return mayRecordEvidence(user, application);
}

Status SeparationOfDuties::mayRecordEvidence(const User& user, const Application& application) {
    if (user.disabled || !user.can(Permission::ReviewApplication) || application.validatorId != user.id) {
        return fail(QStringLiteral("sod.not-the-validator"),
                    QCoreApplication::translate("SeparationOfDuties",
                                                "Only the officer validating this application records its checks."));
    }
    if (application.state != ApplicationState::InReview) {
        return fail(QStringLiteral("workflow.not-in-review"),
                    QCoreApplication::translate("SeparationOfDuties",
                                                "Checks are recorded while the application is in review."));
    }
    return {};
}

Status SeparationOfDuties::mayApprove(const User& user, const Application& application) {
    if (user.disabled || !roleAllows(user.role, Permission::ApproveApplication)) {
        return fail(QStringLiteral("sod.not-a-supervisor"),
                    QCoreApplication::translate("SeparationOfDuties", "Only a supervisor may approve an application."));
    }
    if (user.id == application.validatorId || user.id == application.assignedOfficerId ||
        hasDecidedAnItem(user, application)) {
        return fail(QStringLiteral("sod.validator-cannot-approve"),
                    QCoreApplication::translate("SeparationOfDuties",
                                                "The person who validated an application can never approve it."));
    }
    const bool approvedAlready = std::any_of(application.approvals.cbegin(), application.approvals.cend(),
                                             [&](const Approval& approval) { return approval.approverId == user.id; });
    if (approvedAlready) {
        return fail(QStringLiteral("sod.approved-twice"),
                    QCoreApplication::translate("SeparationOfDuties", "You have already approved this application."));
    }
    return {};
}

Status SeparationOfDuties::mayCreateUser(const User& administrator, Role role, bool keyCustodian) {
    if (!administrator.can(Permission::ManageUsers)) {
        return fail(QStringLiteral("sod.not-an-administrator"),
                    QCoreApplication::translate("SeparationOfDuties", "Only an administrator may manage users."));
    }
    if (keyCustodian && !mayBeKeyCustodian(role)) {
        return fail(QStringLiteral("sod.custodian-role"),
                    QCoreApplication::translate("SeparationOfDuties",
                                                "Only RA officers and supervisors may be Key Custodians."));
    }
    return {};
}

Status SeparationOfDuties::mayAssignRole(const User& administrator, const User& target, Role role, bool keyCustodian) {
    if (auto allowed = mayCreateUser(administrator, role, keyCustodian); !allowed) {
        return allowed;
    }
    if (administrator.id == target.id) {
        return fail(
            QStringLiteral("sod.self-grant"),
            QCoreApplication::translate("SeparationOfDuties", "An administrator cannot change their own role."));
    }
    return {};
}

bool SeparationOfDuties::grantNeedsSecondAdministrator(Role role, bool keyCustodian) {
    return keyCustodian || roleAllows(role, Permission::ApproveApplication) ||
           roleAllows(role, Permission::ManageUsers);
}

Status SeparationOfDuties::mayConfirmGrant(const User& administrator, const User& target) {
    if (!administrator.can(Permission::ManageUsers)) {
        return fail(QStringLiteral("sod.not-an-administrator"),
                    QCoreApplication::translate("SeparationOfDuties", "Only an administrator may manage users."));
    }
    if (!target.awaitingConfirmation || target.disabled) {
        return fail(QStringLiteral("user.nothing-to-confirm"),
                    QCoreApplication::translate("SeparationOfDuties", "This account awaits no confirmation."));
    }
    if (administrator.username == target.createdBy || administrator.username == target.username) {
        return fail(QStringLiteral("sod.same-administrator"),
                    QCoreApplication::translate("SeparationOfDuties",
                                                "A second administrator must confirm this: not the one who "
                                                "created the account."));
    }
    return {};
}

} // namespace ra::domain
