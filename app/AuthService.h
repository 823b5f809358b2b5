// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Error.h"
#include "domain/User.h"

#include <functional>
#include <optional>

namespace ra::domain {
struct UserCredentials;
}

namespace ra::app {

class Workspace;

// Logins, second factors, enrolment, password changes, lockout and session events, all audited
// (R-ROLE-3, R-ROLE-4). Everything a person proves about themself goes through here; what
// administrators do to accounts is UserService's.
class AuthService {
public:
    static constexpr int kMinimumPasswordLength = 12;

    explicit AuthService(Workspace& workspace)
        : m_workspace(workspace) {}

    // Password, then the TOTP code for roles that need a second factor. Failures count towards
    // the lockout; the message never tells which part was wrong.
    [[nodiscard]] domain::Result<domain::User> login(const QString& username, const crypto::SecureBytes& password,
                                                     const QString& totpCode);
    // The same check for unlocking an idle-locked session; audited as an unlock.
    [[nodiscard]] domain::Result<domain::User> unlock(const domain::User& user, const crypto::SecureBytes& password,
                                                      const QString& totpCode);
    // R-ROLE-3: a code typed at the moment of an approval, checked and used up.
    [[nodiscard]] domain::Status verifyFreshSecondFactor(const domain::User& user, const QString& totpCode);

    // First sign-in (R-ROLE-4). The enrolment code is checked before the holder chooses anything;
    // failures count towards the lockout like a wrong password.
    [[nodiscard]] domain::Result<domain::User> checkEnrolmentCode(const QString& username, const QString& code);
    // A fresh TOTP secret for the holder's authenticator, and the otpauth:// address that carries it.
    [[nodiscard]] static crypto::SecureBytes newTotpSecret();
    // The secret as the holder types it into an authenticator (RFC 4648 base32).
    [[nodiscard]] static QString totpSecretText(const crypto::SecureBytes& secret);
    [[nodiscard]] static QString totpAddress(const QString& username, const crypto::SecureBytes& secret);
    // The holder's own password and authenticator (proved by a code from it), in exchange for the
    // enrolment code, which is then spent. A supervisor's approval key is made here, sealed under
    // that password.
    [[nodiscard]] domain::Result<domain::User> enrol(const QString& username, const QString& code,
                                                     const crypto::SecureBytes& password,
                                                     const crypto::SecureBytes& totpSecret, const QString& totpCode);
    // The holder's new password, given the current one; the approval key is sealed again under it.
    [[nodiscard]] domain::Status changePassword(const domain::User& user, const crypto::SecureBytes& currentPassword,
                                                const crypto::SecureBytes& newPassword);

    void recordLogout(const domain::User& user);
    void recordIdleLock(const domain::User& user);

private:
    // Why a presented credential was refused; `counted` when it counts towards the lockout.
    struct Refusal {
        QString reason;
        domain::Error error;
        bool counted = true;
    };
    using CredentialCheck = std::function<std::optional<Refusal>(domain::User&, domain::UserCredentials&)>;
    using OnSuccess = std::function<domain::Status(domain::User&, domain::UserCredentials&)>;

    // One attempt of any kind: the account is looked up, disabled and locked accounts refused,
    // `check` run, and a failure counted and audited, or `succeed` run in the same transaction.
    // `unknownUser` is what a name without an account is told: the same as a wrong secret.
    [[nodiscard]] domain::Result<domain::User> attempt(const QString& username, const QString& purpose,
                                                       const domain::Error& unknownUser, const CredentialCheck& check,
                                                       const OnSuccess& succeed);
    [[nodiscard]] domain::Result<domain::User> authenticate(const QString& username,
                                                            const crypto::SecureBytes& password,
                                                            const QString& totpCode, const QString& successEvent);
    [[nodiscard]] std::optional<Refusal> enrolmentCodeProblem(const domain::User& user,
                                                              const domain::UserCredentials& credentials,
                                                              const QString& code) const;
    [[nodiscard]] bool checkTotp(const domain::User& user, const QString& code);
    Workspace& m_workspace;
};

} // namespace ra::app
