// SPDX-License-Identifier: Apache-2.0
#include "crypto/PasswordHasher.h"

#include "crypto/Random.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <QRegularExpression>

namespace ra::crypto {

namespace {
constexpr int kKeyLength = 32;
constexpr quint64 kMaxMemory = 256ull * 1024 * 1024;

QByteArray derive(const SecureBytes& password, const QByteArray& salt, ScryptCost cost) {
    QByteArray key(kKeyLength, '\0');
    const int ok =
        EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()), password.size(),
                       reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<size_t>(salt.size()),
                       quint64(1) << cost.log2N, quint64(cost.r), quint64(cost.p), kMaxMemory,
                       reinterpret_cast<unsigned char*>(key.data()), static_cast<size_t>(key.size()));
    return ok == 1 ? key : QByteArray();
}
} // namespace

QString PasswordHasher::hash(const SecureBytes& password, ScryptCost cost) {
    const QByteArray salt = randomBytes(16);
    const QByteArray key = derive(password, salt, cost);
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
        .arg(cost.log2N)
        .arg(cost.r)
        .arg(cost.p)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool PasswordHasher::verify(const SecureBytes& password, const QString& encoded) {
    static const QRegularExpression format(
        QStringLiteral(R"(^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$)"));
    const QRegularExpressionMatch match = format.match(encoded);
    if (!match.hasMatch()) {
        return false;
    }
    const ScryptCost cost{match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
    if (cost.log2N < 10 || cost.log2N > 20 || cost.r < 1 || cost.p < 1) {
        return false; // refuse hashes too weak to be ours, or too costly to check
    }
    const QByteArray salt = QByteArray::fromBase64(match.captured(4).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(match.captured(5).toLatin1());
    const QByteArray actual = derive(password, salt, cost);
    return actual.size() == expected.size() && !actual.isEmpty() &&
           CRYPTO_memcmp(actual.constData(), expected.constData(), static_cast<size_t>(actual.size())) == 0;
}

} // namespace ra::crypto
