// SPDX-License-Identifier: Apache-2.0
// R-ISS-2: a certificate made by the builder passes every lint, and for every lint there is a
// certificate that fails it: the good one with one thing changed, re-signed.
#include "crypto/CertificateBuilder.h"
#include "crypto/lint/Linter.h"

#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <functional>

using namespace ra;
using namespace ra::crypto;
using lint::Linter;
using lint::Status;

namespace {
using Mutation = std::function<void(X509*)>;

const domain::CaEndpoints kEndpoints{
    QStringLiteral("https://repo.example.jp/cps"), QStringLiteral("http://crl.example.jp/sr3.crl"),
    QStringLiteral("http://ocsp.example.jp"), QStringLiteral("http://repo.example.jp/sr3.cer")};
const QDateTime kNotBefore(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

EVP_PKEY* testKey() {
    static EvpPkeyPtr key(EVP_RSA_gen(2048));
    return key.get();
}

QByteArray goodCertificate() {
    static const QByteArray der = [] {
        X509NamePtr issuer(X509_NAME_new());
        X509_NAME_add_entry_by_txt(issuer.get(), "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("JP"), -1,
                                   -1, 0);
        X509_NAME_add_entry_by_txt(issuer.get(), "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Test CA"),
                                   -1, -1, 0);
        CertificateRequest request;
        request.subject = {QStringLiteral("JP"), QStringLiteral("東京都"), QStringLiteral("新宿区"),
                           QStringLiteral("株式会社サンプル"), QStringLiteral("www.sample.co.jp")};
        request.dnsNames = {QStringLiteral("www.sample.co.jp"), QStringLiteral("sample.co.jp")};
        request.subjectPublicKeyDer = toDer<i2d_PUBKEY>(testKey());
        const auto preview = CertificateBuilder::buildPreview(
            domain::CertificateProfile::tlsServer(kEndpoints),
            {toDer<i2d_X509_NAME>(issuer.get()), QByteArray(20, '\x11')}, request, kNotBefore);
        return preview ? preview->der : QByteArray();
    }();
    return der;
}

X509Ptr parse(const QByteArray& der) {
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

void removeExtension(X509* x, int nid) {
    for (int index = X509_get_ext_by_NID(x, nid, -1); index >= 0; index = X509_get_ext_by_NID(x, nid, -1)) {
        X509_EXTENSION_free(X509_delete_ext(x, index));
    }
}

void replaceExtension(X509* x, int nid, const char* value) {
    removeExtension(x, nid);
    X509V3_CTX context;
    X509V3_set_ctx(&context, nullptr, x, nullptr, nullptr, 0);
    X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value));
    QVERIFY2(extension, value);
    X509_add_ext(x, extension.get(), -1);
}

void setCritical(X509* x, int nid, bool critical) {
    X509_EXTENSION_set_critical(X509_get_ext(x, X509_get_ext_by_NID(x, nid, -1)), critical ? 1 : 0);
}

// Rebuilds the subject from (short name, value, string type) entries.
void setSubject(X509* x, const QList<std::tuple<const char*, QString, int>>& entries) {
    X509NamePtr name(X509_NAME_new());
    for (const auto& [field, value, type] : entries) {
        const QByteArray utf8 = value.toUtf8();
        X509_NAME_add_entry_by_txt(name.get(), field, type, reinterpret_cast<const unsigned char*>(utf8.constData()),
                                   int(utf8.size()), -1, 0);
    }
    X509_set_subject_name(x, name.get());
}

QList<std::tuple<const char*, QString, int>> goodSubject() {
    // Raw ASN.1 types, so OpenSSL does not enforce the bounds that the lints are tested against.
    return {{"C", QStringLiteral("JP"), V_ASN1_PRINTABLESTRING},
            {"ST", QStringLiteral("東京都"), V_ASN1_UTF8STRING},
            {"L", QStringLiteral("新宿区"), V_ASN1_UTF8STRING},
            {"O", QStringLiteral("株式会社サンプル"), V_ASN1_UTF8STRING},
            {"CN", QStringLiteral("www.sample.co.jp"), V_ASN1_UTF8STRING}};
}

