// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Digest.h"
#include "crypto/SecureBytes.h"

#include <QString>

#include <optional>

namespace ra::crypto {

// RFC 6238 time-based one-time passwords (R-ROLE-3): HOTP (RFC 4226) over the time step.
struct TotpParameters {
    HashAlgorithm algorithm = HashAlgorithm::Sha1;
    int digits = 6;
    qint64 stepSeconds = 30;
    qint64 epoch = 0; // T0
};

class Totp {
public:
    [[nodiscard]] static qint64 timeStep(qint64 unixSeconds, const TotpParameters& parameters = {});
    [[nodiscard]] static QString codeAtStep(const SecureBytes& secret, qint64 step,
                                            const TotpParameters& parameters = {});
    [[nodiscard]] static QString code(const SecureBytes& secret, qint64 unixSeconds,
                                      const TotpParameters& parameters = {});

    // The step a code matches, within `window` steps either side to allow for clock drift and
    // typing time; nullopt when it matches none. Steps at or before `notAfterStep` are refused,
    // so a code that was used once cannot be replayed.
    [[nodiscard]] static std::optional<qint64> verify(const SecureBytes& secret, const QString& code,
                                                      qint64 unixSeconds, qint64 notAfterStep = 0, int window = 1,
                                                      const TotpParameters& parameters = {});

    // A new 160-bit secret, as RFC 4226 recommends.
    [[nodiscard]] static QByteArray newSecret();
};

} // namespace ra::crypto
