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
    // Whether `checkpoint` carries a valid SHA-256 signature by `publicKey` (DER or PEM
    // SubjectPublicKeyInfo: the CA's public audit key).
    [[nodiscard]] static bool checkpointSigned(const ra::domain::AuditCheckpoint& checkpoint,
                                               const QByteArray& publicKey);
    // The PEM form of a DER SubjectPublicKeyInfo, for `ra-cli audit key`.
    [[nodiscard]] static QByteArray publicKeyPem(const QByteArray& publicKeyDer);
};

} // namespace ra::crypto
