// SPDX-License-Identifier: Apache-2.0
// RFC 5280 rules that apply to every certificate the CA issues.
#include "crypto/lint/LintSupport.h"
#include "crypto/lint/Linter.h"

namespace ra::crypto::lint {

namespace {
class VersionThree final : public Lint {
public:
    VersionThree()
        : Lint(makeInfo("rfc_version_3", {QStringLiteral("e_cert_extensions_version_not_3")}, Severity::Error, kRfc5280,
                        "RFC 5280 4.1.2.1; CP 7.1.1", QT_TRANSLATE_NOOP("Lint", "The certificate is version 3"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return X509_get_version(c.x509()) == X509_VERSION_3
                   ? std::nullopt
                   : std::optional(QString::number(X509_get_version(c.x509()) + 1));
    }
};

class SerialPositive final : public Lint {
public:
    SerialPositive()
        : Lint(makeInfo("rfc_serial_positive", {QStringLiteral("e_serial_number_not_positive")}, Severity::Error,
                        kRfc5280, "RFC 5280 4.1.2.2; CP 7.1",
                        QT_TRANSLATE_NOOP("Lint", "The serial number is greater than zero"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(c.x509()), nullptr));
        return serial && !BN_is_negative(serial.get()) && !BN_is_zero(serial.get()) ? std::nullopt
                                                                                    : std::optional(QString());
    }
};

class SerialLength final : public Lint {
public:
    SerialLength()
        : Lint(makeInfo("rfc_serial_at_most_20_octets", {QStringLiteral("e_serial_number_longer_than_20_octets")},
                        Severity::Error, kRfc5280, "RFC 5280 4.1.2.2; CP 7.1 (< 2^159)",
                        QT_TRANSLATE_NOOP("Lint", "The serial number is below 2^159 and at most 20 octets"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(c.x509()), nullptr));
        return serial && BN_num_bits(serial.get()) < 160
                   ? std::nullopt
                   : std::optional(QStringLiteral("%1 bits").arg(serial ? BN_num_bits(serial.get()) : 0));
    }
};

class ValidityOrder final : public Lint {
public:
    ValidityOrder()
        : Lint(makeInfo("rfc_validity_positive", {}, Severity::Error, kRfc5280, "RFC 5280 4.1.2.5",
                        QT_TRANSLATE_NOOP("Lint", "notAfter is later than notBefore"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.notBefore().isValid() && c.notAfter() > c.notBefore() ? std::nullopt : std::optional(QString());
    }
};

class TimeEncoding final : public Lint {
public:
    TimeEncoding()
        : Lint(makeInfo("rfc_time_encoding", {QStringLiteral("e_wrong_time_format_pre2050")}, Severity::Error, kRfc5280,
                        "RFC 5280 4.1.2.5",
                        QT_TRANSLATE_NOOP("Lint", "Dates before 2050 are UTCTime, later ones GeneralizedTime"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const ASN1_TIME* time : {X509_get0_notBefore(c.x509()), X509_get0_notAfter(c.x509())}) {
            const QDateTime value = time == X509_get0_notBefore(c.x509()) ? c.notBefore() : c.notAfter();
            const int expected = value.date().year() < 2050 ? V_ASN1_UTCTIME : V_ASN1_GENERALIZEDTIME;
            if (ASN1_STRING_type(time) != expected) {
                return value.toString(Qt::ISODate);
            }
        }
        return std::nullopt;
    }
};

class NoDuplicateExtensions final : public Lint {
public:
    NoDuplicateExtensions()
        : Lint(makeInfo("rfc_no_duplicate_extensions", {QStringLiteral("e_ext_duplicate_extension")}, Severity::Error,
                        kRfc5280, "RFC 5280 4.2", QT_TRANSLATE_NOOP("Lint", "No extension appears twice"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        QStringList seen;
        for (const QString& oid : c.extensionOids()) {
            if (seen.contains(oid)) {
                return oid;
            }
            seen << oid;
        }
        return std::nullopt;
    }
};

class AuthorityKeyIdentifierPresent final : public Lint {
public:
    AuthorityKeyIdentifierPresent()
        : Lint(makeInfo("rfc_aki_present", {QStringLiteral("e_ext_authority_key_identifier_missing")}, Severity::Error,
                        kRfc5280, "RFC 5280 4.2.1.1; CP table 7.1-1",
                        QT_TRANSLATE_NOOP("Lint", "authorityKeyIdentifier is present"))) {}
    bool applies(const CertificateView& c) const override { return X509_check_issued(c.x509(), c.x509()) != X509_V_OK; }
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_authority_key_identifier) ? std::nullopt : std::optional(QString());
    }
};

class AuthorityKeyIdentifierNotCritical final : public Lint {
public:
    AuthorityKeyIdentifierNotCritical()
        : Lint(makeInfo("rfc_aki_not_critical", {QStringLiteral("e_ext_authority_key_identifier_critical")},
                        Severity::Error, kRfc5280, "RFC 5280 4.2.1.1",
                        QT_TRANSLATE_NOOP("Lint", "authorityKeyIdentifier is not critical"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return isCritical(c.extension(NID_authority_key_identifier)) ? std::optional(QString()) : std::nullopt;
    }
};

class AuthorityKeyIdentifierHasKeyId final : public Lint {
public:
    AuthorityKeyIdentifierHasKeyId()
        : Lint(makeInfo("rfc_aki_key_identifier", {QStringLiteral("e_ext_authority_key_identifier_no_key_identifier")},
                        Severity::Error, kRfc5280, "RFC 5280 4.2.1.1; CP table 7.1-1",
                        QT_TRANSLATE_NOOP("Lint", "authorityKeyIdentifier holds a keyIdentifier"))) {}
    bool applies(const CertificateView& c) const override {
        return c.extension(NID_authority_key_identifier) != nullptr;
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        return X509_get0_authority_key_id(c.x509()) ? std::nullopt : std::optional(QString());
    }
};

class SubjectKeyIdentifierNotCritical final : public Lint {
public:
    SubjectKeyIdentifierNotCritical()
        : Lint(makeInfo("rfc_ski_not_critical", {QStringLiteral("e_ext_subject_key_identifier_critical")},
                        Severity::Error, kRfc5280, "RFC 5280 4.2.1.2",
                        QT_TRANSLATE_NOOP("Lint", "subjectKeyIdentifier is not critical"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return isCritical(c.extension(NID_subject_key_identifier)) ? std::optional(QString()) : std::nullopt;
    }
};

class SubjectKeyIdentifierPresent final : public SubscriberLint {
public:
    SubjectKeyIdentifierPresent()
        : SubscriberLint(makeInfo("rfc_ski_present", {QStringLiteral("w_ext_subject_key_identifier_missing_sub_cert")},
                                  Severity::Warning, kRfc5280, "RFC 5280 4.2.1.2; CP table 7.1-1",
                                  QT_TRANSLATE_NOOP("Lint", "subjectKeyIdentifier is present"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_subject_key_identifier) ? std::nullopt : std::optional(QString());
    }
};

class CountryCode final : public Lint {
public:
    CountryCode()
        : Lint(makeInfo(
              "rfc_subject_country_printable", {QStringLiteral("e_subject_country_not_iso")}, Severity::Error, kRfc5280,
              "RFC 5280 Appendix A; X.520",
              QT_TRANSLATE_NOOP("Lint", "The subject country is two upper-case letters in a PrintableString"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (qsizetype i = 0; i < c.subject().size(); ++i) {
            if (c.subject().at(i).first != NID_countryName) {
                continue;
            }
            const QString& value = c.subject().at(i).second;
            const bool letters = value.size() == 2 && value.at(0).isUpper() && value.at(1).isUpper();
            if (!letters || c.subjectTypes().at(i) != V_ASN1_PRINTABLESTRING) {
                return value;
            }
        }
        return std::nullopt;
    }
};

// X.520 upper bounds of subject attributes (RFC 5280 Appendix A).
class AttributeLength : public Lint {
public:
    AttributeLength(int nid, int maximum, LintInfo lintInfo)
        : Lint(std::move(lintInfo))
        , m_nid(nid)
        , m_maximum(maximum) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const QString& value : c.subjectValues(m_nid)) {
            if (value.size() > m_maximum) {
                return QStringLiteral("%1 > %2").arg(value.size()).arg(m_maximum);
            }
        }
        return std::nullopt;
    }

private:
    int m_nid;
    int m_maximum;
};

class OrganizationLength final : public AttributeLength {
public:
    OrganizationLength()
        : AttributeLength(NID_organizationName, 64,
                          makeInfo("rfc_subject_organization_max_64",
                                   {QStringLiteral("e_subject_organization_name_max_length")}, Severity::Error,
                                   kRfc5280, "RFC 5280 Appendix A",
                                   QT_TRANSLATE_NOOP("Lint", "The subject organization has at most 64 characters"))) {}
};

class CommonNameLength final : public AttributeLength {
public:
    CommonNameLength()
        : AttributeLength(NID_commonName, 64,
                          makeInfo("rfc_subject_common_name_max_64",
                                   {QStringLiteral("e_subject_common_name_max_length")}, Severity::Error, kRfc5280,
                                   "RFC 5280 Appendix A",
                                   QT_TRANSLATE_NOOP("Lint", "The subject common name has at most 64 characters"))) {}
};

class LocalityLength final : public AttributeLength {
public:
    LocalityLength()
        : AttributeLength(NID_localityName, 128,
                          makeInfo("rfc_subject_locality_max_128",
                                   {QStringLiteral("e_subject_locality_name_max_length")}, Severity::Error, kRfc5280,
                                   "RFC 5280 Appendix A",
                                   QT_TRANSLATE_NOOP("Lint", "The subject locality has at most 128 characters"))) {}
};

class StateLength final : public AttributeLength {
public:
    StateLength()
        : AttributeLength(
              NID_stateOrProvinceName, 128,
              makeInfo("rfc_subject_state_max_128", {QStringLiteral("e_subject_state_name_max_length")},
                       Severity::Error, kRfc5280, "RFC 5280 Appendix A",
                       QT_TRANSLATE_NOOP("Lint", "The subject state or province has at most 128 characters"))) {}
};

class SanNotEmpty final : public Lint {
public:
    SanNotEmpty()
        : Lint(makeInfo("rfc_san_not_empty", {QStringLiteral("e_ext_san_empty_name")}, Severity::Error, kRfc5280,
                        "RFC 5280 4.2.1.6", QT_TRANSLATE_NOOP("Lint", "subjectAltName holds no empty name"))) {}
    bool applies(const CertificateView& c) const override { return c.extension(NID_subject_alt_name) != nullptr; }
    std::optional<QString> violation(const CertificateView& c) const override {
        if (c.dnsNames().isEmpty() && c.otherSanCount() == 0) {
            return QString();
        }
        return c.dnsNames().contains(QString()) ? std::optional(QString()) : std::nullopt;
    }
};

class IssuerNotEmpty final : public Lint {
public:
    IssuerNotEmpty()
        : Lint(makeInfo("rfc_issuer_not_empty", {}, Severity::Error, kRfc5280, "RFC 5280 4.1.2.4",
                        QT_TRANSLATE_NOOP("Lint", "The issuer name is not empty"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return X509_NAME_entry_count(X509_get_issuer_name(c.x509())) > 0 ? std::nullopt : std::optional(QString());
    }
};

class SignatureAlgorithmsMatch final : public Lint {
public:
    SignatureAlgorithmsMatch()
        : Lint(makeInfo(
              "rfc_signature_algorithms_match", {}, Severity::Error, kRfc5280, "RFC 5280 4.1.1.2",
              QT_TRANSLATE_NOOP("Lint", "The outer signature algorithm equals the one inside tbsCertificate"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const X509_ALGOR* outer = nullptr;
        X509_get0_signature(nullptr, &outer, c.x509());
        const X509_ALGOR* inner = X509_get0_tbs_sigalg(c.x509());
        return outer && inner && X509_ALGOR_cmp(outer, inner) == 0 ? std::nullopt : std::optional(QString());
    }
};
} // namespace

void addRfc5280Lints(std::vector<std::unique_ptr<Lint>>& lints) {
    lints.push_back(std::make_unique<VersionThree>());
    lints.push_back(std::make_unique<SerialPositive>());
    lints.push_back(std::make_unique<SerialLength>());
    lints.push_back(std::make_unique<ValidityOrder>());
    lints.push_back(std::make_unique<TimeEncoding>());
    lints.push_back(std::make_unique<NoDuplicateExtensions>());
    lints.push_back(std::make_unique<AuthorityKeyIdentifierPresent>());
    lints.push_back(std::make_unique<AuthorityKeyIdentifierNotCritical>());
    lints.push_back(std::make_unique<AuthorityKeyIdentifierHasKeyId>());
    lints.push_back(std::make_unique<SubjectKeyIdentifierNotCritical>());
    lints.push_back(std::make_unique<SubjectKeyIdentifierPresent>());
    lints.push_back(std::make_unique<CountryCode>());
    lints.push_back(std::make_unique<OrganizationLength>());
    lints.push_back(std::make_unique<CommonNameLength>());
    lints.push_back(std::make_unique<LocalityLength>());
    lints.push_back(std::make_unique<StateLength>());
    lints.push_back(std::make_unique<SanNotEmpty>());
    lints.push_back(std::make_unique<IssuerNotEmpty>());
    lints.push_back(std::make_unique<SignatureAlgorithmsMatch>());
}

} // namespace ra::crypto::lint
