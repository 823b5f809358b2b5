// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ra::crypto {

// Drains OpenSSL's error queue into one line, for Error::detail. Call right where a call failed.
[[nodiscard]] QString takeOpenSslErrors();

} // namespace ra::crypto
