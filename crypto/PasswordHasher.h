// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

namespace ra::crypto {

// R-ROLE-4: passwords are kept only as a memory-hard scrypt hash. The encoded form carries its own
// parameters, so stronger settings later still verify older hashes:
//   $scrypt$ln=15,r=8,p=1$<salt base64>$<hash base64>
struct ScryptCost {
    int log2N = 15; // N = 32768: 32 MiB and about a tenth of a second per check
    int r = 8;
    int p = 1;
};

class PasswordHasher {
public:
    [[nodiscard]] static QString hash(const SecureBytes& password, ScryptCost cost = {});
    [[nodiscard]] static bool verify(const SecureBytes& password, const QString& encoded);
};

} // namespace ra::crypto
