// SPDX-License-Identifier: Apache-2.0
#include "app/UserService.h"

#include "app/Workspace.h"
#include "crypto/ApproverKey.h"
#include "crypto/Base32.h"
#include "crypto/Digest.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Totp.h"
#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ra::app {

using domain::fail;
using domain::Result;
using domain::User;
namespace event = domain::audit_event;

bool UserService::isValidUsername(const QString& username) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    return pattern.match(username).hasMatch();
}

Result<NewUser> UserService::add(const std::optional<User>& actor, const QString& username, const QString& displayName,
                                 domain::Role role, bool keyCustodian, const crypto::SecureBytes& password) {
    if (!isValidUsername(username)) {
        return fail(QStringLiteral("user.bad-name"),
                    QCoreApplication::translate(
                        "UserService",
                        "A user name is 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter."));
    }
    if (password.size() < kMinimumPasswordLength) {
        return fail(QStringLiteral("user.weak-password"),
                    QCoreApplication::translate("UserService", "A password needs at least %1 characters.")
                        .arg(kMinimumPasswordLength));
    }
    if (actor) {
        if (auto allowed = domain::SeparationOfDuties::mayCreateUser(*actor, role, keyCustodian); !allowed) {
            return std::unexpected(allowed.error());
        }
    } else {
        const auto existing = m_workspace.users().count();
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (*existing > 0 || role != domain::Role::Administrator) {
            return fail(
                QStringLiteral("user.login-required"),
                QCoreApplication::translate(
                    "UserService",
                    "Only an administrator may add users. The first user of a workspace is its administrator."));
        }
    }
    NewUser created;
    created.user.username = username;
    created.user.displayName = displayName.isEmpty() ? username : displayName;
    created.user.role = role;
    created.user.keyCustodian = keyCustodian;
    created.user.createdAt = m_workspace.clock().nowUtc();
    domain::UserCredentials credentials;
    credentials.passwordHash = crypto::PasswordHasher::hash(password);
    if (domain::requiresSecondFactor(role)) {
        credentials.totpSecret = crypto::Totp::newSecret();
        created.totpSecretBase32 = QString::fromLatin1(crypto::base32Encode(credentials.totpSecret));
    }
    if (domain::roleAllows(role, domain::Permission::ApproveApplication)) {
        // R-APR-2: supervisors sign their approvals with a key only their password opens.
        auto key = crypto::ApproverKey::generate(password);
        if (!key) {
            return std::unexpected(key.error());
        }
        credentials.approvalPublicKey = key->publicKeyDer;
        credentials.approvalPrivateKeySealed = key->sealedPrivateKey;
    }
    const QString actorName = actor ? actor->username : QStringLiteral("bootstrap");
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto id = m_workspace.users().add(created.user, credentials);
        if (!id) {
            return std::unexpected(id.error());
        }
        created.user.id = *id;
        QJsonObject details{{QStringLiteral("user"), username},
                            {QStringLiteral("role"), domain::roleId(role)},
                            {QStringLiteral("key_custodian"), keyCustodian},
                            {QStringLiteral("second_factor"), !credentials.totpSecret.isEmpty()}};
        if (!credentials.approvalPublicKey.isEmpty()) {
            // R-APR-2: which key this person's approvals verify with, in the chained log.
            details.insert(QStringLiteral("approval_key_sha256"), crypto::sha256Hex(credentials.approvalPublicKey));
        }
        return m_workspace.audit().appendEvent(actorName, event::UserCreated, details);
    });
    crypto::wipe(credentials.totpSecret);
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return created;
}

Result<QList<User>> UserService::list() {
    return m_workspace.users().all();
}

domain::Status UserService::disable(const User& actor, const QString& username) {
    if (!actor.can(domain::Permission::ManageUsers)) {
        return fail(QStringLiteral("sod.not-an-administrator"),
                    QCoreApplication::translate("UserService", "Only an administrator may manage users."));
    }
    if (actor.username == username) {
        return fail(QStringLiteral("user.self-disable"),
                    QCoreApplication::translate("UserService", "You cannot disable your own account."));
    }
    return m_workspace.database().transaction([&]() -> domain::Status {
        auto user = m_workspace.users().byUsername(username);
        if (!user) {
            return std::unexpected(user.error());
        }
        user->disabled = true;
        if (auto updated = m_workspace.users().update(*user); !updated) {
            return updated;
        }
        return m_workspace.audit().appendEvent(actor.username, event::UserDisabled,
                                               {{QStringLiteral("user"), username}});
    });
}

Result<QString> UserService::resetTotp(const User& actor, const QString& username) {
    if (!actor.can(domain::Permission::ManageUsers)) {
        return fail(QStringLiteral("sod.not-an-administrator"),
                    QCoreApplication::translate("UserService", "Only an administrator may manage users."));
    }
    QString secretText;
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        auto user = m_workspace.users().byUsername(username);
        if (!user) {
            return std::unexpected(user.error());
        }
        if (!domain::requiresSecondFactor(user->role)) {
            return fail(QStringLiteral("user.no-second-factor"),
                        QCoreApplication::translate("UserService", "This role signs in without a one-time code."));
        }
        auto credentials = m_workspace.users().credentials(user->id);
        if (!credentials) {
            return std::unexpected(credentials.error());
        }
        credentials->totpSecret = crypto::Totp::newSecret();
        credentials->lastTotpStep = 0;
        secretText = QString::fromLatin1(crypto::base32Encode(credentials->totpSecret));
        const domain::Status updated = m_workspace.users().updateCredentials(user->id, *credentials);
        crypto::wipe(credentials->totpSecret);
        if (!updated) {
            return updated;
        }
        return m_workspace.audit().appendEvent(actor.username, event::UserTotpReset,
                                               {{QStringLiteral("user"), username}});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return secretText;
}

} // namespace ra::app
