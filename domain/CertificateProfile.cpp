// SPDX-License-Identifier: Apache-2.0
#include "domain/CertificateProfile.h"

namespace ra::domain {

CertificateProfile CertificateProfile::tlsServer(const CaEndpoints& endpoints) {
    CertificateProfile profile;
    profile.id = QStringLiteral("tls-server");
    profile.rsaModulusBits = {2048}; // "Subject Public Key RSA 2048 bits"
    profile.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    profile.maxBackdateHours = 48; // "A value within 48 hours before the certificate signing"
    profile.fixedCountry = QStringLiteral("JP");
    profile.keyUsage = {QStringLiteral("digitalSignature")};
    profile.keyEnciphermentForRsa = true;
    profile.extendedKeyUsage = {QStringLiteral("serverAuth")};
    profile.optionalExtendedKeyUsage = {QStringLiteral("clientAuth")};
    profile.policyOids = {oid::PolicyThisCp, oid::PolicyOrganizationValidated};
    profile.endpoints = endpoints;
    // Table 7.1-1, in order. Subject Key Identifier is optional there; this CA always includes it.
    profile.extensions = {
        {oid::KeyUsage, QStringLiteral("keyUsage"), Presence::Required, true},
        {oid::ExtendedKeyUsage, QStringLiteral("extendedKeyUsage"), Presence::Required, false},
        {oid::SubjectAltName, QStringLiteral("subjectAltName"), Presence::Required, false},
        {oid::CertificatePolicies, QStringLiteral("certificatePolicies"), Presence::Required, false},
        {oid::CrlDistributionPoints, QStringLiteral("cRLDistributionPoints"), Presence::Required, false},
        {oid::AuthorityInfoAccess, QStringLiteral("authorityInfoAccess"), Presence::Required, false},
        {oid::AuthorityKeyIdentifier, QStringLiteral("authorityKeyIdentifier"), Presence::Required, false},
        {oid::SubjectKeyIdentifier, QStringLiteral("subjectKeyIdentifier"), Presence::Optional, false},
        {oid::CtSctList, QStringLiteral("signedCertificateTimestampList"), Presence::Optional, false},
        {oid::BasicConstraints, QStringLiteral("basicConstraints"), Presence::Prohibited, false},
    };
    return profile;
}

CertificateProfile CertificateProfile::ocspResponder() {
    CertificateProfile profile;
    profile.id = QStringLiteral("ocsp-responder");
    profile.rsaModulusBits = {2048};
    profile.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
    profile.maxBackdateHours = 24; // "A value within 1 day before the certificate signing"
    profile.fixedValidityDays = 90;
    profile.fixedCountry = QStringLiteral("JP");
    profile.requireStateLocalityOrganization = false; // C, O fixed and CN the responder's name
    profile.commonNameFromSan = false;
    profile.keyUsage = {QStringLiteral("digitalSignature")};
    profile.extendedKeyUsage = {QStringLiteral("OCSPSigning")};
    profile.extensions = {
        {oid::KeyUsage, QStringLiteral("keyUsage"), Presence::Required, true},
        {oid::ExtendedKeyUsage, QStringLiteral("extendedKeyUsage"), Presence::Required, false},
        {oid::OcspNoCheck, QStringLiteral("ocspNoCheck"), Presence::Required, false},
        {oid::CertificatePolicies, QStringLiteral("certificatePolicies"), Presence::Prohibited, false},
        {oid::AuthorityKeyIdentifier, QStringLiteral("authorityKeyIdentifier"), Presence::Required, false},
        {oid::SubjectKeyIdentifier, QStringLiteral("subjectKeyIdentifier"), Presence::Required, false},
    };
    return profile;
}

} // namespace ra::domain
