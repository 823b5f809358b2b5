// SPDX-License-Identifier: Apache-2.0
#include "crypto/TlsAuthority.h"

#include "crypto/CertificateDer.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <QCoreApplication>

namespace ra::crypto {

namespace {
domain::Error tlsError(const QString& what) {
    return {QStringLiteral("tls.authority"),
            QCoreApplication::translate("TlsAuthority", "The perspectives' TLS certificate could not be made (%1).")
                .arg(what),
            takeOpenSslErrors()};
}

QByteArray pem(auto write, auto* object) {
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get(), object) != 1) {
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return {data, int(length)};
}

QByteArray keyPem(EVP_PKEY* key) {
    return pem(
        [](BIO* bio, EVP_PKEY* k) {
            // SEC 1 ("EC PRIVATE KEY"): the form Qt's QSslKey reads for QSsl::Ec.
            return PEM_write_bio_PrivateKey_traditional(bio, k, nullptr, nullptr, 0, nullptr, nullptr);
        },
        key);
}

// Signs a new certificate for `subjectKey`; `issuer` null means self-signed.
domain::Result<QByteArray> makeCertificate(const QString& commonName, EVP_PKEY* subjectKey, X509* issuer,
                                           EVP_PKEY* issuerKey, const QDateTime& now, int days,
                                           const QList<std::pair<int, QString>>& extensions) {
    X509Ptr certificate(X509_new());
    const X509NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    QByteArray serial = randomBytes(16);
    serial[0] = char(quint8(serial[0]) & 0x7f);
    const BnPtr serialNumber(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), int(serial.size()), nullptr));
    const Asn1IntegerPtr serialInteger(BN_to_ASN1_INTEGER(serialNumber.get(), nullptr));
    X509* self = certificate.get();
    bool ok = name && serialInteger &&
              X509_NAME_add_entry_by_NID(name.get(), NID_commonName, MBSTRING_UTF8,
                                         reinterpret_cast<const unsigned char*>(cn.constData()), int(cn.size()), -1,
                                         0) == 1 &&
              X509_set_version(self, X509_VERSION_3) == 1 && X509_set_serialNumber(self, serialInteger.get()) == 1 &&
              X509_set_subject_name(self, name.get()) == 1 &&
              X509_set_issuer_name(self, issuer ? X509_get_subject_name(issuer) : name.get()) == 1 &&
              ASN1_TIME_set(X509_getm_notBefore(self), now.addSecs(-300).toSecsSinceEpoch()) &&
              ASN1_TIME_set(X509_getm_notAfter(self), now.addDays(days).toSecsSinceEpoch()) &&
              X509_set_pubkey(self, subjectKey) == 1;
    for (const auto& [nid, value] : extensions) {
        ok = ok && addExtension(self, issuer ? issuer : self, nid, value);
    }
    if (!ok || X509_sign(self, issuerKey, EVP_sha256()) <= 0) {
        return std::unexpected(tlsError(commonName));
    }
    return pem(PEM_write_bio_X509, self);
}

EvpPkeyPtr newKey() {
    return EvpPkeyPtr(EVP_EC_gen("P-256"));
}
} // namespace

domain::Result<TlsAuthority> TlsAuthority::create(const QString& commonName, const QDateTime& now, int days) {
    ERR_clear_error();
    const EvpPkeyPtr key = newKey();
    if (!key) {
        return std::unexpected(tlsError(QStringLiteral("key")));
    }
    auto certificate = makeCertificate(commonName, key.get(), nullptr, key.get(), now, days,
                                       {{NID_basic_constraints, QStringLiteral("critical,CA:TRUE,pathlen:0")},
                                        {NID_key_usage, QStringLiteral("critical,keyCertSign,cRLSign")},
                                        {NID_subject_key_identifier, QStringLiteral("hash")}});
    if (!certificate) {
        return std::unexpected(certificate.error());
    }
    return TlsAuthority({*certificate, keyPem(key.get())});
}

domain::Result<TlsAuthority> TlsAuthority::load(const TlsCredentials& credentials) {
    ERR_clear_error();
    const BioPtr certificateBio(
        BIO_new_mem_buf(credentials.certificatePem.constData(), int(credentials.certificatePem.size())));
    const BioPtr keyBio(BIO_new_mem_buf(credentials.privateKeyPem.constData(), int(credentials.privateKeyPem.size())));
    const X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    const EvpPkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!certificate || !key || X509_check_private_key(certificate.get(), key.get()) != 1) {
        return std::unexpected(tlsError(QStringLiteral("unreadable authority")));
    }
    return TlsAuthority(credentials);
}

domain::Result<TlsCredentials> TlsAuthority::issue(const QString& commonName, Role role, const QDateTime& now,
                                                   int days) const {
    ERR_clear_error();
    const BioPtr certificateBio(
        BIO_new_mem_buf(m_credentials.certificatePem.constData(), int(m_credentials.certificatePem.size())));
    const BioPtr keyBio(
        BIO_new_mem_buf(m_credentials.privateKeyPem.constData(), int(m_credentials.privateKeyPem.size())));
    const X509Ptr issuer(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
    const EvpPkeyPtr issuerKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    const EvpPkeyPtr key = newKey();
    if (!issuer || !issuerKey || !key) {
        return std::unexpected(tlsError(commonName));
    }
    QList<std::pair<int, QString>> extensions{{NID_basic_constraints, QStringLiteral("critical,CA:FALSE")},
                                              {NID_key_usage, QStringLiteral("critical,digitalSignature")},
                                              {NID_authority_key_identifier, QStringLiteral("keyid:always")}};
    if (role == Role::Server) {
        extensions.append({NID_ext_key_usage, QStringLiteral("serverAuth")});
        extensions.append({NID_subject_alt_name, QStringLiteral("DNS:%1,DNS:localhost,IP:127.0.0.1").arg(commonName)});
    } else {
        extensions.append({NID_ext_key_usage, QStringLiteral("clientAuth")});
    }
    auto certificate = makeCertificate(commonName, key.get(), issuer.get(), issuerKey.get(), now, days, extensions);
    if (!certificate) {
        return std::unexpected(certificate.error());
    }
    return TlsCredentials{*certificate, keyPem(key.get())};
}

} // namespace ra::crypto
