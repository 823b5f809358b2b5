// SPDX-License-Identifier: Apache-2.0
#include "crypto/AuditChain.h"

#include "crypto/Digest.h"

#include <openssl/crypto.h>

namespace ra::crypto {

QByteArray AuditChain::linkHash(const ra::domain::AuditEntry& entry) {
    return sha256(entry.previousHash + entry.canonicalBytes()).toHex();
}

bool AuditChain::linkMatches(const ra::domain::AuditEntry& entry) {
    const QByteArray expected = linkHash(entry);
    return expected.size() == entry.entryHash.size() &&
           CRYPTO_memcmp(expected.constData(), entry.entryHash.constData(), static_cast<size_t>(expected.size())) == 0;
}

} // namespace ra::crypto
