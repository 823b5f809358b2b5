// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/AuditEntry.h"

using EVP_MD_CTX = struct evp_md_ctx_st; // OpenSSL's, kept out of this header

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

// Checks links one after another with one hashing context: the inner loop of a scan of the
// whole log (R-AUD-2), at the speed of SHA-256 over the same bytes.
class AuditLinkChecker {
public:
    AuditLinkChecker();
    ~AuditLinkChecker();
    AuditLinkChecker(const AuditLinkChecker&) = delete;
    AuditLinkChecker& operator=(const AuditLinkChecker&) = delete;
    // Whether `entryHash` (lower-case hex) is SHA-256 of `chained`: the previous entry's hash
    // followed by this entry's canonical encoding.
    [[nodiscard]] bool matches(QByteArrayView chained, QByteArrayView entryHash);

private:
    EVP_MD_CTX* m_context = nullptr;
};

} // namespace ra::crypto
