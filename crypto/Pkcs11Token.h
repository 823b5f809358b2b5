// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, for the friends in crypto/ only

namespace ra::crypto {

// One PKCS#11 token reached through libp11 (R-HSM-1): owns the module context, the slot list and
// the login, and releases them in that order. The CA key never leaves the token. Open one token
// at a time in a process: unloading a module context finalises the module for every context.
class Pkcs11Token {
public:
    // Loads `modulePath` and finds the token by label (slot ids change, labels do not).
    [[nodiscard]] static domain::Result<std::unique_ptr<Pkcs11Token>> open(const QString& modulePath,
                                                                           const QString& tokenLabel);
    ~Pkcs11Token();
    Pkcs11Token(const Pkcs11Token&) = delete;
    Pkcs11Token& operator=(const Pkcs11Token&) = delete;

    // Initialises a new token labelled `tokenLabel` in the module's first free slot, with its
    // Security Officer and user PINs (a new SoftHSM2 token for the demo and the tests). Both PINs
    // are wiped whatever the outcome (R-HSM-3).
    [[nodiscard]] static domain::Status initializeToken(const QString& modulePath, const QString& tokenLabel,
                                                        SecureBytes soPin, SecureBytes userPin);

    // Logs in with the activation data, which is wiped whatever the outcome (R-HSM-3).
    [[nodiscard]] domain::Status login(SecureBytes pin);
    void logout();
    [[nodiscard]] bool isLoggedIn() const;

    // Generates an RSA key pair inside the token: private, sensitive, never extractable (R-HSM-1).
    // Needs a login.
    [[nodiscard]] domain::Status generateRsaKeyPair(const QString& label, quint8 id, int bits);
    // The DER SubjectPublicKeyInfo of the public key labelled `label` (no login needed).
    [[nodiscard]] domain::Result<QByteArray> publicKeyDer(const QString& label);
    // Replaces the user PIN (while logged in); both PINs are wiped (R-HSM-3).
    [[nodiscard]] domain::Status changePin(SecureBytes oldPin, SecureBytes newPin);

    // A SHA-256 signature by the private key labelled `keyLabel`, and its verification with the
    // token's public key: proof that activation reached the key (R-HSM-2).
    [[nodiscard]] domain::Result<QByteArray> signSha256(const QString& keyLabel, const QByteArray& data);
    [[nodiscard]] domain::Result<bool> verifySha256(const QString& keyLabel, const QByteArray& data,
                                                    const QByteArray& signature);

private:
    friend class SigningModule;
    friend class CaCertificateBuilder;
    // The private key labelled `label` as an OpenSSL key that signs inside the token; owned by the
    // token (released before the module is unloaded). Null when absent or not logged in.
    [[nodiscard]] evp_pkey_st* privateKey(const QString& label);
    [[nodiscard]] evp_pkey_st* publicKey(const QString& label);

    struct State;
    explicit Pkcs11Token(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace ra::crypto
