// SPDX-License-Identifier: Apache-2.0
// This CP's own profile (table 7.1-1): what it adds to the Baseline Requirements.
#include "crypto/lint/LintSupport.h"
#include "crypto/lint/Linter.h"
#include "domain/CertificateProfile.h"

namespace ra::crypto::lint {

namespace {
class SubjectCountryJp final : public SubscriberLint {
public:
    SubjectCountryJp()
        : SubscriberLint(makeInfo("cp_subject_country_jp", {}, Severity::Error, kThisCp, "CP 3.1.1, table 7.1-1",
                                  QT_TRANSLATE_NOOP("Lint", "The subject country is JP"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const QStringList values = c.subjectValues(NID_countryName);
        return values == QStringList{QStringLiteral("JP")} ? std::nullopt
                                                           : std::optional(values.join(QLatin1Char(',')));
    }
};

class SubjectNoOrganizationalUnit final : public SubscriberLint {
public:
    SubjectNoOrganizationalUnit()
        : SubscriberLint(makeInfo("cp_subject_ou_prohibited", {}, Severity::Error, kThisCp,
                                  "CP table 7.1-1; BR 7.1.4.2",
                                  QT_TRANSLATE_NOOP("Lint", "The subject has no organizational unit"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const QStringList values = c.subjectValues(NID_organizationalUnitName);
        return values.isEmpty() ? std::nullopt : std::optional(values.join(QLatin1Char(',')));
    }
};

// ST, L and O are each required exactly once (table 7.1-1).
class SubjectAttributeRequired : public SubscriberLint {
public:
    SubjectAttributeRequired(int nid, LintInfo lintInfo)
        : SubscriberLint(std::move(lintInfo))
        , m_nid(nid) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const QStringList values = c.subjectValues(m_nid);
        if (values.size() == 1 && !values.front().trimmed().isEmpty()) {
            return std::nullopt;
        }
        return QStringLiteral("%1 value(s)").arg(values.size());
    }

private:
    int m_nid;
};

class SubjectStateRequired final : public SubjectAttributeRequired {
public:
    SubjectStateRequired()
        : SubjectAttributeRequired(NID_stateOrProvinceName,
                                   makeInfo("cp_subject_state_required",
                                            {QStringLiteral("e_cert_policy_ov_requires_province_or_locality")},
                                            Severity::Error, kThisCp, "CP table 7.1-1",
                                            QT_TRANSLATE_NOOP("Lint", "The subject has one state or province"))) {}
};

class SubjectLocalityRequired final : public SubjectAttributeRequired {
public:
    SubjectLocalityRequired()
        : SubjectAttributeRequired(
              NID_localityName, makeInfo("cp_subject_locality_required", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                                         QT_TRANSLATE_NOOP("Lint", "The subject has one locality"))) {}
};

class SubjectOrganizationRequired final : public SubjectAttributeRequired {
public:
    SubjectOrganizationRequired()
        : SubjectAttributeRequired(NID_organizationName,
                                   makeInfo("cp_subject_organization_required",
                                            {QStringLiteral("e_cab_ov_requires_org")}, Severity::Error, kThisCp,
                                            "CP table 7.1-1; BR 7.1.4.2",
                                            QT_TRANSLATE_NOOP("Lint", "The subject has one organization"))) {}
};

class SubjectCommonNameRequired final : public SubjectAttributeRequired {
public:
    SubjectCommonNameRequired()
        : SubjectAttributeRequired(
              NID_commonName, makeInfo("cp_subject_single_common_name", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                                       QT_TRANSLATE_NOOP("Lint", "The subject has exactly one common name"))) {}
};

class KeyRsa2048 final : public SubscriberLint {
public:
    KeyRsa2048()
        : SubscriberLint(makeInfo("cp_key_rsa_2048", {}, Severity::Error, kThisCp, "CP table 7.1-1, 6.1.5",
                                  QT_TRANSLATE_NOOP("Lint", "The subject public key is RSA 2048 bits"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        if (c.isRsa() && c.keyBits() == 2048) {
            return std::nullopt;
        }
        return QStringLiteral("%1 %2 bits")
            .arg(c.isRsa() ? QStringLiteral("RSA") : QStringLiteral("non-RSA"))
            .arg(c.keyBits());
    }
};

class SignatureSha256Rsa final : public Lint {
public:
    SignatureSha256Rsa()
        : Lint(makeInfo("cp_signature_sha256_rsa", {}, Severity::Error, kThisCp, "CP table 7.1-1, 7.1.3",
                        QT_TRANSLATE_NOOP("Lint", "The signature algorithm is sha256WithRSAEncryption"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const int nid = X509_get_signature_nid(c.x509());
        return nid == NID_sha256WithRSAEncryption ? std::nullopt : std::optional(QString::fromLatin1(OBJ_nid2ln(nid)));
    }
};

class KeyUsageExact final : public SubscriberLint {
public:
    KeyUsageExact()
        : SubscriberLint(
              makeInfo("cp_key_usage_profile", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                       QT_TRANSLATE_NOOP("Lint", "Key usage is digitalSignature, with keyEncipherment for RSA keys"))) {
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        if (!c.extension(NID_key_usage)) {
            return QStringLiteral("missing");
        }
        const quint32 expected = KU_DIGITAL_SIGNATURE | (c.isRsa() ? KU_KEY_ENCIPHERMENT : 0);
        const quint32 usage = X509_get_key_usage(c.x509());
        return usage == expected ? std::nullopt : std::optional(QStringLiteral("0x%1").arg(usage, 0, 16));
    }
};

class KeyUsageCritical final : public SubscriberLint {
public:
    KeyUsageCritical()
        : SubscriberLint(makeInfo("cp_key_usage_critical", {QStringLiteral("w_ext_key_usage_not_critical")},
                                  Severity::Error, kThisCp, "CP table 7.1-1",
                                  QT_TRANSLATE_NOOP("Lint", "Key usage is marked critical"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return !c.extension(NID_key_usage) || isCritical(c.extension(NID_key_usage)) ? std::nullopt
                                                                                     : std::optional(QString());
    }
};

class ExtendedKeyUsageProfile final : public SubscriberLint {
public:
    ExtendedKeyUsageProfile()
        : SubscriberLint(
              makeInfo("cp_eku_server_client_only", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                       QT_TRANSLATE_NOOP("Lint", "Extended key usage is serverAuth, optionally with clientAuth"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        using EkuPtr = std::unique_ptr<EXTENDED_KEY_USAGE, Free<EXTENDED_KEY_USAGE_free>>;
        const EkuPtr eku(
            static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(c.x509(), NID_ext_key_usage, nullptr, nullptr)));
        if (!eku) {
            return QStringLiteral("missing");
        }
        bool server = false;
        QStringList other;
        for (int i = 0; i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
            const int nid = OBJ_obj2nid(sk_ASN1_OBJECT_value(eku.get(), i));
            if (nid == NID_server_auth) {
                server = true;
            } else if (nid != NID_client_auth) {
                char oid[96];
                OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(eku.get(), i), 1);
                other << QString::fromLatin1(oid);
            }
        }
        if (server && other.isEmpty()) {
            return std::nullopt;
        }
        return server ? other.join(QLatin1Char(',')) : QStringLiteral("no serverAuth");
    }
};

class PolicyPresent : public SubscriberLint {
public:
    PolicyPresent(QString policy, LintInfo lintInfo)
        : SubscriberLint(std::move(lintInfo))
        , m_policy(std::move(policy)) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.policyOids().contains(m_policy) ? std::nullopt : std::optional(c.policyOids().join(QLatin1Char(',')));
    }

private:
    QString m_policy;
};

class PolicyThisCp final : public PolicyPresent {
public:
    PolicyThisCp()
        : PolicyPresent(
              domain::oid::PolicyThisCp,
              makeInfo("cp_policy_oid", {}, Severity::Error, kThisCp, "CP 1.2, table 7.1-1",
                       QT_TRANSLATE_NOOP("Lint", "certificatePolicies holds this CP's OID 1.2.392.200091.100.751.1"))) {
    }
};

class PolicyOrganizationValidated final : public PolicyPresent {
public:
    PolicyOrganizationValidated()
        : PolicyPresent(domain::oid::PolicyOrganizationValidated,
                        makeInfo("cp_policy_ov", {}, Severity::Error, kBaseline, "BR 7.1.6.1, CP table 7.1-1",
                                 QT_TRANSLATE_NOOP("Lint", "certificatePolicies holds the OV policy 2.23.140.1.2.2"))) {
    }
};

class PolicyCpsUri final : public SubscriberLint {
public:
    PolicyCpsUri()
        : SubscriberLint(
              makeInfo("cp_policy_cps_uri", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                       QT_TRANSLATE_NOOP(
                           "Lint", "This CP's policy carries the HTTP(S) URL of the repository as CPS qualifier"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const QString uri = c.firstPolicyCpsUri();
        const bool ok = !c.policyOids().isEmpty() && c.policyOids().front() == domain::oid::PolicyThisCp &&
                        (uri.startsWith(QLatin1String("http://")) || uri.startsWith(QLatin1String("https://")));
        return ok ? std::nullopt : std::optional(uri);
    }
};

class OnlyProfileExtensions final : public SubscriberLint {
public:
    OnlyProfileExtensions()
        : SubscriberLint(makeInfo("cp_only_profile_extensions", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                                  QT_TRANSLATE_NOOP("Lint", "Only the extensions of the profile are present"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        static const domain::CertificateProfile profile = domain::CertificateProfile::tlsServer({});
        return extensionsOutsideProfile(c, profile);
    }
};

class ExtensionCriticality final : public SubscriberLint {
public:
    ExtensionCriticality()
        : SubscriberLint(makeInfo("cp_extension_criticality", {}, Severity::Error, kThisCp, "CP table 7.1-1",
                                  QT_TRANSLATE_NOOP("Lint", "Every extension has the criticality of the profile"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        static const domain::CertificateProfile profile = domain::CertificateProfile::tlsServer({});
        QStringList wrong;
        for (int i = 0; i < X509_get_ext_count(c.x509()); ++i) {
            const domain::ExtensionRule* rule = profile.extension(c.extensionOids().at(i));
            if (rule && isCritical(X509_get_ext(c.x509(), i)) != rule->critical) {
                wrong << rule->name;
            }
        }
        return wrong.isEmpty() ? std::nullopt : std::optional(wrong.join(QLatin1Char(',')));
    }
};

class SanDnsNamesOnly final : public SubscriberLint {
public:
    SanDnsNamesOnly()
        : SubscriberLint(
              makeInfo("cp_san_dns_names_only", {}, Severity::Error, kThisCp, "CP 3.2.2.5, table 7.1-1",
                       QT_TRANSLATE_NOOP("Lint", "subjectAltName holds dNSNames only (no IP address or other name)"))) {
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.otherSanCount() == 0 ? std::nullopt
                                      : std::optional(QStringLiteral("%1 other name(s)").arg(c.otherSanCount()));
    }
};

class SanNoWildcard final : public SubscriberLint {
public:
    SanNoWildcard()
        : SubscriberLint(makeInfo("cp_san_no_wildcard", {}, Severity::Error, kThisCp, "CP 3.2.2.6",
                                  QT_TRANSLATE_NOOP("Lint", "No wildcard dNSName"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const QString& name : c.dnsNames()) {
            if (name.contains(QLatin1Char('*'))) {
                return name;
            }
        }
        return std::nullopt;
    }
};

class CrlDistributionPointHttp final : public SubscriberLint {
public:
    CrlDistributionPointHttp()
        : SubscriberLint(makeInfo("cp_crl_distribution_point",
                                  {QStringLiteral("e_sub_cert_crl_distribution_points_does_not_contain_url")},
                                  Severity::Error, kThisCp, "CP table 7.1-1; BR 7.1.2.11.2",
                                  QT_TRANSLATE_NOOP("Lint", "cRLDistributionPoints holds the HTTP URL of the CRL"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const CrlDistributionPointsPtr points(
            static_cast<CRL_DIST_POINTS*>(X509_get_ext_d2i(c.x509(), NID_crl_distribution_points, nullptr, nullptr)));
        for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
            const DIST_POINT* point = sk_DIST_POINT_value(points.get(), i);
            if (!point->distpoint || point->distpoint->type != 0) {
                continue;
            }
            const GENERAL_NAMES* names = point->distpoint->name.fullname;
            for (int n = 0; n < sk_GENERAL_NAME_num(names); ++n) {
                const GENERAL_NAME* name = sk_GENERAL_NAME_value(names, n);
                if (name->type == GEN_URI &&
                    QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(name->d.uniformResourceIdentifier)))
                        .startsWith("http://")) {
                    return std::nullopt;
                }
            }
        }
        return QStringLiteral("no http:// URL");
    }
};

class AuthorityInfoAccessOcsp final : public SubscriberLint {
public:
    AuthorityInfoAccessOcsp()
        : SubscriberLint(
              makeInfo("cp_aia_ocsp", {QStringLiteral("e_sub_cert_aia_does_not_contain_ocsp_url")}, Severity::Error,
                       kThisCp, "CP table 7.1-1; BR 7.1.2.7.7",
                       QT_TRANSLATE_NOOP("Lint", "authorityInfoAccess holds the HTTP URL of the OCSP responder"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const AuthorityInfoAccessPtr access(
            static_cast<AUTHORITY_INFO_ACCESS*>(X509_get_ext_d2i(c.x509(), NID_info_access, nullptr, nullptr)));
        for (int i = 0; access && i < sk_ACCESS_DESCRIPTION_num(access.get()); ++i) {
            const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(access.get(), i);
            if (OBJ_obj2nid(description->method) == NID_ad_OCSP && description->location->type == GEN_URI &&
                QByteArray(reinterpret_cast<const char*>(
                               ASN1_STRING_get0_data(description->location->d.uniformResourceIdentifier)))
                    .startsWith("http://")) {
                return std::nullopt;
            }
        }
        return QStringLiteral("no OCSP http:// URL");
    }
};
} // namespace

void addProfileLints(std::vector<std::unique_ptr<Lint>>& lints) {
    lints.push_back(std::make_unique<SubjectCountryJp>());
    lints.push_back(std::make_unique<SubjectNoOrganizationalUnit>());
    lints.push_back(std::make_unique<SubjectStateRequired>());
    lints.push_back(std::make_unique<SubjectLocalityRequired>());
    lints.push_back(std::make_unique<SubjectOrganizationRequired>());
    lints.push_back(std::make_unique<SubjectCommonNameRequired>());
    lints.push_back(std::make_unique<KeyRsa2048>());
    lints.push_back(std::make_unique<SignatureSha256Rsa>());
    lints.push_back(std::make_unique<KeyUsageExact>());
    lints.push_back(std::make_unique<KeyUsageCritical>());
    lints.push_back(std::make_unique<ExtendedKeyUsageProfile>());
    lints.push_back(std::make_unique<PolicyThisCp>());
    lints.push_back(std::make_unique<PolicyOrganizationValidated>());
    lints.push_back(std::make_unique<PolicyCpsUri>());
    lints.push_back(std::make_unique<OnlyProfileExtensions>());
    lints.push_back(std::make_unique<ExtensionCriticality>());
    lints.push_back(std::make_unique<SanDnsNamesOnly>());
    lints.push_back(std::make_unique<SanNoWildcard>());
    lints.push_back(std::make_unique<CrlDistributionPointHttp>());
    lints.push_back(std::make_unique<AuthorityInfoAccessOcsp>());
}

} // namespace ra::crypto::lint
