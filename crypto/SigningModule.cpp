// SPDX-License-Identifier: Apache-2.0
#include "crypto/SigningModule.h"

#include "crypto/ApproverKey.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/CertificateDer.h"
#include "crypto/Digest.h"
#include "crypto/OpenSslError.h"
#include "crypto/OpenSslPtr.h"
#include "crypto/lint/Linter.h"
#include "domain/Application.h"
#include "domain/CertificateProfile.h"
#include "domain/DomainChecks.h"

#include <openssl/err.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <QCoreApplication>
#include <QSet>

namespace ra::crypto {

using domain::fail;

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QDateTime toDateTime(const ASN1_TIME* time) {
    struct tm parts {};
    if (ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

Asn1TimePtr asn1Time(const QDateTime& at) {
    return Asn1TimePtr(ASN1_TIME_set(nullptr, at.toSecsSinceEpoch()));
}

Asn1IntegerPtr asn1Serial(const QByteArray& serial) {
    const BnPtr number(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(serial.constData()), int(serial.size()), nullptr));
    return Asn1IntegerPtr(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
}

// The AKI written into everything the CA signs: the CA certificate's own SKI (CP 7.1, 7.2).
QByteArray subjectKeyIdentifier(const X509* certificate) {
    const ASN1_OCTET_STRING* ski = X509_get0_subject_key_id(const_cast<X509*>(certificate));
    return ski ? QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(ski)), ASN1_STRING_length(ski))
               : QByteArray();
}

bool addAuthorityKeyId(const QByteArray& keyId, auto addExtension) {
    AuthorityKeyIdPtr aki(AUTHORITY_KEYID_new());
    aki->keyid = ASN1_OCTET_STRING_new();
    ASN1_OCTET_STRING_set(aki->keyid, reinterpret_cast<const unsigned char*>(keyId.constData()), int(keyId.size()));
    return addExtension(NID_authority_key_identifier, aki.get());
}
} // namespace

class SigningModule::CoreDumpsOff {
public:
    CoreDumpsOff()
        : m_wasDumpable(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)) {
        ::getrlimit(RLIMIT_CORE, &m_limit);
        const rlimit none{0, m_limit.rlim_max}; // the soft limit: the hard one could not come back
        ::setrlimit(RLIMIT_CORE, &none);
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    ~CoreDumpsOff() {
        ::setrlimit(RLIMIT_CORE, &m_limit);
        ::prctl(PR_SET_DUMPABLE, m_wasDumpable > 0 ? 1 : 0, 0, 0, 0);
    }
    CoreDumpsOff(const CoreDumpsOff&) = delete;
    CoreDumpsOff& operator=(const CoreDumpsOff&) = delete;

private:
    int m_wasDumpable;
    rlimit m_limit{};
};

SigningModule::SigningModule(std::unique_ptr<Pkcs11Token> token, CaIdentity identity)
    : m_coreDumpsOff(std::make_unique<CoreDumpsOff>())
    , m_token(std::move(token))
    , m_identity(std::move(identity))
    , m_caCertificate(parseCertificateDer(m_identity.caCertificateDer).release(), X509_free) {}

SigningModule::~SigningModule() = default;

domain::Result<std::unique_ptr<SigningModule>> SigningModule::open(std::unique_ptr<Pkcs11Token> token,
                                                                   CaIdentity identity) {
    ERR_clear_error();
    const X509Ptr ca = parseCertificateDer(identity.caCertificateDer);
    EVP_PKEY* key = token->privateKey(identity.caKeyLabel);
    if (!ca || !key) {
        return fail(QStringLiteral("hsm.no-key"),
                    QCoreApplication::translate("SigningModule", "The CA key or the CA certificate is missing."),
                    identity.caKeyLabel + QStringLiteral(": ") + takeOpenSslErrors());
    }
    // The token's key must be the one the CA certificate certifies.
    EVP_PKEY* publicKey = token->publicKey(identity.caKeyLabel);
    if (!publicKey || EVP_PKEY_eq(X509_get0_pubkey(ca.get()), publicKey) != 1) {
        return fail(
            QStringLiteral("ca.key-mismatch"),
            QCoreApplication::translate("SigningModule", "The CA certificate does not certify the key in the token."),
            takeOpenSslErrors());
    }
    ERR_clear_error();
    return std::unique_ptr<SigningModule>(new SigningModule(std::move(token), std::move(identity)));
}

