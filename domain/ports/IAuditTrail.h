// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/AuditEntry.h"
#include "domain/Error.h"

namespace ra::domain {

// Appends to the tamper-evident log. Called inside the transaction of the change it records,
// so the change and its entry are committed together or not at all.
class IAuditTrail {
public:
    virtual ~IAuditTrail() = default;
    // Fills in sequence, time, workstation and the chain hashes.
    [[nodiscard]] virtual Result<AuditEntry> append(AuditEntry entry) = 0;
};

} // namespace ra::domain
