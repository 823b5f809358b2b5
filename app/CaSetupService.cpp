// SPDX-License-Identifier: Apache-2.0
#include "app/CaSetupService.h"

#include "app/OwnerOnlyFiles.h"

#include "app/Workspace.h"
#include "crypto/CaCertificateBuilder.h"
#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "crypto/SecretSharing.h"
#include "crypto/lint/Linter.h"
#include "domain/AuditEntry.h"
#include "domain/CertificateProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace ra::app {

using domain::fail;

namespace {
constexpr int kKeyBits = 2048; // CP 6.1.5: RSA 2048 or larger

crypto::SecureBytes randomPin() {
    QByteArray text = crypto::randomText(12); // 16 characters a custodian never sees
    return crypto::SecureBytes::takeFrom(text);
}

} // namespace

QString CaSetupService::toPem(const QByteArray& der, const char* label) {
    QString pem = QStringLiteral("-----BEGIN %1-----\n").arg(QLatin1String(label));
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64) {
        pem += QString::fromLatin1(base64.mid(i, 64)) + QLatin1Char('\n');
    }
    return pem + QStringLiteral("-----END %1-----\n").arg(QLatin1String(label));
}

QList<QByteArray> CaSetupService::certificatesFromPem(const QByteArray& pem) {
    static const QByteArray begin("-----BEGIN CERTIFICATE-----");
    static const QByteArray end("-----END CERTIFICATE-----");
    QList<QByteArray> certificates;
    for (qsizetype from = pem.indexOf(begin); from >= 0; from = pem.indexOf(begin, from + 1)) {
        const qsizetype stop = pem.indexOf(end, from);
        if (stop < 0) {
            break;
        }
        const QByteArray body = pem.mid(from + begin.size(), stop - from - begin.size()).simplified().replace(' ', "");
        const auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            certificates << *decoded;
        }
    }
    return certificates;
}

domain::Status CaSetupService::store(const QString& actor, const QList<CaKeyRecord>& records, const QString& mode) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        QJsonObject details{{QStringLiteral("mode"), mode},
                            {QStringLiteral("token"), m_workspace.settings().tokenLabel}};
        for (const CaKeyRecord& record : records) {
            if (auto saved = m_workspace.certificates().saveCaKey(record); !saved) {
                return saved;
            }
            details.insert(record.purpose + QStringLiteral("_key_sha256"), crypto::sha256Hex(record.publicKeyDer));
            if (!record.certificateDer.isEmpty()) {
                details.insert(record.purpose + QStringLiteral("_certificate_sha256"),
                               crypto::sha256Hex(record.certificateDer));
            }
        }
        return m_workspace.audit().appendEvent(actor, domain::audit_event::CaInitialized, details);
    });
}

domain::Status CaSetupService::registerCa(const QString& actor, const QByteArray& chainPem,
                                          const QByteArray& responderPem) {
    if (initialized()) {
        return fail(QStringLiteral("ca.exists"),
                    QCoreApplication::translate("CaSetupService", "This workspace has a CA already."));
    }
    const WorkspaceSettings& settings = m_workspace.settings();
    if (settings.hsmModule.isEmpty() || settings.tokenLabel.isEmpty()) {
        return fail(QStringLiteral("ca.no-hsm"),
                    QCoreApplication::translate("CaSetupService",
                                                "An administrator names the PKCS#11 module and token first: "
                                                "ra-cli settings set hsm/module PATH, hsm/token_label LABEL."));
    }
    const QList<QByteArray> chain = certificatesFromPem(chainPem);
    const QList<QByteArray> responder = certificatesFromPem(responderPem);
    if (chain.size() != 2 || responder.size() != 1) {
        return fail(QStringLiteral("ca.chain"),
                    QCoreApplication::translate("CaSetupService",
                                                "Expected the issuing CA and root certificates (in that order) and "
                                                "one OCSP responder certificate, in PEM."));
    }
    if (auto checked = crypto::CaCertificateBuilder::checkChain(chain.at(1), chain.at(0), responder.front());
        !checked) {
        return checked;
    }
    const auto lint = crypto::lint::Linter::run(responder.front(), std::nullopt, QStringLiteral("ocsp-responder"));
    if (!lint || crypto::lint::Linter::hasErrors(*lint)) {
        return fail(QStringLiteral("ca.ocsp-lint"),
                    QCoreApplication::translate("CaSetupService",
                                                "The OCSP responder certificate does not follow CP table 7.1-2; run "
                                                "ra-cli lint --profile ocsp-responder on it."));
    }
    m_workspace.exportHsmEnvironment();
    auto token = crypto::Pkcs11Token::open(settings.hsmModule, settings.tokenLabel);
    if (!token) {
        return std::unexpected(token.error());
    }
    // Each certificate must certify the very key the token holds under its label.
    const QDateTime now = m_workspace.clock().nowUtc();
    QList<CaKeyRecord> records;
    const struct {
        const char* purpose;
        const QString& label;
        QByteArray certificate;
    } keys[] = {{"issuing", settings.keyLabel, chain.at(0)},
                {"ocsp", settings.ocspKeyLabel, responder.front()},
                {"audit", settings.auditKeyLabel, {}}};
    for (const auto& key : keys) {
        const auto publicKey = (*token)->publicKeyDer(key.label);
        if (!publicKey) {
            return std::unexpected(publicKey.error());
        }
        if (!key.certificate.isEmpty() &&
            crypto::CertificateBuilder::subjectPublicKeyInfo(key.certificate) != *publicKey) {
            return fail(QStringLiteral("ca.key-mismatch"),
                        QCoreApplication::translate("CaSetupService",
                                                    "The %1 certificate does not certify the key \"%2\" in the token.")
                            .arg(QString::fromLatin1(key.purpose), key.label));
        }
        records << CaKeyRecord{QString::fromLatin1(key.purpose), key.label, *publicKey, key.certificate, now};
    }
    // The root's key is offline in production: recorded by its certificate alone.
    records << CaKeyRecord{QStringLiteral("root"), QString(),
                           crypto::CertificateBuilder::subjectPublicKeyInfo(chain.at(1)), chain.at(1), now};
    return store(actor, records, QStringLiteral("registered"));
}