domain::Status SigningModule::requireActive() const {
    if (!m_active || !m_token->isLoggedIn()) {
        return fail(QStringLiteral("hsm.not-activated"),
                    QCoreApplication::translate("SigningModule",
                                                "The CA key is not activated: two Key Custodians must activate it."));
    }
    return {};
}

domain::Error SigningModule::signingFailed(const char* what) {
    // Everything to sign was built and checked before the HSM was asked: a failure here is the
    // HSM's (token removed, session closed, module error). R-HSM-4: nothing was signed, and the
    // module stays inactive until the custodians activate the key again. libp11 may still believe
    // it is logged in, so the module does not ask it.
    m_active = false;
    return {QStringLiteral("hsm.lost"),
            QCoreApplication::translate("SigningModule",
                                        "The HSM failed while signing (token removed, session closed or module error); "
                                        "nothing was signed. Activate the CA key again."),
            QString::fromLatin1(what) + QStringLiteral(": ") + takeOpenSslErrors()};
}

domain::Status SigningModule::checkCertificate(const QByteArray& candidateDer,
                                               const IssuanceAuthorization& authorization, const QDateTime& now) const {
    ERR_clear_error();
    const X509Ptr certificate = parseCertificateDer(candidateDer);
    if (!certificate) {
        return fail(QStringLiteral("issue.candidate"),
                    QCoreApplication::translate("SigningModule", "The certificate to sign cannot be read."),
                    takeOpenSslErrors());
    }
    return checkParsed(certificate.get(), candidateDer, tbsSha256Hex(certificate.get()), authorization, now);
}

