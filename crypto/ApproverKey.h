// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Error.h"

#include <QByteArray>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace ra::crypto {

// An approver's own Ed25519 key (R-APR-2): approvals are statements signed with it. The private
// key is kept sealed under the approver's password (scrypt, AES-256-GCM), so the database alone
// cannot produce an approval; the public key verifies it.
struct SealedApproverKey {
    QByteArray publicKeyDer; // SubjectPublicKeyInfo
    QByteArray sealedPrivateKey;
};

class ApproverKey {
public:
    [[nodiscard]] static domain::Result<SealedApproverKey> generate(const SecureBytes& password);
    // The same key sealed under a new password (a password change keeps the certified key).
    [[nodiscard]] static domain::Result<QByteArray>
    reseal(const QByteArray& sealedPrivateKey, const SecureBytes& oldPassword, const SecureBytes& newPassword);
    // Signs `message`; fails when the password does not open the key.
    [[nodiscard]] static domain::Result<QByteArray> sign(const QByteArray& sealedPrivateKey,
                                                         const SecureBytes& password, const QByteArray& message);
    [[nodiscard]] static bool verify(const QByteArray& publicKeyDer, const QByteArray& message,
                                     const QByteArray& signature);

private:
    friend class SigningModule; // keeps approvers' keys parsed across certificates
    [[nodiscard]] static bool verifyWith(evp_pkey_st* publicKey, const QByteArray& message,
                                         const QByteArray& signature);
};

} // namespace ra::crypto
