// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace ra::crypto {

enum class HashAlgorithm { Sha1, Sha256, Sha512 };

[[nodiscard]] QByteArray sha256(const QByteArray& data);
[[nodiscard]] QString sha256Hex(const QByteArray& data);

// Incremental SHA-256, for files too large to hold in memory at once.
class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;
    void add(const char* data, qsizetype size);
    [[nodiscard]] QString finishHex();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

[[nodiscard]] QByteArray hmac(HashAlgorithm algorithm, const unsigned char* key, std::size_t keySize,
                              const QByteArray& message);

} // namespace ra::crypto
