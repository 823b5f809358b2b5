// SPDX-License-Identifier: Apache-2.0
#include "crypto/JwkThumbprint.h"

#include "crypto/Digest.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/core_names.h>

#include <QCoreApplication>

namespace ra::crypto {

namespace {
QByteArray base64Url(const QByteArray& bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A big-endian unsigned integer parameter, at least `width` bytes long (left-padded with zeros).
QByteArray integerParameter(const EVP_PKEY* key, const char* name, int width) {
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1) {
        return {};
    }
    const BnPtr number(raw);
    QByteArray bytes(std::max(width, BN_num_bytes(number.get())), '\0');
    BN_bn2binpad(number.get(), reinterpret_cast<unsigned char*>(bytes.data()), int(bytes.size()));
    return bytes;
}

domain::Error unsupported() {
    return {QStringLiteral("jwk.unsupported"),
            QCoreApplication::translate("JwkThumbprint", "The key is not an RSA or EC P-256/P-384/P-521 public key."),
            {}};
}
} // namespace

domain::Result<QString> jwkThumbprint(const QByteArray& subjectPublicKeyInfoDer) {
    const auto* der = reinterpret_cast<const unsigned char*>(subjectPublicKeyInfoDer.constData());
    const EvpPkeyPtr key(d2i_PUBKEY(nullptr, &der, long(subjectPublicKeyInfoDer.size())));
    if (!key) {
        return std::unexpected(unsupported());
    }
    // RFC 7638 3.2: the required members only, in lexicographic order, no white space.
    QByteArray json;
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        const QByteArray n = integerParameter(key.get(), OSSL_PKEY_PARAM_RSA_N, 0);
        const QByteArray e = integerParameter(key.get(), OSSL_PKEY_PARAM_RSA_E, 0);
        json = R"({"e":")" + base64Url(e) + R"(","kty":"RSA","n":")" + base64Url(n) + R"("})";
    } else if (EVP_PKEY_is_a(key.get(), "EC")) {
        char group[64] = {};
        if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr) != 1) {
            return std::unexpected(unsupported());
        }
        const QByteArray curve = qstrcmp(group, "prime256v1") == 0  ? "P-256"
                                 : qstrcmp(group, "secp384r1") == 0 ? "P-384"
                                 : qstrcmp(group, "secp521r1") == 0 ? "P-521"
                                                                    : QByteArray();
        if (curve.isEmpty()) {
            return std::unexpected(unsupported());
        }
        const int width = (EVP_PKEY_get_bits(key.get()) + 7) / 8; // RFC 7518 6.2.1.2: full coordinate length
        const QByteArray x = integerParameter(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, width);
        const QByteArray y = integerParameter(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, width);
        json = R"({"crv":")" + curve + R"(","kty":"EC","x":")" + base64Url(x) + R"(","y":")" + base64Url(y) + R"("})";
    } else {
        return std::unexpected(unsupported());
    }
    if (json.contains(R"("")")) { // a parameter could not be read
        return std::unexpected(unsupported());
    }
    return QString::fromLatin1(base64Url(sha256(json)));
}

} // namespace ra::crypto
