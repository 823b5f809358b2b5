// SPDX-License-Identifier: Apache-2.0
#include "crypto/Random.h"

#include <openssl/rand.h>

#include <cstdlib>

namespace ra::crypto {

QByteArray randomBytes(int count) {
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1) {
        std::abort(); // a CA tool must never continue without a working CSPRNG
    }
    return bytes;
}

QByteArray randomText(int count) {
    return randomBytes(count).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace ra::crypto
