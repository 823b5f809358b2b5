// SPDX-License-Identifier: Apache-2.0
#include "crypto/SecretSharing.h"

#include "crypto/Random.h"

#include <array>

namespace ra::crypto {

namespace {
// GF(2^8) with the AES polynomial x^8 + x^4 + x^3 + x + 1.
quint8 multiply(quint8 a, quint8 b) {
    quint8 product = 0;
    for (int i = 0; i < 8; ++i) {
        const quint8 mask = quint8(-(b & 1)); // branch-free, so timing does not depend on the secret
        product ^= a & mask;
        const quint8 carry = quint8(-(a >> 7));
        a = quint8((a << 1) ^ (0x1b & carry));
        b >>= 1;
    }
    return product;
}

quint8 inverse(quint8 a) {
    // a^254 = a^-1 in GF(256).
    quint8 result = 1;
    quint8 base = a;
    for (int exponent = 254; exponent; exponent >>= 1) {
        if (exponent & 1) {
            result = multiply(result, base);
        }
        base = multiply(base, base);
    }
    return result;
}
} // namespace

QList<QByteArray> SecretSharing::split(const SecureBytes& secret, int threshold, int count) {
    if (threshold < 2 || count < threshold || count > 255 || secret.isEmpty()) {
        return {};
    }
    QList<QByteArray> shares;
    for (int x = 1; x <= count; ++x) {
        shares << QByteArray(static_cast<qsizetype>(secret.size()), '\0');
    }
    for (std::size_t i = 0; i < secret.size(); ++i) {
        // A random polynomial of degree threshold-1 whose constant term is the secret byte.
        QByteArray coefficients = randomBytes(threshold - 1);
        for (int x = 1; x <= count; ++x) {
            quint8 y = 0;
            for (qsizetype c = coefficients.size() - 1; c >= 0; --c) {
                y = multiply(quint8(y ^ quint8(coefficients[c])), quint8(x));
            }
            shares[x - 1][static_cast<qsizetype>(i)] = char(y ^ secret.data()[i]);
        }
        coefficients.fill('\0');
    }
    for (int x = 1; x <= count; ++x) {
        shares[x - 1] = QByteArray::number(x) + '-' + shares[x - 1].toHex();
    }
    return shares;
}

std::optional<SecureBytes> SecretSharing::combine(const QList<QByteArray>& shares) {
    if (shares.size() < 2) {
        return std::nullopt;
    }
    QList<quint8> xs;
    QList<QByteArray> ys;
    for (const QByteArray& share : shares) {
        const qsizetype dash = share.indexOf('-');
        bool ok = false;
        const int x = share.left(dash).toInt(&ok);
        const QByteArray y = QByteArray::fromHex(share.mid(dash + 1).trimmed());
        if (dash <= 0 || !ok || x < 1 || x > 255 || xs.contains(quint8(x)) || y.isEmpty() ||
            (!ys.isEmpty() && y.size() != ys.front().size())) {
            return std::nullopt;
        }
        xs << quint8(x);
        ys << y;
    }
    SecureBytes secret(static_cast<std::size_t>(ys.front().size()));
    for (qsizetype i = 0; i < ys.front().size(); ++i) {
        // Lagrange interpolation at x = 0.
        quint8 value = 0;
        for (qsizetype j = 0; j < xs.size(); ++j) {
            quint8 basis = 1;
            for (qsizetype m = 0; m < xs.size(); ++m) {
                if (m != j) {
                    basis = multiply(basis, multiply(xs[m], inverse(quint8(xs[m] ^ xs[j]))));
                }
            }
            value ^= multiply(quint8(ys[j][i]), basis);
        }
        secret.data()[i] = value;
    }
    return secret;
}

} // namespace ra::crypto
