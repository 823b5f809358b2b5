// SPDX-License-Identifier: Apache-2.0
#include "app/ApprovalService.h"

#include "app/CertificatePreviewService.h"
#include "app/Workspace.h"
#include "crypto/ApproverKey.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/Digest.h"
#include "domain/AuditEntry.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

namespace ra::app {

using domain::fail;
using State = CertificateRecord::State;
namespace event = domain::audit_event;

domain::Result<CertificateRecord> ApprovalService::prepareCandidate(const domain::Application& application,
                                                                    const QString& actor) {
    const QDateTime now = m_workspace.clock().nowUtc();
    const auto current = m_workspace.certificates().currentFor(application.id);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (current->has_value() && (*current)->state == State::Candidate &&
        (*current)->createdAt.secsTo(now) < qint64(kCandidateLifetimeHours) * 3600) {
        return **current;
    }
    const CertificatePreviewReport preview =
        CertificatePreviewService(m_workspace).preview(application, CertificatePreviewService::Subject::VerifiedOnly);
    if (!preview.passed()) {
        return fail(QStringLiteral("approval.preview-failed"),
                    QCoreApplication::translate("ApprovalService", "The certificate cannot be approved: %1")
                        .arg(preview.built ? QCoreApplication::translate("ApprovalService", "%n lint error(s).",
                                                                         nullptr, preview.errors)
                                           : preview.problem));
    }
    CertificateRecord record;
    record.serial = preview.serialHex;
    record.applicationId = application.id;
    record.candidate = preview.der;
    record.tbsSha256 = crypto::CertificateBuilder::tbsSha256Hex(preview.der);
    record.notBefore = preview.notBefore;
    record.notAfter = preview.notAfter;
    record.createdAt = now;
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        // A candidate too old to sign is replaced; approvals of it are void with it.
        if (current->has_value() && (*current)->state == State::Candidate) {
            CertificateRecord voided = **current;
            voided.state = State::Void;
            if (auto saved = m_workspace.certificates().update(voided); !saved) {
                return saved;
            }
            auto stale = m_workspace.applications().byId(application.id);
            if (stale && !stale->approvals.isEmpty()) {
                stale->approvals.clear();
                if (auto saved = m_workspace.applications().save(*stale); !saved) {
                    return saved;
                }
            }
        }
        if (auto saved = m_workspace.certificates().insert(record); !saved) {
            return saved;
        }
        return m_workspace.audit().appendEvent(actor, event::CandidateBuilt,
                                               {{QStringLiteral("serial"), record.serial},
                                                {QStringLiteral("tbs_sha256"), record.tbsSha256},
                                                {QStringLiteral("not_before"), record.notBefore.toString(Qt::ISODate)},
                                                {QStringLiteral("not_after"), record.notAfter.toString(Qt::ISODate)}},
                                               application.id);
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return record;
}

domain::WorkflowRequest ApprovalService::approvalRequest() const {
    domain::WorkflowRequest request;
    request.action = domain::WorkflowAction::Approve;
    request.at = m_workspace.clock().nowUtc();
    request.freshSecondFactor = true; // the caller authenticated with a one-time code just now
    request.requiredApprovals = m_workspace.settings().requiredApprovals;
    return request;
}

domain::Status ApprovalService::mayApprove(const domain::User& approver, const domain::Application& application) const {
    domain::WorkflowRequest request = approvalRequest();
    request.contentDigest = QStringLiteral("pending");
    request.statementSignature = QByteArrayLiteral("pending");
    domain::Application probe = application;
    if (auto allowed = domain::Workflow::apply(probe, approver, request); !allowed) {
        return std::unexpected(allowed.error());
    }
    return {};
}

domain::Result<CertificateRecord> ApprovalService::contentToApprove(const domain::User& approver,
                                                                    qint64 applicationId) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = mayApprove(approver, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    return prepareCandidate(*application, approver.username);
}

domain::Result<ApprovalOutcome> ApprovalService::approve(const domain::User& approver,
                                                         const crypto::SecureBytes& password, qint64 applicationId,
                                                         const QString& expectedDigest) {
    auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    domain::WorkflowRequest request = approvalRequest();
    // Refuse early (wrong state, the validator, a second approval by the same person) before any
    // key is opened; the same rules run again on the stored application below.
    if (auto allowed = mayApprove(approver, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    auto candidate = prepareCandidate(*application, approver.username);
    if (!candidate) {
        return std::unexpected(candidate.error());
    }
    if (!expectedDigest.isEmpty() && expectedDigest != candidate->tbsSha256) {
        return fail(QStringLiteral("approval.content-changed"),
                    QCoreApplication::translate(
                        "ApprovalService", "The certificate content changed since it was shown; look at it again."));
    }
    const auto credentials = m_workspace.users().credentials(approver.id);
    if (!credentials) {
        return std::unexpected(credentials.error());
    }
    domain::UserCredentials keys = *credentials;
    if (keys.approvalPrivateKeySealed.isEmpty()) {
        // Accounts from before approval keys existed get theirs now, under the password just proven.
        auto generated = crypto::ApproverKey::generate(password);
        if (!generated) {
            return std::unexpected(generated.error());
        }
        keys.approvalPublicKey = generated->publicKeyDer;
        keys.approvalPrivateKeySealed = generated->sealedPrivateKey;
        // A new key is trusted only once the HSM certifies it at the next signing session (R-APR-2).
        keys.approvalKeyCertification.clear();
        keys.approvalKeyCertifiedAt = {};
        const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
            if (auto saved = m_workspace.users().updateCredentials(approver.id, keys); !saved) {
                return saved;
            }
            return m_workspace.audit().appendEvent(
                approver.username, event::ApprovalKeyCreated,
                {{QStringLiteral("user"), approver.username},
                 {QStringLiteral("public_key_sha256"), crypto::sha256Hex(keys.approvalPublicKey)}});
        });
        if (!stored) {
            return std::unexpected(stored.error());
        }
    }
    request.contentDigest = candidate->tbsSha256;
    const QByteArray statement =
        domain::approvalStatement(applicationId, approver.username, request.at, request.contentDigest);
    const auto signature = crypto::ApproverKey::sign(keys.approvalPrivateKeySealed, password, statement);
    if (!signature) {
        return std::unexpected(signature.error());
    }
    request.statementSignature = *signature;

    ApprovalOutcome outcome;
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        auto stored = m_workspace.applications().byId(applicationId);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        for (const domain::Approval& earlier : stored->approvals) {
            if (earlier.contentDigest != candidate->tbsSha256) {
                return fail(
                    QStringLiteral("approval.content-changed"),
                    QCoreApplication::translate(
                        "ApprovalService", "The certificate content changed since it was shown; look at it again."));
            }
        }
        const domain::ApplicationState before = stored->state;
        const auto moved = domain::Workflow::apply(*stored, approver, request);
        if (!moved) {
            return std::unexpected(moved.error());
        }
        if (auto saved = m_workspace.applications().save(*stored); !saved) {
            return saved;
        }
        outcome = {*moved, candidate->serial, candidate->tbsSha256, int(stored->approvals.size()),
                   std::max(1, request.requiredApprovals)};
        return m_workspace.audit().appendEvent(
            approver.username, event::StateChanged,
            {{QStringLiteral("action"), domain::actionId(request.action)},
             {QStringLiteral("from"), domain::stateId(before)},
             {QStringLiteral("to"), domain::stateId(*moved)},
             {QStringLiteral("serial"), candidate->serial},
             {QStringLiteral("tbs_sha256"), candidate->tbsSha256},
             {QStringLiteral("statement_signature"), QString::fromLatin1(signature->toBase64())}},
            applicationId);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return outcome;
}

} // namespace ra::app
