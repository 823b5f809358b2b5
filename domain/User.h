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

    [[nodiscard]] bool can(Permission permission) const { return !disabled && roleAllows(role, permission); }
    [[nodiscard]] bool isLockedAt(const QDateTime& now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

} // namespace ra::domain
