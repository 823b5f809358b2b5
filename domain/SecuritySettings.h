// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace ra::domain {

// The settings that decide trust (issue 12 item 7): where names are resolved and validated
// (resolver, trust anchor, registries), who corroborates (perspectives), which HSM and keys sign,
// where validation mail goes, how many approve, when accounts lock, what every certificate says of
// the CA. Only administrators change them, each change is audited with its old and new value, and
// they are kept in the audit chain rather than in workspace.ini, which anyone with the folder may
// edit unseen. The rest of workspace.ini (this desk's name, intake limits, the registry's
// application id, which is a credential and stays out of the log) is not.
[[nodiscard]] bool isSecuritySetting(QStringView key);

// Why `value` cannot be `key`'s value, or nothing when it can: the key must be one the workstation
// reads; counts, ports and time limits are whole numbers within bounds (0 approvals, a lockout
// after 0 failures or after two billion, an idle lock that overflows a timer would each switch a
// control off); a key whose default may not be what is meant (key labels, the CAA issuer domain)
// may not be emptied.
[[nodiscard]] std::optional<QString> securitySettingProblem(QStringView key, QStringView value);

} // namespace ra::domain
