// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Error.h"
#include "domain/User.h"

namespace ra::app {

class Workspace;

// Logins, second factors, lockout and session events, all audited (R-ROLE-3, R-ROLE-4).
class AuthService {
public:
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

    void recordLogout(const domain::User& user);
    void recordIdleLock(const domain::User& user);

private:
    [[nodiscard]] domain::Result<domain::User> authenticate(const QString& username,
                                                            const crypto::SecureBytes& password,
                                                            const QString& totpCode, const QString& successEvent);
    [[nodiscard]] bool checkTotp(const domain::User& user, const QString& code);
    Workspace& m_workspace;
};

} // namespace ra::app
