// SPDX-License-Identifier: Apache-2.0
#include "app/ApproverKeyCertifier.h"

#include "app/AuditLogService.h"
#include "app/CaActivationService.h"
#include "app/Workspace.h"
#include "crypto/Digest.h"
#include "crypto/SigningModule.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace ra::app {

namespace event = domain::audit_event;

namespace {
struct PendingKey {
    domain::User user;
    QByteArray publicKeyDer;
};

// The approval keys each user's creation or key generation recorded in the chain (user → SHA-256s),
// and whether the chain verifies.
struct RecordedKeys {
    AuditVerification verification;
    QHash<QString, QSet<QString>> keysByUser;
};

domain::Result<RecordedKeys> recordedKeys(SqlAuditTrail& trail) {
    RecordedKeys recorded;
    AuditVerifier verifier;
    const auto head = trail.head();
    if (!head) {
        return std::unexpected(head.error());
    }
    const domain::Status walked = trail.forEach([&](const domain::AuditEntry& entry) {
        if (entry.eventType == event::UserCreated) {
            recorded.keysByUser[entry.details().value(QStringLiteral("user")).toString()].insert(
                entry.details().value(QStringLiteral("approval_key_sha256")).toString());
        } else if (entry.eventType == event::ApprovalKeyCreated) {
            recorded.keysByUser[entry.details().value(QStringLiteral("user")).toString()].insert(
                entry.details().value(QStringLiteral("public_key_sha256")).toString());
        }
        return verifier.add(entry);
    });
    if (!walked) {
        return std::unexpected(walked.error());
    }
    recorded.verification = verifier.finish(*head);
    return recorded;
}
} // namespace

domain::Result<ApproverKeyCertifications> ApproverKeyCertifier::certifyPending(crypto::SigningModule& module,
                                                                               const QStringList& custodians) {
    const auto users = m_workspace.users().all();
    if (!users) {
        return std::unexpected(users.error());
    }
    QList<PendingKey> pending;
    for (const domain::User& user : *users) {
        auto credentials = m_workspace.users().credentials(user.id);
        if (!credentials) {
            return std::unexpected(credentials.error());
        }
        crypto::wipe(credentials->totpSecret);
        if (!credentials->approvalPublicKey.isEmpty() &&
            !module.isCertifiedApproverKey(user.id, user.username, credentials->approvalPublicKey,
                                           credentials->approvalKeyCertifiedAt,
                                           credentials->approvalKeyCertification)) {
            pending.append({user, credentials->approvalPublicKey});
        }
    }
    ApproverKeyCertifications outcome;
    if (pending.isEmpty()) {
        return outcome;
    }
    // Only now the whole chain is read: pending keys are rare (a new supervisor, a new key).
    const auto recorded = recordedKeys(m_workspace.audit());
    if (!recorded) {
        return std::unexpected(recorded.error());
    }
    const QString actor = ceremonyActor(custodians);
    for (const PendingKey& key : pending) {
        const QString keyHash = crypto::sha256Hex(key.publicKeyDer);
        QString refusal;
        if (!recorded->verification.ok()) {
            refusal = QCoreApplication::translate("ApproverKeyCertifier",
                                                  "The audit log does not verify, so the creation of this key "
                                                  "cannot be trusted: %1")
                          .arg(recorded->verification.message);
        } else if (!recorded->keysByUser.value(key.user.username).contains(keyHash)) {
            refusal = QCoreApplication::translate("ApproverKeyCertifier",
                                                  "No audit entry records the creation of this key: it was not made "
                                                  "by the workstation.");
        }
        if (!refusal.isEmpty()) {
            outcome.refused.append(key.user.username);
            if (auto audited =
                    m_workspace.record(actor, event::ApprovalKeyCertificationRefused,
                                       {{QStringLiteral("user"), key.user.username},
                                        {QStringLiteral("public_key_sha256"), keyHash},
                                        {QStringLiteral("reason"), refusal},
                                        {QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)}});
                !audited) {
                return std::unexpected(audited.error());
            }
            continue;
        }
        const QDateTime now = m_workspace.clock().nowUtc();
        const auto certification = module.certifyApproverKey(key.user.id, key.user.username, key.publicKeyDer, now);
        if (!certification) {
            return std::unexpected(certification.error());
        }
        const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
            if (auto saved = m_workspace.users().storeApprovalKeyCertification(key.user.id, key.publicKeyDer,
                                                                               *certification, now);
                !saved) {
                return saved;
            }
            return m_workspace.audit().appendEvent(
                actor, event::ApprovalKeyCertified,
                {{QStringLiteral("user"), key.user.username},
                 {QStringLiteral("public_key_sha256"), keyHash},
                 {QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)}});
        });
        if (!stored) {
            return std::unexpected(stored.error());
        }
        outcome.certified.append(key.user.username);
    }
    return outcome;
}

} // namespace ra::app
