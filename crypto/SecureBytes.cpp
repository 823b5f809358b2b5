// SPDX-License-Identifier: Apache-2.0
#include "crypto/SecureBytes.h"

#include <openssl/crypto.h>

#include <utility>

namespace ra::crypto {

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size) {}

SecureBytes SecureBytes::takeFrom(QByteArray& bytes) {
    SecureBytes secret(static_cast<std::size_t>(bytes.size()));
    std::copy(bytes.cbegin(), bytes.cend(), secret.m_bytes.begin());
    wipe(bytes);
    return secret;
}

SecureBytes::~SecureBytes() {
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, {})) {}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, {});
    }
    return *this;
}

SecureBytes SecureBytes::copy() const {
    SecureBytes out(m_bytes.size());
    std::copy(m_bytes.cbegin(), m_bytes.cend(), out.m_bytes.begin());
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const {
    return m_bytes.size() == other.m_bytes.size() &&
           (m_bytes.empty() || CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0);
}

void SecureBytes::clear() {
    if (!m_bytes.empty()) {
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
        m_bytes.clear();
    }
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
        bytes.clear();
    }
}

} // namespace ra::crypto
