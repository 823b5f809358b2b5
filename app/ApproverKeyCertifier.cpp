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

// What the chain says of one user: the approval keys their creation or key generation recorded
// (SHA-256s), whether someone else gave them a role that approves, and whether they were disabled.
struct RecordedUser {
    QSet<QString> keys;
    bool approverByAnother = false;
    bool disabled = false;
};

struct RecordedUsers {
    AuditVerification verification;
    QHash<QString, RecordedUser> byName;
};

bool approvingRoleGivenByAnother(const domain::AuditEntry& entry, const QString& username) {
    const auto role = domain::roleFromId(entry.details().value(QStringLiteral("role")).toString());
    return role && domain::roleAllows(*role, domain::Permission::ApproveApplication) && entry.actor != username;
}

domain::Result<RecordedUsers> recordedUsers(SqlAuditTrail& trail) {
    RecordedUsers recorded;
    AuditVerifier verifier;
    const auto head = trail.head();
    if (!head) {
        return std::unexpected(head.error());
    }
    const domain::Status walked = trail.forEach([&](const domain::AuditEntry& entry) {
        const bool aboutUsers = entry.eventType == event::UserCreated || entry.eventType == event::UserRoleChanged ||
                                entry.eventType == event::UserDisabled || entry.eventType == event::ApprovalKeyCreated;
        if (aboutUsers) {
            const QJsonObject details = entry.details();
            const QString username = details.value(QStringLiteral("user")).toString();
            RecordedUser& user = recorded.byName[username];
            if (entry.eventType == event::UserCreated) {
                user = {};
                user.keys.insert(details.value(QStringLiteral("approval_key_sha256")).toString());
                user.approverByAnother = approvingRoleGivenByAnother(entry, username);
            } else if (entry.eventType == event::UserRoleChanged) {
                user.approverByAnother = approvingRoleGivenByAnother(entry, username);
            } else if (entry.eventType == event::UserDisabled) {
                user.disabled = true;
            } else {
                user.keys.insert(details.value(QStringLiteral("public_key_sha256")).toString());
            }
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
        if (!user.disabled && !credentials->approvalPublicKey.isEmpty() &&
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
    const auto recorded = recordedUsers(m_workspace.audit());
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
        } else if (const RecordedUser user = recorded->byName.value(key.user.username); !user.keys.contains(keyHash)) {
            refusal = QCoreApplication::translate("ApproverKeyCertifier",
                                                  "No audit entry records the creation of this key: it was not made "
                                                  "by the workstation.");
        } else if (!user.approverByAnother) {
            // A row whose role was raised in the database, or a user who made themselves one.
            refusal = QCoreApplication::translate("ApproverKeyCertifier",
                                                  "No audit entry records that another user gave %1 a role that "
                                                  "approves.")
                          .arg(key.user.username);
        } else if (user.disabled) {
            refusal = QCoreApplication::translate("ApproverKeyCertifier", "%1 is disabled.").arg(key.user.username);
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
