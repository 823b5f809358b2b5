// SPDX-License-Identifier: Apache-2.0
// The OCSP responder certificate profile (CP table 7.1-2); run with --profile ocsp-responder.
#include "crypto/lint/LintSupport.h"
#include "crypto/lint/Linter.h"
#include "domain/CertificateProfile.h"

namespace ra::crypto::lint {

namespace {
class OcspSigningOnly final : public OcspResponderLint {
public:
    OcspSigningOnly()
        : OcspResponderLint(makeInfo("cp_ocsp_eku_ocsp_signing", {}, Severity::Error, kThisCp,
                                     "CP table 7.1-2; RFC 6960 4.2.2.2",
                                     QT_TRANSLATE_NOOP("Lint", "Extended key usage is OCSPSigning only"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_ext_key_usage) && X509_get_extended_key_usage(c.x509()) == XKU_OCSP_SIGN
                   ? std::nullopt
                   : std::optional(QStringLiteral("0x%1").arg(X509_get_extended_key_usage(c.x509()), 0, 16));
    }
};

class OcspNoCheck final : public OcspResponderLint {
public:
    OcspNoCheck()
        : OcspResponderLint(makeInfo("cp_ocsp_no_check", {}, Severity::Error, kThisCp,
                                     "CP table 7.1-2; RFC 6960 4.2.2.2.1",
                                     QT_TRANSLATE_NOOP("Lint", "id-pkix-ocsp-nocheck is present and not critical"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const X509_EXTENSION* extension = c.extension(NID_id_pkix_OCSP_noCheck);
        return extension && !isCritical(extension) ? std::nullopt : std::optional(QString());
    }
};

class OcspNoPolicies final : public OcspResponderLint {
public:
    OcspNoPolicies()
        : OcspResponderLint(makeInfo("cp_ocsp_no_certificate_policies", {}, Severity::Error, kThisCp, "CP table 7.1-2",
                                     QT_TRANSLATE_NOOP("Lint", "certificatePolicies is absent"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_certificate_policies) ? std::optional(QString()) : std::nullopt;
    }
};

class OcspKeyUsage final : public OcspResponderLint {
public:
    OcspKeyUsage()
        : OcspResponderLint(
              makeInfo("cp_ocsp_key_usage", {}, Severity::Error, kThisCp, "CP table 7.1-2",
                       QT_TRANSLATE_NOOP("Lint", "Key usage is digitalSignature only, marked critical"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const X509_EXTENSION* extension = c.extension(NID_key_usage);
        return extension && isCritical(extension) && X509_get_key_usage(c.x509()) == KU_DIGITAL_SIGNATURE
                   ? std::nullopt
                   : std::optional(QStringLiteral("0x%1").arg(X509_get_key_usage(c.x509()), 0, 16));
    }
};

class OcspSubject final : public OcspResponderLint {
public:
    OcspSubject()
        : OcspResponderLint(
              makeInfo("cp_ocsp_subject", {}, Severity::Error, kThisCp, "CP table 7.1-2",
                       QT_TRANSLATE_NOOP("Lint", "The subject is C=JP, the CA operator's O and the responder's CN"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const bool ok = c.subjectValues(NID_countryName) == QStringList{QStringLiteral("JP")} &&
                        c.subjectValues(NID_organizationName).size() == 1 &&
                        c.subjectValues(NID_commonName).size() == 1;
        return ok ? std::nullopt : std::optional(QString());
    }
};

class OcspSubjectKeyIdentifier final : public OcspResponderLint {
public:
    OcspSubjectKeyIdentifier()
        : OcspResponderLint(makeInfo("cp_ocsp_ski_present", {}, Severity::Error, kThisCp, "CP table 7.1-2",
                                     QT_TRANSLATE_NOOP("Lint", "subjectKeyIdentifier is present"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_subject_key_identifier) ? std::nullopt : std::optional(QString());
    }
};

class OcspOnlyProfileExtensions final : public OcspResponderLint {
public:
    OcspOnlyProfileExtensions()
        : OcspResponderLint(makeInfo("cp_ocsp_only_profile_extensions", {}, Severity::Error, kThisCp, "CP table 7.1-2",
                                     QT_TRANSLATE_NOOP("Lint", "Only the extensions of the profile are present"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        static const domain::CertificateProfile profile = domain::CertificateProfile::ocspResponder();
        return extensionsOutsideProfile(c, profile);
    }
};
} // namespace

void addOcspResponderLints(std::vector<std::unique_ptr<Lint>>& lints) {
    lints.push_back(std::make_unique<OcspSigningOnly>());
    lints.push_back(std::make_unique<OcspNoCheck>());
    lints.push_back(std::make_unique<OcspNoPolicies>());
    lints.push_back(std::make_unique<OcspKeyUsage>());
    lints.push_back(std::make_unique<OcspSubject>());
    lints.push_back(std::make_unique<OcspSubjectKeyIdentifier>());
    lints.push_back(std::make_unique<OcspOnlyProfileExtensions>());
}

} // namespace ra::crypto::lint