domain::Status SigningModule::checkParsed(X509* certificate, const QByteArray& candidateDer, const QString& digest,
                                          const IssuanceAuthorization& authorization, const QDateTime& now) const {
    X509* ca = m_caCertificate.get();

    // R-APR-2, R-ROLE-2: enough approvals, each by someone other than the validator, each a
    // statement over this exact content that verifies with the approver's key.
    QSet<qint64> approvers;
    QSet<QString> approverNames;
    QSet<QByteArray> approverKeys;
    for (const SignedApproval& approval : authorization.approvals) {
        if (approval.approverId == authorization.validatorId) {
            return fail(QStringLiteral("issue.approver-validated"),
                        QCoreApplication::translate(
                            "SigningModule", "%1 validated this application and cannot also approve it (R-ROLE-2).")
                            .arg(approval.approver));
        }
        // A key the HSM has not certified for this person is only what the database says (R-APR-2).
        if (!isCertifiedApproverKey(approval.approverId, approval.approver, approval.approverPublicKeyDer,
                                    approval.keyCertifiedAt, approval.keyCertification)) {
            return fail(QStringLiteral("issue.approver-key-uncertified"),
                        QCoreApplication::translate("SigningModule",
                                                    "The approval key of %1 carries no certification by this CA's "
                                                    "HSM; the approval is not accepted (R-APR-2).")
                            .arg(approval.approver));
        }
        const QByteArray statement =
            domain::approvalStatement(approval.applicationId, approval.approver, approval.approvedAt, digest);
        auto& key = m_approverKeys[approval.approverPublicKeyDer];
        if (!key) {
            const auto* der = reinterpret_cast<const unsigned char*>(approval.approverPublicKeyDer.constData());
            key.reset(d2i_PUBKEY(nullptr, &der, long(approval.approverPublicKeyDer.size())), EVP_PKEY_free);
        }
        if (!ApproverKey::verifyWith(key.get(), statement, approval.signature)) {
            return fail(QStringLiteral("issue.approval-invalid"),
                        QCoreApplication::translate(
                            "SigningModule",
                            "The approval by %1 does not cover this exact certificate content; the content changed "
                            "after approval or the approval was altered (R-APR-2).")
                            .arg(approval.approver));
        }
        // One person is one approval however many rows the database gives them: the same name or
        // the same key under two user ids counts once (R-APR-2, R-ROLE-2).
        if (approverNames.contains(approval.approver.toLower()) ||
            approverKeys.contains(approval.approverPublicKeyDer)) {
            continue;
        }
        approverNames.insert(approval.approver.toLower());
        approverKeys.insert(approval.approverPublicKeyDer);
        approvers.insert(approval.approverId);
    }
    if (approvers.size() < std::max(1, authorization.requiredApprovals)) {
        return fail(QStringLiteral("issue.not-enough-approvals"),
                    QCoreApplication::translate("SigningModule",
                                                "%1 approval(s) by different supervisors are needed; %2 verify.")
                        .arg(std::max(1, authorization.requiredApprovals))
                        .arg(approvers.size()));
    }

    // CP 7.1.4: the issuer byte for byte the CA's subject, and the AKI its key.
    if (toDer<i2d_X509_NAME>(X509_get_issuer_name(certificate)) != toDer<i2d_X509_NAME>(X509_get_subject_name(ca))) {
        return fail(QStringLiteral("issue.issuer"),
                    QCoreApplication::translate("SigningModule", "The certificate's issuer is not this CA's subject."));
    }
    const ASN1_OCTET_STRING* aki = X509_get0_authority_key_id(certificate);
    const QByteArray caKeyId = subjectKeyIdentifier(ca);
    if (!aki ||
        QByteArray(reinterpret_cast<const char*>(ASN1_STRING_get0_data(aki)), ASN1_STRING_length(aki)) != caKeyId) {
        return fail(QStringLiteral("issue.aki"),
                    QCoreApplication::translate("SigningModule",
                                                "The certificate's authority key identifier is not this CA's."));
    }
    // R-ISS-1: notBefore not in the future and at most 48 hours before signing.
    const QDateTime notBefore = toDateTime(X509_get0_notBefore(certificate));
    const int backdateHours = domain::CertificateProfile::tlsServer({}).maxBackdateHours;
    if (!notBefore.isValid() || notBefore > now || notBefore.secsTo(now) > backdateHours * kHour) {
        return fail(QStringLiteral("issue.stale"),
                    QCoreApplication::translate(
                        "SigningModule",
                        "The approved content has notBefore %1, not within %2 hours before now: it must be approved "
                        "again.")
                        .arg(notBefore.toString(Qt::ISODate))
                        .arg(backdateHours));
    }
    // R-DCV-2 and R-CAA-3: every name validated and its CAA permission checked, corroborated and
    // not stale at signing time. A certificate whose names this cannot see (no SAN, a SAN that
    // does not parse or comes twice, a name that is not a dNSName) is refused, not waved through.
    int critical = 0;
    const GeneralNamesPtr names(
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(certificate, NID_subject_alt_name, &critical, nullptr)));
    if (!names || sk_GENERAL_NAME_num(names.get()) == 0) {
        return fail(QStringLiteral("issue.san"),
                    QCoreApplication::translate("SigningModule",
                                                "The certificate has no readable subjectAltName with its names."));
    }
    {
        for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
            const GENERAL_NAME* name = sk_GENERAL_NAME_value(names.get(), i);
            if (name->type != GEN_DNS) {
                return fail(QStringLiteral("issue.san"),
                            QCoreApplication::translate("SigningModule",
                                                        "The certificate names something other than a domain name: "
                                                        "nothing validated it."));
            }
            const QString dnsName =
                QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(name->d.dNSName)),
                                    ASN1_STRING_length(name->d.dNSName))
                    .toLower();
            // R-DOC-2: a passed validation, not in the future, still usable under the domain
            // reuse limit in force today.
            const QDateTime validatedAt = authorization.dcvValidatedAt.value(dnsName);
            if (!validatedAt.isValid() || validatedAt > now ||
                domain::DomainChecks::validationUsableUntil(validatedAt, now) <= now) {
                return fail(QStringLiteral("issue.dcv-missing"),
                            QCoreApplication::translate("SigningModule",
                                                        "%1 has no passed domain validation usable today: nothing "
                                                        "was signed (R-DCV-2, R-DOC-2).")
                                .arg(dnsName));
            }
            const QDateTime until = authorization.caaValidUntil.value(dnsName);
            if (!until.isValid() || now >= until) {
                return fail(QStringLiteral("issue.caa-stale"),
                            QCoreApplication::translate("SigningModule",
                                                        "No current CAA permission for %1: the check must be at most "
                                                        "max(TTL, 8 hours) old at signing (R-CAA-3).")
                                .arg(dnsName));
            }
        }
    }
    // R-ISS-2: no lint error.
    const auto lint = lint::Linter::run(candidateDer, now.date());
    if (!lint || lint::Linter::hasErrors(*lint)) {
        return fail(QStringLiteral("issue.lint"),
                    QCoreApplication::translate("SigningModule",
                                                "The certificate does not pass the linter; nothing was signed."));
    }
    return {};
}

