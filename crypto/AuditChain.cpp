// SPDX-License-Identifier: Apache-2.0
#include "crypto/AuditChain.h"

#include "crypto/Digest.h"

#include "crypto/OpenSslPtr.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace ra::crypto {

QByteArray AuditChain::linkHash(const ra::domain::AuditEntry& entry) {
    return sha256(entry.previousHash + entry.canonicalBytes()).toHex();
}

bool AuditChain::linkMatches(const ra::domain::AuditEntry& entry) {
    const QByteArray expected = linkHash(entry);
    return expected.size() == entry.entryHash.size() &&
           CRYPTO_memcmp(expected.constData(), entry.entryHash.constData(), static_cast<size_t>(expected.size())) == 0;
}

AuditLinkChecker::AuditLinkChecker()
    : m_context(EVP_MD_CTX_new()) {}

AuditLinkChecker::~AuditLinkChecker() {
    EVP_MD_CTX_free(m_context);
}

bool AuditLinkChecker::matches(QByteArrayView chained, QByteArrayView entryHash) {
    constexpr qsizetype kHexSize = 64;
    unsigned char digest[32];
    unsigned int length = 0;
    if (entryHash.size() != kHexSize || !m_context || EVP_DigestInit_ex(m_context, sha256Algorithm(), nullptr) != 1 ||
        EVP_DigestUpdate(m_context, chained.data(), size_t(chained.size())) != 1 ||
        EVP_DigestFinal_ex(m_context, digest, &length) != 1 || length != sizeof digest) {
        return false;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    char hex[kHexSize];
    for (unsigned int i = 0; i < length; ++i) {
        hex[2 * i] = kHex[digest[i] >> 4];
        hex[2 * i + 1] = kHex[digest[i] & 0x0f];
    }
    return CRYPTO_memcmp(hex, entryHash.data(), kHexSize) == 0;
}

bool AuditChain::checkpointSigned(const ra::domain::AuditCheckpoint& checkpoint, const QByteArray& publicKey) {
    EvpPkeyPtr key;
    if (publicKey.startsWith("-----BEGIN")) {
        const BioPtr pem(BIO_new_mem_buf(publicKey.constData(), int(publicKey.size())));
        key.reset(PEM_read_bio_PUBKEY(pem.get(), nullptr, nullptr, nullptr));
    } else {
        const auto* der = reinterpret_cast<const unsigned char*>(publicKey.constData());
        key.reset(d2i_PUBKEY(nullptr, &der, long(publicKey.size())));
    }
    const QByteArray statement = checkpoint.statement();
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    const bool ok =
        key && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(checkpoint.signature.constData()),
                         size_t(checkpoint.signature.size()),
                         reinterpret_cast<const unsigned char*>(statement.constData()), size_t(statement.size())) == 1;
    ERR_clear_error();
    return ok;
}

QByteArray AuditChain::publicKeyPem(const QByteArray& publicKeyDer) {
    const auto* der = reinterpret_cast<const unsigned char*>(publicKeyDer.constData());
    const EvpPkeyPtr key(d2i_PUBKEY(nullptr, &der, long(publicKeyDer.size())));
    const BioPtr out(BIO_new(BIO_s_mem()));
    if (!key || PEM_write_bio_PUBKEY(out.get(), key.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace ra::crypto
