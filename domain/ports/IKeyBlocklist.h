// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ra::domain {

// Keys that must never be certified (R-CSR-3, R-REV-4): keys reported compromised, by the
// SHA-256 of their SubjectPublicKeyInfo, and the Debian OpenSSL 2008 weak keys, by the
// fingerprint the Debian lists use (last 20 hex digits of SHA-1 over "Modulus=<HEX>\n").
class IKeyBlocklist {
public:
    virtual ~IKeyBlocklist() = default;
    [[nodiscard]] virtual bool containsSpkiSha256(const QString& hex) const = 0;
    [[nodiscard]] virtual bool containsDebianFingerprint(const QString& fingerprint) const = 0;
};

} // namespace ra::domain