domain::Result<QByteArray> SigningModule::signCertificate(const QByteArray& candidateDer,
                                                          const IssuanceAuthorization& authorization,
                                                          const QDateTime& now, bool precertificate) {
    if (auto active = requireActive(); !active) {
        return std::unexpected(active.error());
    }
    ERR_clear_error();
    const X509Ptr certificate = parseCertificateDer(candidateDer);
    if (!certificate) {
        return fail(QStringLiteral("issue.candidate"),
                    QCoreApplication::translate("SigningModule", "The certificate to sign cannot be read."),
                    takeOpenSslErrors());
    }
    const QString digest = tbsSha256Hex(certificate.get());
    if (auto allowed = checkParsed(certificate.get(), candidateDer, digest, authorization, now); !allowed) {
        return std::unexpected(allowed.error());
    }
    if (precertificate) {
        // R-ISS-4: the poison extension, critical, value ASN.1 NULL (RFC 6962 3.1).
        static const unsigned char kNull[] = {0x05, 0x00};
        Asn1OctetStringPtr value(ASN1_OCTET_STRING_new());
        ASN1_OCTET_STRING_set(value.get(), kNull, sizeof kNull);
        const Asn1ObjectPtr poisonOid(OBJ_txt2obj(domain::oid::CtPoison.toLatin1().constData(), 1));
        const X509ExtensionPtr poison(X509_EXTENSION_create_by_OBJ(nullptr, poisonOid.get(), 1, value.get()));
        if (!poison || X509_add_ext(certificate.get(), poison.get(), -1) != 1) {
            return fail(QStringLiteral("issue.precertificate"),
                        QCoreApplication::translate("SigningModule", "The precertificate could not be built."),
                        takeOpenSslErrors());
        }
    }
    if (X509_sign(certificate.get(), m_token->privateKey(m_identity.caKeyLabel), EVP_sha256()) <= 0) {
        return std::unexpected(signingFailed("certificate"));
    }
    // The signature verifies with the CA certificate, and the signed tbsCertificate is the approved one.
    if (X509_verify(certificate.get(), X509_get0_pubkey(m_caCertificate.get())) != 1 ||
        (!precertificate && tbsSha256Hex(certificate.get()) != digest)) {
        return fail(
            QStringLiteral("issue.self-check"),
            QCoreApplication::translate("SigningModule",
                                        "The signed certificate does not match what was approved; it is not released."),
            takeOpenSslErrors());
    }
    return toDer<i2d_X509>(certificate.get());
}

domain::Result<QByteArray> SigningModule::certifyApproverKey(qint64 userId, const QString& username,
                                                             const QByteArray& publicKeyDer, const QDateTime& at) {
    if (auto active = requireActive(); !active) {
        return std::unexpected(active.error());
    }
    if (m_identity.auditKeyLabel.isEmpty() || publicKeyDer.isEmpty()) {
        return fail(
            QStringLiteral("hsm.no-audit-key"),
            QCoreApplication::translate("SigningModule", "The HSM has no audit key to certify approvers' keys."));
    }
    auto signature = m_token->signSha256(m_identity.auditKeyLabel,
                                         domain::approverKeyStatement(userId, username, sha256Hex(publicKeyDer), at));
    if (!signature) {
        return std::unexpected(signingFailed("approver key certification"));
    }
    return signature;
}

domain::Result<QByteArray> SigningModule::signAuditCheckpoint(const domain::AuditCheckpoint& checkpoint) {
    if (auto active = requireActive(); !active) {
        return std::unexpected(active.error());
    }
    if (m_identity.auditKeyLabel.isEmpty()) {
        return fail(QStringLiteral("hsm.no-audit-key"),
                    QCoreApplication::translate("SigningModule", "The HSM has no audit key to sign checkpoints."));
    }
    auto signature = m_token->signSha256(m_identity.auditKeyLabel, checkpoint.statement());
    if (!signature) {
        return std::unexpected(signingFailed("audit checkpoint"));
    }
    return signature;
}

