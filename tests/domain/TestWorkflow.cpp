// SPDX-License-Identifier: Apache-2.0
// R-APR-1 (workflow and its guards) and R-ROLE-2 (separation of duties), in the domain alone.
#include "domain/SeparationOfDuties.h"
#include "domain/Workflow.h"

#include <QTest>

using namespace ra::domain;

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

User makeUser(qint64 id, const QString& name, Role role) {
    User user;
    user.id = id;
    user.username = name;
    user.role = role;
    return user;
}

void passAll(Application& application, CheckGate gate, const QString& by) {
    for (const ChecklistDefinition& definition : Checklist::definitions()) {
        if (definition.gate == gate) {
            application.record(definition.code, CheckStatus::Passed, by, kNow, {});
        }
    }
}

Application receivedApplication() {
    Application application;
    application.id = 7;
    passAll(application, CheckGate::Intake, QStringLiteral("system"));
    return application;
}

WorkflowRequest request(WorkflowAction action, const QString& reason = {}) {
    WorkflowRequest result;
    result.action = action;
    result.at = kNow;
    result.reason = reason;
    return result;
}
} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT

private:
    const User officer = makeUser(1, QStringLiteral("tanaka"), Role::Officer);
    const User otherOfficer = makeUser(2, QStringLiteral("suzuki"), Role::Officer);
    const User supervisor = makeUser(3, QStringLiteral("sato"), Role::Supervisor);
    const User secondSupervisor = makeUser(4, QStringLiteral("yamada"), Role::Supervisor);
    const User auditor = makeUser(5, QStringLiteral("ito"), Role::Auditor);
    const User administrator = makeUser(6, QStringLiteral("admin"), Role::Administrator);

    Application readyForApproval() {
        Application application = receivedApplication();
        [&] { QVERIFY(Workflow::apply(application, officer, request(WorkflowAction::TakeForReview))); }();
        passAll(application, CheckGate::Submission, officer.username);
        [&] { QVERIFY(Workflow::apply(application, officer, request(WorkflowAction::SubmitForApproval))); }();
        return application;
    }

    WorkflowRequest approval(int required = 1) {
        WorkflowRequest result = request(WorkflowAction::Approve);
        result.freshSecondFactor = true;
        result.contentDigest = QStringLiteral("ab12");
        result.statementSignature = QByteArrayLiteral("signature");
        result.requiredApprovals = required;
        return result;
    }