Mutation subjectWith(const char* field, const QString& value, int type = V_ASN1_UTF8STRING) {
    return [=](X509* x) {
        auto entries = goodSubject();
        bool replaced = false;
        for (auto& entry : entries) {
            if (qstrcmp(std::get<0>(entry), field) == 0) {
                std::get<1>(entry) = value;
                std::get<2>(entry) = type;
                replaced = true;
            }
        }
        if (!replaced) {
            entries.append({field, value, type});
        }
        setSubject(x, entries);
    };
}

Mutation subjectWithout(const char* field) {
    return [=](X509* x) {
        auto entries = goodSubject();
        entries.removeIf([&](const auto& entry) { return qstrcmp(std::get<0>(entry), field) == 0; });
        setSubject(x, entries);
    };
}

Mutation sanOf(const char* value) {
    return [=](X509* x) { replaceExtension(x, NID_subject_alt_name, value); };
}

Mutation rsaKeyWithExponent(unsigned long exponent) {
    return [=](X509* x) {
        BIGNUM* n = nullptr;
        EVP_PKEY_get_bn_param(testKey(), OSSL_PKEY_PARAM_RSA_N, &n);
        const BnPtr modulus(n);
        BnPtr e(BN_new());
        BN_set_word(e.get(), exponent);
        std::unique_ptr<OSSL_PARAM_BLD, Free<OSSL_PARAM_BLD_free>> builder(OSSL_PARAM_BLD_new());
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get());
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
        std::unique_ptr<OSSL_PARAM, Free<OSSL_PARAM_free>> params(OSSL_PARAM_BLD_to_param(builder.get()));
        EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
        EVP_PKEY* key = nullptr;
        EVP_PKEY_fromdata_init(context.get());
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get());
        const EvpPkeyPtr owned(key);
        X509_set_pubkey(x, owned.get());
    };
}

Mutation keyOfSize(unsigned int bits) {
    return [=](X509* x) {
        const EvpPkeyPtr key(EVP_RSA_gen(bits));
        X509_set_pubkey(x, key.get());
    };
}

Mutation serial(const QByteArray& bytes, bool negative = false) {
    return [=](X509* x) {
        BnPtr value(BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), nullptr));
        BN_set_negative(value.get(), negative ? 1 : 0);
        Asn1IntegerPtr integer(BN_to_ASN1_INTEGER(value.get(), nullptr));
        X509_set_serialNumber(x, integer.get());
    };
}

struct Case {
    const char* lint;
    Mutation mutate;
    const EVP_MD* digest = nullptr; // signature digest, SHA-256 unless given
    bool ocspResponder = false;     // start from the OCSP responder certificate, lint with its profile
};

QByteArray goodOcspResponderCertificate() {
    static const QByteArray der = [] {
        X509NamePtr issuer(X509_NAME_new());
        X509_NAME_add_entry_by_txt(issuer.get(), "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("Test CA"),
                                   -1, -1, 0);
        CertificateRequest request;
        request.subject = {QStringLiteral("JP"),
                           {},
                           {},
                           QStringLiteral("Example CA Operator"),
                           QStringLiteral("Example OCSP Responder")};
        request.subjectPublicKeyDer = toDer<i2d_PUBKEY>(testKey());
        const auto preview = CertificateBuilder::buildPreview(
            domain::CertificateProfile::ocspResponder(), {toDer<i2d_X509_NAME>(issuer.get()), QByteArray(20, '\x11')},
            request, kNotBefore);
        return preview ? preview->der : QByteArray();
    }();
    return der;
}

// Removes `bytes` at `at` inside tbsCertificate and fixes the two enclosing lengths (both long-form,
// two octets: true for every certificate here), to make encodings OpenSSL would never write.
QByteArray removeInsideTbs(QByteArray der, qsizetype at, qsizetype bytes) {
    der.remove(at, bytes);
    for (const qsizetype lengthAt : {qsizetype(2), qsizetype(6)}) {
        const int length = (quint8(der[lengthAt]) << 8 | quint8(der[lengthAt + 1])) - int(bytes);
        der[lengthAt] = char(length >> 8);
        der[lengthAt + 1] = char(length & 0xff);
    }
    return der;
}

