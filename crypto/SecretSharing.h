// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ra::crypto {

// Shamir's secret sharing over GF(256) (R-HSM-2): the token PIN split so that any `threshold`
// Key Custodians together can activate the CA key and fewer learn nothing. A share is written
// as "<x>-<hex bytes>", x from 1 to 255.
class SecretSharing {
public:
    [[nodiscard]] static QList<QByteArray> split(const SecureBytes& secret, int threshold, int count);
    // nullopt when shares are malformed, repeat an x, or differ in length.
    [[nodiscard]] static std::optional<SecureBytes> combine(const QList<QByteArray>& shares);
};

} // namespace ra::crypto
