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

// What the chain says of one user: the approval keys recorded for them (SHA-256s: at creation
// before enrolment codes, at enrolment, or generated later), who last gave them a role that
// approves and whether a second administrator confirmed it where that was needed, and whether
// they were disabled.
struct RecordedUser {
    QSet<QString> keys;
    bool approves = false;
    QString grantedBy;
    bool needsConfirmation = false;
    QString confirmedBy;
    bool disabled = false;

    [[nodiscard]] bool approverByAnother(const QString& username) const {
        return approves && !grantedBy.isEmpty() && grantedBy != username &&
               (!needsConfirmation || (!confirmedBy.isEmpty() && confirmedBy != grantedBy && confirmedBy != username));
    }
};

struct RecordedUsers {
    AuditVerification verification;
    QHash<QString, RecordedUser> byName;
};

bool approvingRole(const QJsonObject& details) {
    const auto role = domain::roleFromId(details.value(QStringLiteral("role")).toString());
    return role && domain::roleAllows(*role, domain::Permission::ApproveApplication);
}

domain::Result<RecordedUsers> recordedUsers(SqlAuditTrail& trail) {
    RecordedUsers recorded;
    AuditVerifier verifier;
    const auto head = trail.head();
    if (!head) {
        return std::unexpected(head.error());
    }
    const domain::Status walked = trail.forEach([&](const domain::AuditEntry& entry) {
        static const QSet<QString> aboutUsers{
            event::UserCreated,        event::UserRoleChanged,    event::UserDisabled, event::ApprovalKeyCreated,
            event::UserEnrolmentReset, event::UserGrantConfirmed, event::UserEnrolled};
        if (aboutUsers.contains(entry.eventType)) {
            const QJsonObject details = entry.details();
            const QString username = details.value(QStringLiteral("user")).toString();
            RecordedUser& user = recorded.byName[username];
            if (entry.eventType == event::UserCreated || entry.eventType == event::UserEnrolmentReset) {
                user = {};
                user.keys.insert(details.value(QStringLiteral("approval_key_sha256")).toString());
                user.approves = approvingRole(details);
                user.grantedBy = entry.actor;
                user.needsConfirmation = details.value(QStringLiteral("awaiting_confirmation")).toBool();
            } else if (entry.eventType == event::UserGrantConfirmed) {
                user.confirmedBy = entry.actor;
            } else if (entry.eventType == event::UserRoleChanged) {
                user.approves = approvingRole(details);
                user.grantedBy = entry.actor;
            } else if (entry.eventType == event::UserDisabled) {
                user.disabled = true;
            } else if (entry.eventType == event::UserEnrolled) {
                if (entry.actor == username) {
                    user.keys.insert(details.value(QStringLiteral("approval_key_sha256")).toString());
                }
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
        if (user.isActive() && !credentials->approvalPublicKey.isEmpty() &&
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
        } else if (!user.approverByAnother(key.user.username)) {
            // A row whose role was raised in the database, a user who made themselves one, or a
            // grant no second administrator confirmed.
            refusal = QCoreApplication::translate("ApproverKeyCertifier",
                                                  "No audit entry records that another user gave %1 a role that "
                                                  "approves, confirmed by a second administrator where needed.")
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
