// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Error.h"

#include <QByteArray>

namespace ra::crypto {

// Secrets kept in the database under a key that is not in it (issue 12 item 8): AES-256-GCM with
// associated data naming the secret's owner, so a sealed value copied to another row does not
// open there. Layout: version byte, 12-byte nonce, 16-byte tag, ciphertext.
class SecretSealer {
public:
    static constexpr int kKeySize = 32;

    explicit SecretSealer(SecureBytes key)
        : m_key(std::move(key)) {}

    [[nodiscard]] static SecureBytes newKey();
    [[nodiscard]] bool hasKey() const { return m_key.size() == std::size_t(kKeySize); }
    // A short public name of the key (a hash), recorded in the audit chain; empty without a key.
    [[nodiscard]] QString keyId() const;
    // From now on nothing opens or seals: the key was found not to be the workspace's own.
    void forget() { m_key.clear(); }

    [[nodiscard]] domain::Result<QByteArray> seal(const QByteArray& secret, const QByteArray& associatedData) const;
    // The secret, or an error when the key, the owner or any byte differs. The caller wipes it.
    [[nodiscard]] domain::Result<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const;

private:
    SecureBytes m_key;
};

} // namespace ra::crypto
