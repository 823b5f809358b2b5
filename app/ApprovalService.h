// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlCertificateStore.h"
#include "crypto/SecureBytes.h"
#include "domain/Application.h"
#include "domain/User.h"
#include "domain/Workflow.h"

namespace ra::app {

class Workspace;

struct ApprovalOutcome {
    domain::ApplicationState state = domain::ApplicationState::ReadyForApproval;
    QString serial;    // of the certificate the approval covers
    QString tbsSha256; // what was signed off
    int approvals = 0;
    int required = 1;
};

// R-APR-2: a supervisor who did not validate co-authorizes the exact certificate to be issued:
// the candidate (serial, validity, every field), which every approval covers byte for byte. Each
// approval is a statement signed with the approver's own key.
class ApprovalService {
public:
    // A candidate is reused for further approvals while it is younger than this; after that the
    // content is rebuilt and earlier approvals are void (R-ISS-1 allows at most 48 hours).
    static constexpr int kCandidateLifetimeHours = 24;

    explicit ApprovalService(Workspace& workspace)
        : m_workspace(workspace) {}

    // `approver` has just signed in with password and a fresh one-time code (R-ROLE-3); the same
    // password opens their approval key.
    // `expectedDigest`, when given, is the content the approver was shown: anything else is refused.
    [[nodiscard]] domain::Result<ApprovalOutcome> approve(const domain::User& approver,
                                                          const crypto::SecureBytes& password, qint64 applicationId,
                                                          const QString& expectedDigest = {});

    // What `approver` is shown before approving: the content below, only when they may approve
    // this application now (a supervisor, not its validator, in the right state).
    [[nodiscard]] domain::Result<CertificateRecord> contentToApprove(const domain::User& approver,
                                                                     qint64 applicationId);

    // The content approvals cover: the application's candidate while it is young enough, else a
    // new one — built to the profile, linted, recorded and audited by `actor` — that voids the old
    // one and its approvals. Sending back, returning or rejecting voids candidates too.
    [[nodiscard]] domain::Result<CertificateRecord> prepareCandidate(const domain::Application& application,
                                                                     const QString& actor);

private:
    [[nodiscard]] domain::WorkflowRequest approvalRequest() const;
    [[nodiscard]] domain::Status mayApprove(const domain::User& approver, const domain::Application& application) const;
    Workspace& m_workspace;
};

} // namespace ra::app
