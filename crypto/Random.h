// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace ra::crypto {

// `count` bytes from OpenSSL's CSPRNG. Aborts rather than return weak randomness.
[[nodiscard]] QByteArray randomBytes(int count);

} // namespace ra::crypto
