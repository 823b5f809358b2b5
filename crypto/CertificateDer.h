// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to crypto/: DER certificates as owned OpenSSL objects, for the builder, the signing
// module, CA set-up and the perspectives' TLS authority.
#include "crypto/OpenSslPtr.h"

#include <QByteArray>
#include <QString>

namespace ra::crypto {

// The certificate, or null (with OpenSSL's error queue cleared) when `der` is not one.
[[nodiscard]] X509Ptr parseCertificateDer(const QByteArray& der);

// Hex SHA-256 of the tbsCertificate as it would be signed now: i2d_re_X509_tbs re-encodes, so this
// is what a CA signature covers, not a cached copy (R-APR-2). Empty if it cannot be encoded.
[[nodiscard]] QString tbsSha256Hex(X509* certificate);

// Adds extension `nid` from OpenSSL's text form ("critical,CA:TRUE", "keyid:always", ...), with
// `issuer` for the issuer-dependent ones (the certificate itself when self-signed).
[[nodiscard]] bool addExtension(X509* certificate, X509* issuer, int nid, const QString& value);

} // namespace ra::crypto
