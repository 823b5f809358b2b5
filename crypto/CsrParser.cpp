// SPDX-License-Identifier: Apache-2.0
#include "crypto/CsrParser.h"

#include "crypto/Digest.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <QCoreApplication>

namespace ra::crypto {

using ra::domain::CsrSummary;
using ra::domain::fail;
using ra::domain::Result;

namespace {
QString asn1ToString(const ASN1_STRING* value) {
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        return {};
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

X509ReqPtr read(const QByteArray& data) {
    BioPtr bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    if (!bio) {
        return nullptr;
    }
    X509ReqPtr request(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    if (request) {
        return request;
    }
    ERR_clear_error();
    const auto* der = reinterpret_cast<const unsigned char*>(data.constData());
    return X509ReqPtr(d2i_X509_REQ(nullptr, &der, static_cast<long>(data.size())));
}

void readSubject(const X509_REQ* request, CsrSummary& summary) {
    const X509_NAME* name = X509_REQ_get_subject_name(request);
    for (int i = 0; i < X509_NAME_entry_count(name); ++i) {
        const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, i);
        const int nid = OBJ_obj2nid(X509_NAME_ENTRY_get_object(entry));
        const char* shortName = nid != NID_undef ? OBJ_nid2sn(nid) : "?";
        summary.subject.append({QString::fromLatin1(shortName), asn1ToString(X509_NAME_ENTRY_get_data(entry))});
    }
}

void readSubjectAltNames(const X509_REQ* request, CsrSummary& summary) {
    X509ExtensionsPtr extensions(X509_REQ_get_extensions(const_cast<X509_REQ*>(request)));
    if (!extensions) {
        return;
    }
    GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509V3_get_d2i(extensions.get(), NID_subject_alt_name, nullptr, nullptr)));
    if (!names) {
        return;
    }
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
        switch (name->type) {
        case GEN_DNS:
            summary.dnsNames << asn1ToString(name->d.dNSName);
            break;
        case GEN_IPADD:
            summary.otherNames << QStringLiteral("IP:") + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(
                                                                                             name->d.iPAddress->data),
                                                                                         name->d.iPAddress->length)
                                                                                  .toHex());
            break;
        case GEN_EMAIL:
            summary.otherNames << QStringLiteral("email:") + asn1ToString(name->d.rfc822Name);
            break;
        case GEN_URI:
            summary.otherNames << QStringLiteral("URI:") + asn1ToString(name->d.uniformResourceIdentifier);
            break;
        default:
            summary.otherNames << QStringLiteral("other(type %1)").arg(name->type);
            break;
        }
    }
}

void readKey(EVP_PKEY* key, CsrSummary& summary) {
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        summary.keyType = QStringLiteral("RSA");
        break;
    case EVP_PKEY_EC: {
        summary.keyType = QStringLiteral("EC");
        char group[80] = {};
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr) == 1) {
            summary.curve = QString::fromLatin1(group);
        }
        break;
    }
    default:
        summary.keyType = QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
        break;
    }
    summary.keyBits = EVP_PKEY_get_bits(key);
    summary.publicKeyDer = toDer<i2d_PUBKEY>(key);
    if (!summary.publicKeyDer.isEmpty()) {
        summary.publicKeySha256 = sha256Hex(summary.publicKeyDer);
    }
}
} // namespace

Result<CsrSummary> CsrParser::parse(const QByteArray& data) {
    if (data.size() > kMaxSize) {
        return fail(QStringLiteral("csr.too-large"),
                    QCoreApplication::translate("CsrParser", "The CSR is larger than %1 KiB.").arg(kMaxSize / 1024));
    }
    ERR_clear_error();
    X509ReqPtr request = read(data);
    if (!request) {
        return fail(QStringLiteral("csr.unreadable"),
                    QCoreApplication::translate("CsrParser", "The CSR is not a readable PKCS#10 request (PEM or DER)."),
                    takeOpenSslErrors());
    }
    EVP_PKEY* key = X509_REQ_get0_pubkey(request.get()); // owned by the request
    if (!key) {
        return fail(QStringLiteral("csr.no-public-key"),
                    QCoreApplication::translate("CsrParser", "The CSR's public key cannot be read."),
                    takeOpenSslErrors());
    }
    CsrSummary summary;
    readSubject(request.get(), summary);
    readSubjectAltNames(request.get(), summary);
    readKey(key, summary);
    summary.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_REQ_get_signature_nid(request.get())));
    summary.signatureValid = X509_REQ_verify(request.get(), key) == 1; // R-CSR-1
    ERR_clear_error();
    return summary;
}

} // namespace ra::crypto