bool SigningModule::isCertifiedApproverKey(qint64 userId, const QString& username, const QByteArray& publicKeyDer,
                                           const QDateTime& certifiedAt, const QByteArray& certification) const {
    if (m_identity.auditKeyLabel.isEmpty() || certification.isEmpty() || !certifiedAt.isValid()) {
        return false;
    }
    // Verified with the token's own public key object: the database's copy of it is not trusted.
    const auto verified = m_token->verifySha256(
        m_identity.auditKeyLabel, domain::approverKeyStatement(userId, username, sha256Hex(publicKeyDer), certifiedAt),
        certification);
    return verified && *verified;
}

domain::Result<QByteArray> SigningModule::signOcspResponderCertificate(const QByteArray& candidateDer) {
    if (auto active = requireActive(); !active) {
        return std::unexpected(active.error());
    }
    const auto lint = lint::Linter::run(candidateDer, std::nullopt, QStringLiteral("ocsp-responder"));
    if (!lint || lint::Linter::hasErrors(*lint)) {
        return fail(QStringLiteral("ca.ocsp-lint"),
                    QCoreApplication::translate(
                        "SigningModule", "The OCSP responder certificate does not pass the linter (CP table 7.1-2)."));
    }
    X509Ptr certificate = parseCertificateDer(candidateDer);
    if (!certificate || X509_sign(certificate.get(), m_token->privateKey(m_identity.caKeyLabel), EVP_sha256()) <= 0) {
        return std::unexpected(signingFailed("OCSP responder certificate"));
    }
    return toDer<i2d_X509>(certificate.get());
}

domain::Result<QByteArray> SigningModule::signCrl(const CrlContent& content) {
    if (auto active = requireActive(); !active) {
        return std::unexpected(active.error());
    }
    const qint64 span = content.thisUpdate.secsTo(content.nextUpdate);
    if (span <= 0 || span > 10 * kDay) {
        return fail(
            QStringLiteral("crl.next-update"),
            QCoreApplication::translate(
                "SigningModule", "nextUpdate must come after thisUpdate and at most 10 days later (CP table 7.2-1)."));
    }
    ERR_clear_error();
    X509* ca = m_caCertificate.get();
    const X509CrlPtr crl(X509_CRL_new());
    const Asn1TimePtr thisUpdate = asn1Time(content.thisUpdate);
    const Asn1TimePtr nextUpdate = asn1Time(content.nextUpdate);
    bool ok = X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) == 1 &&
              X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(ca)) == 1 &&
              X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get()) == 1 &&
              X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get()) == 1;
    for (const RevokedEntry& entry : content.entries) {
        if (!ok) {
            break;
        }
        X509RevokedPtr revoked(X509_REVOKED_new());
        const Asn1IntegerPtr serial = asn1Serial(entry.serial);
        const Asn1TimePtr at = asn1Time(entry.revokedAt);
        ok = serial && at && X509_REVOKED_set_serialNumber(revoked.get(), serial.get()) == 1 &&
             X509_REVOKED_set_revocationDate(revoked.get(), at.get()) == 1;
        if (ok && entry.reasonCode >= 0) {
            const Asn1EnumeratedPtr reason(ASN1_ENUMERATED_new());
            ok = ASN1_ENUMERATED_set(reason.get(), entry.reasonCode) == 1 &&
                 X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, reason.get(), 0, 0) == 1;
        }
        ok = ok && X509_CRL_add0_revoked(crl.get(), revoked.get()) == 1;
        if (ok) {
            (void)revoked.release(); // owned by the CRL now
        }
    }
    const Asn1IntegerPtr number(ASN1_INTEGER_new());
    ok = ok && ASN1_INTEGER_set_uint64(number.get(), content.number) == 1 &&
         X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0) == 1 &&
         addAuthorityKeyId(
             subjectKeyIdentifier(ca),
             [&](int nid, void* value) { return X509_CRL_add1_ext_i2d(crl.get(), nid, value, 0, 0) == 1; }) &&
         X509_CRL_sort(crl.get()) == 1;
    if (!ok) {
        return fail(QStringLiteral("crl.build"),
                    QCoreApplication::translate("SigningModule", "The CRL could not be built."), takeOpenSslErrors());
    }
    if (X509_CRL_sign(crl.get(), m_token->privateKey(m_identity.caKeyLabel), EVP_sha256()) <= 0) {
        return std::unexpected(signingFailed("CRL"));
    }
    return toDer<i2d_X509_CRL>(crl.get());
}

