// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Role.h"

#include <QDateTime>
#include <QString>

namespace ra::domain {

struct User {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Officer;
    bool keyCustodian = false;
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;
    // The administrator who created the account or last reset it ("bootstrap" for the first): the
    // one who may not confirm its grant.
    QString createdBy;
    // R-ROLE-4: an account is usable once its holder has set their own password and second
    // factor with a one-time enrolment code; a grant that lets it approve, activate the key or
    // administer waits first for a second administrator's confirmation.
    bool awaitingEnrolment = false;
    bool awaitingConfirmation = false;

    [[nodiscard]] bool isActive() const { return !disabled && !awaitingEnrolment && !awaitingConfirmation; }
    [[nodiscard]] bool can(Permission permission) const { return isActive() && roleAllows(role, permission); }
    [[nodiscard]] bool isLockedAt(const QDateTime& now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

// Names the software itself writes as actors in the audit log, or that would read as a role
// there: no account may take them, so an entry by "system" is always the software's.
[[nodiscard]] bool isReservedUsername(const QString& username);

} // namespace ra::domain
