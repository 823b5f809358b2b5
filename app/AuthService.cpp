// SPDX-License-Identifier: Apache-2.0
#include "app/AuthService.h"

#include "app/Workspace.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Totp.h"

#include <QCoreApplication>

namespace ra::app {

using domain::fail;
using domain::Result;
using domain::User;
namespace event = domain::audit_event;

namespace {
domain::Error wrongCredentials() {
    return {QStringLiteral("auth.failed"),
            QCoreApplication::translate("AuthService", "The user name, password or one-time code is not correct."),
            {}};
}
} // namespace

bool AuthService::checkTotp(const User& user, const QString& code) {
    auto credentials = m_workspace.users().credentials(user.id);
    if (!credentials || credentials->totpSecret.isEmpty()) {
        return false;
    }
    QByteArray secretBytes = credentials->totpSecret;
    const crypto::SecureBytes secret = crypto::SecureBytes::takeFrom(secretBytes);
    const std::optional<qint64> step =
        crypto::Totp::verify(secret, code, m_workspace.clock().nowUtc().toSecsSinceEpoch(), credentials->lastTotpStep);
    if (!step) {
        return false;
    }
    credentials->lastTotpStep = *step; // a code is good once
    return m_workspace.users().updateCredentials(user.id, *credentials).has_value();
}

Result<User> AuthService::authenticate(const QString& username, const crypto::SecureBytes& password,
                                       const QString& totpCode, const QString& successEvent) {
    const QDateTime now = m_workspace.clock().nowUtc();
    std::optional<domain::Error> failure;
    User user;
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        const auto refuse = [&](domain::Error error, const QJsonObject& details) {
            failure = std::move(error);
            return m_workspace.audit().appendEvent(username, event::LoginFailed, details);
        };
        auto found = m_workspace.users().byUsername(username);
        if (!found) {
            // Spend the same effort as a real check, so timing does not reveal which names exist.
            (void)crypto::PasswordHasher::verify(password, QStringLiteral("$scrypt$ln=15,r=8,p=1$AAAA$AAAA"));
            return refuse(wrongCredentials(), {{QStringLiteral("reason"), QStringLiteral("unknown user")}});
        }
        user = *found;
        if (user.disabled) {
            return refuse({QStringLiteral("auth.disabled"),
                           QCoreApplication::translate("AuthService", "This account is disabled."),
                           {}},
                          {{QStringLiteral("reason"), QStringLiteral("disabled")}});
        }
        if (user.isLockedAt(now)) {
            return refuse({QStringLiteral("auth.locked"),
                           QCoreApplication::translate("AuthService",
                                                       "This account is locked after repeated failures until %1 (UTC).")
                               .arg(user.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                           {}},
                          {{QStringLiteral("reason"), QStringLiteral("locked")},
                           {QStringLiteral("locked_until"), domain::AuditEntry::formatTime(user.lockedUntil)}});
        }
        const auto credentials = m_workspace.users().credentials(user.id);
        if (!credentials) {
            return std::unexpected(credentials.error());
        }
        const bool passwordOk = crypto::PasswordHasher::verify(password, credentials->passwordHash);
        const bool secondFactorOk =
            !domain::requiresSecondFactor(user.role) || (passwordOk && checkTotp(user, totpCode));
        if (passwordOk && secondFactorOk) {
            user.failedLogins = 0;
            user.lockedUntil = QDateTime();
            if (auto updated = m_workspace.users().update(user); !updated) {
                return updated;
            }
            return m_workspace.audit().appendEvent(username, successEvent,
                                                   {{QStringLiteral("role"), domain::roleId(user.role)}});
        }
        // R-ROLE-4: count the failure; at the threshold the account locks for a while.
        ++user.failedLogins;
        const int failures = user.failedLogins;
        const bool lockNow = failures >= m_workspace.settings().lockoutThreshold;
        if (lockNow) {
            user.lockedUntil = now.addSecs(qint64(m_workspace.settings().lockoutMinutes) * 60);
            user.failedLogins = 0;
        }
        if (auto updated = m_workspace.users().update(user); !updated) {
            return updated;
        }
        if (auto refused = refuse(
                wrongCredentials(),
                {{QStringLiteral("reason"), passwordOk ? QStringLiteral("second factor") : QStringLiteral("password")},
                 {QStringLiteral("failures"), failures}});
            !refused || !lockNow) {
            return refused;
        }
        failure = domain::Error{QStringLiteral("auth.locked"),
                                QCoreApplication::translate(
                                    "AuthService", "Too many failed attempts: the account is locked for %n minute(s).",
                                    nullptr, m_workspace.settings().lockoutMinutes),
                                {}};
        return m_workspace.audit().appendEvent(
            username, event::AccountLocked,
            {{QStringLiteral("locked_until"), domain::AuditEntry::formatTime(user.lockedUntil)}});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (failure) {
        return std::unexpected(*failure);
    }
    return user;
}

Result<User> AuthService::login(const QString& username, const crypto::SecureBytes& password, const QString& totpCode) {
    return authenticate(username, password, totpCode, event::LoginSucceeded);
}

Result<User> AuthService::unlock(const User& user, const crypto::SecureBytes& password, const QString& totpCode) {
    return authenticate(user.username, password, totpCode, event::SessionUnlocked);
}

domain::Status AuthService::verifyFreshSecondFactor(const User& user, const QString& totpCode) {
    bool ok = false;
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        ok = checkTotp(user, totpCode);
        return m_workspace.audit().appendEvent(
            user.username, ok ? event::SecondFactorChecked : event::LoginFailed,
            {{QStringLiteral("purpose"), QStringLiteral("fresh second factor")}, {QStringLiteral("ok"), ok}});
    });
    if (!done) {
        return done;
    }
    if (!ok) {
        return fail(QStringLiteral("auth.second-factor"),
                    QCoreApplication::translate("AuthService", "The one-time code is not correct."));
    }
    return {};
}

void AuthService::recordLogout(const User& user) {
    (void)m_workspace.record(user.username, event::Logout, {});
}

void AuthService::recordIdleLock(const User& user) {
    (void)m_workspace.record(user.username, event::SessionLocked,
                             {{QStringLiteral("idle_minutes"), m_workspace.settings().idleLockMinutes}});
}

} // namespace ra::app
