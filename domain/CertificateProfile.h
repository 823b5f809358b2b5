// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ra::domain {

// Where relying parties find the CA's repository, CRL, OCSP responder and certificate (CP 2.2).
struct CaEndpoints {
    QString cpsUrl;
    QString crlUrl;
    QString ocspUrl;
    QString caIssuersUrl; // optional ("Set CA Issuers as needed")
};

enum class Presence { Required, Optional, Prohibited };

// One row of an extension table: what the profile says about it, criticality included.
struct ExtensionRule {
    QString oid;
    QString name;
    Presence presence = Presence::Required;
    bool critical = false;
};

// A certificate profile as the CP's tables describe it (R-ISS-1, R-CSR-5). Plain data: the
// builder in crypto/ follows it and the linter checks certificates against it.
struct CertificateProfile {
    QString id; // "tls-server", "ocsp-responder"
    QList<int> rsaModulusBits;
    QStringList ecCurves;
    QString signatureAlgorithm; // "sha256WithRSAEncryption"
    int maxBackdateHours = 0;   // notBefore at most this long before signing
    int fixedValidityDays = 0;  // 0: the validity limit in force (DatedRules) applies
    // Subject (table 7.1-1): C fixed, ST, L, O required, OU prohibited, CN one of the SANs.
    QString fixedCountry;
    bool requireStateLocalityOrganization = true;
    bool commonNameFromSan = true;
    QStringList keyUsage; // names as RFC 5280 spells them
    bool keyEnciphermentForRsa = false;
    QStringList extendedKeyUsage; // always present
    QStringList optionalExtendedKeyUsage;
    QStringList policyOids; // in order; the first carries the CPS qualifier
    CaEndpoints endpoints;
    QList<ExtensionRule> extensions; // in the order the builder writes them

    [[nodiscard]] const ExtensionRule* extension(const QString& oid) const {
        for (const ExtensionRule& rule : extensions) {
            if (rule.oid == oid) {
                return &rule;
            }
        }
        return nullptr;
    }

    // CP table 7.1-1: the OV TLS server certificate.
    [[nodiscard]] static CertificateProfile tlsServer(const CaEndpoints& endpoints);
    // CP table 7.1-2: the OCSP responder certificate.
    [[nodiscard]] static CertificateProfile ocspResponder();
};

namespace oid {
inline const QString KeyUsage = QStringLiteral("2.5.29.15");
inline const QString ExtendedKeyUsage = QStringLiteral("2.5.29.37");
inline const QString SubjectAltName = QStringLiteral("2.5.29.17");
inline const QString CertificatePolicies = QStringLiteral("2.5.29.32");
inline const QString CrlDistributionPoints = QStringLiteral("2.5.29.31");
inline const QString AuthorityInfoAccess = QStringLiteral("1.3.6.1.5.5.7.1.1");
inline const QString AuthorityKeyIdentifier = QStringLiteral("2.5.29.35");
inline const QString SubjectKeyIdentifier = QStringLiteral("2.5.29.14");
inline const QString BasicConstraints = QStringLiteral("2.5.29.19");
inline const QString OcspNoCheck = QStringLiteral("1.3.6.1.5.5.7.48.1.5");
inline const QString CtPoison = QStringLiteral("1.3.6.1.4.1.11129.2.4.3");
inline const QString CtSctList = QStringLiteral("1.3.6.1.4.1.11129.2.4.2");
inline const QString PolicyThisCp = QStringLiteral("1.2.392.200091.100.751.1");
inline const QString PolicyOrganizationValidated = QStringLiteral("2.23.140.1.2.2");
} // namespace oid

} // namespace ra::domain
