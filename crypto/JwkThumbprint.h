// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>

namespace ra::crypto {

// The RFC 7638 JWK thumbprint (SHA-256, base64url without padding) of a DER SubjectPublicKeyInfo
// holding an RSA or EC (P-256, P-384, P-521) key: the account key part of an ACME key
// authorization (RFC 8555 8.1), used by DCV method 7 with the CSR's key as the account key.
[[nodiscard]] domain::Result<QString> jwkThumbprint(const QByteArray& subjectPublicKeyInfoDer);

} // namespace ra::crypto
