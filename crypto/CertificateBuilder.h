// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CertificateProfile.h"
#include "domain/Error.h"
#include "domain/Subject.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ra::crypto {

// The issuing CA as the certificate must name it: its subject exactly as encoded in the CA
// certificate (CP 7.1.4: byte-for-byte), and its key identifier for the AKI.
struct IssuerInfo {
    QByteArray subjectNameDer;
    QByteArray keyIdentifier;
};

// What the certificate will say, all from verified data (R-CSR-5): never the CSR's subject.
struct CertificateRequest {
    domain::Subject subject;
    QStringList dnsNames; // A-labels, already checked (R-CSR-4)
    QByteArray subjectPublicKeyDer;
    bool clientAuth = false; // table 7.1-1: id-kp-clientAuth is optional
};

struct CertificatePreview {
    QByteArray der; // signed with a throwaway key: for showing and linting, never for use (R-ISS-2)
    QByteArray serial;
    QDateTime notBefore;
    QDateTime notAfter;
};

// Builds certificates to a profile (R-ISS-1).
class CertificateBuilder {
public:
    static constexpr int kSerialBytes = 16; // 127 bits from the CSPRNG: > 0, < 2^159, >= 64 bits

    // The DER of a distinguished name written as "/C=JP/O=Example/CN=Example CA"; empty if malformed.
    [[nodiscard]] static QByteArray encodeName(const QString& slashSeparated);

    // Hex SHA-256 of the tbsCertificate of a DER certificate: what approvals cover (R-APR-2).
    // Empty if the certificate cannot be read.
    [[nodiscard]] static QString tbsSha256Hex(const QByteArray& certificateDer);

    // The issuer a CA certificate makes for what it signs: its subject and its SKI; nullopt if unreadable.
    [[nodiscard]] static std::optional<IssuerInfo> issuerOf(const QByteArray& caCertificateDer);

    // The DER SubjectPublicKeyInfo of a DER certificate; empty if unreadable.
    [[nodiscard]] static QByteArray subjectPublicKeyInfo(const QByteArray& certificateDer);

    // The subject of a DER certificate as RFC 2253 text, UTF-8 kept readable; empty if unreadable.
    [[nodiscard]] static QString subjectText(const QByteArray& certificateDer);

    // Each extension of a DER certificate as "name (critical): value", as OpenSSL prints it, for
    // showing the exact content to an approver.
    [[nodiscard]] static QStringList describeExtensions(const QByteArray& certificateDer);

    // The serial number of a DER certificate, as lower-case hex of its magnitude; empty if unreadable.
    [[nodiscard]] static QString serialHex(const QByteArray& certificateDer);

    // R-CSR-5: the subject the profile allows, or the first reason it is refused.
    [[nodiscard]] static domain::Status checkSubject(const domain::CertificateProfile& profile,
                                                     const CertificateRequest& request);

    // The certificate for `request`, valid from `notBefore` for the longest period in force on that
    // day (R-TIME-1), with every extension of the profile, signed with a throwaway key.
    [[nodiscard]] static domain::Result<CertificatePreview> buildPreview(const domain::CertificateProfile& profile,
                                                                         const IssuerInfo& issuer,
                                                                         const CertificateRequest& request,
                                                                         const QDateTime& notBefore);
};

} // namespace ra::crypto
