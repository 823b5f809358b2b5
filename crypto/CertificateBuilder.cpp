// SPDX-License-Identifier: Apache-2.0
#include "crypto/CertificateBuilder.h"

#include "crypto/CertificateDer.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/Random.h"
#include "domain/DatedRules.h"

#include <openssl/err.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <mutex>

namespace ra::crypto {

using domain::CertificateProfile;
using domain::fail;

namespace {
// CP 7.1.4: no attribute that only says the value is absent.
bool isMetadataOnly(const QString& value) {
    static const QRegularExpression metadata(QStringLiteral(R"(^[\s.\-_/\\]*$|^(n/?a|none|null|unknown)$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return metadata.match(value.trimmed()).hasMatch();
}

// The throwaway key that previews are signed with (R-ISS-2). One per process: generating an RSA
// key costs tens of milliseconds and the signature is thrown away anyway.
EVP_PKEY* throwawayKey() {
    static EvpPkeyPtr key;
    static std::once_flag once;
    std::call_once(once, [] { key.reset(EVP_RSA_gen(2048)); });
    return key.get();
}

domain::Error opensslFailure(const QString& what) {
    return {QStringLiteral("certificate.build-failed"),
            QCoreApplication::translate("CertificateBuilder", "The certificate could not be built (%1).").arg(what),
            takeOpenSslErrors()};
}

bool addNconf(X509* certificate, int nid, const QString& value) {
    X509V3_CTX context;
    X509V3_set_ctx(&context, nullptr, certificate, nullptr, nullptr, 0);
    const X509ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value.toUtf8().constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addCertificatePolicies(X509* certificate, const CertificateProfile& profile) {
    CertificatePoliciesPtr policies(sk_POLICYINFO_new_null());
    for (const QString& oid : profile.policyOids) {
        POLICYINFO* info = POLICYINFO_new();
        info->policyid = OBJ_txt2obj(oid.toLatin1().constData(), 1);
        if (oid == profile.policyOids.front() && !profile.endpoints.cpsUrl.isEmpty()) {
            POLICYQUALINFO* qualifier = POLICYQUALINFO_new();
            qualifier->pqualid = OBJ_nid2obj(NID_id_qt_cps);
            qualifier->d.cpsuri = ASN1_IA5STRING_new();
            const QByteArray url = profile.endpoints.cpsUrl.toLatin1();
            ASN1_STRING_set(qualifier->d.cpsuri, url.constData(), int(url.size()));
            info->qualifiers = sk_POLICYQUALINFO_new_null();
            sk_POLICYQUALINFO_push(info->qualifiers, qualifier);
        }
        sk_POLICYINFO_push(policies.get(), info);
    }
    return X509_add1_ext_i2d(certificate, NID_certificate_policies, policies.get(), 0, X509V3_ADD_APPEND) == 1;
}

bool addKeyIdentifiers(X509* certificate, const CertificateProfile& profile, const IssuerInfo& issuer) {
    for (const domain::ExtensionRule& rule : profile.extensions) {
        if (rule.presence == domain::Presence::Prohibited) {
            continue;
        }
        if (rule.oid == domain::oid::AuthorityKeyIdentifier) {
            AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
            aki->keyid = ASN1_OCTET_STRING_new();
            ASN1_OCTET_STRING_set(aki->keyid, reinterpret_cast<const unsigned char*>(issuer.keyIdentifier.constData()),
                                  int(issuer.keyIdentifier.size()));
            if (X509_add1_ext_i2d(certificate, NID_authority_key_identifier, aki.get(), 0, X509V3_ADD_APPEND) != 1) {
                return false;
            }
        } else if (rule.oid == domain::oid::SubjectKeyIdentifier) {
            // RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING.
            const ASN1_BIT_STRING* bits = X509_get0_pubkey_bitstr(certificate);
            unsigned char digest[SHA_DIGEST_LENGTH];
            SHA1(bits->data, size_t(bits->length), digest);
            Asn1OctetStringPtr ski(ASN1_OCTET_STRING_new());
            ASN1_OCTET_STRING_set(ski.get(), digest, SHA_DIGEST_LENGTH);
            if (X509_add1_ext_i2d(certificate, NID_subject_key_identifier, ski.get(), 0, X509V3_ADD_APPEND) != 1) {
                return false;
            }
        }
    }
    return true;
}

bool addSubjectEntry(X509_NAME* name, int nid, const QString& value, int type) {
    const QByteArray utf8 = value.toUtf8();
    return value.isEmpty() ||
           X509_NAME_add_entry_by_NID(name, nid, type, reinterpret_cast<const unsigned char*>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}
// What was printed into a memory BIO.
QString memoryText(BIO* bio) {
    char* bytes = nullptr;
    const long length = BIO_get_mem_data(bio, &bytes);
    return QString::fromUtf8(bytes, int(length));
}
} // namespace

QString CertificateBuilder::tbsSha256Hex(const QByteArray& certificateDer) {
    const X509Ptr certificate = parseCertificateDer(certificateDer);
    return certificate ? crypto::tbsSha256Hex(certificate.get()) : QString();
}

std::optional<IssuerInfo> CertificateBuilder::issuerOf(const QByteArray& caCertificateDer) {
    const X509Ptr certificate = parseCertificateDer(caCertificateDer);
    const ASN1_OCTET_STRING* ski = certificate ? X509_get0_subject_key_id(certificate.get()) : nullptr;
    if (!ski) {
        ERR_clear_error();
        return std::nullopt;
    }
    return IssuerInfo{toDer<i2d_X509_NAME>(X509_get_subject_name(certificate.get())),
                      QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(ski)), ASN1_STRING_length(ski))};
}

QByteArray CertificateBuilder::subjectPublicKeyInfo(const QByteArray& certificateDer) {
    const X509Ptr certificate = parseCertificateDer(certificateDer);
    return certificate ? toDer<i2d_PUBKEY>(X509_get0_pubkey(certificate.get())) : QByteArray();
}

QString CertificateBuilder::subjectText(const QByteArray& certificateDer) {
    const X509Ptr certificate = parseCertificateDer(certificateDer);
    if (!certificate) {
        return {};
    }
    const BioPtr text(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(text.get(), X509_get_subject_name(certificate.get()), 0,
                       XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return memoryText(text.get());
}

QStringList CertificateBuilder::describeExtensions(const QByteArray& certificateDer) {
    const X509Ptr certificate = parseCertificateDer(certificateDer);
    QStringList lines;
    for (int i = 0; certificate && i < X509_get_ext_count(certificate.get()); ++i) {
        X509_EXTENSION* extension = X509_get_ext(certificate.get(), i);
        char name[128] = {};
        OBJ_obj2txt(name, sizeof name, X509_EXTENSION_get_object(extension), 0);
        const BioPtr text(BIO_new(BIO_s_mem()));
        if (X509V3_EXT_print(text.get(), extension, 0, 0) != 1) {
            ASN1_STRING_print(text.get(), X509_EXTENSION_get_data(extension));
        }
        const QString value = memoryText(text.get()).simplified();
        lines << (X509_EXTENSION_get_critical(extension) ? QStringLiteral("%1 (critical): %2")
                                                         : QStringLiteral("%1: %2"))
                     .arg(QString::fromLatin1(name), value);
    }
    ERR_clear_error();
    return lines;
}

QString CertificateBuilder::serialHex(const QByteArray& certificateDer) {
    const X509Ptr certificate = parseCertificateDer(certificateDer);
    const BnPtr serial(certificate ? ASN1_INTEGER_to_BN(X509_get0_serialNumber(certificate.get()), nullptr) : nullptr);
    if (!serial) {
        ERR_clear_error();
        return {};
    }
    char* hex = BN_bn2hex(serial.get());
    const QString text = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    return text;
}

QByteArray CertificateBuilder::encodeName(const QString& slashSeparated) {
    const X509NamePtr name(X509_NAME_new());
    for (const QString& part : slashSeparated.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QByteArray field = part.left(equals).trimmed().toLatin1();
        const QByteArray value = part.mid(equals + 1).toUtf8();
        if (equals <= 0 || X509_NAME_add_entry_by_txt(name.get(), field.constData(), MBSTRING_UTF8,
                                                      reinterpret_cast<const unsigned char*>(value.constData()),
                                                      int(value.size()), -1, 0) != 1) {
            ERR_clear_error();
            return {};
        }
    }
    return X509_NAME_entry_count(name.get()) > 0 ? toDer<i2d_X509_NAME>(name.get()) : QByteArray();
}

domain::Status CertificateBuilder::checkSubject(const CertificateProfile& profile, const CertificateRequest& request) {
    const domain::Subject& subject = request.subject;
    if (!profile.fixedCountry.isEmpty() && subject.country != profile.fixedCountry) {
        return fail(QStringLiteral("subject.country"),
                    QCoreApplication::translate("CertificateBuilder", "The country must be %1 (CP 3.1.1, table 7.1-1).")
                        .arg(profile.fixedCountry));
    }
    if (profile.requireStateLocalityOrganization) {
        for (const auto& [value, field] :
             {std::pair{subject.stateOrProvince, QStringLiteral("ST")},
              std::pair{subject.locality, QStringLiteral("L")}, std::pair{subject.organization, QStringLiteral("O")}}) {
            if (isMetadataOnly(value)) {
                return fail(
                    QStringLiteral("subject.required"),
                    QCoreApplication::translate("CertificateBuilder",
                                                "The subject needs a real %1 value (CP 7.1, table 7.1-1; CP 7.1.4).")
                        .arg(field));
            }
        }
    }
    if (isMetadataOnly(subject.commonName)) {
        return fail(QStringLiteral("subject.cn-missing"),
                    QCoreApplication::translate("CertificateBuilder", "The subject needs a common name."));
    }
    if (profile.commonNameFromSan && !request.dnsNames.contains(subject.commonName)) {
        return fail(
            QStringLiteral("subject.cn-not-in-san"),
            QCoreApplication::translate("CertificateBuilder",
                                        "The common name %1 is not one of the subjectAltName dNSNames (CP 7.1.4).")
                .arg(subject.commonName));
    }
    if (profile.extension(domain::oid::SubjectAltName) && request.dnsNames.isEmpty()) {
        return fail(QStringLiteral("subject.no-names"),
                    QCoreApplication::translate("CertificateBuilder", "The certificate needs at least one dNSName."));
    }
    return {};
}

domain::Result<CertificatePreview> CertificateBuilder::buildPreview(const CertificateProfile& profile,
                                                                    const IssuerInfo& issuer,
                                                                    const CertificateRequest& request,
                                                                    const QDateTime& notBefore) {
    if (auto subjectOk = checkSubject(profile, request); !subjectOk) {
        return std::unexpected(subjectOk.error());
    }
    ERR_clear_error();
    X509Ptr certificate(X509_new());
    CertificatePreview preview;
    X509_set_version(certificate.get(), X509_VERSION_3);

    // Serial: non-sequential, > 0, < 2^159, at least 64 bits from a CSPRNG (CP 7.1).
    preview.serial = randomBytes(kSerialBytes);
    preview.serial[0] = char((quint8(preview.serial[0]) & 0x7f) | 0x40);
    const BnPtr serialBn(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(preview.serial.constData()), kSerialBytes, nullptr));
    const Asn1IntegerPtr serial(BN_to_ASN1_INTEGER(serialBn.get(), nullptr));
    X509_set_serialNumber(certificate.get(), serial.get());

    // Issuer: the CA certificate's subject, byte for byte (CP 7.1.4).
    const auto* issuerDer = reinterpret_cast<const unsigned char*>(issuer.subjectNameDer.constData());
    const X509NamePtr issuerName(d2i_X509_NAME(nullptr, &issuerDer, long(issuer.subjectNameDer.size())));
    if (!issuerName || X509_set_issuer_name(certificate.get(), issuerName.get()) != 1) {
        return std::unexpected(opensslFailure(QStringLiteral("issuer")));
    }

    // Validity: the limit in force on the day (R-TIME-1), counted inclusively (RFC 5280 4.1.2.5).
    const int days = profile.fixedValidityDays > 0
                         ? profile.fixedValidityDays
                         : domain::DatedRules::on(notBefore.toUTC().date()).maxCertificateValidityDays;
    preview.notBefore = notBefore.toUTC();
    preview.notAfter = preview.notBefore.addSecs(qint64(days) * 86400 - 1);
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), preview.notBefore.toSecsSinceEpoch()) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), preview.notAfter.toSecsSinceEpoch())) {
        return std::unexpected(opensslFailure(QStringLiteral("validity")));
    }

    // Subject from verified data (R-CSR-5): C, ST, L, O, CN; never an OU.
    const X509NamePtr subjectName(X509_NAME_new());
    const domain::Subject& subject = request.subject;
    if (!addSubjectEntry(subjectName.get(), NID_countryName, subject.country, MBSTRING_ASC) ||
        !addSubjectEntry(subjectName.get(), NID_stateOrProvinceName, subject.stateOrProvince, MBSTRING_UTF8) ||
        !addSubjectEntry(subjectName.get(), NID_localityName, subject.locality, MBSTRING_UTF8) ||
        !addSubjectEntry(subjectName.get(), NID_organizationName, subject.organization, MBSTRING_UTF8) ||
        !addSubjectEntry(subjectName.get(), NID_commonName, subject.commonName, MBSTRING_UTF8) ||
        X509_set_subject_name(certificate.get(), subjectName.get()) != 1) {
        return std::unexpected(opensslFailure(QStringLiteral("subject")));
    }

    const auto* keyDer = reinterpret_cast<const unsigned char*>(request.subjectPublicKeyDer.constData());
    const EvpPkeyPtr key(d2i_PUBKEY(nullptr, &keyDer, long(request.subjectPublicKeyDer.size())));
    if (!key || X509_set_pubkey(certificate.get(), key.get()) != 1) {
        return std::unexpected(opensslFailure(QStringLiteral("public key")));
    }
    const bool rsa = EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_RSA;

    // The extensions, in the profile's order, with its criticality.
    QStringList nameEntries;
    for (const QString& name : request.dnsNames) {
        nameEntries << QStringLiteral("DNS:") + name;
    }
    bool ok = true;
    for (const domain::ExtensionRule& rule : profile.extensions) {
        if (!ok || rule.presence == domain::Presence::Prohibited) {
            continue;
        }
        const QString critical = rule.critical ? QStringLiteral("critical,") : QString();
        if (rule.oid == domain::oid::KeyUsage) {
            QStringList usage = profile.keyUsage;
            if (rsa && profile.keyEnciphermentForRsa) {
                usage << QStringLiteral("keyEncipherment");
            }
            ok = addNconf(certificate.get(), NID_key_usage, critical + usage.join(QLatin1Char(',')));
        } else if (rule.oid == domain::oid::ExtendedKeyUsage) {
            QStringList usage = profile.extendedKeyUsage;
            if (request.clientAuth && profile.optionalExtendedKeyUsage.contains(QStringLiteral("clientAuth"))) {
                usage << QStringLiteral("clientAuth");
            }
            ok = addNconf(certificate.get(), NID_ext_key_usage, critical + usage.join(QLatin1Char(',')));
        } else if (rule.oid == domain::oid::SubjectAltName) {
            ok = addNconf(certificate.get(), NID_subject_alt_name, critical + nameEntries.join(QLatin1Char(',')));
        } else if (rule.oid == domain::oid::CertificatePolicies) {
            ok = addCertificatePolicies(certificate.get(), profile);
        } else if (rule.oid == domain::oid::CrlDistributionPoints) {
            ok = addNconf(certificate.get(), NID_crl_distribution_points,
                          QStringLiteral("URI:") + profile.endpoints.crlUrl);
        } else if (rule.oid == domain::oid::AuthorityInfoAccess) {
            QString access = QStringLiteral("OCSP;URI:") + profile.endpoints.ocspUrl;
            if (!profile.endpoints.caIssuersUrl.isEmpty()) {
                access += QStringLiteral(",caIssuers;URI:") + profile.endpoints.caIssuersUrl;
            }
            ok = addNconf(certificate.get(), NID_info_access, access);
        } else if (rule.oid == domain::oid::OcspNoCheck) {
            ok = addNconf(certificate.get(), NID_id_pkix_OCSP_noCheck, QStringLiteral("ignored"));
        } else if (rule.oid == domain::oid::AuthorityKeyIdentifier || rule.oid == domain::oid::SubjectKeyIdentifier) {
            continue; // written together below, in profile order
        }
    }
    if (!ok || !addKeyIdentifiers(certificate.get(), profile, issuer)) {
        return std::unexpected(opensslFailure(QStringLiteral("extensions")));
    }

    if (X509_sign(certificate.get(), throwawayKey(), EVP_sha256()) <= 0) {
        return std::unexpected(opensslFailure(QStringLiteral("throwaway signature")));
    }
    preview.der = toDer<i2d_X509>(certificate.get());
    if (preview.der.isEmpty()) {
        return std::unexpected(opensslFailure(QStringLiteral("encoding")));
    }
    return preview;
}

} // namespace ra::crypto