QByteArray mutated(const Case& testCase) {
    X509Ptr x = parse(testCase.ocspResponder ? goodOcspResponderCertificate() : goodCertificate());
    testCase.mutate(x.get());
    X509_sign(x.get(), testKey(), testCase.digest ? testCase.digest : EVP_sha256());
    return toDer<i2d_X509>(x.get());
}

Status statusOf(const QList<lint::LintResult>& results, const QString& id) {
    for (const lint::LintResult& result : results) {
        if (result.info->id == id) {
            return result.status;
        }
    }
    return Status::NotApplicable;
}

QList<Case> cases() {
    // certificatePolicies of bare OIDs, without qualifiers.
    const auto policiesOf = [](QList<const char*> oids) {
        return [oids](X509* x) {
            removeExtension(x, NID_certificate_policies);
            CertificatePoliciesPtr policies(sk_POLICYINFO_new_null());
            for (const char* oid : oids) {
                POLICYINFO* info = POLICYINFO_new();
                info->policyid = OBJ_txt2obj(oid, 1);
                sk_POLICYINFO_push(policies.get(), info);
            }
            X509_add1_ext_i2d(x, NID_certificate_policies, policies.get(), 0, X509V3_ADD_APPEND);
        };
    };
    return {
        {"cp_subject_country_jp", subjectWith("C", QStringLiteral("US"), V_ASN1_PRINTABLESTRING)},
        {"cp_subject_ou_prohibited", subjectWith("OU", QStringLiteral("IT"))},
        {"cp_subject_state_required", subjectWithout("ST")},
        {"cp_subject_locality_required", subjectWithout("L")},
        {"cp_subject_organization_required", subjectWithout("O")},
        {"cp_subject_single_common_name",
         [](X509* x) {
             auto entries = goodSubject();
             entries.append({"CN", QStringLiteral("sample.co.jp"), V_ASN1_UTF8STRING});
             setSubject(x, entries);
         }},
        {"cp_key_rsa_2048", keyOfSize(3072)},
        {"cp_signature_sha256_rsa", [](X509*) {}, EVP_sha384()},
        {"cp_key_usage_profile", [](X509* x) { replaceExtension(x, NID_key_usage, "critical,digitalSignature"); }},
        {"cp_key_usage_critical", [](X509* x) { setCritical(x, NID_key_usage, false); }},
        {"cp_eku_server_client_only",
         [](X509* x) { replaceExtension(x, NID_ext_key_usage, "serverAuth,codeSigning"); }},
        {"cp_policy_oid", policiesOf({"2.23.140.1.2.2"})},
        {"cp_policy_ov", policiesOf({"1.2.392.200091.100.751.1"})},
        {"cp_policy_cps_uri", policiesOf({"1.2.392.200091.100.751.1", "2.23.140.1.2.2"})},
        {"cp_only_profile_extensions", [](X509* x) { replaceExtension(x, NID_basic_constraints, "CA:FALSE"); }},
        {"cp_extension_criticality", [](X509* x) { setCritical(x, NID_subject_alt_name, true); }},
        {"cp_san_dns_names_only", sanOf("DNS:www.sample.co.jp,IP:192.0.2.1")},
        {"cp_san_no_wildcard", sanOf("DNS:www.sample.co.jp,DNS:*.sample.co.jp")},
        {"cp_crl_distribution_point", [](X509* x) { removeExtension(x, NID_crl_distribution_points); }},
        {"cp_aia_ocsp",
         [](X509* x) { replaceExtension(x, NID_info_access, "caIssuers;URI:http://repo.example.jp/ca.cer"); }},
        {"br_validity_limit",
         [](X509* x) { ASN1_TIME_adj(X509_getm_notAfter(x), kNotBefore.toSecsSinceEpoch(), 200, 0); }},
        {"br_serial_64_bits", serial(QByteArray::fromHex("3039"))},
        {"br_san_present", [](X509* x) { removeExtension(x, NID_subject_alt_name); }},
        {"br_dnsname_ldh_characters", sanOf("DNS:www.sample.co.jp,DNS:w!w.sample.co.jp")},
        {"br_dnsname_no_underscore", sanOf("DNS:www.sample.co.jp,DNS:a_b.sample.co.jp")},
        {"br_dnsname_label_length",
         [](X509* x) {
             replaceExtension(
                 x, NID_subject_alt_name,
                 QByteArray("DNS:www.sample.co.jp,DNS:" + QByteArray(64, 'a') + ".sample.co.jp").constData());
         }},
        {"br_dnsname_empty_label", sanOf("DNS:www.sample.co.jp,DNS:www..sample.co.jp")},
        {"br_dnsname_hyphen_placement", sanOf("DNS:www.sample.co.jp,DNS:-www.sample.co.jp")},
        {"br_dnsname_length",
         [](X509* x) {
             const QByteArray label(60, 'a');
             replaceExtension(x, NID_subject_alt_name,
                              QByteArray("DNS:www.sample.co.jp,DNS:" + label + "." + label + "." + label + "." + label +
                                         ".sample.co.jp")
                                  .constData());
         }},
        {"br_dnsname_reserved_ldh_label", sanOf("DNS:www.sample.co.jp,DNS:ab--cd.sample.co.jp")},
        {"br_dnsname_no_onion", sanOf("DNS:www.sample.co.jp,DNS:hidden.onion")},
        {"br_dnsname_not_ip_address", sanOf("DNS:www.sample.co.jp,DNS:192.0.2.1")},
        {"br_common_name_from_san", subjectWith("CN", QStringLiteral("WWW.sample.co.jp"))},
        {"br_subject_no_metadata_only", subjectWith("O", QStringLiteral("-"))},
        {"br_eku_present", [](X509* x) { removeExtension(x, NID_ext_key_usage); }},
        {"br_eku_no_any_extended_key_usage",
         [](X509* x) { replaceExtension(x, NID_ext_key_usage, "serverAuth,anyExtendedKeyUsage"); }},
        {"br_no_cert_sign_usage",
         [](X509* x) { replaceExtension(x, NID_key_usage, "critical,digitalSignature,keyEncipherment,keyCertSign"); }},
        {"br_not_ca", [](X509* x) { replaceExtension(x, NID_basic_constraints, "critical,CA:TRUE"); }},
        {"br_no_sha1_signature", [](X509*) {}, EVP_sha1()},
        {"br_rsa_modulus_min_2048", keyOfSize(1024)},
        {"br_rsa_exponent_odd", rsaKeyWithExponent(65538)},
        {"br_rsa_exponent_at_least_3", rsaKeyWithExponent(1)},
        {"br_rsa_exponent_in_range", rsaKeyWithExponent(3)},
        {"br_certificate_policies_present", [](X509* x) { removeExtension(x, NID_certificate_policies); }},
        {"br_aia_present", [](X509* x) { removeExtension(x, NID_info_access); }},
        {"rfc_version_3", [](X509* x) { X509_set_version(x, X509_VERSION_1); }},
        {"rfc_serial_positive", serial(QByteArray::fromHex("0102030405060708090a"), true)},
        {"rfc_serial_at_most_20_octets", serial(QByteArray(21, '\x7f'))},
        {"rfc_validity_positive",
         [](X509* x) { ASN1_TIME_set(X509_getm_notAfter(x), kNotBefore.addDays(-1).toSecsSinceEpoch()); }},
        {"rfc_time_encoding",
         [](X509* x) {
             std::unique_ptr<ASN1_TIME, Free<ASN1_TIME_free>> time(
                 ASN1_GENERALIZEDTIME_set(nullptr, kNotBefore.toSecsSinceEpoch()));
             X509_set1_notBefore(x, time.get());
         }},
        {"rfc_no_duplicate_extensions",
         [](X509* x) {
             X509V3_CTX context;
             X509V3_set_ctx(&context, nullptr, x, nullptr, nullptr, 0);
             X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, NID_ext_key_usage, "serverAuth"));
             X509_add_ext(x, extension.get(), -1);
         }},
        {"rfc_aki_present", [](X509* x) { removeExtension(x, NID_authority_key_identifier); }},
        {"rfc_aki_not_critical", [](X509* x) { setCritical(x, NID_authority_key_identifier, true); }},
        {"rfc_aki_key_identifier",
         [](X509* x) {
             removeExtension(x, NID_authority_key_identifier);
             AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
             aki->serial = ASN1_INTEGER_new();
             ASN1_INTEGER_set(aki->serial, 7);
             X509_add1_ext_i2d(x, NID_authority_key_identifier, aki.get(), 0, X509V3_ADD_APPEND);
         }},
        {"rfc_ski_not_critical", [](X509* x) { setCritical(x, NID_subject_key_identifier, true); }},
        {"rfc_ski_present", [](X509* x) { removeExtension(x, NID_subject_key_identifier); }},
        {"rfc_subject_country_printable", subjectWith("C", QStringLiteral("JP"), V_ASN1_UTF8STRING)},
        {"rfc_subject_organization_max_64", subjectWith("O", QString(65, QLatin1Char('o')))},
        {"rfc_subject_common_name_max_64", subjectWith("CN", QString(65, QLatin1Char('c')))},
        {"rfc_subject_locality_max_128", subjectWith("L", QString(129, QLatin1Char('l')))},
        {"rfc_subject_state_max_128", subjectWith("ST", QString(129, QLatin1Char('s')))},
        {"rfc_san_not_empty",
         [](X509* x) {
             removeExtension(x, NID_subject_alt_name);
             GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
             GENERAL_NAME* empty = GENERAL_NAME_new();
             empty->type = GEN_DNS;
             empty->d.dNSName = ASN1_IA5STRING_new();
             sk_GENERAL_NAME_push(names.get(), empty);
             X509_add1_ext_i2d(x, NID_subject_alt_name, names.get(), 0, X509V3_ADD_APPEND);
         }},
        {"rfc_empty_subject_critical_san", [](X509* x) { setSubject(x, {}); }},
        {"rfc_key_usage_not_empty",
         [](X509* x) {
             removeExtension(x, NID_key_usage);
             std::unique_ptr<ASN1_BIT_STRING, Free<ASN1_BIT_STRING_free>> none(ASN1_BIT_STRING_new());
             X509_add1_ext_i2d(x, NID_key_usage, none.get(), 1, X509V3_ADD_APPEND);
         }},
        {"rfc_aia_not_critical", [](X509* x) { setCritical(x, NID_info_access, true); }},
        {"br_crl_distribution_points_not_critical", [](X509* x) { setCritical(x, NID_crl_distribution_points, true); }},
        {"br_certificate_policies_not_critical", [](X509* x) { setCritical(x, NID_certificate_policies, true); }},
        {"cp_subject_only_profile_attributes", subjectWith("street", QStringLiteral("1-2-3 Nishi-Shinjuku"))},
        {"rfc_subject_directory_string_type", subjectWith("O", QStringLiteral("Sample KK"), V_ASN1_T61STRING)},
        {"rfc_utc_time_seconds",
         [](X509* x) {
             std::unique_ptr<ASN1_TIME, Free<ASN1_TIME_free>> time(ASN1_UTCTIME_new());
             ASN1_STRING_set(time.get(), "2611250900Z", 11);
             X509_set1_notBefore(x, time.get());
         }},
        {"rfc_utc_time_zulu",
         [](X509* x) {
             std::unique_ptr<ASN1_TIME, Free<ASN1_TIME_free>> time(ASN1_UTCTIME_new());
             ASN1_STRING_set(time.get(), "261125090000+0900", 17);
             X509_set1_notBefore(x, time.get());
         }},
        {"rfc_generalized_time_zulu",
         [](X509* x) {
             std::unique_ptr<ASN1_TIME, Free<ASN1_TIME_free>> time(ASN1_GENERALIZEDTIME_new());
             ASN1_STRING_set(time.get(), "20270601090000.5Z", 17);
             X509_set1_notAfter(x, time.get());
         }},
        {"br_aia_ca_issuers_http",
         [](X509* x) {
             replaceExtension(x, NID_info_access,
                              "OCSP;URI:http://ocsp.example.jp,caIssuers;URI:ldap://repo.example.jp/ca");
         }},
        {"rfc6962_no_poison_in_certificate",
         [](X509* x) {
             std::unique_ptr<ASN1_OCTET_STRING, Free<ASN1_OCTET_STRING_free>> null(ASN1_OCTET_STRING_new());
             ASN1_OCTET_STRING_set(null.get(), reinterpret_cast<const unsigned char*>("\x05\x00"), 2);
             std::unique_ptr<ASN1_OBJECT, Free<ASN1_OBJECT_free>> oid(OBJ_txt2obj("1.3.6.1.4.1.11129.2.4.3", 1));
             X509ExtensionPtr poison(X509_EXTENSION_create_by_OBJ(nullptr, oid.get(), 1, null.get()));
             X509_add_ext(x, poison.get(), -1);
         }},
        {"cp_ocsp_eku_ocsp_signing", [](X509* x) { replaceExtension(x, NID_ext_key_usage, "OCSPSigning,serverAuth"); },
         nullptr, true},
        {"cp_ocsp_no_check", [](X509* x) { removeExtension(x, NID_id_pkix_OCSP_noCheck); }, nullptr, true},
        {"cp_ocsp_no_certificate_policies", policiesOf({"1.2.392.200091.100.751.1"}), nullptr, true},
        {"cp_ocsp_key_usage",
         [](X509* x) { replaceExtension(x, NID_key_usage, "critical,digitalSignature,keyEncipherment"); }, nullptr,
         true},
        {"cp_ocsp_subject",
         [](X509* x) {
             setSubject(x, {{"C", QStringLiteral("US"), V_ASN1_PRINTABLESTRING},
                            {"CN", QStringLiteral("Responder"), V_ASN1_UTF8STRING}});
         },
         nullptr, true},
        {"cp_ocsp_ski_present", [](X509* x) { removeExtension(x, NID_subject_key_identifier); }, nullptr, true},
        {"cp_ocsp_only_profile_extensions", sanOf("DNS:ocsp.example.jp"), nullptr, true},
        {"rfc_issuer_not_empty",
         [](X509* x) {
             X509NamePtr empty(X509_NAME_new());
             X509_set_issuer_name(x, empty.get());
         }},
    };
}
} // namespace

