// SPDX-License-Identifier: Apache-2.0
#include "crypto/Digest.h"

#include "crypto/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/params.h>

#include <cstdlib>

namespace ra::crypto {

namespace {
const char* digestName(HashAlgorithm algorithm) {
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return "SHA1";
    case HashAlgorithm::Sha256:
        return "SHA256";
    case HashAlgorithm::Sha512:
        return "SHA512";
    }
    return "SHA256";
}
} // namespace

// OpenSSL 3 looks the implementation up on every use of EVP_sha256(); fetched once, the lookup
// no longer dominates hashing short messages such as audit entries.
const EVP_MD* sha256Algorithm() {
    static const EvpMdPtr algorithm(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    if (!algorithm) {
        std::abort();
    }
    return algorithm.get();
}

QByteArray sha256(const QByteArray& data) {
    QByteArray out(32, '\0');
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(out.data()),
                   &length, sha256Algorithm(), nullptr) != 1) {
        std::abort();
    }
    return out;
}

QString sha256Hex(const QByteArray& data) {
    return QString::fromLatin1(sha256(data).toHex());
}

struct Sha256Stream::State {
    EvpMdCtxPtr context{EVP_MD_CTX_new()};
};

Sha256Stream::Sha256Stream()
    : m_state(std::make_unique<State>()) {
    if (!m_state->context || EVP_DigestInit_ex(m_state->context.get(), sha256Algorithm(), nullptr) != 1) {
        std::abort();
    }
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::add(const char* data, qsizetype size) {
    EVP_DigestUpdate(m_state->context.get(), data, static_cast<size_t>(size));
}

QString Sha256Stream::finishHex() {
    QByteArray out(32, '\0');
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->context.get(), reinterpret_cast<unsigned char*>(out.data()), &length);
    return QString::fromLatin1(out.toHex());
}

QByteArray hmac(HashAlgorithm algorithm, const unsigned char* key, std::size_t keySize, const QByteArray& message) {
    EvpMacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    EvpMacCtxPtr context(mac ? EVP_MAC_CTX_new(mac.get()) : nullptr);
    if (!context) {
        std::abort();
    }
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName(algorithm)), 0),
        OSSL_PARAM_construct_end()};
    // HMAC accepts an empty key; OpenSSL wants a non-null pointer for it.
    static const unsigned char kEmpty = 0;
    if (EVP_MAC_init(context.get(), keySize ? key : &kEmpty, keySize, params) != 1 ||
        EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) != 1) {
        std::abort();
    }
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    size_t length = 0;
    EVP_MAC_final(context.get(), reinterpret_cast<unsigned char*>(out.data()), &length, out.size());
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

} // namespace ra::crypto
