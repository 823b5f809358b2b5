// SPDX-License-Identifier: Apache-2.0
#include "app/UserService.h"

#include "app/EnrolmentCodes.h"
#include "app/ReadAccess.h"
#include "app/Workspace.h"
#include "crypto/PasswordHasher.h"
#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ra::app {

using domain::fail;
using domain::Result;
using domain::User;
namespace event = domain::audit_event;

namespace {
domain::Error notAnAdministrator() {
    return {QStringLiteral("sod.not-an-administrator"),
            QCoreApplication::translate("UserService", "Only an administrator may manage users."),
            {}};
}

QJsonObject grantDetails(const User& user) {
    return {{QStringLiteral("user"), user.username},
            {QStringLiteral("role"), domain::roleId(user.role)},
            {QStringLiteral("key_custodian"), user.keyCustodian},
            {QStringLiteral("awaiting_confirmation"), user.awaitingConfirmation}};
}
} // namespace

bool UserService::isValidUsername(const QString& username) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    return pattern.match(username).hasMatch();
}

Result<EnrolmentCode> UserService::issueCode(const User& user, domain::UserCredentials& credentials) {
    EnrolmentCode issued{user, enrolment_codes::newPart(),
                         m_workspace.clock().nowUtc().addSecs(qint64(kEnrolmentCodeHours) * 3600)};
    credentials.enrolmentCodeHash = crypto::PasswordHasher::hash(enrolment_codes::secretOf(issued.code));
    credentials.confirmationCodeHash.clear();
    credentials.enrolmentExpiresAt = issued.expiresAt;
    return issued;
}

Result<EnrolmentCode> UserService::add(const std::optional<User>& actor, const QString& username,
                                       const QString& displayName, domain::Role role, bool keyCustodian) {
    if (!isValidUsername(username)) {
        return fail(QStringLiteral("user.bad-name"),
                    QCoreApplication::translate(
                        "UserService",
                        "A user name is 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter."));
    }
    if (domain::isReservedUsername(username)) {
        return fail(QStringLiteral("user.reserved-name"),
                    QCoreApplication::translate("UserService",
                                                "“%1” is reserved: the audit log uses it for the software itself "
                                                "or for a role.")
                        .arg(username));
    }
    if (actor) {
        if (auto allowed = domain::SeparationOfDuties::mayCreateUser(*actor, role, keyCustodian); !allowed) {
            return std::unexpected(allowed.error());
        }
    }
    User user;
    user.username = username;
    user.displayName = displayName.isEmpty() ? username : displayName;
    user.role = role;
    user.keyCustodian = keyCustodian;
    user.createdAt = m_workspace.clock().nowUtc();
    user.createdBy = actor ? actor->username : QStringLiteral("bootstrap");
    user.awaitingEnrolment = true;
    domain::UserCredentials credentials;
    auto issued = issueCode(user, credentials);
    if (!issued) {
        return issued;
    }
    // Counted and written in one transaction, so two additions at once cannot both be "first".
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto existing = m_workspace.users().all();
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (!actor && (!existing->isEmpty() || role != domain::Role::Administrator)) {
            return fail(QStringLiteral("user.login-required"),
                        QCoreApplication::translate("UserService", "Only an administrator may add users. The first "
                                                                   "user of a workspace is its administrator."));
        }
        // The set-up: the first administrator, and a second one added before anyone else, cannot
        // be confirmed by another. Once the workspace holds anyone else, or two administrators,
        // every such grant needs two (a workspace upgraded with one administrator stays closed).
        const bool onlyAdministrators = std::all_of(existing->cbegin(), existing->cend(), [](const User& other) {
            return other.role == domain::Role::Administrator;
        });
        const bool setUp = role == domain::Role::Administrator && onlyAdministrators && existing->size() < 2;
        user.awaitingConfirmation =
            !setUp && domain::SeparationOfDuties::grantNeedsSecondAdministrator(role, keyCustodian);
        const auto id = m_workspace.users().add(user, credentials);
        if (!id) {
            return std::unexpected(id.error());
        }
        issued->user = user;
        issued->user.id = *id;
        QJsonObject details = grantDetails(user);
        details.insert(QStringLiteral("enrolment_expires_at"), domain::AuditEntry::formatTime(issued->expiresAt));
        return m_workspace.audit().appendEvent(user.createdBy, event::UserCreated, details);
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return issued;
}

