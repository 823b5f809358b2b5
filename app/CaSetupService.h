// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlCertificateStore.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/SigningModule.h"
#include "domain/Error.h"

#include <QList>

namespace ra::app {

class Workspace;

// The issuing CA of a workspace (R-HSM-1): its keys in the token, its certificates, and what
// previews and the signing module need from them.
class CaSetupService {
public:
    static constexpr const char* kSoftHsmModule = "/usr/lib/softhsm/libsofthsm2.so";
    static constexpr const char* kDemoTokenLabel = "RA Demo CA";

    explicit CaSetupService(Workspace& workspace)
        : m_workspace(workspace) {}

    // `ca init --demo`: a new SoftHSM2 token inside the workspace with the root, issuing CA, OCSP
    // responder and audit keys generated in it (never extractable), the demo root and issuing CA
    // certificates, and the OCSP responder certificate of CP table 7.1-2, all signed in the token.
    // The token PIN is random, used once and returned only as 2-of-`custodians` shares (R-HSM-3).
    [[nodiscard]] domain::Result<QList<QByteArray>> initDemo(const QString& actor, int custodians);

    // `ca init --chain FILE --ocsp-cert FILE`: registers a production CA whose keys were generated
    // in the HSM at its own key ceremony. workspace.ini [hsm] names the module, token and key
    // labels; the certificates (PEM: issuing CA then root; the OCSP responder's) must certify
    // exactly the keys in the token, and the audit key must be there too. Nothing is signed here.
    [[nodiscard]] domain::Status registerCa(const QString& actor, const QByteArray& chainPem,
                                            const QByteArray& responderPem);

    [[nodiscard]] bool initialized() const;
    // What the signing module signs as; fails before `ca init`.
    [[nodiscard]] domain::Result<crypto::CaIdentity> identity() const;
    // The issuer certificates name: the CA certificate's subject and key identifier once the CA is
    // set up, the placeholders of workspace.ini before (previews only).
    [[nodiscard]] crypto::IssuerInfo issuer() const;
    // PEM of the issuing CA certificate, then its root.
    [[nodiscard]] domain::Result<QString> chainPem() const;

    // DER to PEM ("CERTIFICATE", "X509 CRL", ...), and the DER of each CERTIFICATE block of a PEM text.
    [[nodiscard]] static QString toPem(const QByteArray& der, const char* label);
    [[nodiscard]] static QList<QByteArray> certificatesFromPem(const QByteArray& pem);

private:
    [[nodiscard]] domain::Status store(const QString& actor, const QList<CaKeyRecord>& records, const QString& mode);
    Workspace& m_workspace;
};

} // namespace ra::app
