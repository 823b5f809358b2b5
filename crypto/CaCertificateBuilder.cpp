// SPDX-License-Identifier: Apache-2.0
#include "crypto/CaCertificateBuilder.h"

#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateDer.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"
#include "domain/CertificateProfile.h"

#include <openssl/err.h>

#include <QCoreApplication>

namespace ra::crypto {

namespace {
domain::Error buildError(const QString& what) {
    return {QStringLiteral("ca.build-failed"),
            QCoreApplication::translate("CaCertificateBuilder", "The CA certificate could not be made (%1).").arg(what),
            takeOpenSslErrors()};
}

domain::Result<QByteArray> build(EVP_PKEY* signingKey, X509* issuer, const CaCertificateSpec& spec,
                                 EVP_PKEY* subjectKey) {
    ERR_clear_error();
    if (!signingKey || !subjectKey) {
        return std::unexpected(buildError(QStringLiteral("key not on the token")));
    }
    const QByteArray nameDer = CertificateBuilder::encodeName(spec.subjectName);
    const auto* nameBytes = reinterpret_cast<const unsigned char*>(nameDer.constData());
    const X509NamePtr name(d2i_X509_NAME(nullptr, &nameBytes, long(nameDer.size())));
    X509Ptr certificate(X509_new());
    QByteArray serial = randomBytes(CertificateBuilder::kSerialBytes);
    serial[0] = char((quint8(serial[0]) & 0x7f) | 0x40);
    const BnPtr serialNumber(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), int(serial.size()), nullptr));
    const Asn1IntegerPtr serialInteger(BN_to_ASN1_INTEGER(serialNumber.get(), nullptr));
    X509* self = certificate.get();
    bool ok = name && X509_set_version(self, X509_VERSION_3) == 1 &&
              X509_set_serialNumber(self, serialInteger.get()) == 1 && X509_set_subject_name(self, name.get()) == 1 &&
              X509_set_issuer_name(self, issuer ? X509_get_subject_name(issuer) : name.get()) == 1 &&
              ASN1_TIME_set(X509_getm_notBefore(self), spec.notBefore.toSecsSinceEpoch()) &&
              ASN1_TIME_set(X509_getm_notAfter(self),
                            spec.notBefore.addSecs(qint64(spec.validityDays) * 86400 - 1).toSecsSinceEpoch()) &&
              X509_set_pubkey(self, subjectKey) == 1;
    const QString pathLength = spec.pathLength >= 0 ? QStringLiteral(",pathlen:%1").arg(spec.pathLength) : QString();
    ok = ok &&
         addExtension(self, issuer ? issuer : self, NID_basic_constraints,
                      QStringLiteral("critical,CA:TRUE") + pathLength) &&
         addExtension(self, issuer ? issuer : self, NID_key_usage,
                      QStringLiteral("critical,digitalSignature,keyCertSign,cRLSign")) &&
         addExtension(self, issuer ? issuer : self, NID_subject_key_identifier, QStringLiteral("hash"));
    if (ok && issuer) {
        ok = addExtension(self, issuer, NID_authority_key_identifier, QStringLiteral("keyid:always"));
    }
    if (ok && spec.tlsIssuing) {
        ok = addExtension(self, issuer, NID_ext_key_usage, QStringLiteral("serverAuth,clientAuth")) &&
             addExtension(self, issuer, NID_certificate_policies, domain::oid::PolicyOrganizationValidated);
    }
    if (!ok) {
        return std::unexpected(buildError(QStringLiteral("fields")));
    }
    if (X509_sign(self, signingKey, EVP_sha256()) <= 0) {
        return std::unexpected(buildError(QStringLiteral("signature in the token")));
    }
    return toDer<i2d_X509>(self);
}
} // namespace

domain::Result<QByteArray> CaCertificateBuilder::selfSigned(Pkcs11Token& token, const CaCertificateSpec& spec) {
    return build(token.privateKey(spec.subjectKeyLabel), nullptr, spec, token.publicKey(spec.subjectKeyLabel));
}

domain::Status CaCertificateBuilder::checkChain(const QByteArray& rootDer, const QByteArray& issuingDer,
                                                const QByteArray& responderDer) {
    const X509Ptr root = parseCertificateDer(rootDer);
    const X509Ptr issuing = parseCertificateDer(issuingDer);
    const X509Ptr responder = parseCertificateDer(responderDer);
    const auto refused = [](const char* message) {
        ERR_clear_error();
        return domain::fail(QStringLiteral("ca.chain"), QCoreApplication::translate("CaCertificateBuilder", message));
    };
    if (!root || !issuing || !responder) {
        return refused(QT_TRANSLATE_NOOP("CaCertificateBuilder", "A certificate of the chain cannot be read."));
    }
    if ((X509_get_extension_flags(issuing.get()) & EXFLAG_CA) == 0 ||
        X509_verify(issuing.get(), X509_get0_pubkey(root.get())) != 1) {
        return refused(
            QT_TRANSLATE_NOOP("CaCertificateBuilder", "The issuing CA certificate is not a CA certified by the root."));
    }
    if (X509_verify(responder.get(), X509_get0_pubkey(issuing.get())) != 1 ||
        (X509_get_extended_key_usage(responder.get()) & XKU_OCSP_SIGN) == 0) {
        return refused(QT_TRANSLATE_NOOP("CaCertificateBuilder",
                                         "The OCSP responder certificate is not issued by the issuing CA for OCSP "
                                         "signing."));
    }
    return {};
}

domain::Result<QByteArray> CaCertificateBuilder::subordinate(Pkcs11Token& token, const QString& issuerKeyLabel,
                                                             const QByteArray& issuerCertificateDer,
                                                             const CaCertificateSpec& spec) {
    const X509Ptr issuer = parseCertificateDer(issuerCertificateDer);
    if (!issuer) {
        return std::unexpected(buildError(QStringLiteral("issuer certificate")));
    }
    return build(token.privateKey(issuerKeyLabel), issuer.get(), spec, token.publicKey(spec.subjectKeyLabel));
}

} // namespace ra::crypto
