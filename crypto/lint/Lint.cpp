// SPDX-License-Identifier: Apache-2.0
#include "crypto/lint/Lint.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <QCoreApplication>

namespace ra::crypto::lint {

QString severityId(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Notice:
        return QStringLiteral("notice");
    }
    return {};
}

QString statusId(Status status) {
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::NotApplicable:
        return QStringLiteral("na");
    case Status::NotEffective:
        return QStringLiteral("ne");
    case Status::Error:
        return QStringLiteral("error");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Notice:
        return QStringLiteral("notice");
    }
    return {};
}

QString LintInfo::describe() const {
    return QCoreApplication::translate("Lint", description);
}

namespace {
QDateTime toDateTime(const ASN1_TIME* time) {
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString asText(const ASN1_STRING* value) {
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}
} // namespace

CertificateView::CertificateView(X509Ptr certificate)
    : m_x509(std::move(certificate)) {
    X509* x = m_x509.get();
    m_notBefore = toDateTime(X509_get0_notBefore(x));
    m_notAfter = toDateTime(X509_get0_notAfter(x));
    const X509_NAME* name = X509_get_subject_name(x);
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        m_subject.append({OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry)), asText(X509_NAME_ENTRY_get_data(entry))});
        m_subjectTypes << ASN1_STRING_type(X509_NAME_ENTRY_get_data(entry));
    }
    for (int i = 0; i < X509_get_ext_count(x); ++i) {
        char oid[96];
        OBJ_obj2txt(oid, sizeof oid, X509_EXTENSION_get_object(X509_get_ext(x, i)), 1);
        m_extensionOids << QString::fromLatin1(oid);
    }
    const GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(x, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* entry = sk_GENERAL_NAME_value(names.get(), i);
        if (entry->type == GEN_DNS) {
            m_dnsNames << asText(entry->d.dNSName);
        } else {
            ++m_otherSanCount;
        }
    }
    const CertificatePoliciesPtr policies(
        static_cast<CERTIFICATEPOLICIES*>(X509_get_ext_d2i(x, NID_certificate_policies, nullptr, nullptr)));
    for (int i = 0; policies && i < sk_POLICYINFO_num(policies.get()); ++i) {
        const POLICYINFO* policy = sk_POLICYINFO_value(policies.get(), i);
        char oid[96];
        OBJ_obj2txt(oid, sizeof oid, policy->policyid, 1);
        m_policyOids << QString::fromLatin1(oid);
        for (int q = 0; i == 0 && policy->qualifiers && q < sk_POLICYQUALINFO_num(policy->qualifiers); ++q) {
            const POLICYQUALINFO* qualifier = sk_POLICYQUALINFO_value(policy->qualifiers, q);
            if (OBJ_obj2nid(qualifier->pqualid) == NID_id_qt_cps) {
                m_firstPolicyCps = asText(qualifier->d.cpsuri);
            }
        }
    }
    if (const EVP_PKEY* key = X509_get0_pubkey(x)) {
        m_keyType = EVP_PKEY_get_base_id(key);
        m_keyBits = EVP_PKEY_get_bits(key);
        BIGNUM* exponent = nullptr;
        if (m_keyType == EVP_PKEY_RSA && EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_RSA_E, &exponent) == 1) {
            const BnPtr owned(exponent);
            m_rsaExponent = QByteArray(BN_num_bytes(exponent), '\0');
            BN_bn2bin(exponent, reinterpret_cast<unsigned char*>(m_rsaExponent.data()));
        }
    }
    ERR_clear_error();
}

QStringList CertificateView::subjectValues(int nid) const {
    QStringList values;
    for (const auto& [attribute, value] : m_subject) {
        if (attribute == nid) {
            values << value;
        }
    }
    return values;
}

const X509_EXTENSION* CertificateView::extension(int nid) const {
    const int index = X509_get_ext_by_NID(m_x509.get(), nid, -1);
    return index >= 0 ? X509_get_ext(m_x509.get(), index) : nullptr;
}

int CertificateView::extensionCount(int nid) const {
    int count = 0;
    for (int index = X509_get_ext_by_NID(m_x509.get(), nid, -1); index >= 0;
         index = X509_get_ext_by_NID(m_x509.get(), nid, index)) {
        ++count;
    }
    return count;
}

} // namespace ra::crypto::lint
