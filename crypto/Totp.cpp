// SPDX-License-Identifier: Apache-2.0
#include "crypto/Totp.h"

#include "crypto/Random.h"

#include <openssl/crypto.h>

namespace ra::crypto {

qint64 Totp::timeStep(qint64 unixSeconds, const TotpParameters& parameters) {
    return (unixSeconds - parameters.epoch) / parameters.stepSeconds;
}

QString Totp::codeAtStep(const SecureBytes& secret, qint64 step, const TotpParameters& parameters) {
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i) {
        counter[i] = static_cast<char>(step & 0xff);
        step >>= 8;
    }
    const QByteArray mac = hmac(parameters.algorithm, secret.data(), secret.size(), counter);
    // RFC 4226 5.3 dynamic truncation.
    const int offset = mac.back() & 0x0f;
    const quint32 binary = (quint32(quint8(mac[offset]) & 0x7f) << 24) | (quint32(quint8(mac[offset + 1])) << 16) |
                           (quint32(quint8(mac[offset + 2])) << 8) | quint32(quint8(mac[offset + 3]));
    quint64 modulus = 1;
    for (int i = 0; i < parameters.digits; ++i) {
        modulus *= 10;
    }
    return QStringLiteral("%1").arg(binary % modulus, parameters.digits, 10, QLatin1Char('0'));
}

QString Totp::code(const SecureBytes& secret, qint64 unixSeconds, const TotpParameters& parameters) {
    return codeAtStep(secret, timeStep(unixSeconds, parameters), parameters);
}

std::optional<qint64> Totp::verify(const SecureBytes& secret, const QString& code, qint64 unixSeconds,
                                   qint64 notAfterStep, int window, const TotpParameters& parameters) {
    const QString typed = code.trimmed();
    if (typed.size() != parameters.digits) {
        return std::nullopt;
    }
    const qint64 now = timeStep(unixSeconds, parameters);
    for (qint64 step = now - window; step <= now + window; ++step) {
        if (step <= notAfterStep) {
            continue;
        }
        const QByteArray expected = codeAtStep(secret, step, parameters).toLatin1();
        const QByteArray given = typed.toLatin1();
        if (CRYPTO_memcmp(expected.constData(), given.constData(), static_cast<size_t>(expected.size())) == 0) {
            return step;
        }
    }
    return std::nullopt;
}

QByteArray Totp::newSecret() {
    return randomBytes(20);
}

} // namespace ra::crypto
