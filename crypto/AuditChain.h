// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/AuditEntry.h"

namespace ra::crypto {

// R-AUD-2: entryHash = SHA-256(previousHash-hex || canonicalBytes), as lower-case hex.
class AuditChain {
public:
    [[nodiscard]] static QByteArray linkHash(const ra::domain::AuditEntry& entry);
    // Whether the stored entryHash is the one its content and predecessor give.
    [[nodiscard]] static bool linkMatches(const ra::domain::AuditEntry& entry);
};

} // namespace ra::crypto
