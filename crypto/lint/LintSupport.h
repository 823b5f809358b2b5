// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to crypto/lint: what the lint classes share.
#include "crypto/lint/Lint.h"
#include "domain/CertificateProfile.h"

#include <openssl/x509v3.h>

#include <QCoreApplication>

namespace ra::crypto::lint {

// Dates from which rules apply (by the certificate's notBefore).
inline const QDate kRfc5280(2008, 5, 1);
inline const QDate kBaseline(2012, 7, 1); // BR 1.0
inline const QDate kThisCp(2020, 1, 1);   // this CP's profile: every certificate it issues
inline const QDate kSerialEntropy(2016, 9, 30);
inline const QDate kSha1Sunset(2016, 1, 1);
inline const QDate kUnderscoreBan(2019, 4, 1);
inline const QDate kOuBan(2022, 9, 1);

// The lints target subscriber TLS server certificates: not CAs, and with serverAuth when an EKU is present.
inline bool isSubscriberTls(const CertificateView& certificate) {
    X509* x = certificate.x509();
    // By basicConstraints alone: X509_check_ca() also counts keyCertSign, which must not exempt a
    // subscriber certificate from the lint that forbids it.
    if ((X509_get_extension_flags(x) & EXFLAG_CA) != 0) {
        return false;
    }
    return !certificate.extension(NID_ext_key_usage) || (X509_get_extended_key_usage(x) & XKU_SSL_SERVER) != 0;
}

inline const QString kTlsServerProfile = QStringLiteral("tls-server");
inline const QString kOcspResponderProfile = QStringLiteral("ocsp-responder");

// A lint for subscriber TLS certificates (CP table 7.1-1).
class SubscriberLint : public Lint {
public:
    using Lint::Lint;
    [[nodiscard]] QString profile() const override { return kTlsServerProfile; }
    [[nodiscard]] bool applies(const CertificateView& certificate) const override {
        return isSubscriberTls(certificate);
    }
};

// A lint for the OCSP responder certificate (CP table 7.1-2).
class OcspResponderLint : public Lint {
public:
    using Lint::Lint;
    [[nodiscard]] QString profile() const override { return kOcspResponderProfile; }
};

inline LintInfo makeInfo(const char* id, QStringList aliases, Severity severity, QDate effective, const char* citation,
                         const char* description) {
    return {QString::fromLatin1(id),       std::move(aliases), severity, effective,
            QString::fromLatin1(citation), description};
}

inline bool isCritical(const X509_EXTENSION* extension) {
    return extension && X509_EXTENSION_get_critical(extension) == 1;
}

// The extensions a profile does not allow (absent from its table, or prohibited), or nothing.
inline std::optional<QString> extensionsOutsideProfile(const CertificateView& certificate,
                                                       const domain::CertificateProfile& profile) {
    QStringList unexpected;
    for (const QString& oid : certificate.extensionOids()) {
        const domain::ExtensionRule* rule = profile.extension(oid);
        if (!rule || rule->presence == domain::Presence::Prohibited) {
            unexpected << oid;
        }
    }
    return unexpected.isEmpty() ? std::nullopt : std::optional(unexpected.join(QLatin1Char(',')));
}

} // namespace ra::crypto::lint
