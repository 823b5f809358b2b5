// SPDX-License-Identifier: Apache-2.0
#include "crypto/SecretSealer.h"

#include "crypto/Digest.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"

#include <openssl/evp.h>

#include <QCoreApplication>

namespace ra::crypto {

namespace {
constexpr char kVersion = 1;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

const auto* bytes(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

domain::Error sealError(const QString& detail) {
    return {QStringLiteral("secret.sealed"),
            QCoreApplication::translate("SecretSealer",
                                        "A stored secret cannot be opened: the workspace's secrets.key is missing, "
                                        "is not the key it was sealed with, or the value was altered."),
            detail};
}
} // namespace

SecureBytes SecretSealer::newKey() {
    QByteArray key = randomBytes(kKeySize);
    return SecureBytes::takeFrom(key);
}

QString SecretSealer::keyId() const {
    if (!hasKey()) {
        return {};
    }
    QByteArray material = QByteArrayLiteral("ra-workstation secrets.key id:") +
                          QByteArray(reinterpret_cast<const char*>(m_key.data()), qsizetype(m_key.size()));
    const QString id = sha256Hex(material).left(32);
    wipe(material);
    return id;
}

domain::Result<QByteArray> SecretSealer::seal(const QByteArray& secret, const QByteArray& associatedData) const {
    if (!hasKey()) {
        return std::unexpected(sealError(QStringLiteral("no key")));
    }
    const QByteArray nonce = randomBytes(kNonceSize);
    QByteArray tag(kTagSize, '\0');
    QByteArray ciphertext(secret.size(), '\0');
    const EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), bytes(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &written, bytes(associatedData), int(associatedData.size())) != 1 ||
        EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char*>(ciphertext.data()), &written, bytes(secret),
                          int(secret.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), reinterpret_cast<unsigned char*>(ciphertext.data()) + written,
                            &finalWritten) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1) {
        return std::unexpected(sealError(takeOpenSslErrors()));
    }
    return QByteArray(1, kVersion) + nonce + tag + ciphertext;
}

domain::Result<QByteArray> SecretSealer::open(const QByteArray& sealed, const QByteArray& associatedData) const {
    if (!hasKey()) {
        return std::unexpected(sealError(QStringLiteral("no key")));
    }
    if (sealed.size() < 1 + kNonceSize + kTagSize || sealed.at(0) != kVersion) {
        return std::unexpected(sealError(QStringLiteral("not a sealed value")));
    }
    const QByteArray nonce = sealed.mid(1, kNonceSize);
    QByteArray tag = sealed.mid(1 + kNonceSize, kTagSize);
    const QByteArray ciphertext = sealed.mid(1 + kNonceSize + kTagSize);
    QByteArray secret(ciphertext.size(), '\0');
    const EvpCipherCtxPtr context(EVP_CIPHER_CTX_new());
    int written = 0;
    int finalWritten = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, m_key.data(), bytes(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), nullptr, &written, bytes(associatedData), int(associatedData.size())) != 1 ||
        EVP_DecryptUpdate(context.get(), reinterpret_cast<unsigned char*>(secret.data()), &written, bytes(ciphertext),
                          int(ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data()) != 1 ||
        EVP_DecryptFinal_ex(context.get(), reinterpret_cast<unsigned char*>(secret.data()) + written, &finalWritten) !=
            1) {
        wipe(secret);
        return std::unexpected(sealError(takeOpenSslErrors()));
    }
    return secret;
}

} // namespace ra::crypto
