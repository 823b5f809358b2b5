// SPDX-License-Identifier: Apache-2.0
#include "crypto/CertificateDer.h"

#include "crypto/Digest.h"

#include <openssl/conf.h>
#include <openssl/err.h>

namespace ra::crypto {

X509Ptr parseCertificateDer(const QByteArray& der) {
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    X509Ptr certificate(d2i_X509(nullptr, &data, long(der.size())));
    if (!certificate) {
        ERR_clear_error();
    }
    return certificate;
}

QString tbsSha256Hex(X509* certificate) {
    unsigned char* tbs = nullptr;
    const int length = i2d_re_X509_tbs(certificate, &tbs);
    const QByteArray bytes = length > 0 ? QByteArray(reinterpret_cast<const char*>(tbs), length) : QByteArray();
    OPENSSL_free(tbs);
    return bytes.isEmpty() ? QString() : sha256Hex(bytes);
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QString& value) {
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    // Some extension parsers insist on a configuration database, even an empty one.
    const std::unique_ptr<CONF, Free<NCONF_free>> config(NCONF_new(nullptr));
    X509V3_set_nconf(&context, config.get());
    const X509ExtensionPtr extension(X509V3_EXT_nconf_nid(config.get(), &context, nid, value.toUtf8().constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace ra::crypto
