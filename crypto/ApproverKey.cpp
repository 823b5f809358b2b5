// SPDX-License-Identifier: Apache-2.0
#include "crypto/ApproverKey.h"

#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"

#include <openssl/err.h>
#include <openssl/evp.h>

#include <QCoreApplication>

namespace ra::crypto {

using domain::fail;

namespace {
// Sealed layout: version byte, salt, nonce, tag, ciphertext of the 32-byte Ed25519 seed.
constexpr char kVersion = 1;
constexpr int kSaltSize = 16;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
constexpr int kSeedSize = 32;
constexpr int kSealedSize = 1 + kSaltSize + kNonceSize + kTagSize + kSeedSize;

const auto* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// The same scrypt cost as the password hash (N = 2^15, r = 8, p = 1).
SecureBytes sealingKey(const SecureBytes& password, const QByteArray& salt) {
    SecureBytes key(32);
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()), password.size(), bytes(salt),
                       size_t(salt.size()), quint64(1) << 15, 8, 1, 256ull * 1024 * 1024, key.data(),
                       key.size()) != 1) {
        return {};
    }
    return key;
}

domain::Error keyError(const QString& detail = takeOpenSslErrors()) {
    return {QStringLiteral("approval.key"),
            QCoreApplication::translate("ApproverKey", "Your approval key could not be used."), detail};
}

// The seed under a key derived from the password with a fresh salt and nonce.
domain::Result<QByteArray> sealSeed(const SecureBytes& seed, const SecureBytes& password) {
    const QByteArray salt = randomBytes(kSaltSize);
    const QByteArray nonce = randomBytes(kNonceSize);
    const SecureBytes sealing = sealingKey(password, salt);
    QByteArray tag(kTagSize, '\0');
    QByteArray ciphertext(kSeedSize, '\0');
    const EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    if (sealing.isEmpty() || seed.size() != std::size_t(kSeedSize) ||
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, sealing.data(), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char*>(ciphertext.data()), &written, seed.data(),
                          kSeedSize) != 1 ||
        EVP_EncryptFinal_ex(context.get(), reinterpret_cast<unsigned char*>(ciphertext.data()) + written,
                            &finalWritten) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1) {
        return std::unexpected(keyError());
    }
    return QByteArray(1, kVersion) + salt + nonce + tag + ciphertext;
}

// The seed, when the password opens the sealed key (a wrong password fails the tag check).
domain::Result<SecureBytes> openSeed(const QByteArray& sealedPrivateKey, const SecureBytes& password) {
    if (sealedPrivateKey.size() != kSealedSize || sealedPrivateKey.at(0) != kVersion) {
        return std::unexpected(keyError(QStringLiteral("malformed sealed key")));
    }
    const QByteArray salt = sealedPrivateKey.mid(1, kSaltSize);
    const QByteArray nonce = sealedPrivateKey.mid(1 + kSaltSize, kNonceSize);
    QByteArray tag = sealedPrivateKey.mid(1 + kSaltSize + kNonceSize, kTagSize);
    const QByteArray ciphertext = sealedPrivateKey.mid(1 + kSaltSize + kNonceSize + kTagSize);
    const SecureBytes sealing = sealingKey(password, salt);
    SecureBytes seed(kSeedSize);
    const EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    if (sealing.isEmpty() ||
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, sealing.data(), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), seed.data(), &written, bytes(ciphertext), int(ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(context.get(), seed.data() + written, &finalWritten) != 1) {
        return fail(QStringLiteral("approval.key-locked"),
                    QCoreApplication::translate("ApproverKey", "The password does not open your approval key."),
                    takeOpenSslErrors());
    }
    return seed;
}
} // namespace

domain::Result<SealedApproverKey> ApproverKey::generate(const SecureBytes& password) {
    const EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    SecureBytes seed(kSeedSize);
    size_t seedSize = seed.size();
    if (!key || EVP_PKEY_get_raw_private_key(key.get(), seed.data(), &seedSize) != 1 || seedSize != kSeedSize) {
        return std::unexpected(keyError());
    }
    auto sealedSeed = sealSeed(seed, password);
    if (!sealedSeed) {
        return std::unexpected(sealedSeed.error());
    }
    SealedApproverKey sealed;
    sealed.publicKeyDer = toDer<i2d_PUBKEY>(key.get());
    sealed.sealedPrivateKey = *sealedSeed;
    return sealed;
}

domain::Result<QByteArray> ApproverKey::reseal(const QByteArray& sealedPrivateKey, const SecureBytes& oldPassword,
                                               const SecureBytes& newPassword) {
    const auto seed = openSeed(sealedPrivateKey, oldPassword);
    if (!seed) {
        return std::unexpected(seed.error());
    }
    return sealSeed(*seed, newPassword);
}

domain::Result<QByteArray> ApproverKey::sign(const QByteArray& sealedPrivateKey, const SecureBytes& password,
                                             const QByteArray& message) {
    const auto seed = openSeed(sealedPrivateKey, password);
    if (!seed) {
        return std::unexpected(seed.error());
    }
    const EvpPkeyPtr key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed->data(), seed->size()));
    const EvpMdCtxPtr signing(EVP_MD_CTX_new());
    size_t length = 64;
    QByteArray signature(qsizetype(length), '\0');
    if (!key || EVP_DigestSignInit(signing.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(signing.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, bytes(message),
                       size_t(message.size())) != 1) {
        return std::unexpected(keyError());
    }
    signature.truncate(qsizetype(length));
    return signature;
}

bool ApproverKey::verify(const QByteArray& publicKeyDer, const QByteArray& message, const QByteArray& signature) {
    const unsigned char* der = bytes(publicKeyDer);
    const EvpPkeyPtr key(d2i_PUBKEY(nullptr, &der, long(publicKeyDer.size())));
    return verifyWith(key.get(), message, signature);
}

bool ApproverKey::verifyWith(EVP_PKEY* publicKey, const QByteArray& message, const QByteArray& signature) {
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    const bool ok = publicKey && EVP_PKEY_get_base_id(publicKey) == EVP_PKEY_ED25519 &&
                    EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, publicKey) == 1 &&
                    EVP_DigestVerify(context.get(), bytes(signature), size_t(signature.size()), bytes(message),
                                     size_t(message.size())) == 1;
    ERR_clear_error();
    return ok;
}

} // namespace ra::crypto
