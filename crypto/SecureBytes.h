// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <cstddef>
#include <vector>

namespace ra::crypto {

// Secrets (passwords, TOTP seeds, PIN shares) live here: move-only, wiped with OPENSSL_cleanse
// when destroyed, never logged, never turned into a QString (R-HSM-3, R-ROLE-4).
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    // Copies `bytes` and wipes the source buffer, which the caller hands over.
    static SecureBytes takeFrom(QByteArray& bytes);
    ~SecureBytes();

    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }
    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] std::size_t size() const { return m_bytes.size(); }
    [[nodiscard]] bool isEmpty() const { return m_bytes.empty(); }
    void clear();
    // A second owner of the same secret (for an API that consumes one), wiped on its own.
    [[nodiscard]] SecureBytes copy() const;
    // Same bytes, compared in constant time.
    [[nodiscard]] bool equals(const SecureBytes& other) const;

private:
    std::vector<unsigned char> m_bytes;
};

// Wipes a Qt buffer in place (for the copies Qt widgets and streams hand us).
void wipe(QByteArray& bytes);

} // namespace ra::crypto
