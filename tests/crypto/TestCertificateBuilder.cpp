// SPDX-License-Identifier: Apache-2.0
// R-ISS-1, R-CSR-5, R-TIME-1: the certificate the builder makes, read back with OpenSSL, holds
// exactly what CP tables 7.1-1 and 7.1-2 say, with the validity limit in force on its date.
#include "crypto/CertificateBuilder.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/sha.h>

#include <QTest>

using namespace ra;
using crypto::CertificateBuilder;

namespace {
using crypto::X509NamePtr;
using crypto::X509Ptr;

const domain::CaEndpoints kEndpoints{
    QStringLiteral("https://repo.example.jp/cps"), QStringLiteral("http://crl.example.jp/sr3.crl"),
    QStringLiteral("http://ocsp.example.jp"), QStringLiteral("http://repo.example.jp/sr3.cer")};

QByteArray issuerNameDer() {
    X509NamePtr name(X509_NAME_new());
    X509_NAME_add_entry_by_txt(name.get(), "C", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("JP"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name.get(), "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("SECOM Trust Systems CO.,LTD."), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name.get(), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char*>("SECOM Passport for Web SR 3.0 CA"), -1, -1, 0);
    return crypto::toDer<i2d_X509_NAME>(name.get());
}

QByteArray publicKeyDer(EVP_PKEY* key) {
    return crypto::toDer<i2d_PUBKEY>(key);
}

crypto::CertificateRequest request(EVP_PKEY* key) {
    crypto::CertificateRequest result;
    result.subject = {QStringLiteral("JP"), QStringLiteral("東京都"), QStringLiteral("新宿区"),
                      QStringLiteral("株式会社サンプル"), QStringLiteral("www.sample.co.jp")};
    result.dnsNames = {QStringLiteral("www.sample.co.jp"), QStringLiteral("sample.co.jp")};
    result.subjectPublicKeyDer = publicKeyDer(key);
    return result;
}

X509Ptr parse(const QByteArray& der) {
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

QString text(const ASN1_STRING* value) {
    return QString::fromUtf8(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)), ASN1_STRING_length(value));
}

QStringList extensionOrder(X509* certificate) {
    QStringList oids;
    for (int i = 0; i < X509_get_ext_count(certificate); ++i) {
        char oid[80];
        OBJ_obj2txt(oid, sizeof oid, X509_EXTENSION_get_object(X509_get_ext(certificate, i)), 1);
        oids << QString::fromLatin1(oid);
    }
    return oids;
}

bool isCritical(X509* certificate, int nid) {
    return X509_EXTENSION_get_critical(X509_get_ext(certificate, X509_get_ext_by_NID(certificate, nid, -1))) == 1;
}

const QDateTime kSigningDay(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
} // namespace

class TestCertificateBuilder : public QObject {
    Q_OBJECT

private:
    crypto::EvpPkeyPtr m_key{EVP_RSA_gen(2048)};
    const QByteArray m_keyId = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233");
    const domain::CertificateProfile m_profile = domain::CertificateProfile::tlsServer(kEndpoints);

    X509Ptr build(const crypto::CertificateRequest& input, const QDateTime& notBefore = kSigningDay) {
        const auto preview = CertificateBuilder::buildPreview(m_profile, {issuerNameDer(), m_keyId}, input, notBefore);
        [&] { QVERIFY2(preview, preview ? "" : qPrintable(preview.error().userMessage + preview.error().detail)); }();
        return preview ? parse(preview->der) : nullptr;
    }

private slots:
    void basicFields_R_ISS_1() {
        const X509Ptr certificate = build(request(m_key.get()));
        QVERIFY(certificate);
        QCOMPARE(X509_get_version(certificate.get()), X509_VERSION_3);
        QCOMPARE(X509_get_signature_nid(certificate.get()), NID_sha256WithRSAEncryption);
        // Issuer: byte for byte the CA's subject (CP 7.1.4).
        QCOMPARE(crypto::toDer<i2d_X509_NAME>(X509_get_issuer_name(certificate.get())), issuerNameDer());
    }

    void serialIsRandomPositiveAndBelow2To159() {
        const X509Ptr first = build(request(m_key.get()));
        const X509Ptr second = build(request(m_key.get()));
        const crypto::BnPtr a(ASN1_INTEGER_to_BN(X509_get0_serialNumber(first.get()), nullptr));
        const crypto::BnPtr b(ASN1_INTEGER_to_BN(X509_get0_serialNumber(second.get()), nullptr));
        QVERIFY(!BN_is_negative(a.get()) && !BN_is_zero(a.get()));
        QVERIFY(BN_num_bits(a.get()) > 64 && BN_num_bits(a.get()) < 159);
        QVERIFY(BN_cmp(a.get(), b.get()) != 0);
    }

    void validityIsTheLimitInForce_R_TIME_1_data() {
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<int>("days");
        QTest::newRow("2026-03-14: 398 days") << QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC) << 398;
        QTest::newRow("2026-11-25: 200 days") << kSigningDay << 200;
        QTest::newRow("2027-03-15: 100 days") << QDateTime(QDate(2027, 3, 15), QTime(0, 0), Qt::UTC) << 100;
        QTest::newRow("2029-03-15: 47 days") << QDateTime(QDate(2029, 3, 15), QTime(0, 0), Qt::UTC) << 47;
    }

    void validityIsTheLimitInForce_R_TIME_1() {
        QFETCH(QDateTime, notBefore);
        QFETCH(int, days);
        const X509Ptr certificate = build(request(m_key.get()), notBefore);
        int dayCount = 0;
        int seconds = 0;
        ASN1_TIME_diff(&dayCount, &seconds, X509_get0_notBefore(certificate.get()),
                       X509_get0_notAfter(certificate.get()));
        // Inclusive: notAfter - notBefore + 1 second is exactly the limit.
        QCOMPARE(qint64(dayCount) * 86400 + seconds + 1, qint64(days) * 86400);
    }

    void subjectComesFromVerifiedData_R_CSR_5() {
        const X509Ptr certificate = build(request(m_key.get()));
        const X509_NAME* subject = X509_get_subject_name(certificate.get());
        QCOMPARE(X509_NAME_entry_count(subject), 5);
        const int expected[] = {NID_countryName, NID_stateOrProvinceName, NID_localityName, NID_organizationName,
                                NID_commonName};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(OBJ_obj2nid(X509_NAME_ENTRY_get_object(X509_NAME_get_entry(subject, i))), expected[i]);
        }
        QCOMPARE(ASN1_STRING_type(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, 0))), V_ASN1_PRINTABLESTRING);
        QCOMPARE(text(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, 3))), QStringLiteral("株式会社サンプル"));
        QCOMPARE(X509_NAME_get_index_by_NID(subject, NID_organizationalUnitName, -1), -1);
    }

    void subjectRulesRefuse_R_CSR_5_data() {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("country not JP") << 0 << QStringLiteral("US") << QStringLiteral("subject.country");
        QTest::newRow("no state") << 1 << QString() << QStringLiteral("subject.required");
        QTest::newRow("locality '-'") << 2 << QStringLiteral("-") << QStringLiteral("subject.required");
        QTest::newRow("organization 'N/A'") << 3 << QStringLiteral("N/A") << QStringLiteral("subject.required");
        QTest::newRow("CN not a SAN") << 4 << QStringLiteral("other.sample.co.jp")
                                      << QStringLiteral("subject.cn-not-in-san");
        QTest::newRow("CN differs in case")
            << 4 << QStringLiteral("WWW.sample.co.jp") << QStringLiteral("subject.cn-not-in-san");
    }

    void subjectRulesRefuse_R_CSR_5() {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, code);
        crypto::CertificateRequest input = request(m_key.get());
        QString* fields[] = {&input.subject.country, &input.subject.stateOrProvince, &input.subject.locality,
                             &input.subject.organization, &input.subject.commonName};
        *fields[field] = value;
        const auto refused =
            CertificateBuilder::buildPreview(m_profile, {issuerNameDer(), m_keyId}, input, kSigningDay);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
    }

    void extensionsAsTable7_1_1_R_ISS_1() {
        const X509Ptr certificate = build(request(m_key.get()));
        QCOMPARE(extensionOrder(certificate.get()),
                 QStringList({domain::oid::KeyUsage, domain::oid::ExtendedKeyUsage, domain::oid::SubjectAltName,
                              domain::oid::CertificatePolicies, domain::oid::CrlDistributionPoints,
                              domain::oid::AuthorityInfoAccess, domain::oid::AuthorityKeyIdentifier,
                              domain::oid::SubjectKeyIdentifier}));
        QVERIFY(isCritical(certificate.get(), NID_key_usage));
        for (int nid : {NID_ext_key_usage, NID_subject_alt_name, NID_certificate_policies, NID_crl_distribution_points,
                        NID_info_access, NID_authority_key_identifier, NID_subject_key_identifier}) {
            QVERIFY2(!isCritical(certificate.get(), nid), OBJ_nid2sn(nid));
        }
        QCOMPARE(X509_get_key_usage(certificate.get()), quint32(KU_DIGITAL_SIGNATURE | KU_KEY_ENCIPHERMENT));
        QCOMPARE(X509_get_extended_key_usage(certificate.get()), quint32(XKU_SSL_SERVER));
        QCOMPARE(X509_get_ext_by_NID(certificate.get(), NID_basic_constraints, -1), -1);
    }

    void namesPoliciesAndPointers_R_ISS_1() {
        const X509Ptr certificate = build(request(m_key.get()));
        const crypto::GeneralNamesPtr names(
            static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate.get(), NID_subject_alt_name, nullptr, nullptr)));
        QCOMPARE(sk_GENERAL_NAME_num(names.get()), 2);
        QCOMPARE(text(sk_GENERAL_NAME_value(names.get(), 0)->d.dNSName), QStringLiteral("www.sample.co.jp"));

        const crypto::CertificatePoliciesPtr policies(static_cast<CERTIFICATEPOLICIES*>(
            X509_get_ext_d2i(certificate.get(), NID_certificate_policies, nullptr, nullptr)));
        QCOMPARE(sk_POLICYINFO_num(policies.get()), 2);
        char oid[80];
        OBJ_obj2txt(oid, sizeof oid, sk_POLICYINFO_value(policies.get(), 0)->policyid, 1);
        QCOMPARE(QString::fromLatin1(oid), domain::oid::PolicyThisCp);
        const POLICYQUALINFO* cps = sk_POLICYQUALINFO_value(sk_POLICYINFO_value(policies.get(), 0)->qualifiers, 0);
        QCOMPARE(OBJ_obj2nid(cps->pqualid), NID_id_qt_cps);
        QCOMPARE(text(cps->d.cpsuri), kEndpoints.cpsUrl);
        OBJ_obj2txt(oid, sizeof oid, sk_POLICYINFO_value(policies.get(), 1)->policyid, 1);
        QCOMPARE(QString::fromLatin1(oid), domain::oid::PolicyOrganizationValidated);

        const crypto::AuthorityInfoAccessPtr access(static_cast<AUTHORITY_INFO_ACCESS*>(
            X509_get_ext_d2i(certificate.get(), NID_info_access, nullptr, nullptr)));
        QCOMPARE(sk_ACCESS_DESCRIPTION_num(access.get()), 2);
        QCOMPARE(OBJ_obj2nid(sk_ACCESS_DESCRIPTION_value(access.get(), 0)->method), NID_ad_OCSP);
        QCOMPARE(text(sk_ACCESS_DESCRIPTION_value(access.get(), 0)->location->d.uniformResourceIdentifier),
                 kEndpoints.ocspUrl);
        QCOMPARE(OBJ_obj2nid(sk_ACCESS_DESCRIPTION_value(access.get(), 1)->method), NID_ad_ca_issuers);

        const crypto::CrlDistributionPointsPtr crl(static_cast<CRL_DIST_POINTS*>(
            X509_get_ext_d2i(certificate.get(), NID_crl_distribution_points, nullptr, nullptr)));
        const GENERAL_NAME* crlName =
            sk_GENERAL_NAME_value(sk_DIST_POINT_value(crl.get(), 0)->distpoint->name.fullname, 0);
        QCOMPARE(text(crlName->d.uniformResourceIdentifier), kEndpoints.crlUrl);
    }

    void keyIdentifiers_R_ISS_1() {
        const X509Ptr certificate = build(request(m_key.get()));
        const ASN1_OCTET_STRING* aki = X509_get0_authority_key_id(certificate.get());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(aki)), ASN1_STRING_length(aki)),
                 m_keyId);
        const ASN1_BIT_STRING* bits = X509_get0_pubkey_bitstr(certificate.get());
        unsigned char digest[SHA_DIGEST_LENGTH];
        SHA1(bits->data, size_t(bits->length), digest);
        const ASN1_OCTET_STRING* ski = X509_get0_subject_key_id(certificate.get());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(ski)), ASN1_STRING_length(ski)),
                 QByteArray(reinterpret_cast<const char*>(digest), SHA_DIGEST_LENGTH));
    }

    void clientAuthOnlyWhenAsked() {
        crypto::CertificateRequest input = request(m_key.get());
        input.clientAuth = true;
        const X509Ptr certificate = build(input);
        QCOMPARE(X509_get_extended_key_usage(certificate.get()), quint32(XKU_SSL_SERVER | XKU_SSL_CLIENT));
    }

    void ecKeysGetNoKeyEncipherment() {
        const crypto::EvpPkeyPtr ec(EVP_EC_gen("P-256"));
        const X509Ptr certificate = build(request(ec.get()));
        QCOMPARE(X509_get_key_usage(certificate.get()), quint32(KU_DIGITAL_SIGNATURE));
    }

    void ocspResponderProfile_table_7_1_2() {
        crypto::CertificateRequest input;
        input.subject = {QStringLiteral("JP"),
                         {},
                         {},
                         QStringLiteral("SECOM Trust Systems CO.,LTD."),
                         QStringLiteral("SECOM Passport for Web SR 3.0 OCSP Responder")};
        input.subjectPublicKeyDer = publicKeyDer(m_key.get());
        const auto preview = CertificateBuilder::buildPreview(domain::CertificateProfile::ocspResponder(),
                                                              {issuerNameDer(), m_keyId}, input, kSigningDay);
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error().detail));
        const X509Ptr certificate = parse(preview->der);
        QCOMPARE(X509_get_extended_key_usage(certificate.get()), quint32(XKU_OCSP_SIGN));
        QCOMPARE(X509_get_key_usage(certificate.get()), quint32(KU_DIGITAL_SIGNATURE));
        QVERIFY(X509_get_ext_by_NID(certificate.get(), NID_id_pkix_OCSP_noCheck, -1) >= 0);
        QCOMPARE(X509_get_ext_by_NID(certificate.get(), NID_certificate_policies, -1), -1);
        QCOMPARE(X509_get_ext_by_NID(certificate.get(), NID_subject_alt_name, -1), -1);
    }
};

QTEST_GUILESS_MAIN(TestCertificateBuilder)
#include "TestCertificateBuilder.moc"