class TestLinter : public QObject {
    Q_OBJECT

private slots:
    void registryIsComplete_R_ISS_2() {
        QSet<QString> ids;
        for (const auto& lint : Linter::all()) {
            const lint::LintInfo& info = lint->info();
            QVERIFY2(!ids.contains(info.id), qPrintable(info.id));
            ids.insert(info.id);
            QVERIFY(!info.citation.isEmpty());
            QVERIFY(info.effective.isValid());
            QVERIFY(!info.describe().isEmpty());
        }
        QVERIFY(ids.size() >= 80);
    }

    void aBuilderMadeCertificatePassesEveryLint_R_ISS_1_R_ISS_2() {
        const auto results = Linter::run(goodCertificate());
        QVERIFY(results);
        for (const lint::LintResult& result : *results) {
            QVERIFY2(result.status == Status::Pass || result.status == Status::NotApplicable,
                     qPrintable(result.info->id + QStringLiteral(": ") + result.message));
        }
    }

    void theOcspResponderCertificatePassesItsProfile_table_7_1_2() {
        const auto results =
            Linter::run(goodOcspResponderCertificate(), std::nullopt, QStringLiteral("ocsp-responder"));
        QVERIFY(results);
        int profileLints = 0;
        for (const lint::LintResult& result : *results) {
            QVERIFY2(result.status == Status::Pass || result.status == Status::NotApplicable,
                     qPrintable(result.info->id + QStringLiteral(": ") + result.message));
            profileLints +=
                result.info->id.startsWith(QLatin1String("cp_ocsp_")) && result.status == Status::Pass ? 1 : 0;
        }
        QCOMPARE(profileLints, 7);
    }