domain::Result<QByteArray> SigningModule::signOcspResponse(const OcspContent& content) {
    if (auto active = requireActive(); !active) {
        return std::unexpected(active.error());
    }
    const qint64 span = content.thisUpdate.secsTo(content.nextUpdate);
    if (span < 8 * kHour || span > 10 * kDay) {
        return fail(QStringLiteral("ocsp.validity"),
                    QCoreApplication::translate(
                        "SigningModule", "An OCSP response must be valid between 8 hours and 10 days (CP 4.9.10)."));
    }
    ERR_clear_error();
    X509* ca = m_caCertificate.get();
    const X509Ptr responder = parseCertificateDer(m_identity.ocspCertificateDer);
    EVP_PKEY* responderKey = m_token->privateKey(m_identity.ocspKeyLabel);
    if (!responder || !responderKey) {
        return fail(QStringLiteral("ocsp.no-responder"),
                    QCoreApplication::translate("SigningModule", "The OCSP responder key or certificate is missing."));
    }
    const Asn1IntegerPtr serial = asn1Serial(content.serial);
    int status = V_OCSP_CERTSTATUS_UNKNOWN;
    if (content.status == OcspCertStatus::Good) {
        // R-REV-5: "good" only for a certificate this CA really issued with this serial.
        const X509Ptr issued = parseCertificateDer(content.issuedCertificateDer);
        if (!issued || X509_verify(issued.get(), X509_get0_pubkey(ca)) != 1 ||
            ASN1_INTEGER_cmp(X509_get0_serialNumber(issued.get()), serial.get()) != 0) {
            ERR_clear_error();
            return fail(QStringLiteral("ocsp.good-unissued"),
                        QCoreApplication::translate("SigningModule",
                                                    "\"good\" is only ever said of a certificate this CA issued."));
        }
        status = V_OCSP_CERTSTATUS_GOOD;
    } else if (content.status == OcspCertStatus::Revoked) {
        status = V_OCSP_CERTSTATUS_REVOKED;
    }
    // RFC 5019 2.2.1: the CertID uses SHA-1, which every client can match.
    const OcspCertIdPtr id(
        OCSP_cert_id_new(EVP_sha1(), X509_get_subject_name(ca), X509_get0_pubkey_bitstr(ca), serial.get()));
    const OcspBasicResponsePtr basic(OCSP_BASICRESP_new());
    const Asn1TimePtr thisUpdate = asn1Time(content.thisUpdate);
    const Asn1TimePtr nextUpdate = asn1Time(content.nextUpdate);
    const Asn1TimePtr revokedAt = asn1Time(content.revokedAt.isValid() ? content.revokedAt : content.thisUpdate);
    // The reason, when there is one, goes in RevokedInfo; singleExtensions stay empty (CP 4.9.10).
    if (!id ||
        !OCSP_basic_add1_status(basic.get(), id.get(), status,
                                status == V_OCSP_CERTSTATUS_REVOKED ? content.reasonCode : OCSP_REVOKED_STATUS_NOSTATUS,
                                status == V_OCSP_CERTSTATUS_REVOKED ? revokedAt.get() : nullptr, thisUpdate.get(),
                                nextUpdate.get())) {
        return fail(QStringLiteral("ocsp.build"),
                    QCoreApplication::translate("SigningModule", "The OCSP response could not be built."),
                    takeOpenSslErrors());
    }
    if (OCSP_basic_sign(basic.get(), responder.get(), responderKey, EVP_sha256(), nullptr, OCSP_RESPID_KEY) != 1) {
        return std::unexpected(signingFailed("OCSP response"));
    }
    const OcspResponsePtr response(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
    return toDer<i2d_OCSP_RESPONSE>(response.get());
}

} // namespace ra::crypto