Result<EnrolmentCode> UserService::confirmGrant(const User& actor, const QString& username) {
    EnrolmentCode part;
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        auto user = m_workspace.users().byUsername(username);
        if (!user) {
            return std::unexpected(user.error());
        }
        if (auto allowed = domain::SeparationOfDuties::mayConfirmGrant(actor, *user); !allowed) {
            return allowed;
        }
        auto credentials = m_workspace.users().credentials(user->id);
        if (!credentials) {
            return std::unexpected(credentials.error());
        }
        if (!credentials->enrolmentExpiresAt.isValid() ||
            m_workspace.clock().nowUtc() >= credentials->enrolmentExpiresAt) {
            return fail(QStringLiteral("user.enrolment-expired"),
                        QCoreApplication::translate("UserService",
                                                    "The enrolment code of this account has expired: reset the "
                                                    "account for a new one, then confirm."));
        }
        part = {*user, enrolment_codes::newPart(), credentials->enrolmentExpiresAt};
        credentials->confirmationCodeHash = crypto::PasswordHasher::hash(enrolment_codes::secretOf(part.code));
        user->awaitingConfirmation = false;
        if (auto updated = m_workspace.users().update(*user); !updated) {
            return updated;
        }
        if (auto updated = m_workspace.users().updateCredentials(user->id, *credentials); !updated) {
            return updated;
        }
        part.user = *user;
        QJsonObject details = grantDetails(*user);
        details.insert(QStringLiteral("requested_by"), user->createdBy);
        return m_workspace.audit().appendEvent(actor.username, event::UserGrantConfirmed, details);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return part;
}

Result<EnrolmentCode> UserService::resetEnrolment(const User& actor, const QString& username) {
    if (!actor.can(domain::Permission::ManageUsers)) {
        return std::unexpected(notAnAdministrator());
    }
    if (actor.username == username) {
        return fail(QStringLiteral("user.self-reset"),
                    QCoreApplication::translate("UserService",
                                                "Another administrator resets your account; you change your own "
                                                "password with your current one."));
    }
    Result<EnrolmentCode> issued = fail(QStringLiteral("user.not-found"), QString());
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        auto user = m_workspace.users().byUsername(username);
        if (!user) {
            return std::unexpected(user.error());
        }
        if (user->disabled) {
            return fail(QStringLiteral("user.disabled"),
                        QCoreApplication::translate("UserService", "This account is disabled."));
        }
        if (auto kept = keepsTwoAdministrators(*user); !kept) {
            return kept;
        }
        // Whoever holds the new code becomes this user: for an account that approves, holds a
        // share or administers, a second administrator confirms, as at its creation.
        user->createdBy = actor.username;
        user->awaitingEnrolment = true;
        user->awaitingConfirmation =
            domain::SeparationOfDuties::grantNeedsSecondAdministrator(user->role, user->keyCustodian);
        user->failedLogins = 0;
        user->lockedUntil = {};
        domain::UserCredentials credentials; // no password, second factor or approval key any more
        issued = issueCode(*user, credentials);
        if (!issued) {
            return std::unexpected(issued.error());
        }
        if (auto updated = m_workspace.users().update(*user); !updated) {
            return updated;
        }
        if (auto updated = m_workspace.users().updateCredentials(user->id, credentials); !updated) {
            return updated;
        }
        QJsonObject details = grantDetails(*user);
        details.insert(QStringLiteral("enrolment_expires_at"), domain::AuditEntry::formatTime(issued->expiresAt));
        return m_workspace.audit().appendEvent(actor.username, event::UserEnrolmentReset, details);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return issued;
}

domain::Status UserService::keepsTwoAdministrators(const User& target) {
    if (target.role != domain::Role::Administrator || !target.isActive()) {
        return {};
    }
    const auto all = m_workspace.users().all();
    if (!all) {
        return std::unexpected(all.error());
    }
    const auto active = std::count_if(all->cbegin(), all->cend(), [](const User& user) {
        return user.role == domain::Role::Administrator && user.isActive();
    });
    if (active <= 2) {
        // With one active administrator left nobody could confirm a grant again, and the one
        // left would hold the workspace alone.
        return fail(QStringLiteral("user.last-administrators"),
                    QCoreApplication::translate("UserService",
                                                "This would leave fewer than two active administrators: add and "
                                                "confirm another administrator first."));
    }
    return {};
}

Result<QList<User>> UserService::list(const User& actor) {
    if (auto allowed = permitRead(m_workspace, actor, domain::Permission::ManageUsers, QStringLiteral("user list"));
        !allowed) {
        return std::unexpected(allowed.error());
    }
    return m_workspace.users().all();
}

domain::Status UserService::disable(const User& actor, const QString& username) {
    if (!actor.can(domain::Permission::ManageUsers)) {
        return std::unexpected(notAnAdministrator());
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
        if (auto kept = keepsTwoAdministrators(*user); !kept) {
            return kept;
        }
        user->disabled = true;
        if (auto updated = m_workspace.users().update(*user); !updated) {
            return updated;
        }
        return m_workspace.audit().appendEvent(actor.username, event::UserDisabled,
                                               {{QStringLiteral("user"), username}});
    });
}

} // namespace ra::app