    void parametersThatMustBeNull_data() {
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<QString>("lint");
        // sha256WithRSAEncryption in the tbs (its first occurrence) and rsaEncryption in the key.
        QTest::newRow("signature") << QByteArray::fromHex("300d06092a864886f70d01010b0500")
                                   << QStringLiteral("br_rsa_signature_parameters_null");
        QTest::newRow("public key") << QByteArray::fromHex("300d06092a864886f70d0101010500")
                                    << QStringLiteral("br_rsa_spki_parameters_null");
    }

    void parametersThatMustBeNull() {
        QFETCH(QByteArray, algorithm);
        QFETCH(QString, lint);
        // Drop the NULL (05 00) from the AlgorithmIdentifier inside tbsCertificate.
        QByteArray der = goodCertificate();
        const qsizetype at = der.indexOf(algorithm);
        QVERIFY(at > 0);
        der[at + 1] = char(quint8(der[at + 1]) - 2);
        if (lint == QLatin1String("br_rsa_spki_parameters_null")) {
            // The key's AlgorithmIdentifier sits inside SubjectPublicKeyInfo (30 82 LL LL): shrink it too.
            QCOMPARE(quint8(der[at - 3]), quint8(0x82));
            const int length = (quint8(der[at - 2]) << 8 | quint8(der[at - 1])) - 2;
            der[at - 2] = char(length >> 8);
            der[at - 1] = char(length & 0xff);
        }
        der = removeInsideTbs(der, at + algorithm.size() - 2, 2);
        const auto results = Linter::run(der);
        QVERIFY2(results, results ? "" : qPrintable(results.error().detail));
        QCOMPARE(statusOf(*results, lint), Status::Error);
    }