bool CaSetupService::initialized() const {
    const auto issuing = m_workspace.certificates().caKey(QStringLiteral("issuing"));
    return issuing && issuing->has_value();
}

domain::Result<crypto::CaIdentity> CaSetupService::identity() const {
    const auto issuing = m_workspace.certificates().caKey(QStringLiteral("issuing"));
    const auto ocsp = m_workspace.certificates().caKey(QStringLiteral("ocsp"));
    if (!issuing || !ocsp) {
        return std::unexpected(!issuing ? issuing.error() : ocsp.error());
    }
    if (!issuing->has_value() || !ocsp->has_value()) {
        return fail(
            QStringLiteral("ca.not-initialized"),
            QCoreApplication::translate("CaSetupService", "This workspace has no CA yet: run `ra-cli ca init` first."));
    }
    // The audit key's label only: the module uses the token's own key, never a public key read here.
    const auto audit = m_workspace.certificates().caKey(QStringLiteral("audit"));
    const QString auditKeyLabel = audit && audit->has_value() ? (*audit)->keyLabel : QString();
    return crypto::CaIdentity{(*issuing)->keyLabel, (*issuing)->certificateDer, (*ocsp)->keyLabel,
                              (*ocsp)->certificateDer, auditKeyLabel};
}

crypto::IssuerInfo CaSetupService::issuer() const {
    const auto issuing = m_workspace.certificates().caKey(QStringLiteral("issuing"));
    if (issuing && issuing->has_value()) {
        if (auto info = crypto::CertificateBuilder::issuerOf((*issuing)->certificateDer)) {
            return *info;
        }
    }
    const WorkspaceSettings& settings = m_workspace.settings();
    return {crypto::CertificateBuilder::encodeName(settings.issuerName), settings.issuerKeyId};
}

domain::Result<QString> CaSetupService::chainPem() const {
    const auto issuing = m_workspace.certificates().caKey(QStringLiteral("issuing"));
    const auto root = m_workspace.certificates().caKey(QStringLiteral("root"));
    if (!issuing || !root) {
        return std::unexpected(!issuing ? issuing.error() : root.error());
    }
    if (!issuing->has_value()) {
        return fail(
            QStringLiteral("ca.not-initialized"),
            QCoreApplication::translate("CaSetupService", "This workspace has no CA yet: run `ra-cli ca init` first."));
    }
    QString pem = toPem((*issuing)->certificateDer, "CERTIFICATE");
    if (root->has_value()) {
        pem += toPem((*root)->certificateDer, "CERTIFICATE");
    }
    return pem;
}

