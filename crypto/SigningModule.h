// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/Pkcs11Token.h"
#include "domain/AuditEntry.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <memory>

struct x509_st; // OpenSSL's X509

namespace ra::crypto {

// The issuing CA as the module signs for it: its keys in the token and its certificates.
struct CaIdentity {
    QString caKeyLabel;
    QByteArray caCertificateDer;
    QString ocspKeyLabel; // empty while `ca init` is still making the responder certificate
    QByteArray ocspCertificateDer;
    // The HSM key that certifies approvers' keys (R-APR-2); empty while `ca init` is still running.
    QString auditKeyLabel;
};

// One approval as stored, for the module to verify itself (R-APR-2).
struct SignedApproval {
    qint64 applicationId = 0;
    qint64 approverId = 0;
    QString approver; // user name, as in the statement
    QDateTime approvedAt;
    QByteArray signature;
    QByteArray approverPublicKeyDer; // the approver's registered Ed25519 key
    // The audit key's certification of that key for this approver (R-APR-2): without it the key
    // is only what the database says.
    QByteArray keyCertification;
    QDateTime keyCertifiedAt;
};

// What must hold before a subscriber certificate is signed (R-APR-2, R-ROLE-2).
struct IssuanceAuthorization {
    qint64 validatorId = 0;
    int requiredApprovals = 1;
    QList<SignedApproval> approvals;
    // R-CAA-3: for each dNSName (lower case), until when its latest CAA check, allowing and
    // corroborated, may be relied on; a name missing here has no such check.
    QHash<QString, QDateTime> caaValidUntil;
    // R-DOC-2, R-DCV-2: for each dNSName (lower case), when the passed validation it relies on was
    // completed — the application's own or one reused under the rules; a name missing here has none.
    QHash<QString, QDateTime> dcvValidatedAt;
};

// CP 7.2.2 / RFC 5280 5.3.1 reason codes; Unspecified is written as no reasonCode at all.
struct RevokedEntry {
    QByteArray serial; // big-endian magnitude
    QDateTime revokedAt;
    int reasonCode = -1; // -1: unspecified
};

struct CrlContent {
    quint64 number = 0;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QList<RevokedEntry> entries;
};

enum class OcspCertStatus { Good, Revoked, Unknown };

struct OcspContent {
    QByteArray serial;
    OcspCertStatus status = OcspCertStatus::Unknown;
    QByteArray issuedCertificateDer; // required for Good: the module answers "good" only for a certificate it issued
    QDateTime revokedAt;
    int reasonCode = -1;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
};

// The embedded signing module (DESIGN.md): owns the activated token and the CA's keys, and is
// the last gate before a signature. It re-checks what it is asked to sign rather than trusting
// the caller: approvals over this exact tbsCertificate, approvers other than the validator, a
// clean lint, the issuer and validity of the profile (R-ISS-1..4, R-REV-5). When the HSM fails
// mid-operation the operation fails with "hsm.lost" and the module stays inactive until a new
// activation (R-HSM-4).
class SigningModule {
public:
    [[nodiscard]] static domain::Result<std::unique_ptr<SigningModule>> open(std::unique_ptr<Pkcs11Token> token,
                                                                             CaIdentity identity);
    ~SigningModule();
    SigningModule(const SigningModule&) = delete;
    SigningModule& operator=(const SigningModule&) = delete;

    // Everything signCertificate checks before it signs, without signing: callers ask first so
    // that a refusal never leaves a reserved serial behind.
    [[nodiscard]] domain::Status checkCertificate(const QByteArray& candidateDer,
                                                  const IssuanceAuthorization& authorization,
                                                  const QDateTime& now) const;
    // The certificate for `candidateDer` (a CertificateBuilder candidate, signed with the
    // throwaway key), signed by the CA key. `precertificate` adds the CT poison (R-ISS-4).
    [[nodiscard]] domain::Result<QByteArray> signCertificate(const QByteArray& candidateDer,
                                                             const IssuanceAuthorization& authorization,
                                                             const QDateTime& now, bool precertificate = false);
    // R-APR-2: the audit key's signature over approverKeyStatement(...), made while the custodians
    // have the token active; checkCertificate accepts an approval only with such a certification.
    [[nodiscard]] domain::Result<QByteArray> certifyApproverKey(qint64 userId, const QString& username,
                                                                const QByteArray& publicKeyDer, const QDateTime& at);
    [[nodiscard]] bool isCertifiedApproverKey(qint64 userId, const QString& username, const QByteArray& publicKeyDer,
                                              const QDateTime& certifiedAt, const QByteArray& certification) const;
    // R-AUD-2: the audit key's signature over checkpoint.statement().
    [[nodiscard]] domain::Result<QByteArray> signAuditCheckpoint(const domain::AuditCheckpoint& checkpoint);
    // The OCSP responder's certificate (CP table 7.1-2), at CA set-up.
    [[nodiscard]] domain::Result<QByteArray> signOcspResponderCertificate(const QByteArray& candidateDer);
    // CP table 7.2-1: v2, CRL number, AKI, nextUpdate at most 10 days after thisUpdate.
    [[nodiscard]] domain::Result<QByteArray> signCrl(const CrlContent& content);
    // RFC 6960 response signed by the OCSP responder key, valid 8 hours to 10 days (R-REV-5).
    [[nodiscard]] domain::Result<QByteArray> signOcspResponse(const OcspContent& content);

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] Pkcs11Token& token() { return *m_token; }
    [[nodiscard]] const CaIdentity& identity() const { return m_identity; }

private:
    SigningModule(std::unique_ptr<Pkcs11Token> token, CaIdentity identity);
    [[nodiscard]] domain::Error signingFailed(const char* what);
    [[nodiscard]] domain::Status requireActive() const;
    [[nodiscard]] domain::Status checkParsed(x509_st* certificate, const QByteArray& candidateDer,
                                             const QString& digest, const IssuanceAuthorization& authorization,
                                             const QDateTime& now) const;

    // Issue 12 item 8: no core dump (nor ptrace by the same user) while the CA key is active.
    class CoreDumpsOff;
    std::unique_ptr<CoreDumpsOff> m_coreDumpsOff;
    std::unique_ptr<Pkcs11Token> m_token;
    CaIdentity m_identity;
    std::shared_ptr<x509_st> m_caCertificate; // parsed once
    // Approvers' public keys, parsed once per session: the same supervisors approve many certificates.
    mutable std::map<QByteArray, std::shared_ptr<evp_pkey_st>> m_approverKeys;
    bool m_active = true;
};

} // namespace ra::crypto
