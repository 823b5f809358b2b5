// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/User.h"

#include <QList>

#include <optional>

namespace ra::domain {
struct UserCredentials;
}

namespace ra::app {

class Workspace;

// What an administrator hands to the holder of an account: a one-time enrolment code, never a
// password or a second factor (R-ROLE-4).
struct EnrolmentCode {
    domain::User user;
    // This administrator's part, shown once. When the grant needs a second administrator, the
    // holder needs both parts: this one and the one the confirmation gives.
    QString code;
    QDateTime expiresAt;
};

// User administration (R-ROLE-1..4), the administrators' side: accounts are created, confirmed,
// reset and disabled here; their holders enrol and change their password through AuthService.
// `actor` is the authenticated administrator; the workspace's first account is created without
// one and must be an administrator.
class UserService {
public:
    static constexpr int kEnrolmentCodeHours = 72;

    explicit UserService(Workspace& workspace)
        : m_workspace(workspace) {}

    // A new account awaiting enrolment. A grant that approves, holds a PIN share or administers
    // also awaits a second administrator's confirmation (the workspace's first two
    // administrators excepted: somebody has to be first).
    [[nodiscard]] domain::Result<EnrolmentCode> add(const std::optional<domain::User>& actor, const QString& username,
                                                    const QString& displayName, domain::Role role, bool keyCustodian);
    // The second administrator's confirmation; returns their part of the enrolment code.
    [[nodiscard]] domain::Result<EnrolmentCode> confirmGrant(const domain::User& actor, const QString& username);
    // A forgotten password or a lost authenticator: the account's password, second factor and
    // approval key are gone, and it awaits a new enrolment (and confirmation, as at creation).
    [[nodiscard]] domain::Result<EnrolmentCode> resetEnrolment(const domain::User& actor, const QString& username);
    // Administrators only (issue 12 item 11).
    [[nodiscard]] domain::Result<QList<domain::User>> list(const domain::User& actor);
    [[nodiscard]] domain::Status disable(const domain::User& actor, const QString& username);

    [[nodiscard]] static bool isValidUsername(const QString& username);

private:
    // Resetting or disabling an active administrator must leave two active ones.
    [[nodiscard]] domain::Status keepsTwoAdministrators(const domain::User& target);
    [[nodiscard]] domain::Result<EnrolmentCode> issueCode(const domain::User& user,
                                                          domain::UserCredentials& credentials);
    Workspace& m_workspace;
};

} // namespace ra::app
