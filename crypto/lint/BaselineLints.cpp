// SPDX-License-Identifier: Apache-2.0
// CA/Browser Forum Baseline Requirements rules for subscriber TLS server certificates.
#include "crypto/lint/LintSupport.h"
#include "crypto/lint/Linter.h"
#include "domain/DatedRules.h"

#include <QRegularExpression>

namespace ra::crypto::lint {

namespace {
class ValidityLimit final : public SubscriberLint {
public:
    ValidityLimit()
        : SubscriberLint(
              makeInfo("br_validity_limit", {QStringLiteral("e_sub_cert_valid_time_longer_than_398_days")},
                       Severity::Error, kBaseline, "BR 6.3.2",
                       QT_TRANSLATE_NOOP("Lint", "The validity period is within the limit in force on notBefore"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        // R-TIME-1: the limit comes from the dated table; the period counts both ends (RFC 5280 4.1.2.5).
        const int limit = domain::DatedRules::on(c.notBefore().date()).maxCertificateValidityDays;
        const qint64 seconds = c.notBefore().secsTo(c.notAfter()) + 1;
        if (seconds <= qint64(limit) * 86400) {
            return std::nullopt;
        }
        return QStringLiteral("%1 s > %2 days").arg(seconds).arg(limit);
    }
};

class SerialEntropy final : public SubscriberLint {
public:
    SerialEntropy()
        : SubscriberLint(
              makeInfo("br_serial_64_bits", {}, Severity::Error, kSerialEntropy, "BR 7.1, CP 7.1",
                       QT_TRANSLATE_NOOP("Lint", "The serial number is long enough to hold 64 bits from a CSPRNG"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const BnPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(c.x509()), nullptr));
        return serial && BN_num_bits(serial.get()) > 64
                   ? std::nullopt
                   : std::optional(QStringLiteral("%1 bits").arg(serial ? BN_num_bits(serial.get()) : 0));
    }
};

class SanPresent final : public SubscriberLint {
public:
    SanPresent()
        : SubscriberLint(makeInfo("br_san_present", {QStringLiteral("e_ext_san_missing")}, Severity::Error, kBaseline,
                                  "BR 7.1.2.7.12", QT_TRANSLATE_NOOP("Lint", "subjectAltName is present"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_subject_alt_name) ? std::nullopt : std::optional(QString());
    }
};

// Checks each dNSName with one rule.
class DnsNameLint : public SubscriberLint {
public:
    using SubscriberLint::SubscriberLint;
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const QString& name : c.dnsNames()) {
            if (!acceptable(name)) {
                return name;
            }
        }
        return std::nullopt;
    }

protected:
    [[nodiscard]] virtual bool acceptable(const QString& name) const = 0;
};

class DnsNameCharacters final : public DnsNameLint {
public:
    DnsNameCharacters()
        : DnsNameLint(makeInfo("br_dnsname_ldh_characters", {QStringLiteral("e_dnsname_bad_character_in_label")},
                               Severity::Error, kBaseline, "BR 7.1.4.2; RFC 5280 4.2.1.6",
                               QT_TRANSLATE_NOOP("Lint", "dNSNames hold letters, digits, hyphens and dots only"))) {}
    bool acceptable(const QString& name) const override {
        static const QRegularExpression ldh(QStringLiteral("^[A-Za-z0-9.*-]+$"));
        return ldh.match(name).hasMatch();
    }
};

class DnsNameUnderscore final : public DnsNameLint {
public:
    DnsNameUnderscore()
        : DnsNameLint(makeInfo("br_dnsname_no_underscore", {}, Severity::Error, kUnderscoreBan,
                               "BR 7.1.4.2 (ballot SC12)",
                               QT_TRANSLATE_NOOP("Lint", "dNSNames contain no underscore"))) {}
    bool acceptable(const QString& name) const override { return !name.contains(QLatin1Char('_')); }
};

class DnsNameLabelLength final : public DnsNameLint {
public:
    DnsNameLabelLength()
        : DnsNameLint(makeInfo("br_dnsname_label_length", {QStringLiteral("e_dnsname_label_too_long")}, Severity::Error,
                               kRfc5280, "RFC 1034 3.1, BR 7.1.4.2",
                               QT_TRANSLATE_NOOP("Lint", "Every label is at most 63 octets"))) {}
    bool acceptable(const QString& name) const override {
        const QStringList labels = name.split(QLatin1Char('.'));
        return std::all_of(labels.cbegin(), labels.cend(), [](const QString& label) { return label.size() <= 63; });
    }
};

class DnsNameEmptyLabel final : public DnsNameLint {
public:
    DnsNameEmptyLabel()
        : DnsNameLint(makeInfo("br_dnsname_empty_label", {QStringLiteral("e_dnsname_empty_label")}, Severity::Error,
                               kRfc5280, "RFC 5280 4.2.1.6; BR 7.1.4.2",
                               QT_TRANSLATE_NOOP("Lint", "No empty label, and no trailing dot for the root"))) {}
    bool acceptable(const QString& name) const override {
        const QStringList labels = name.split(QLatin1Char('.'));
        return std::none_of(labels.cbegin(), labels.cend(), [](const QString& label) { return label.isEmpty(); });
    }
};

class DnsNameHyphens final : public DnsNameLint {
public:
    DnsNameHyphens()
        : DnsNameLint(makeInfo("br_dnsname_hyphen_placement", {}, Severity::Error, kRfc5280, "RFC 1034 3.5, BR 7.1.4.2",
                               QT_TRANSLATE_NOOP("Lint", "No label starts or ends with a hyphen"))) {}
    bool acceptable(const QString& name) const override {
        const QStringList labels = name.split(QLatin1Char('.'));
        return std::none_of(labels.cbegin(), labels.cend(), [](const QString& label) {
            return label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'));
        });
    }
};

class DnsNameLength final : public DnsNameLint {
public:
    DnsNameLength()
        : DnsNameLint(makeInfo("br_dnsname_length", {}, Severity::Error, kRfc5280, "RFC 1034 3.1",
                               QT_TRANSLATE_NOOP("Lint", "Every dNSName is at most 253 octets"))) {}
    bool acceptable(const QString& name) const override { return name.size() <= 253; }
};

class DnsNameReservedLdh final : public DnsNameLint {
public:
    DnsNameReservedLdh()
        : DnsNameLint(makeInfo(
              "br_dnsname_reserved_ldh_label", {}, Severity::Error, QDate(2021, 10, 1), "BR 7.1.4.2, CP table 7.1-1",
              QT_TRANSLATE_NOOP("Lint", "Labels with '--' in the third and fourth place are P-labels only"))) {}
    bool acceptable(const QString& name) const override {
        const QStringList labels = name.split(QLatin1Char('.'));
        return std::none_of(labels.cbegin(), labels.cend(), [](const QString& label) {
            return label.size() >= 4 && label.mid(2, 2) == QLatin1String("--") &&
                   !label.startsWith(QLatin1String("xn--"), Qt::CaseInsensitive);
        });
    }
};

class DnsNameNotOnion final : public DnsNameLint {
public:
    DnsNameNotOnion()
        : DnsNameLint(makeInfo("br_dnsname_no_onion", {}, Severity::Error, kThisCp, "CP 3.2.2.4; BR Appendix C",
                               QT_TRANSLATE_NOOP("Lint", "No .onion name"))) {}
    bool acceptable(const QString& name) const override {
        return !name.endsWith(QLatin1String(".onion"), Qt::CaseInsensitive);
    }
};

class DnsNameNotIp final : public DnsNameLint {
public:
    DnsNameNotIp()
        : DnsNameLint(makeInfo("br_dnsname_not_ip_address", {}, Severity::Error, kBaseline, "BR 7.1.4.2; CP 3.2.2.5",
                               QT_TRANSLATE_NOOP("Lint", "No dNSName is an IP address"))) {}
    bool acceptable(const QString& name) const override {
        static const QRegularExpression ipv4(QStringLiteral("^[0-9]+(\\.[0-9]+){3}$"));
        return !ipv4.match(name).hasMatch() && !name.contains(QLatin1Char(':'));
    }
};

class CommonNameFromSan final : public SubscriberLint {
public:
    CommonNameFromSan()
        : SubscriberLint(
              makeInfo("br_common_name_from_san", {QStringLiteral("e_subject_common_name_not_from_san")},
                       Severity::Error, kBaseline, "BR 7.1.4.3; CP 7.1.4",
                       QT_TRANSLATE_NOOP("Lint", "The common name is a character-for-character copy of a dNSName"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        for (const QString& commonName : c.subjectValues(NID_commonName)) {
            if (!c.dnsNames().contains(commonName)) {
                return commonName;
            }
        }
        return std::nullopt;
    }
};

class SubjectNoMetadata final : public SubscriberLint {
public:
    SubjectNoMetadata()
        : SubscriberLint(
              makeInfo("br_subject_no_metadata_only", {QStringLiteral("e_subject_contains_noninformational_value")},
                       Severity::Error, kBaseline, "BR 7.1.4.3; CP 7.1.4",
                       QT_TRANSLATE_NOOP("Lint", "No subject attribute holds only metadata such as '.', '-' or ' '"))) {
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        static const QRegularExpression metadata(QStringLiteral(R"(^[\s.\-_/\\]*$)"));
        for (const auto& [nid, value] : c.subject()) {
            if (metadata.match(value).hasMatch()) {
                return QStringLiteral("%1=\"%2\"").arg(QString::fromLatin1(OBJ_nid2sn(nid)), value);
            }
        }
        return std::nullopt;
    }
};

class ExtendedKeyUsagePresent final : public Lint {
public:
    ExtendedKeyUsagePresent()
        : Lint(makeInfo("br_eku_present", {QStringLiteral("e_sub_cert_eku_missing")}, Severity::Error, kBaseline,
                        "BR 7.1.2.7.10", QT_TRANSLATE_NOOP("Lint", "extendedKeyUsage is present"))) {}
    bool applies(const CertificateView& c) const override {
        return (X509_get_extension_flags(c.x509()) & EXFLAG_CA) == 0;
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_ext_key_usage) ? std::nullopt : std::optional(QString());
    }
};

class ExtendedKeyUsageNoAny final : public SubscriberLint {
public:
    ExtendedKeyUsageNoAny()
        : SubscriberLint(makeInfo("br_eku_no_any_extended_key_usage", {}, Severity::Error, kBaseline, "BR 7.1.2.7.10",
                                  QT_TRANSLATE_NOOP("Lint", "extendedKeyUsage does not hold anyExtendedKeyUsage"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return (X509_get_extended_key_usage(c.x509()) & XKU_ANYEKU) != 0 ? std::optional(QString()) : std::nullopt;
    }
};

class NoCertificateSigning final : public SubscriberLint {
public:
    NoCertificateSigning()
        : SubscriberLint(makeInfo("br_no_cert_sign_usage", {QStringLiteral("e_sub_cert_key_usage_cert_sign_bit_set")},
                                  Severity::Error, kBaseline, "BR 7.1.2.7.11",
                                  QT_TRANSLATE_NOOP("Lint", "Key usage allows neither keyCertSign nor cRLSign"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return (X509_get_key_usage(c.x509()) & (KU_KEY_CERT_SIGN | KU_CRL_SIGN)) != 0 && c.extension(NID_key_usage)
                   ? std::optional(QString())
                   : std::nullopt;
    }
};

class NotCa final : public Lint {
public:
    NotCa()
        : Lint(makeInfo("br_not_ca", {QStringLiteral("e_sub_cert_not_is_ca")}, Severity::Error, kBaseline,
                        "BR 7.1.2.7.8",
                        QT_TRANSLATE_NOOP("Lint", "basicConstraints does not make the certificate a CA"))) {}
    bool applies(const CertificateView& c) const override {
        return !c.extension(NID_ext_key_usage) || (X509_get_extended_key_usage(c.x509()) & XKU_SSL_SERVER) != 0;
    }
    std::optional<QString> violation(const CertificateView& c) const override {
        using ConstraintsPtr = std::unique_ptr<BASIC_CONSTRAINTS, Free<BASIC_CONSTRAINTS_free>>;
        const ConstraintsPtr constraints(
            static_cast<BASIC_CONSTRAINTS*>(X509_get_ext_d2i(c.x509(), NID_basic_constraints, nullptr, nullptr)));
        return constraints && constraints->ca ? std::optional(QString()) : std::nullopt;
    }
};

class NoSha1 final : public Lint {
public:
    NoSha1()
        : Lint(makeInfo("br_no_sha1_signature", {QStringLiteral("e_sub_cert_or_sub_ca_using_sha1")}, Severity::Error,
                        kSha1Sunset, "BR 7.1.3.2", QT_TRANSLATE_NOOP("Lint", "The signature does not use SHA-1"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        const int nid = X509_get_signature_nid(c.x509());
        return nid == NID_sha1WithRSAEncryption || nid == NID_ecdsa_with_SHA1
                   ? std::optional(QString::fromLatin1(OBJ_nid2ln(nid)))
                   : std::nullopt;
    }
};

class RsaModulusSize final : public Lint {
public:
    RsaModulusSize()
        : Lint(makeInfo("br_rsa_modulus_min_2048", {QStringLiteral("e_rsa_mod_less_than_2048_bits")}, Severity::Error,
                        kBaseline, "BR 6.1.5",
                        QT_TRANSLATE_NOOP("Lint", "An RSA modulus has at least 2048 bits and is divisible by 8"))) {}
    bool applies(const CertificateView& c) const override { return c.isRsa(); }
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.keyBits() >= 2048 && c.keyBits() % 8 == 0 ? std::nullopt : std::optional(QString::number(c.keyBits()));
    }
};

class RsaExponentOdd final : public Lint {
public:
    RsaExponentOdd()
        : Lint(makeInfo("br_rsa_exponent_odd", {QStringLiteral("e_rsa_public_exponent_not_odd")}, Severity::Error,
                        kBaseline, "BR 6.1.6", QT_TRANSLATE_NOOP("Lint", "The RSA public exponent is odd"))) {}
    bool applies(const CertificateView& c) const override { return c.isRsa(); }
    std::optional<QString> violation(const CertificateView& c) const override {
        return !c.rsaExponent().isEmpty() && (quint8(c.rsaExponent().back()) & 1)
                   ? std::nullopt
                   : std::optional(QString::fromLatin1(c.rsaExponent().toHex()));
    }
};

class RsaExponentMinimum final : public Lint {
public:
    RsaExponentMinimum()
        : Lint(makeInfo("br_rsa_exponent_at_least_3", {QStringLiteral("e_rsa_public_exponent_too_small")},
                        Severity::Error, kBaseline, "BR 6.1.6",
                        QT_TRANSLATE_NOOP("Lint", "The RSA public exponent is at least 3"))) {}
    bool applies(const CertificateView& c) const override { return c.isRsa(); }
    std::optional<QString> violation(const CertificateView& c) const override {
        const BnPtr e(BN_bin2bn(reinterpret_cast<const unsigned char*>(c.rsaExponent().constData()),
                                int(c.rsaExponent().size()), nullptr));
        return e && BN_get_word(e.get()) >= 3 ? std::nullopt
                                              : std::optional(QString::fromLatin1(c.rsaExponent().toHex()));
    }
};

class RsaExponentRange final : public Lint {
public:
    RsaExponentRange()
        : Lint(makeInfo("br_rsa_exponent_in_range", {QStringLiteral("w_rsa_public_exponent_not_in_range")},
                        Severity::Warning, kBaseline, "BR 6.1.6",
                        QT_TRANSLATE_NOOP("Lint", "The RSA public exponent is between 2^16+1 and 2^256-1"))) {}
    bool applies(const CertificateView& c) const override { return c.isRsa(); }
    std::optional<QString> violation(const CertificateView& c) const override {
        const BnPtr e(BN_bin2bn(reinterpret_cast<const unsigned char*>(c.rsaExponent().constData()),
                                int(c.rsaExponent().size()), nullptr));
        BnPtr lowest(BN_new());
        BN_set_word(lowest.get(), 65537);
        return e && BN_cmp(e.get(), lowest.get()) >= 0 && BN_num_bits(e.get()) <= 256
                   ? std::nullopt
                   : std::optional(QString::fromLatin1(c.rsaExponent().toHex()));
    }
};

class PoliciesPresent final : public SubscriberLint {
public:
    PoliciesPresent()
        : SubscriberLint(makeInfo("br_certificate_policies_present",
                                  {QStringLiteral("e_sub_cert_certificate_policies_missing")}, Severity::Error,
                                  kBaseline, "BR 7.1.2.7.9",
                                  QT_TRANSLATE_NOOP("Lint", "certificatePolicies is present"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_certificate_policies) ? std::nullopt : std::optional(QString());
    }
};

class AuthorityInfoAccessPresent final : public SubscriberLint {
public:
    AuthorityInfoAccessPresent()
        : SubscriberLint(makeInfo("br_aia_present", {QStringLiteral("e_sub_cert_aia_missing")}, Severity::Error,
                                  kBaseline, "BR 7.1.2.7.7",
                                  QT_TRANSLATE_NOOP("Lint", "authorityInfoAccess is present"))) {}
    std::optional<QString> violation(const CertificateView& c) const override {
        return c.extension(NID_info_access) ? std::nullopt : std::optional(QString());
    }
};
} // namespace

void addBaselineLints(std::vector<std::unique_ptr<Lint>>& lints) {
    lints.push_back(std::make_unique<ValidityLimit>());
    lints.push_back(std::make_unique<SerialEntropy>());
    lints.push_back(std::make_unique<SanPresent>());
    lints.push_back(std::make_unique<DnsNameCharacters>());
    lints.push_back(std::make_unique<DnsNameUnderscore>());
    lints.push_back(std::make_unique<DnsNameLabelLength>());
    lints.push_back(std::make_unique<DnsNameEmptyLabel>());
    lints.push_back(std::make_unique<DnsNameHyphens>());
    lints.push_back(std::make_unique<DnsNameLength>());
    lints.push_back(std::make_unique<DnsNameReservedLdh>());
    lints.push_back(std::make_unique<DnsNameNotOnion>());
    lints.push_back(std::make_unique<DnsNameNotIp>());
    lints.push_back(std::make_unique<CommonNameFromSan>());
    lints.push_back(std::make_unique<SubjectNoMetadata>());
    lints.push_back(std::make_unique<ExtendedKeyUsagePresent>());
    lints.push_back(std::make_unique<ExtendedKeyUsageNoAny>());
    lints.push_back(std::make_unique<NoCertificateSigning>());
    lints.push_back(std::make_unique<NotCa>());
    lints.push_back(std::make_unique<NoSha1>());
    lints.push_back(std::make_unique<RsaModulusSize>());
    lints.push_back(std::make_unique<RsaExponentOdd>());
    lints.push_back(std::make_unique<RsaExponentMinimum>());
    lints.push_back(std::make_unique<RsaExponentRange>());
    lints.push_back(std::make_unique<PoliciesPresent>());
    lints.push_back(std::make_unique<AuthorityInfoAccessPresent>());
}

} // namespace ra::crypto::lint
