// SPDX-License-Identifier: Apache-2.0
// Encoding and criticality rules of RFC 5280, RFC 6962 and the Baseline Requirements.
#include "crypto/lint/LintSupport.h"
#include "crypto/lint/Linter.h"
#include "domain/CertificateProfile.h"

namespace ra::crypto::lint {

namespace {
bool hasNullParameters(const X509_ALGOR* algorithm) {
    int type = V_ASN1_UNDEF;
    const void* value = nullptr;
    X509_ALGOR_get0(nullptr, &type, &value, algorithm);
    return type == V_ASN1_NULL;
}

QByteArray timeText(const ASN1_TIME* time) {
    return QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(time)), ASN1_STRING_length(time));
}

class EmptySubjectNeedsCriticalSan final : public Lint {
public:
    EmptySubjectNeedsCriticalSan()
        : Lint(makeInfo("rfc_empty_subject_critical_san", {}, Severity::Error, kRfc5280, "RFC 5280 4.2.1.6",
                        QT_TRANSLATE_NOOP("Lint", "With an empty subject, subjectAltName is critical"))) {}
    bool applies(const CertificateView& c) const override { return c.subject().isEmpty(); }
    std::optional<QString> violation(const CertificateView& c) const override {
        return isCritical(c.extension(NID_subject_alt_name)) ? std::nullopt : std::optional(QString());
    }
};

class KeyUsageNotEmpty final : public Lint {
public:
    KeyUsageNotEmpty()
        : Lint(makeInfo("rfc_key_usage_not_empty", {}, Severity::Error, kRfc5280, "RFC 5280 4.2.1.3",
                        QT_TRANSLATE_NOOP("Lint", "keyUsage asserts at least one usage"))) {}
    bool applies(const CertificateView& c) const override { return c.extension(NID_key_usage) != nullptr; }
    std::optional<QString> violation(const CertificateView& c) const override {
        return X509_get_key_usage(c.x509()) != 0 && X509_get_key_usage(c.x509()) != UINT32_MAX
                   ? std::nullopt
                   : std::optional(QString());
    }
};

// An extension that must never be critical.
class NotCritical : public Lint {
public:
    NotCritical(int nid, LintInfo lintInfo)
        : Lint(std::move(lintInfo))
        , m_nid(nid) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return isCritical(c.extension(m_nid)) ? std::optional(QString()) : std::nullopt;
    }

private:
    int m_nid;
};

class AuthorityInfoAccessNotCritical final : public NotCritical {
public:
    AuthorityInfoAccessNotCritical()
        : NotCritical(NID_info_access, makeInfo("rfc_aia_not_critical", {QStringLiteral("e_ext_aia_marked_critical")},
                                                Severity::Error, kRfc5280, "RFC 5280 4.2.2.1",
                                                QT_TRANSLATE_NOOP("Lint", "authorityInfoAccess is not critical"))) {}
};

class CrlDistributionPointsNotCritical final : public NotCritical {
public:
    CrlDistributionPointsNotCritical()
        : NotCritical(NID_crl_distribution_points,
                      makeInfo("br_crl_distribution_points_not_critical", {}, Severity::Error, kBaseline,
                               "BR 7.1.2.11.2; CP table 7.1-1",
                               QT_TRANSLATE_NOOP("Lint", "cRLDistributionPoints is not critical"))) {}
};

class CertificatePoliciesNotCritical final : public NotCritical {
public:
    CertificatePoliciesNotCritical()
        : NotCritical(NID_certificate_policies,
                      makeInfo("br_certificate_policies_not_critical", {}, Severity::Error, kBaseline,
                               "BR 7.1.2.7.9; CP table 7.1-1",
                               QT_TRANSLATE_NOOP("Lint", "certificatePolicies is not critical"))) {}
};

