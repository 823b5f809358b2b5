// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Pkcs11Token.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ra::crypto {

// A CA certificate to make at CA set-up: its subject, the token key it certifies, and its life.
struct CaCertificateSpec {
    QString subjectName; // "/C=JP/O=.../CN=..."
    QString subjectKeyLabel;
    QDateTime notBefore;
    int validityDays = 0;
    int pathLength = -1; // -1: unconstrained (a root)
    // A TLS issuing CA (BR 7.1.2.10): EKU serverAuth + clientAuth and the OV policy.
    bool tlsIssuing = false;
};

// Builds the demo CA hierarchy inside the token: a self-signed root and the issuing CA it
// certifies, both signed by keys that never leave the token (R-HSM-1). A production CA brings
// its certificates from its own key ceremony instead (`ca init --import`).
class CaCertificateBuilder {
public:
    [[nodiscard]] static domain::Result<QByteArray> selfSigned(Pkcs11Token& token, const CaCertificateSpec& spec);
    // A production CA's certificates, brought from its key ceremony, before they are registered:
    // the issuing CA is a CA certified by the root (or self-signed root given as both), and the
    // OCSP responder certificate is signed by the issuing CA for OCSP signing.
    [[nodiscard]] static domain::Status checkChain(const QByteArray& rootDer, const QByteArray& issuingDer,
                                                   const QByteArray& responderDer);
    [[nodiscard]] static domain::Result<QByteArray> subordinate(Pkcs11Token& token, const QString& issuerKeyLabel,
                                                                const QByteArray& issuerCertificateDer,
                                                                const CaCertificateSpec& spec);
};

} // namespace ra::crypto
