// SPDX-License-Identifier: Apache-2.0
#include "crypto/CertificateDer.h"

#include "crypto/Digest.h"

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

} // namespace ra::crypto