domain::Result<QList<QByteArray>> CaSetupService::initDemo(const QString& actor, int custodians) {
    const OwnerOnlyFiles ownerOnly; // the token folder and every object file SoftHSM2 writes in it
    if (initialized()) {
        return fail(QStringLiteral("ca.exists"),
                    QCoreApplication::translate("CaSetupService", "This workspace has a CA already."));
    }
    if (m_workspace.purpose() != WorkspacePurpose::Demo) {
        // A token of files in the workspace folder, whose PIN shares the set-up hands out, is the
        // demo's HSM; a production CA's keys were made at its key ceremony (`ca init --chain`).
        (void)m_workspace.record(actor, domain::audit_event::ActionRefused,
                                 {{QStringLiteral("action"), QStringLiteral("ca.init-demo")},
                                  {QStringLiteral("code"), QStringLiteral("ca.not-demo")}});
        return fail(QStringLiteral("ca.not-demo"),
                    QCoreApplication::translate("CaSetupService",
                                                "A demo CA in a SoftHSM2 token belongs to a demo workspace only; "
                                                "register this workspace's CA with ra-cli ca init --chain."));
    }
    if (!QFile::exists(QString::fromLatin1(kSoftHsmModule))) {
        return fail(
            QStringLiteral("ca.no-softhsm"),
            QCoreApplication::translate("CaSetupService", "SoftHSM2 is not installed (Debian package softhsm2)."),
            QString::fromLatin1(kSoftHsmModule));
    }
    // The token lives inside the workspace: SoftHSM2 reads its configuration when the module loads.
    const QDir dir(m_workspace.directory());
    dir.mkpath(QStringLiteral("softhsm/tokens"));
    const QString config = dir.filePath(QStringLiteral("softhsm/softhsm2.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("ca.softhsm-config"),
                    QCoreApplication::translate("CaSetupService", "The SoftHSM2 configuration cannot be written."),
                    config);
    }
    file.write("directories.tokendir = " + dir.filePath(QStringLiteral("softhsm/tokens")).toUtf8() +
               "\nobjectstore.backend = file\nlog.level = ERROR\n");
    file.close();
    if (auto saved = m_workspace.changeSettings(
            actor, {{QStringLiteral("hsm/module"), QString::fromLatin1(kSoftHsmModule)},
                    {QStringLiteral("hsm/softhsm2_conf"), config},
                    {QStringLiteral("hsm/token_label"), QString::fromLatin1(kDemoTokenLabel)}});
        !saved) {
        return std::unexpected(saved.error());
    }
    m_workspace.exportHsmEnvironment();
    const WorkspaceSettings& settings = m_workspace.settings();

    crypto::SecureBytes pin = randomPin();
    if (auto created =
            crypto::Pkcs11Token::initializeToken(settings.hsmModule, settings.tokenLabel, randomPin(), pin.copy());
        !created) {
        return std::unexpected(created.error());
    }
    auto opened = crypto::Pkcs11Token::open(settings.hsmModule, settings.tokenLabel);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    std::unique_ptr<crypto::Pkcs11Token> token = std::move(*opened);
    if (auto loggedIn = token->login(pin.copy()); !loggedIn) {
        return std::unexpected(loggedIn.error());
    }
    const struct {
        const QString& label;
        quint8 id;
    } keys[] = {
        {settings.keyLabel, 1}, {settings.rootKeyLabel, 2}, {settings.ocspKeyLabel, 3}, {settings.auditKeyLabel, 4}};
    for (const auto& key : keys) {
        if (auto generated = token->generateRsaKeyPair(key.label, key.id, kKeyBits); !generated) {
            return std::unexpected(generated.error());
        }
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    const auto root = crypto::CaCertificateBuilder::selfSigned(
        *token, {QStringLiteral("/C=JP/O=RA Workstation Demo/CN=RA Workstation Demo Root CA"), settings.rootKeyLabel,
                 now, 3650, -1, false});
    if (!root) {
        return std::unexpected(root.error());
    }
    const auto issuing = crypto::CaCertificateBuilder::subordinate(
        *token, settings.rootKeyLabel, *root,
        {QStringLiteral("/C=JP/O=RA Workstation Demo/CN=RA Workstation Demo OV CA"), settings.keyLabel, now, 1825, 0,
         true});
    if (!issuing) {
        return std::unexpected(issuing.error());
    }
    QList<CaKeyRecord> records;
    for (const auto& key : keys) {
        auto publicKey = token->publicKeyDer(key.label);
        if (!publicKey) {
            return std::unexpected(publicKey.error());
        }
        records << CaKeyRecord{QString(), key.label, *publicKey, {}, now};
    }
    records[0].purpose = QStringLiteral("issuing");
    records[0].certificateDer = *issuing;
    records[1].purpose = QStringLiteral("root");
    records[1].certificateDer = *root;
    records[2].purpose = QStringLiteral("ocsp");
    records[3].purpose = QStringLiteral("audit");

    // The OCSP responder certificate, to CP table 7.1-2, signed by the issuing CA in the token.
    auto module = crypto::SigningModule::open(std::move(token), {settings.keyLabel, *issuing, {}, {}, {}});
    if (!module) {
        return std::unexpected(module.error());
    }
    crypto::CertificateRequest request;
    request.subject = {QStringLiteral("JP"),
                       {},
                       {},
                       QStringLiteral("RA Workstation Demo"),
                       QStringLiteral("RA Workstation Demo OCSP Responder")};
    request.subjectPublicKeyDer = records[2].publicKeyDer;
    const auto candidate = crypto::CertificateBuilder::buildPreview(
        domain::CertificateProfile::ocspResponder(), *crypto::CertificateBuilder::issuerOf(*issuing), request, now);
    if (!candidate) {
        return std::unexpected(candidate.error());
    }
    const auto responder = (*module)->signOcspResponderCertificate(candidate->der);
    if (!responder) {
        return std::unexpected(responder.error());
    }
    records[2].certificateDer = *responder;
    module->reset(); // logs out

    if (auto stored = store(actor, records, QStringLiteral("demo")); !stored) {
        return std::unexpected(stored.error());
    }
    return crypto::SecretSharing::split(pin, 2, custodians);
}

} // namespace ra::app
