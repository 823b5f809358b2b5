// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace ra::crypto {

// `count` bytes from OpenSSL's CSPRNG. Aborts rather than return weak randomness.
[[nodiscard]] QByteArray randomBytes(int count);

// `count` random bytes as URL-safe base64 without padding: easy to type and copy, no ambiguous
// punctuation (generated passwords and token PINs).
[[nodiscard]] QByteArray randomText(int count);

} // namespace ra::crypto
