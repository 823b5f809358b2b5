// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CheckResult.h"
#include "domain/ports/IKeyBlocklist.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ra::crypto {

// Which keys a certificate profile accepts (R-CSR-2).
struct KeyPolicy {
    QList<int> rsaModulusBits;
    QStringList ecCurves; // OpenSSL group names: "prime256v1", "secp384r1"

    // CP table 7.1-1: RSA 2048 only.
    [[nodiscard]] static KeyPolicy cpProfile() { return {{2048}, {}}; }
    // What the Baseline Requirements allow (6.1.5), for profiles that want more.
    [[nodiscard]] static KeyPolicy baselineRequirements() {
        return {{2048, 3072, 4096}, {QStringLiteral("prime256v1"), QStringLiteral("secp384r1")}};
    }
};

// The key checks of R-CSR-2 and R-CSR-3 on a SubjectPublicKeyInfo. Every check yields a result
// naming its requirement and citation; a weak key is a failed result, never an exception.
class KeyQuality {
public:
    static constexpr int kFermatRounds = 100;           // R-CSR-3: at least 100
    static constexpr int kSmallFactorLimit = 752;       // R-CSR-2: no factor smaller than 752
    static constexpr int kMaxCheckedModulusBits = 8192; // larger keys fail the size check; see checkRsa

    [[nodiscard]] static QList<domain::CheckResult> check(const QByteArray& spkiDer, const KeyPolicy& policy,
                                                          const domain::IKeyBlocklist& blocklist);

    // The RSA checks on bare components (big-endian), so tests can present moduli that OpenSSL
    // would refuse to build into a key (even, prime, with small factors).
    [[nodiscard]] static QList<domain::CheckResult> checkRsa(const QByteArray& modulus, const QByteArray& exponent,
                                                             const KeyPolicy& policy,
                                                             const domain::IKeyBlocklist& blocklist);

    // The fingerprint of a modulus in the Debian weak-key lists (openssl-blacklist).
    [[nodiscard]] static QString debianFingerprint(const QByteArray& modulus);
    // ROCA (CVE-2017-15361): the modulus has the structure of an Infineon-generated key.
    [[nodiscard]] static bool hasRocaFingerprint(const QByteArray& modulus);
};

} // namespace ra::crypto
