// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace ra::domain {

// R-ROLE-1. Key Custodian is not a role but a flag on an Officer or Supervisor (see User).
enum class Role { Officer, Supervisor, Auditor, Administrator };

// What a user may do; the UI asks these before showing an action, the services before doing it.
enum class Permission {
    ViewApplications,
    ImportApplication,
    ReviewApplication, // take for review, record check results, return, reject (validator's work)
    ApproveApplication,
    ManageUsers,
    ViewAuditLog,
    ExportAuditLog,
    ManageKeyBlocklist, // import compromised and weak keys (R-CSR-3)
    RevokeCertificate,  // decide a revocation and its reason (R-REV-1)
    ManageDataSources,  // evaluate, approve and withdraw Reliable Data Sources (R-ORG-4)
    ManageSettings,     // change the settings that decide trust (issue 12 item 7)
};

[[nodiscard]] QString roleId(Role role); // stable, untranslated: "officer", "supervisor", ...
[[nodiscard]] std::optional<Role> roleFromId(QStringView id);
[[nodiscard]] QString roleDisplayName(Role role); // translated

// R-ROLE-3: every account that can cause issuance needs a second factor. Administrators manage
// those accounts, so they need one too; auditors are read-only and log in with a password.
[[nodiscard]] bool requiresSecondFactor(Role role);

[[nodiscard]] bool roleAllows(Role role, Permission permission);

// R-ROLE-1: only Officers and Supervisors may hold the Key Custodian flag.
[[nodiscard]] bool mayBeKeyCustodian(Role role);

} // namespace ra::domain
