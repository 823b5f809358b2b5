// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace ra::crypto {

// RFC 4648 base32 (upper case, no padding on output), the form authenticator apps take secrets in.
[[nodiscard]] QByteArray base32Encode(const QByteArray& data);
// Accepts lower case, spaces and padding; nullopt on any other character.
[[nodiscard]] std::optional<QByteArray> base32Decode(const QByteArray& text);

} // namespace ra::crypto
