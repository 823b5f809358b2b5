// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace ra::crypto {

// One PKCS#11 token reached through libp11 (R-HSM-1): owns the module context, the slot list and
// the login, and releases them in that order. The CA key never leaves the token.
class Pkcs11Token {
public:
    // Loads `modulePath` and finds the token by label (slot ids change, labels do not).
    [[nodiscard]] static domain::Result<std::unique_ptr<Pkcs11Token>> open(const QString& modulePath,
                                                                           const QString& tokenLabel);
    ~Pkcs11Token();
    Pkcs11Token(const Pkcs11Token&) = delete;
    Pkcs11Token& operator=(const Pkcs11Token&) = delete;

    // Logs in with the activation data, which is wiped whatever the outcome (R-HSM-3).
    [[nodiscard]] domain::Status login(SecureBytes pin);
    void logout();
    [[nodiscard]] bool isLoggedIn() const;

    // A SHA-256 signature by the private key labelled `keyLabel`, and its verification with the
    // token's public key: proof that activation reached the key (R-HSM-2).
    [[nodiscard]] domain::Result<QByteArray> signSha256(const QString& keyLabel, const QByteArray& data);
    [[nodiscard]] domain::Result<bool> verifySha256(const QString& keyLabel, const QByteArray& data,
                                                    const QByteArray& signature);

private:
    struct State;
    explicit Pkcs11Token(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace ra::crypto