private slots:
    void takeForReviewAssignsTheOfficer_R_APR_1() {
        Application application = receivedApplication();
        const auto moved = Workflow::apply(application, officer, request(WorkflowAction::TakeForReview));
        QVERIFY(moved);
        QCOMPARE(*moved, ApplicationState::InReview);
        QCOMPARE(application.assignedOfficerId, officer.id);
        QCOMPARE(application.validatorId, officer.id);
    }

    void takeForReviewNeedsIntakeChecksPassed_R_APR_1() {
        Application application = receivedApplication();
        application.record(QStringLiteral("csr.proof-of-possession"), CheckStatus::Failed, QStringLiteral("system"),
                           kNow, {});
        const auto moved = Workflow::apply(application, officer, request(WorkflowAction::TakeForReview));
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, QStringLiteral("workflow.checks-pending"));
        QVERIFY(moved.error().detail.contains(QStringLiteral("csr.proof-of-possession")));
        QCOMPARE(application.state, ApplicationState::Received); // unchanged on failure
    }

    void onlyOfficersValidate_R_ROLE_1() {
        for (const User& user : {supervisor, auditor, administrator}) {
            Application application = receivedApplication();
            QVERIFY(!Workflow::apply(application, user, request(WorkflowAction::TakeForReview)));
        }
    }

    void anotherOfficerCannotTakeOver() {
        Application application = receivedApplication();
        QVERIFY(Workflow::apply(application, officer, request(WorkflowAction::TakeForReview)));
        passAll(application, CheckGate::Submission, officer.username);
        const auto moved = Workflow::apply(application, otherOfficer, request(WorkflowAction::SubmitForApproval));
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, QStringLiteral("sod.taken-by-another"));
    }

    void submissionNeedsEveryMandatoryItem_R_APR_1() {
        Application application = receivedApplication();
        QVERIFY(Workflow::apply(application, officer, request(WorkflowAction::TakeForReview)));
        QVERIFY(!Workflow::apply(application, officer, request(WorkflowAction::SubmitForApproval)));
        passAll(application, CheckGate::Submission, officer.username);
        application.record(QStringLiteral("authority.callback"), CheckStatus::Pending, {}, {}, {});
        const auto blocked = Workflow::apply(application, officer, request(WorkflowAction::SubmitForApproval));
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().detail, QStringLiteral("authority.callback"));
        application.record(QStringLiteral("authority.callback"), CheckStatus::Passed, officer.username, kNow, {});
        QCOMPARE(*Workflow::apply(application, officer, request(WorkflowAction::SubmitForApproval)),
                 ApplicationState::ReadyForApproval);
    }

    void dbaCheckIsMandatoryOnlyWithADba_R_ORG_2() {
        Application application = receivedApplication();
        QVERIFY(!Workflow::unmetItems(application, CheckGate::Submission).contains(QStringLiteral("org.dba")));
        application.organization.doingBusinessAs = QStringLiteral("Example Shop");
        QVERIFY(Workflow::unmetItems(application, CheckGate::Submission).contains(QStringLiteral("org.dba")));
    }

    void validatorCannotApprove_R_ROLE_2() {
        Application application = readyForApproval();
        User officerAsSupervisor = supervisor;
        officerAsSupervisor.id = officer.id; // the same person, whatever role they hold now
        const auto moved = Workflow::apply(application, officerAsSupervisor, approval());
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, QStringLiteral("sod.validator-cannot-approve"));
    }

    void whoeverDecidedAnItemCannotApprove_R_ROLE_2() {
        Application application = readyForApproval();
        application.record(QStringLiteral("org.identity"), CheckStatus::Passed, supervisor.username, kNow, {});
        QCOMPARE(Workflow::apply(application, supervisor, approval()).error().code,
                 QStringLiteral("sod.validator-cannot-approve"));
    }

    void approvalNeedsFreshSecondFactorAndDigest_R_ROLE_3_R_APR_2() {
        Application application = readyForApproval();
        WorkflowRequest noFactor = approval();
        noFactor.freshSecondFactor = false;
        QCOMPARE(Workflow::apply(application, supervisor, noFactor).error().code,
                 QStringLiteral("workflow.fresh-mfa-required"));
        WorkflowRequest noDigest = approval();
        noDigest.contentDigest.clear();
        QCOMPARE(Workflow::apply(application, supervisor, noDigest).error().code,
                 QStringLiteral("workflow.no-content-digest"));
        QCOMPARE(*Workflow::apply(application, supervisor, approval()), ApplicationState::Approved);
        QCOMPARE(application.approvals.size(), 1);
    }

    void approverCannotApproveTwice_R_ROLE_2() {
        Application application = readyForApproval();
        QCOMPARE(*Workflow::apply(application, supervisor, approval(2)), ApplicationState::ReadyForApproval);
        QCOMPARE(Workflow::apply(application, supervisor, approval(2)).error().code,
                 QStringLiteral("sod.approved-twice"));
        QCOMPARE(*Workflow::apply(application, secondSupervisor, approval(2)), ApplicationState::Approved);
    }

    void onlySupervisorsApprove() {
        for (const User& user : {otherOfficer, auditor, administrator}) {
            Application application = readyForApproval();
            QCOMPARE(Workflow::apply(application, user, approval()).error().code,
                     QStringLiteral("sod.not-a-supervisor"));
        }
    }

    void sendBackNeedsReasonAndVoidsApprovals_R_APR_2() {
        Application application = readyForApproval();
        QVERIFY(Workflow::apply(application, supervisor, approval(2)));
        QCOMPARE(Workflow::apply(application, supervisor, request(WorkflowAction::SendBack)).error().code,
                 QStringLiteral("workflow.reason-required"));
        QVERIFY(!Workflow::apply(application, officer, request(WorkflowAction::SendBack, QStringLiteral("x"))));
        QCOMPARE(*Workflow::apply(application, secondSupervisor,
                                  request(WorkflowAction::SendBack, QStringLiteral("address"))),
                 ApplicationState::InReview);
        QVERIFY(application.approvals.isEmpty());
        QCOMPARE(application.lastReason, QStringLiteral("address"));
    }

    void markIssuedOnlyWhenApproved() {
        Application application = readyForApproval();
        QCOMPARE(Workflow::apply(application, supervisor, request(WorkflowAction::MarkIssued)).error().code,
                 QStringLiteral("workflow.wrong-state"));
        QVERIFY(Workflow::apply(application, supervisor, approval()));
        QCOMPARE(*Workflow::apply(application, supervisor, request(WorkflowAction::MarkIssued)),
                 ApplicationState::Issued);
        QVERIFY(isFinal(application.state));
    }

    void returnAndResubmit_R_APR_1() {
        for (ApplicationState from : {ApplicationState::Received, ApplicationState::InReview}) {
            Application application = receivedApplication();
            if (from == ApplicationState::InReview) {
                QVERIFY(Workflow::apply(application, officer, request(WorkflowAction::TakeForReview)));
            }
            QVERIFY(!Workflow::apply(application, officer, request(WorkflowAction::ReturnToApplicant)));
            QCOMPARE(*Workflow::apply(application, officer,
                                      request(WorkflowAction::ReturnToApplicant, QStringLiteral("OU"))),
                     ApplicationState::Returned);
            QVERIFY(!Workflow::apply(application, auditor, request(WorkflowAction::Resubmit)));
            QCOMPARE(*Workflow::apply(application, officer, request(WorkflowAction::Resubmit)),
                     ApplicationState::Received);
        }
    }

    void onlyTheHoldingOfficerOrASupervisorReturnsOrRejects_R_APR_1() {
        // Issue 12 item 11: an officer who does not hold the application cannot end it.
        Application application = receivedApplication();
        QVERIFY(Workflow::apply(application, officer, request(WorkflowAction::TakeForReview)));
        for (WorkflowAction action : {WorkflowAction::Reject, WorkflowAction::ReturnToApplicant}) {
            Application copy = application;
            QCOMPARE(Workflow::apply(copy, otherOfficer, request(action, QStringLiteral("not mine"))).error().code,
                     QStringLiteral("workflow.not-assigned"));
            QVERIFY(Workflow::apply(copy, officer, request(action, QStringLiteral("mine"))));
        }
        // Returned by its holder, the resubmission is the holder's to record too.
        Application returned = application;
        QVERIFY(Workflow::apply(returned, officer, request(WorkflowAction::ReturnToApplicant, QStringLiteral("OU"))));
        QCOMPARE(Workflow::apply(returned, otherOfficer, request(WorkflowAction::Resubmit)).error().code,
                 QStringLiteral("workflow.not-assigned"));
        QVERIFY(Workflow::apply(returned, officer, request(WorkflowAction::Resubmit)));
        QVERIFY(Workflow::apply(application, supervisor, request(WorkflowAction::Reject, QStringLiteral("fraud"))));
    }

    void rejectIsFinal_R_APR_1() {
        Application application = receivedApplication();
        QVERIFY(!Workflow::apply(application, auditor, request(WorkflowAction::Reject, QStringLiteral("fraud"))));
        QCOMPARE(*Workflow::apply(application, supervisor, request(WorkflowAction::Reject, QStringLiteral("phishing"))),
                 ApplicationState::Rejected);
        for (WorkflowAction action : {WorkflowAction::TakeForReview, WorkflowAction::Resubmit, WorkflowAction::Reject,
                                      WorkflowAction::ReturnToApplicant}) {
            QCOMPARE(Workflow::apply(application, officer, request(action, QStringLiteral("again"))).error().code,
                     QStringLiteral("workflow.wrong-state"));
        }
    }

    void auditorHasNoActions_R_ROLE_1() {
        QVERIFY(Workflow::availableActions(receivedApplication(), auditor).isEmpty());
        QVERIFY(Workflow::availableActions(readyForApproval(), auditor).isEmpty());
        QVERIFY(Workflow::availableActions(receivedApplication(), administrator).isEmpty());
    }

    void availableActionsFollowGuards() {
        const QList<WorkflowAction> actions = Workflow::availableActions(receivedApplication(), officer);
        QVERIFY(actions.contains(WorkflowAction::TakeForReview));
        QVERIFY(actions.contains(WorkflowAction::ReturnToApplicant)); // nobody holds it yet
        QVERIFY(!actions.contains(WorkflowAction::SubmitForApproval));
        QVERIFY(!actions.contains(WorkflowAction::Approve));
    }

    void administratorCannotGrantThemselfARole_R_ROLE_2() {
        QCOMPARE(SeparationOfDuties::mayAssignRole(administrator, administrator, Role::Supervisor, false).error().code,
                 QStringLiteral("sod.self-grant"));
        QVERIFY(SeparationOfDuties::mayAssignRole(administrator, officer, Role::Supervisor, false));
        QCOMPARE(SeparationOfDuties::mayAssignRole(officer, otherOfficer, Role::Supervisor, false).error().code,
                 QStringLiteral("sod.not-an-administrator"));
    }

    void keyCustodiansAreOfficersOrSupervisors_R_ROLE_1() {
        QVERIFY(SeparationOfDuties::mayCreateUser(administrator, Role::Officer, true));
        QVERIFY(SeparationOfDuties::mayCreateUser(administrator, Role::Supervisor, true));
        QVERIFY(!SeparationOfDuties::mayCreateUser(administrator, Role::Auditor, true));
        QVERIFY(!SeparationOfDuties::mayCreateUser(administrator, Role::Administrator, true));
    }

    void disabledUsersCanDoNothing() {
        User disabled = officer;
        disabled.disabled = true;
        Application application = receivedApplication();
        QVERIFY(!Workflow::apply(application, disabled, request(WorkflowAction::TakeForReview)));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "TestWorkflow.moc"
