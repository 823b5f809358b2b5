// SPDX-License-Identifier: Apache-2.0
#include "crypto/OpenSslError.h"

#include <openssl/err.h>

#include <QStringList>

namespace ra::crypto {

QString takeOpenSslErrors() {
    QStringList reasons;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons << QString::fromLatin1(buffer);
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace ra::crypto
