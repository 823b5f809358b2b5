// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Error.h"
#include "domain/User.h"

#include <QList>

#include <optional>

namespace ra::app {

class Workspace;

struct NewUser {
    domain::User user;
    QString totpSecretBase32; // shown once, to be entered in the user's authenticator; empty for auditors
};

// User administration (R-ROLE-1..4). `actor` is the authenticated administrator; the very first
// account of a workspace is created without one and must be an administrator.
class UserService {
public:
    static constexpr int kMinimumPasswordLength = 12;

    explicit UserService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<NewUser> add(const std::optional<domain::User>& actor, const QString& username,
                                              const QString& displayName, domain::Role role, bool keyCustodian,
                                              const crypto::SecureBytes& password);
    [[nodiscard]] domain::Result<QList<domain::User>> list();
    [[nodiscard]] domain::Status disable(const domain::User& actor, const QString& username);
    // A new TOTP secret, returned in base32 for the user's authenticator.
    [[nodiscard]] domain::Result<QString> resetTotp(const domain::User& actor, const QString& username);

    [[nodiscard]] static bool isValidUsername(const QString& username);

private:
    Workspace& m_workspace;
};

} // namespace ra::app