    void everyLintCatchesItsCase_data() {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i) {
            QTest::newRow(all.at(i).lint) << i;
        }
    }

    void everyLintCatchesItsCase() {
        QFETCH(int, index);
        const Case testCase = cases().at(index);
        const auto results =
            Linter::run(mutated(testCase), std::nullopt,
                        testCase.ocspResponder ? QStringLiteral("ocsp-responder") : QStringLiteral("tls-server"));
        QVERIFY(results);
        const Status status = statusOf(*results, QString::fromLatin1(testCase.lint));
        QVERIFY2(
            status == Status::Error || status == Status::Warn,
            qPrintable(QStringLiteral("%1 gave %2").arg(QString::fromLatin1(testCase.lint), lint::statusId(status))));
    }

    void everyLintHasACase() {
        QSet<QString> covered;
        for (const Case& testCase : cases()) {
            covered.insert(QString::fromLatin1(testCase.lint));
        }
        covered.insert(QStringLiteral("rfc_signature_algorithms_match"));   // signatureAlgorithmsDiffer below
        covered.insert(QStringLiteral("br_rsa_signature_parameters_null")); // parametersThatMustBeNull below
        covered.insert(QStringLiteral("br_rsa_spki_parameters_null"));
        for (const auto& lint : Linter::all()) {
            QVERIFY2(covered.contains(lint->info().id), qPrintable(lint->info().id));
        }
    }

    void signatureAlgorithmsDiffer() {
        QByteArray der = goodCertificate();
        // The outer AlgorithmIdentifier follows tbsCertificate: turn its sha256WithRSA into sha384WithRSA.
        const QByteArray sha256WithRsa = QByteArray::fromHex("2a864886f70d01010b");
        const qsizetype outer = der.lastIndexOf(sha256WithRsa);
        der[outer + sha256WithRsa.size() - 1] = '\x0c';
        const auto results = Linter::run(der);
        QVERIFY(results);
        QCOMPARE(statusOf(*results, QStringLiteral("rfc_signature_algorithms_match")), Status::Error);
    }

    void lintsApplyByDate() {
        // Before the validity limit dropped to 200 days, 398 was fine; --at decides which applies.
        const auto results = Linter::run(goodCertificate(), QDate(2010, 1, 1));
        QVERIFY(results);
        QCOMPARE(statusOf(*results, QStringLiteral("br_dnsname_no_underscore")), Status::NotEffective);
    }

    void readsPemAndRefusesGarbage() {
        const X509Ptr x = parse(goodCertificate());
        const BioPtr bio(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(bio.get(), x.get());
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &data);
        QVERIFY(Linter::run(QByteArray(data, int(length))));
        QCOMPARE(Linter::run("garbage").error().code, QStringLiteral("lint.unreadable"));
    }

    void mutatedBytesNeverCrash() {
        QRandomGenerator random(7);
        const QByteArray good = goodCertificate();
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes = good;
            for (int flips = 0; flips < 3; ++flips) {
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            }
            (void)Linter::run(bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestLinter)
#include "TestLinter.moc"