class SubjectOnlyProfileAttributes final : public SubscriberLint {
public:
    SubjectOnlyProfileAttributes()
        : SubscriberLint(makeInfo("cp_subject_only_profile_attributes", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                                  QT_TRANSLATE_NOOP("Lint", "The subject holds only C, ST, L, O and CN"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        static const QList<int> allowed{NID_countryName, NID_stateOrProvinceName, NID_localityName,
                                        NID_organizationName, NID_commonName};
        for (const auto& [nid, value] : c.subject()) {
            if (!allowed.contains(nid)) {
                return QString::fromLatin1(OBJ_nid2sn(nid));
            }
        }
        return std::nullopt;
    }
};

class DirectoryStringType final : public Lint {
public:
    DirectoryStringType()
        : Lint(makeInfo("rfc_subject_directory_string_type", {}, Severity::Error, kRfc5280, "RFC 5280 4.1.2.6",
                        QT_TRANSLATE_NOOP("Lint", "Subject attributes are UTF8String or PrintableString"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (qsizetype i = 0; i < c.subject().size(); ++i) {
            const int type = c.subjectTypes().at(i);
            if (type != V_ASN1_UTF8STRING && type != V_ASN1_PRINTABLESTRING) {
                return QString::fromLatin1(OBJ_nid2sn(c.subject().at(i).first));
            }
        }
        return std::nullopt;
    }
};

class UtcTimeHasSeconds final : public Lint {
public:
    UtcTimeHasSeconds()
        : Lint(makeInfo("rfc_utc_time_seconds", {QStringLiteral("e_utc_time_does_not_include_seconds")},
                        Severity::Error, kRfc5280, "RFC 5280 4.1.2.5.1",
                        QT_TRANSLATE_NOOP("Lint", "UTCTime values include seconds"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const ASN1_TIME* time : {X509_get0_notBefore(c.x509()), X509_get0_notAfter(c.x509())}) {
            if (ASN1_STRING_type(time) == V_ASN1_UTCTIME && timeText(time).size() != 13) {
                return QString::fromLatin1(timeText(time));
            }
        }
        return std::nullopt;
    }
};

class UtcTimeZulu final : public Lint {
public:
    UtcTimeZulu()
        : Lint(makeInfo("rfc_utc_time_zulu", {QStringLiteral("e_utc_time_not_in_zulu")}, Severity::Error, kRfc5280,
                        "RFC 5280 4.1.2.5.1",
                        QT_TRANSLATE_NOOP("Lint", "UTCTime values are in Zulu time (end in Z)"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const ASN1_TIME* time : {X509_get0_notBefore(c.x509()), X509_get0_notAfter(c.x509())}) {
            if (ASN1_STRING_type(time) == V_ASN1_UTCTIME && !timeText(time).endsWith('Z')) {
                return QString::fromLatin1(timeText(time));
            }
        }
        return std::nullopt;
    }
};

class GeneralizedTimeZulu final : public Lint {
public:
    GeneralizedTimeZulu()
        : Lint(makeInfo("rfc_generalized_time_zulu", {QStringLiteral("e_generalized_time_not_in_zulu")},
                        Severity::Error, kRfc5280, "RFC 5280 4.1.2.5.2",
                        QT_TRANSLATE_NOOP("Lint", "GeneralizedTime values are in Zulu time without fractions"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const ASN1_TIME* time : {X509_get0_notBefore(c.x509()), X509_get0_notAfter(c.x509())}) {
            if (ASN1_STRING_type(time) == V_ASN1_GENERALIZEDTIME &&
                (timeText(time).size() != 15 || !timeText(time).endsWith('Z'))) {
                return QString::fromLatin1(timeText(time));
            }
        }
        return std::nullopt;
    }
};

class RsaSignatureParametersNull final : public Lint {
public:
    RsaSignatureParametersNull()
        : Lint(makeInfo("br_rsa_signature_parameters_null", {}, Severity::Error, kBaseline, "BR 7.1.3.2.1; RFC 4055 5",
                        QT_TRANSLATE_NOOP("Lint", "RSA PKCS#1 v1.5 signature algorithms carry NULL parameters"))) {}
    bool applies(const CertificateView& c) const override {
        const int nid = X509_get_signature_nid(c.x509());
        return nid == NID_sha256WithRSAEncryption || nid == NID_sha384WithRSAEncryption ||
               nid == NID_sha512WithRSAEncryption;
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        const X509_ALGOR* outer = nullptr;
        X509_get0_signature(nullptr, &outer, c.x509());
        return hasNullParameters(outer) && hasNullParameters(X509_get0_tbs_sigalg(c.x509())) ? std::nullopt
                                                                                             : std::optional(QString());
    }
};

class RsaKeyParametersNull final : public Lint {
public:
    RsaKeyParametersNull()
        : Lint(makeInfo("br_rsa_spki_parameters_null", {QStringLiteral("e_spki_rsa_encryption_parameter_not_null")},
                        Severity::Error, kBaseline, "BR 7.1.3.1.1; RFC 3279 2.3.1",
                        QT_TRANSLATE_NOOP("Lint", "An RSA subject public key's algorithm carries NULL parameters"))) {}
    bool applies(const CertificateView& c) const override {
        X509_ALGOR* algorithm = nullptr; // OpenSSL 3.0 hands it out non-const; it is only read here
        X509_PUBKEY_get0_param(nullptr, nullptr, nullptr, &algorithm, X509_get_X509_PUBKEY(c.x509()));
        const ASN1_OBJECT* oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
        return OBJ_obj2nid(oid) == NID_rsaEncryption;
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        X509_ALGOR* algorithm = nullptr; // OpenSSL 3.0 hands it out non-const; it is only read here
        X509_PUBKEY_get0_param(nullptr, nullptr, nullptr, &algorithm, X509_get_X509_PUBKEY(c.x509()));
        return hasNullParameters(algorithm) ? std::nullopt : std::optional(QString());
    }
};

class CaIssuersHttp final : public Lint {
public:
    CaIssuersHttp()
        : Lint(makeInfo("br_aia_ca_issuers_http", {}, Severity::Error, kBaseline, "BR 7.1.2.7.7",
                        QT_TRANSLATE_NOOP("Lint", "Every caIssuers location in authorityInfoAccess is an HTTP URL"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const AuthorityInfoAccessPtr access(
            static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(c.x509(), NID_info_access, nullptr, nullptr)));
        for (int i = 0; access && i < sk_ACCESS_DESCRIPTION_num(access.get()); ++i) {
            const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(access.get(), i);
            if (OBJ_obj2nid(description->method) != NID_ad_ca_issuers) {
                continue;
            }
            const QByteArray location =
                description->location->type == GEN_URI
                    ? QByteArray(reinterpret_cast<const char*>(
                                     ASN1_STRING_get0_data(description->location->d.uniformResourceIdentifier)),
                                 ASN1_STRING_length(description->location->d.uniformResourceIdentifier))
                    : QByteArray();
            if (!location.startsWith("http://")) {
                return QString::fromLatin1(location);
            }
        }
        return std::nullopt;
    }
};

class NoPrecertificatePoison final : public Lint {
public:
    NoPrecertificatePoison()
        : Lint(makeInfo("rfc6962_no_poison_in_certificate", {}, Severity::Error, kBaseline, "RFC 6962 3.1; CP 7.1",
                        QT_TRANSLATE_NOOP("Lint", "An issued certificate does not carry the precertificate poison"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extensionOids().contains(domain::oid::CtPoison) ? std::optional(QString()) : std::nullopt;
    }
};
} // namespace

void addEncodingLints(std::vector<std::unique_ptr<Lint>>& lints) {
    lints.push_back(std::make_unique<EmptySubjectNeedsCriticalSan>());
    lints.push_back(std::make_unique<KeyUsageNotEmpty>());
    lints.push_back(std::make_unique<AuthorityInfoAccessNotCritical>());
    lints.push_back(std::make_unique<CrlDistributionPointsNotCritical>());
    lints.push_back(std::make_unique<CertificatePoliciesNotCritical>());
    lints.push_back(std::make_unique<SubjectOnlyProfileAttributes>());
    lints.push_back(std::make_unique<DirectoryStringType>());
    lints.push_back(std::make_unique<UtcTimeHasSeconds>());
    lints.push_back(std::make_unique<UtcTimeZulu>());
    lints.push_back(std::make_unique<GeneralizedTimeZulu>());
    lints.push_back(std::make_unique<RsaSignatureParametersNull>());
    lints.push_back(std::make_unique<RsaKeyParametersNull>());
    lints.push_back(std::make_unique<CaIssuersHttp>());
    lints.push_back(std::make_unique<NoPrecertificatePoison>());
}

} // namespace ra::crypto::lint
