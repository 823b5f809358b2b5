// SPDX-License-Identifier: Apache-2.0
#include "domain/Role.h"

#include <QCoreApplication>

namespace ra::domain {

QString roleId(Role role) {
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromId(QStringView id) {
    for (Role role : {Role::Officer, Role::Supervisor, Role::Auditor, Role::Administrator}) {
        if (id.compare(roleId(role), Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role) {
    switch (role) {
    case Role::Officer:
        return QCoreApplication::translate("Role", "RA Officer");
    case Role::Supervisor:
        return QCoreApplication::translate("Role", "Supervisor");
    case Role::Auditor:
        return QCoreApplication::translate("Role", "Auditor");
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

bool requiresSecondFactor(Role role) {
    return role != Role::Auditor;
}

bool mayBeKeyCustodian(Role role) {
    return role == Role::Officer || role == Role::Supervisor;
}

bool roleAllows(Role role, Permission permission) {
    switch (permission) {
    case Permission::ViewApplications:
        return true;
    case Permission::ImportApplication:
    case Permission::ReviewApplication:
        return role == Role::Officer;
    case Permission::ApproveApplication:
    case Permission::RevokeCertificate:
        return role == Role::Supervisor;
    case Permission::ManageUsers:
        return role == Role::Administrator; // R-ROLE-1: administrators never validate or approve
    case Permission::ViewAuditLog:
        return role == Role::Auditor || role == Role::Supervisor || role == Role::Administrator;
    case Permission::ExportAuditLog:
        return role == Role::Auditor;
    case Permission::ManageKeyBlocklist:
    case Permission::ManageDataSources:
    case Permission::ManageSettings:
        return role == Role::Administrator;
    }
    return false;
}

} // namespace ra::domain
