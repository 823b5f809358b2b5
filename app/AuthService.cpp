// SPDX-License-Identifier: Apache-2.0
#include "app/AuthService.h"

#include "app/EnrolmentCodes.h"
#include "app/UserService.h"
#include "app/Workspace.h"
#include "crypto/ApproverKey.h"
#include "crypto/Base32.h"
#include "crypto/Digest.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Totp.h"

#include <QCoreApplication>
#include <QUrl>

namespace ra::app {

using domain::fail;
using domain::Result;
using domain::User;
namespace event = domain::audit_event;

namespace {
// A well-formed hash nothing matches, checked where no real one exists so that timing does not
// tell which accounts exist or are enrolled.
const QString kUnusableHash = QStringLiteral("$scrypt$ln=15,r=8,p=1$AAAA$AAAA");

domain::Error awaitingConfirmation() {
    return {QStringLiteral("auth.awaiting-confirmation"),
            QCoreApplication::translate("AuthService",
                                        "A second administrator has not yet confirmed this account's role. Ask "
                                        "one to confirm it; they will give you the other part of your code."),
            {}};
}

domain::Status passwordProblem(const crypto::SecureBytes& password) {
    if (password.size() < std::size_t(AuthService::kMinimumPasswordLength)) {
        return fail(QStringLiteral("user.weak-password"),
                    QCoreApplication::translate("AuthService", "A password needs at least %1 characters.")
                        .arg(AuthService::kMinimumPasswordLength));
    }
    return {};
}

domain::Error enrolmentCodeRefused() {
    return {QStringLiteral("auth.enrolment-code"),
            QCoreApplication::translate("AuthService",
                                        "The enrolment code is not correct, has been used or has expired. Ask an "
                                        "administrator for a new one."),
            {}};
}

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

Result<User> AuthService::attempt(const QString& username, const QString& purpose, const domain::Error& unknownUser,
                                  const CredentialCheck& check, const OnSuccess& succeed) {
    const QDateTime now = m_workspace.clock().nowUtc();
    // A typed name no account may have ("system", a role, anything malformed) is not written
    // into the log as an actor: that would put words in the software's mouth.
    const bool nameCouldBeAnAccount = UserService::isValidUsername(username) && !domain::isReservedUsername(username);
    const QString actor = nameCouldBeAnAccount ? username : QStringLiteral("unknown");
    std::optional<domain::Error> failure;
    User user;
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        const auto refuse = [&](domain::Error error, QJsonObject details) {
            failure = std::move(error);
            details.insert(QStringLiteral("purpose"), purpose);
            if (!nameCouldBeAnAccount) {
                details.insert(QStringLiteral("typed_name"), username.left(64));
            }
            return m_workspace.audit().appendEvent(actor, event::LoginFailed, details);
        };
        auto found = m_workspace.users().byUsername(username);
        if (!found) {
            // Spend the same effort as a real check, so timing does not reveal which names exist.
            (void)crypto::PasswordHasher::verify(crypto::SecureBytes(1), kUnusableHash);
            return refuse(unknownUser, {{QStringLiteral("reason"), QStringLiteral("unknown user")}});
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
        auto credentials = m_workspace.users().credentials(user.id);
        if (!credentials) {
            return std::unexpected(credentials.error());
        }
        const std::optional<Refusal> refusal = check(user, *credentials);
        crypto::wipe(credentials->totpSecret);
        if (!refusal) {
            user.failedLogins = 0;
            user.lockedUntil = QDateTime();
            if (auto updated = m_workspace.users().update(user); !updated) {
                return updated;
            }
            return succeed(user, *credentials);
        }
        if (!refusal->counted) {
            return refuse(refusal->error, {{QStringLiteral("reason"), refusal->reason}});
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
                refusal->error, {{QStringLiteral("reason"), refusal->reason}, {QStringLiteral("failures"), failures}});
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

Result<User> AuthService::authenticate(const QString& username, const crypto::SecureBytes& password,
                                       const QString& totpCode, const QString& successEvent) {
    return attempt(
        username, QStringLiteral("sign-in"), wrongCredentials(),
        [&](User& user, domain::UserCredentials& credentials) -> std::optional<Refusal> {
            if (user.awaitingEnrolment) {
                (void)crypto::PasswordHasher::verify(password, kUnusableHash);
                return Refusal{QStringLiteral("not enrolled"), wrongCredentials()};
            }
            if (!crypto::PasswordHasher::verify(password, credentials.passwordHash)) {
                return Refusal{QStringLiteral("password"), wrongCredentials()};
            }
            if (domain::requiresSecondFactor(user.role) && credentials.totpSeedUnreadable) {
                // Not a guess: the workspace cannot open the seed (another secrets.key, an edit).
                return Refusal{
                    QStringLiteral("second factor: stored seed cannot be opened"),
                    {QStringLiteral("auth.seed-unreadable"),
                     QCoreApplication::translate("AuthService", "Your one-time code cannot be checked: this workspace "
                                                                "cannot open your authenticator's stored secret (its "
                                                                "secrets.key is not the one it was sealed with, or the "
                                                                "database was altered). Tell an administrator."),
                     {}},
                    false};
            }
            if (domain::requiresSecondFactor(user.role) && !checkTotp(user, totpCode)) {
                return Refusal{QStringLiteral("second factor"), wrongCredentials()};
            }
            if (user.awaitingConfirmation) {
                return Refusal{QStringLiteral("awaiting confirmation"), awaitingConfirmation(), false};
            }
            return std::nullopt;
        },
        [&](User& user, domain::UserCredentials&) {
            return m_workspace.audit().appendEvent(username, successEvent,
                                                   {{QStringLiteral("role"), domain::roleId(user.role)}});
        });
}

std::optional<AuthService::Refusal> AuthService::enrolmentCodeProblem(const User& user,
                                                                      const domain::UserCredentials& credentials,
                                                                      const QString& code) const {
    const domain::Error wrongCode = enrolmentCodeRefused();
    if (!user.awaitingEnrolment || credentials.enrolmentCodeHash.isEmpty()) {
        // Nothing to guess at an enrolled account: not counted, so nobody locks another out
        // from the enrolment form, and told as any wrong code is.
        (void)crypto::PasswordHasher::verify(crypto::SecureBytes(1), kUnusableHash);
        return Refusal{QStringLiteral("enrolment code: account enrolled already"), wrongCode, false};
    }
    // Each part must match its hash: the creating administrator's and, where the grant needed
    // one, the confirming administrator's. Either order, as the holder may have been given them.
    // The same number of hashes is computed whatever was typed.
    const QStringList parts = enrolment_codes::partsOf(code);
    const int expected = credentials.confirmationCodeHash.isEmpty() ? 1 : 2;
    bool matches = false;
    if (parts.size() != expected) {
        for (int i = 0; i < expected; ++i) {
            (void)crypto::PasswordHasher::verify(crypto::SecureBytes(1), kUnusableHash);
        }
    } else if (expected == 1) {
        matches = crypto::PasswordHasher::verify(enrolment_codes::secretOf(parts.at(0)), credentials.enrolmentCodeHash);
    } else {
        const auto fits = [&](const QString& first, const QString& second) {
            return crypto::PasswordHasher::verify(enrolment_codes::secretOf(first), credentials.enrolmentCodeHash) &&
                   crypto::PasswordHasher::verify(enrolment_codes::secretOf(second), credentials.confirmationCodeHash);
        };
        matches = fits(parts.at(0), parts.at(1)) || fits(parts.at(1), parts.at(0));
    }
    if (!matches) {
        return Refusal{QStringLiteral("enrolment code"), wrongCode};
    }
    if (!credentials.enrolmentExpiresAt.isValid() || m_workspace.clock().nowUtc() >= credentials.enrolmentExpiresAt) {
        return Refusal{QStringLiteral("enrolment code: expired"), wrongCode};
    }
    // Told only to whoever holds the first part.
    if (user.awaitingConfirmation) {
        return Refusal{QStringLiteral("enrolment code: awaiting confirmation"), awaitingConfirmation(), false};
    }
    return std::nullopt;
}

Result<User> AuthService::checkEnrolmentCode(const QString& username, const QString& code) {
    return attempt(
        username, QStringLiteral("enrolment"), enrolmentCodeRefused(),
        [&](User& user, domain::UserCredentials& credentials) { return enrolmentCodeProblem(user, credentials, code); },
        [](User&, domain::UserCredentials&) { return domain::Status{}; });
}

crypto::SecureBytes AuthService::newTotpSecret() {
    QByteArray secret = crypto::Totp::newSecret();
    return crypto::SecureBytes::takeFrom(secret);
}

QString AuthService::totpSecretText(const crypto::SecureBytes& secret) {
    return QString::fromLatin1(
        crypto::base32Encode(QByteArray(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()))));
}

QString AuthService::totpAddress(const QString& username, const crypto::SecureBytes& secret) {
    const QString issuer = QStringLiteral("RA Workstation");
    return QStringLiteral("otpauth://totp/%1:%2?secret=%3&issuer=%1&algorithm=SHA1&digits=6&period=30")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(issuer)),
             QString::fromLatin1(QUrl::toPercentEncoding(username)), totpSecretText(secret));
}

Result<User> AuthService::enrol(const QString& username, const QString& code, const crypto::SecureBytes& password,
                                const crypto::SecureBytes& totpSecret, const QString& totpCode) {
    if (auto strong = passwordProblem(password); !strong) {
        return std::unexpected(strong.error());
    }
    return attempt(
        username, QStringLiteral("enrolment"), enrolmentCodeRefused(),
        [&](User& user, domain::UserCredentials& credentials) -> std::optional<Refusal> {
            if (auto problem = enrolmentCodeProblem(user, credentials, code)) {
                return problem;
            }
            if (domain::requiresSecondFactor(user.role)) {
                const auto step =
                    totpSecret.size() < 16
                        ? std::nullopt
                        : crypto::Totp::verify(totpSecret, totpCode, m_workspace.clock().nowUtc().toSecsSinceEpoch());
                if (!step) {
                    // The holder's own set-up, not a guess at someone's secret: not counted.
                    return Refusal{
                        QStringLiteral("enrolment: authenticator code"),
                        {QStringLiteral("auth.authenticator-code"),
                         QCoreApplication::translate("AuthService", "The code from your authenticator does not match. "
                                                                    "Check that the whole secret was entered and that "
                                                                    "the device's clock is right."),
                         {}},
                        false};
                }
                credentials.lastTotpStep = *step;
            }
            return std::nullopt;
        },
        [&](User& user, domain::UserCredentials& credentials) -> domain::Status {
            credentials.passwordHash = crypto::PasswordHasher::hash(password);
            credentials.totpSecret =
                domain::requiresSecondFactor(user.role)
                    ? QByteArray(reinterpret_cast<const char*>(totpSecret.data()), qsizetype(totpSecret.size()))
                    : QByteArray();
            credentials.enrolmentCodeHash.clear();
            credentials.confirmationCodeHash.clear();
            credentials.enrolmentExpiresAt = {};
            credentials.approvalKeyCertification.clear();
            credentials.approvalKeyCertifiedAt = {};
            credentials.approvalPublicKey.clear();
            credentials.approvalPrivateKeySealed.clear();
            if (domain::roleAllows(user.role, domain::Permission::ApproveApplication)) {
                // R-APR-2: approvals are signed with a key only this password opens.
                auto key = crypto::ApproverKey::generate(password);
                if (!key) {
                    return std::unexpected(key.error());
                }
                credentials.approvalPublicKey = key->publicKeyDer;
                credentials.approvalPrivateKeySealed = key->sealedPrivateKey;
            }
            const domain::Status stored = m_workspace.users().updateCredentials(user.id, credentials);
            crypto::wipe(credentials.totpSecret);
            if (!stored) {
                return stored;
            }
            user.awaitingEnrolment = false;
            QJsonObject details{{QStringLiteral("user"), user.username},
                                {QStringLiteral("role"), domain::roleId(user.role)},
                                {QStringLiteral("key_custodian"), user.keyCustodian},
                                {QStringLiteral("second_factor"), domain::requiresSecondFactor(user.role)}};
            if (!credentials.approvalPublicKey.isEmpty()) {
                // R-APR-2: which key this person's approvals verify with, in the chained log.
                details.insert(QStringLiteral("approval_key_sha256"), crypto::sha256Hex(credentials.approvalPublicKey));
            }
            return m_workspace.audit().appendEvent(user.username, event::UserEnrolled, details);
        });
}

domain::Status AuthService::changePassword(const User& user, const crypto::SecureBytes& currentPassword,
                                           const crypto::SecureBytes& newPassword) {
    if (auto strong = passwordProblem(newPassword); !strong) {
        return strong;
    }
    if (currentPassword.equals(newPassword)) {
        return fail(QStringLiteral("user.same-password"),
                    QCoreApplication::translate("AuthService", "The new password is the current one."));
    }
    const auto changed = attempt(
        user.username, QStringLiteral("password change"), wrongCredentials(),
        [&](User& account, domain::UserCredentials& credentials) -> std::optional<Refusal> {
            if (account.awaitingEnrolment ||
                !crypto::PasswordHasher::verify(currentPassword, credentials.passwordHash)) {
                return Refusal{QStringLiteral("password"),
                               {QStringLiteral("auth.failed"),
                                QCoreApplication::translate("AuthService", "The current password is not correct."),
                                {}}};
            }
            return std::nullopt;
        },
        [&](User& account, domain::UserCredentials& credentials) -> domain::Status {
            credentials.passwordHash = crypto::PasswordHasher::hash(newPassword);
            if (!credentials.approvalPrivateKeySealed.isEmpty()) {
                // The same approval key, so its certification by the HSM stays good.
                auto resealed =
                    crypto::ApproverKey::reseal(credentials.approvalPrivateKeySealed, currentPassword, newPassword);
                if (!resealed) {
                    return std::unexpected(resealed.error());
                }
                credentials.approvalPrivateKeySealed = *resealed;
            }
            // credentials.totpSecret was wiped after the check: read it again so it is kept.
            auto stored = m_workspace.users().credentials(account.id);
            if (!stored) {
                return std::unexpected(stored.error());
            }
            stored->passwordHash = credentials.passwordHash;
            stored->approvalPrivateKeySealed = credentials.approvalPrivateKeySealed;
            const domain::Status saved = m_workspace.users().updateCredentials(account.id, *stored);
            crypto::wipe(stored->totpSecret);
            if (!saved) {
                return saved;
            }
            return m_workspace.audit().appendEvent(account.username, event::UserPasswordChanged,
                                                   {{QStringLiteral("user"), account.username}});
        });
    if (!changed) {
        return std::unexpected(changed.error());
    }
    return {};
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
