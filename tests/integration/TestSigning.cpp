// SPDX-License-Identifier: Apache-2.0
// The signing module against a real SoftHSM2 token through libp11 (R-HSM-1..4), approvals it
// verifies itself (R-APR-2, R-ROLE-2), issuance (R-ISS-1..4), revocation, CRL and OCSP
// (R-REV-1, R-REV-5) — each result checked by OpenSSL's own command-line tools.
#include "app/ApplicationService.h"
#include "app/ApprovalService.h"
#include "app/AuditLogService.h"
#include "app/CaActivationService.h"
#include "app/CaSetupService.h"
#include "app/CaaService.h"
#include "app/CertificatePreviewService.h"
#include "app/IssuanceService.h"
#include "app/RevocationService.h"
#include "app/SettingsService.h"
#include "crypto/Base32.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/SecretSharing.h"
#include "crypto/Totp.h"
#include "crypto/lint/Linter.h"
#include "domain/Checklist.h"
#include "domain/Workflow.h"
#include "tests/support/DemoFixture.h"

#include <openssl/ocsp.h>
#include <openssl/x509.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using State = app::CertificateRecord::State;

namespace {
struct Tool {
    int exitCode = -1;
    QByteArray output; // stdout and stderr together
};

Tool run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

// The tbsCertificate of a DER certificate without the extension `oid`, as DER.
QByteArray tbsWithout(const QByteArray& der, const char* oid) {
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    X509* certificate = d2i_X509(nullptr, &data, long(der.size()));
    if (!certificate) {
        return {};
    }
    ASN1_OBJECT* object = OBJ_txt2obj(oid, 1);
    const int index = X509_get_ext_by_OBJ(certificate, object, -1);
    if (index >= 0) {
        X509_EXTENSION_free(X509_delete_ext(certificate, index));
    }
    ASN1_OBJECT_free(object);
    unsigned char* tbs = nullptr;
    const int length = i2d_re_X509_tbs(certificate, &tbs);
    const QByteArray out(reinterpret_cast<const char*>(tbs), length);
    OPENSSL_free(tbs);
    X509_free(certificate);
    return out;
}
} // namespace

class TestSigning : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DemoFixture> m_demo;
    app::Workspace* m_workspace = nullptr;
    QString m_issuedSerial;

    // OpenSSL's verifiers judge validity at the workspace's (fixed) clock, not the machine's: the
    // tests pass on any day.
    QString atSeconds() const { return QString::number(m_demo->clock().nowUtc().toSecsSinceEpoch()); }

    static crypto::SecureBytes secret(const QString& text) {
        QByteArray bytes = text.toUtf8();
        return crypto::SecureBytes::takeFrom(bytes);
    }

    app::CustodianSecrets custodian(const QString& name, const QString& share = {}) {
        return m_demo->custodian(name, share);
    }

    std::unique_ptr<crypto::SigningModule> activate(const QString& first = QStringLiteral("tanaka"),
                                                    const QString& second = QStringLiteral("sato")) {
        auto module = app::CaActivationService(*m_workspace).openSigningModule(custodian(first), custodian(second));
        if (!module) {
            qWarning() << module.error().code << module.error().userMessage << module.error().detail;
            return nullptr;
        }
        return std::move(*module);
    }

    domain::User user(const QString& name) { return *m_workspace->users().byUsername(name); }

    qint64 count(const QString& sql) {
        QSqlQuery query(m_workspace->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    QString file(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write(bytes);
        return path;
    }

    QString caFile(const QString& purpose) {
        const auto key = m_workspace->certificates().caKey(purpose);
        return file(purpose + QStringLiteral(".pem"),
                    app::CaSetupService::toPem((*key)->certificateDer, "CERTIFICATE").toLatin1());
    }

    crypto::IssuanceAuthorization authorizationOf(qint64 applicationId) {
        return *app::IssuanceService(*m_workspace).authorizationFor(*m_workspace->applications().byId(applicationId));
    }

    void prepareForApproval(qint64 id, const QString& officer) { QVERIFY(m_demo->prepareForApproval(id, officer)); }
    void takeForReview(qint64 id, const QString& officer) {
        domain::WorkflowRequest take;
        take.action = domain::WorkflowAction::TakeForReview;
        QVERIFY(app::ApplicationService(*m_workspace).perform(user(officer), id, take));
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY2(m_demo->startLab(), qPrintable(m_demo->problem())); // CAA again at issuance (R-CAA-3)
        m_workspace = &m_demo->workspace();
    }

    void caCertificatesChainToTheDemoRoot_R_HSM_1() {
        const QString root = caFile(QStringLiteral("root"));
        const QString issuing = caFile(QStringLiteral("issuing"));
        const QString responder = caFile(QStringLiteral("ocsp"));
        const Tool verified =
            run(QStringLiteral("openssl"),
                {QStringLiteral("verify"), QStringLiteral("-attime"), atSeconds(), QStringLiteral("-CAfile"), root,
                 QStringLiteral("-untrusted"), issuing, issuing, responder});
        QVERIFY2(verified.exitCode == 0, verified.output.constData());
        // The responder certificate follows CP table 7.1-2 (the linter's ocsp-responder profile).
        const auto key = m_workspace->certificates().caKey(QStringLiteral("ocsp"));
        const auto lint =
            crypto::lint::Linter::run((*key)->certificateDer, std::nullopt, QStringLiteral("ocsp-responder"));
        QVERIFY(lint && !crypto::lint::Linter::hasErrors(*lint));
        const Tool text = run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-in"), responder,
                                                          QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY(text.output.contains("OCSP Signing"));
        QVERIFY(text.output.contains("OCSP No Check"));
    }

    void keysAreGeneratedInTheTokenAndNeverExtractable_R_HSM_1() {
        // The custodians' shares make the PIN; only a test reassembles it, to ask the token itself.
        const auto pin =
            crypto::SecretSharing::combine({m_demo->field(QStringLiteral("tanaka"), "pin_share").toLatin1(),
                                            m_demo->field(QStringLiteral("sato"), "pin_share").toLatin1()});
        QVERIFY(pin);
        QProcess tool;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SOFTHSM2_CONF"), m_workspace->settings().softHsmConfig);
        tool.setProcessEnvironment(environment);
        tool.start(QStringLiteral("pkcs11-tool"),
                   {QStringLiteral("--module"), m_workspace->settings().hsmModule, QStringLiteral("--token-label"),
                    m_workspace->settings().tokenLabel, QStringLiteral("--login"), QStringLiteral("--pin"),
                    QString::fromLatin1(reinterpret_cast<const char*>(pin->data()), qsizetype(pin->size())),
                    QStringLiteral("--list-objects"), QStringLiteral("--type"), QStringLiteral("privkey")});
        QVERIFY(tool.waitForFinished(60000));
        const QByteArray listing = tool.readAllStandardOutput();
        QCOMPARE(listing.count("Private Key Object"), 4);
        QCOMPARE(listing.count("sensitive, always sensitive, never extractable, local"), 4);
    }

    void theDemoHoldsAnApprovedApplication() {
        const domain::Application ready = *m_workspace->applications().byId(5);
        QCOMPARE(ready.state, domain::ApplicationState::Approved);
        QCOMPARE(ready.approvals.size(), 1);
        const auto candidate = m_workspace->certificates().currentFor(5);
        QVERIFY(candidate && candidate->has_value());
        QCOMPARE((*candidate)->state, State::Candidate);
        QCOMPARE(ready.approvals.front().contentDigest, (*candidate)->tbsSha256);
    }

    void theModuleChecksTheApprovalsItself_R_APR_2_R_ROLE_2() {
        auto module = activate();
        QVERIFY(module);
        const app::CertificateRecord candidate = **m_workspace->certificates().currentFor(5);
        const crypto::IssuanceAuthorization good = authorizationOf(5);
        const QDateTime now = m_demo->clock().nowUtc();

        crypto::IssuanceAuthorization none = good;
        none.approvals.clear();
        QCOMPARE(module->signCertificate(candidate.candidate, none, now).error().code,
                 QStringLiteral("issue.not-enough-approvals"));

        crypto::IssuanceAuthorization validator = good;
        validator.validatorId = validator.approvals.front().approverId;
        QCOMPARE(module->signCertificate(candidate.candidate, validator, now).error().code,
                 QStringLiteral("issue.approver-validated"));

        crypto::IssuanceAuthorization twice = good;
        twice.approvals << twice.approvals.front();
        twice.requiredApprovals = 2;
        QCOMPARE(module->signCertificate(candidate.candidate, twice, now).error().code,
                 QStringLiteral("issue.not-enough-approvals"));

        crypto::IssuanceAuthorization altered = good;
        altered.approvals.front().approvedAt = altered.approvals.front().approvedAt.addSecs(1);
        QCOMPARE(module->signCertificate(candidate.candidate, altered, now).error().code,
                 QStringLiteral("issue.approval-invalid"));

        // Other content (a fresh candidate for the same application) is not what was approved.
        const auto other =
            app::CertificatePreviewService(*m_workspace)
                .preview(*m_workspace->applications().byId(5), app::CertificatePreviewService::Subject::VerifiedOnly);
        QVERIFY(other.passed());
        QCOMPARE(module->signCertificate(other.der, good, now).error().code, QStringLiteral("issue.approval-invalid"));

        // R-ISS-1: notBefore must be within 48 hours before signing, and not in the future.
        QCOMPARE(
            module->signCertificate(candidate.candidate, good, candidate.notBefore.addSecs(49 * 3600)).error().code,
            QStringLiteral("issue.stale"));
        QCOMPARE(module->signCertificate(candidate.candidate, good, candidate.notBefore.addSecs(-60)).error().code,
                 QStringLiteral("issue.stale"));
        QVERIFY(module->isActive()); // refusals are not HSM failures
    }

    void caaIsCheckedAgainAtSigning_R_CAA_3() {
        auto module = activate();
        QVERIFY(module);
        const app::CertificateRecord candidate = **m_workspace->certificates().currentFor(5);
        // The demo set-up's CAA checks, corroborated then, are good for max(TTL, 8 hours): nine
        // hours on, none is fresh, and the module refuses on its own.
        m_demo->clock().advanceSeconds(9 * 3600);
        const QDateTime now = m_demo->clock().nowUtc();
        QCOMPARE(module->checkCertificate(candidate.candidate, authorizationOf(5), now).error().code,
                 QStringLiteral("issue.caa-stale"));

        // At issuance the service checks again at every perspective; a record naming another CA
        // refuses issuance before any serial is reserved.
        app::DnsLab& dns = m_demo->lab()->dns();
        QVERIFY(dns.setRecords(QStringLiteral("sample.co.jp"), QStringLiteral("CAA"),
                               {QStringLiteral("0 issue \"letsencrypt.org\"")}));
        const auto refused =
            app::IssuanceService(*m_workspace).issue(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")}, 5);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("issue.caa"));
        QCOMPARE((*m_workspace->certificates().currentFor(5))->state, app::CertificateRecord::State::Candidate);
        QCOMPARE(m_workspace->applications().byId(5)->state, domain::ApplicationState::Approved);
        QVERIFY(dns.setRecords(QStringLiteral("sample.co.jp"), QStringLiteral("CAA"),
                               {QStringLiteral("0 issue \"secomtrust.net\"")}));

        // A corroborated permission is good for max(TTL, 8 hours), and not a second longer.
        app::CaaService caa(*m_workspace);
        const QStringList names = m_workspace->applications().byId(5)->fqdns;
        for (const QString& fqdn : names) {
            const auto checked = caa.recheckForIssuance(QStringLiteral("tanaka+sato"), 5, fqdn);
            QVERIFY(checked && checked->permitsIssuanceAt(now));
        }
        const crypto::IssuanceAuthorization current = authorizationOf(5);
        QVERIFY(module->checkCertificate(candidate.candidate, current, now));
        QCOMPARE(module->checkCertificate(candidate.candidate, current, now.addSecs(8 * 3600)).error().code,
                 QStringLiteral("issue.caa-stale"));
        crypto::IssuanceAuthorization oneMissing = current;
        oneMissing.caaValidUntil.remove(QStringLiteral("sample.co.jp"));
        QCOMPARE(module->checkCertificate(candidate.candidate, oneMissing, now).error().code,
                 QStringLiteral("issue.caa-stale"));
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'caa.checked'")) >= 3);
    }

    void issuanceProducesWhatWasApproved_R_ISS_1_R_ISS_2_R_ISS_4() {
        auto module = activate();
        QVERIFY(module);
        const auto issued =
            app::IssuanceService(*m_workspace).issue(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")}, 5);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().userMessage + issued.error().detail));
        m_issuedSerial = issued->serial;
        QCOMPARE(issued->lintErrors, 0);
        QVERIFY(issued->notified); // R-ISS-5: through the lab's relay
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'certificate.notified'")), 1);
        QCOMPARE(m_workspace->applications().byId(5)->state, domain::ApplicationState::Issued);

        // OpenSSL's own verifier accepts the chain.
        const QString certificate = file(QStringLiteral("issued.pem"),
                                         app::CaSetupService::toPem(issued->certificateDer, "CERTIFICATE").toLatin1());
        const Tool verified =
            run(QStringLiteral("openssl"),
                {QStringLiteral("verify"), QStringLiteral("-attime"), atSeconds(), QStringLiteral("-CAfile"),
                 caFile(QStringLiteral("root")), QStringLiteral("-untrusted"), caFile(QStringLiteral("issuing")),
                 QStringLiteral("-purpose"), QStringLiteral("sslserver"), certificate});
        QVERIFY2(verified.exitCode == 0, verified.output.constData());

        // The signed tbsCertificate is the approved one, byte for byte.
        const app::CertificateRecord record = **m_workspace->certificates().bySerial(issued->serial);
        QCOMPARE(crypto::CertificateBuilder::tbsSha256Hex(issued->certificateDer), record.tbsSha256);
        QCOMPARE(crypto::CertificateBuilder::serialHex(issued->certificateDer), issued->serial);

        // R-ISS-4: the precertificate is the certificate plus the critical poison, nothing else.
        QVERIFY(!issued->precertificateDer.isEmpty());
        QVERIFY(tbsWithout(issued->precertificateDer, "1.3.6.1.4.1.11129.2.4.3") ==
                tbsWithout(issued->certificateDer, "1.3.6.1.4.1.11129.2.4.3"));
        QVERIFY(tbsWithout(issued->precertificateDer, "2.5.29.14") != tbsWithout(issued->certificateDer, "2.5.29.14"));
        const Tool poison = run(QStringLiteral("openssl"),
                                {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                 QStringLiteral("-in"), file(QStringLiteral("pre.der"), issued->precertificateDer),
                                 QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(poison.output.contains("CT Precertificate Poison: critical"), poison.output.constData());

        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'certificate.issued'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'certificate.issuing'")), 1);
    }

    void signingTheSameContentAgainGivesTheSameBytes_R_ISS_3() {
        // Completing an interrupted issuance re-signs the recorded content; that is one and the same
        // certificate only because the signature is deterministic.
        auto module = activate();
        QVERIFY(module);
        const app::CertificateRecord record = **m_workspace->certificates().bySerial(m_issuedSerial);
        const auto again = module->signCertificate(record.candidate, authorizationOf(5), m_demo->clock().nowUtc());
        QVERIFY(again);
        QCOMPARE(*again, record.certificate);
    }

    void anIssuedApplicationIsNotIssuedTwice_R_ISS_3() {
        auto module = activate();
        QVERIFY(module);
        const auto second =
            app::IssuanceService(*m_workspace).issue(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")}, 5);
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("issue.already-issued"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE application_id = 5 "
                                      "AND certificate IS NOT NULL")),
                 1);
        // The schema holds the line too: a second live certificate for the application is refused.
        QSqlQuery query(m_workspace->database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE certificates SET state = 'issuing' WHERE application_id = 5 "
                                           "AND state = 'void'")) ||
                count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE application_id = 5 AND state IN "
                                     "('issuing', 'issued')")) == 1);
        QVERIFY(!query.exec(QStringLiteral("UPDATE certificates SET certificate = x'00' WHERE application_id = 5")));
    }

    void approvalIsBoundToTheApproversKey_R_APR_2() {
        takeForReview(6, QStringLiteral("tanaka"));
        prepareForApproval(6, QStringLiteral("tanaka")); // tokai-trading, validated by tanaka
        app::ApprovalService approvals(*m_workspace);
        // The validator cannot approve (R-ROLE-2), and a wrong password does not open the key.
        auto own = approvals.approve(user(QStringLiteral("tanaka")),
                                     secret(m_demo->field(QStringLiteral("tanaka"), "password")), 6);
        QVERIFY(!own);
        auto locked = approvals.approve(user(QStringLiteral("yamada")), secret(QStringLiteral("not the password")), 6);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, QStringLiteral("approval.key-locked"));
        // An account from before approval keys existed gets its key at its first approval.
        QSqlQuery keyless(m_workspace->database().connection());
        QVERIFY(keyless.exec(QStringLiteral("UPDATE users SET approval_public_key = NULL, approval_private_key = NULL "
                                            "WHERE username = 'yamada'")));
        auto approved = approvals.approve(user(QStringLiteral("yamada")),
                                          secret(m_demo->field(QStringLiteral("yamada"), "password")), 6);
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().userMessage));
        QCOMPARE(approved->state, domain::ApplicationState::Approved);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'user.approval_key_created'")),
                 1);
        QVERIFY(!m_workspace->users().credentials(user(QStringLiteral("yamada")).id)->approvalPublicKey.isEmpty());

        // A signature altered in the database (by someone who drops the append-only trigger first)
        // is caught by the module, and nothing is signed.
        QSqlQuery tamper(m_workspace->database().connection());
        QVERIFY(!tamper.exec(QStringLiteral("UPDATE approval_records SET signature = zeroblob(64)")));
        QSqlQuery trigger(m_workspace->database().connection());
        QVERIFY(trigger.exec(QStringLiteral(
                    "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'approval_records_unchanged'")) &&
                trigger.next());
        const QString triggerSql = trigger.value(0).toString();
        trigger.finish();
        QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER approval_records_unchanged")));
        QVERIFY(tamper.exec(
            QStringLiteral("UPDATE approval_records SET signature = zeroblob(64) WHERE application_id = 6")));
        // The trigger put back word for word: a schema not as migrated would stop issuance before
        // the module is asked (issue 12 item 11), and the module's own check is what this tests.
        QVERIFY(tamper.exec(triggerSql));
        auto module = activate();
        QVERIFY(module);
        const auto refused =
            app::IssuanceService(*m_workspace).issue(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")}, 6);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("issue.approval-invalid"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE application_id = 6 "
                                      "AND state != 'candidate'")),
                 0); // refused before a serial was reserved
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'certificate.issuance_failed' "
                                      "AND details LIKE '%issue.approval-invalid%'")),
                 1);
    }

    void revocationTakesOnlyTheReasonsOfThePolicy_R_REV_1() {
        app::RevocationService service(*m_workspace);
        QCOMPARE(service.revoke(user(QStringLiteral("tanaka")), m_issuedSerial, QStringLiteral("keyCompromise"))
                     .error()
                     .code,
                 QStringLiteral("revoke.not-allowed"));
        QCOMPARE(service.revoke(user(QStringLiteral("sato")), m_issuedSerial, QStringLiteral("certificateHold"))
                     .error()
                     .code,
                 QStringLiteral("revoke.reason"));
        QCOMPARE(service.revoke(user(QStringLiteral("sato")), QStringLiteral("0badc0de"), QStringLiteral("superseded"))
                     .error()
                     .code,
                 QStringLiteral("revoke.unknown-serial"));
        const auto revoked =
            service.revoke(user(QStringLiteral("sato")), m_issuedSerial, QStringLiteral("keyCompromise"));
        QVERIFY(revoked);
        QCOMPARE(revoked->revocationReason, 1);
        QCOMPARE(
            service.revoke(user(QStringLiteral("sato")), m_issuedSerial, QStringLiteral("superseded")).error().code,
            QStringLiteral("revoke.already-revoked"));
    }

    void crlVerifiesWithOpenssl_R_REV_5() {
        auto module = activate();
        QVERIFY(module);
        app::RevocationService service(*m_workspace);
        const auto first = service.generateCrl(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")});
        QVERIFY(first);
        const auto second = service.generateCrl(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")});
        QVERIFY(second);
        QCOMPARE(second->number, first->number + 1);
        QVERIFY(first->thisUpdate.secsTo(first->nextUpdate) <= 10 * 86400);
        const Tool crl = run(QStringLiteral("openssl"),
                             {QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                              QStringLiteral("-in"), file(QStringLiteral("ca.crl"), second->der),
                              QStringLiteral("-CAfile"), caFile(QStringLiteral("issuing")), QStringLiteral("-verify"),
                              QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(crl.exitCode == 0 && crl.output.contains("verify OK"), crl.output.constData());
        QVERIFY(crl.output.contains("Version 2"));
        QVERIFY(crl.output.contains("X509v3 CRL Number"));
        QVERIFY(crl.output.contains("X509v3 Authority Key Identifier"));
        QVERIFY(crl.output.contains(m_issuedSerial.toUpper().toLatin1()));
        QVERIFY(crl.output.contains("Key Compromise"));
        // nextUpdate past 10 days is refused by the module.
        crypto::CrlContent tooLong{99, m_demo->clock().nowUtc(), m_demo->clock().nowUtc().addDays(11), {}};
        QCOMPARE(module->signCrl(tooLong).error().code, QStringLiteral("crl.next-update"));
    }

    void ocspResponsesVerifyWithOpenssl_R_REV_5() {
        auto module = activate();
        QVERIFY(module);
        const QString unused = QStringLiteral("5eed00000000000000000000000001");
        const auto responses =
            app::RevocationService(*m_workspace)
                .signOcspResponses(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")}, {unused});
        QVERIFY(responses);
        QHash<QString, app::OcspResult> bySerial;
        for (const app::OcspResult& response : *responses) {
            bySerial.insert(response.serial, response);
        }
        QCOMPARE(bySerial.value(m_issuedSerial).status, QStringLiteral("revoked"));
        QCOMPARE(bySerial.value(unused).status, QStringLiteral("unknown"));
        for (const QString& serial : {m_issuedSerial, unused}) {
            const Tool ocsp =
                run(QStringLiteral("openssl"),
                    {QStringLiteral("ocsp"), QStringLiteral("-attime"), atSeconds(), QStringLiteral("-respin"),
                     file(serial + QStringLiteral(".ocsp"), bySerial.value(serial).der), QStringLiteral("-CAfile"),
                     caFile(QStringLiteral("root")), QStringLiteral("-verify_other"), caFile(QStringLiteral("issuing")),
                     QStringLiteral("-issuer"), caFile(QStringLiteral("issuing")), QStringLiteral("-serial"),
                     QStringLiteral("0x") + serial, QStringLiteral("-resp_text")});
            QVERIFY2(ocsp.exitCode == 0 && ocsp.output.contains("Response verify OK"), ocsp.output.constData());
            QVERIFY(!ocsp.output.contains("Cert Status: good"));
            // No reasonCode (nor anything else) in singleExtensions (CP 4.9.10).
            const QByteArray& der = bySerial.value(serial).der;
            const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
            OCSP_RESPONSE* response = d2i_OCSP_RESPONSE(nullptr, &data, long(der.size()));
            OCSP_BASICRESP* basic = OCSP_response_get1_basic(response);
            QCOMPARE(OCSP_SINGLERESP_get_ext_count(OCSP_resp_get0(basic, 0)), 0);
            OCSP_BASICRESP_free(basic);
            OCSP_RESPONSE_free(response);
        }
        QVERIFY(bySerial.value(m_issuedSerial).der.size() > 0);

        // "good" is never said of a serial that was not issued, and validity stays within 8 h - 10 days.
        crypto::OcspContent good;
        good.serial = QByteArray::fromHex(unused.toLatin1());
        good.status = crypto::OcspCertStatus::Good;
        good.thisUpdate = m_demo->clock().nowUtc();
        good.nextUpdate = good.thisUpdate.addDays(4);
        QCOMPARE(module->signOcspResponse(good).error().code, QStringLiteral("ocsp.good-unissued"));
        crypto::OcspContent shortLived = good;
        shortLived.status = crypto::OcspCertStatus::Unknown;
        shortLived.nextUpdate = shortLived.thisUpdate.addSecs(7 * 3600);
        QCOMPARE(module->signOcspResponse(shortLived).error().code, QStringLiteral("ocsp.validity"));
        shortLived.nextUpdate = shortLived.thisUpdate.addDays(11);
        QCOMPARE(module->signOcspResponse(shortLived).error().code, QStringLiteral("ocsp.validity"));
    }

    void aLostTokenFailsCleanlyAndReactivationWorks_R_HSM_4() {
        // Application 3 (kansai-foods) is validated by suzuki and approved by sato.
        prepareForApproval(3, QStringLiteral("suzuki")); // kansai-foods, validated by suzuki
        QVERIFY(
            app::ApprovalService(*m_workspace)
                .approve(user(QStringLiteral("sato")), secret(m_demo->field(QStringLiteral("sato"), "password")), 3));
        auto module = activate();
        QVERIFY(module);
        // The token disappears while the key is active (SoftHSM2: its directory goes away).
        const QString tokens =
            QFileInfo(m_workspace->settings().softHsmConfig).dir().filePath(QStringLiteral("tokens"));
        QVERIFY(QDir().rename(tokens, tokens + QStringLiteral(".removed")));
        const auto lost =
            app::IssuanceService(*m_workspace).issue(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")}, 3);
        QVERIFY(QDir().rename(tokens + QStringLiteral(".removed"), tokens));
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, QStringLiteral("hsm.lost"));
        QVERIFY(!module->isActive());
        QCOMPARE(module->signCrl({1, m_demo->clock().nowUtc(), m_demo->clock().nowUtc().addDays(1), {}}).error().code,
                 QStringLiteral("hsm.not-activated"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'hsm.lost'")), 1);
        // Nothing was signed; the reserved serial waits in "issuing" for the next session.
        const auto pending = app::IssuanceService(*m_workspace).reconcile();
        QVERIFY(pending);
        QCOMPARE(pending->size(), 1);
        QVERIFY(pending->front().certificate.isEmpty());

        // Re-activation without a restart completes it.
        module.reset();
        module = activate(QStringLiteral("yamada"), QStringLiteral("tanaka"));
        QVERIFY(module);
        // R-ISS-5: a relay that does not answer never undoes an issuance; the failure is audited.
        app::SettingsService settings(*m_workspace);
        const domain::User admin = m_demo->user(QStringLiteral("admin"));
        const QString relay = m_workspace->settingsLedger().current()->value(QStringLiteral("mail/relay")).value;
        QVERIFY(settings.change(admin, QStringLiteral("mail/relay"), QStringLiteral("127.0.0.1:9")));
        const auto resumed = app::IssuanceService(*m_workspace)
                                 .resumeInterrupted(*module, {QStringLiteral("yamada"), QStringLiteral("tanaka")});
        QVERIFY(settings.change(admin, QStringLiteral("mail/relay"), relay));
        QVERIFY2(resumed, resumed ? "" : qPrintable(resumed.error().userMessage + resumed.error().detail));
        QCOMPARE(resumed->size(), 1);
        QVERIFY(!resumed->front().notified);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = "
                                      "'certificate.notification_failed'")),
                 1);
        QCOMPARE(m_workspace->applications().byId(3)->state, domain::ApplicationState::Issued);
        const Tool verified =
            run(QStringLiteral("openssl"),
                {QStringLiteral("verify"), QStringLiteral("-attime"), atSeconds(), QStringLiteral("-CAfile"),
                 caFile(QStringLiteral("root")), QStringLiteral("-untrusted"), caFile(QStringLiteral("issuing")),
                 file(QStringLiteral("resumed.pem"),
                      app::CaSetupService::toPem(resumed->front().certificateDer, "CERTIFICATE").toLatin1())});
        QVERIFY2(verified.exitCode == 0, verified.output.constData());
    }

    void splitPinReplacesTheShares_R_HSM_3() {
        // Each holder signs in to receive their share (the two activating ones by activating).
        std::vector<app::CustodianSecrets> holders =
            m_demo->shareRecipients({QStringLiteral("sato"), QStringLiteral("yamada"), QStringLiteral("tanaka")});
        app::CustodianSecrets first = custodian(QStringLiteral("sato"));
        app::CustodianSecrets second = custodian(QStringLiteral("yamada"));
        const auto shares =
            app::CaActivationService(*m_workspace).rotatePin(std::move(first), std::move(second), std::move(holders));
        QVERIFY2(shares, shares ? "" : qPrintable(shares.error().userMessage + shares.error().detail));
        QCOMPARE(shares->size(), 3);
        // The old shares no longer open the token; any two new ones do.
        QCOMPARE(app::CaActivationService(*m_workspace)
                     .activate(custodian(QStringLiteral("sato")), custodian(QStringLiteral("tanaka")))
                     .error()
                     .code,
                 QStringLiteral("hsm.login"));
        auto token = app::CaActivationService(*m_workspace)
                         .activate(custodian(QStringLiteral("yamada"), QString::fromLatin1(shares->at(1).share)),
                                   custodian(QStringLiteral("tanaka"), QString::fromLatin1(shares->at(2).share)));
        QCOMPARE(shares->at(2).custodian, QStringLiteral("tanaka"));
        QVERIFY(token);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.pin_split'")), 1);
        for (const app::PinShare& share : *shares) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE instr(details, '%1') > 0")
                               .arg(QString::fromLatin1(share.share))),
                     0);
        }
    }

    void aProductionCaIsRegisteredFromItsCertificates_R_HSM_1() {
        // A second workspace uses the demo token as "its" HSM and registers the CA's certificates.
        const QString directory = m_dir.filePath(QStringLiteral("production"));
        const auto key = m_workspace->certificates().caKey(QStringLiteral("ocsp"));
        const QByteArray chain = app::CaSetupService(*m_workspace).chainPem()->toLatin1();
        const QByteArray responder = app::CaSetupService::toPem((*key)->certificateDer, "CERTIFICATE").toLatin1();
        {
            auto created = app::Workspace::create(directory, m_demo->clock());
            QVERIFY(created);
            app::CaSetupService setup(**created);
            QCOMPARE(setup.registerCa(QStringLiteral("admin"), chain, responder).error().code,
                     QStringLiteral("ca.no-hsm"));
            QVERIFY((*created)->changeSettings(
                QStringLiteral("admin"), {{QStringLiteral("hsm/module"), m_workspace->settings().hsmModule},
                                          {QStringLiteral("hsm/softhsm2_conf"), m_workspace->settings().softHsmConfig},
                                          {QStringLiteral("hsm/token_label"), m_workspace->settings().tokenLabel}}));
            // The chain in the wrong order, and a responder certificate that is not one.
            const QList<QByteArray> parts = app::CaSetupService::certificatesFromPem(chain);
            QCOMPARE(parts.size(), 2);
            const QByteArray reversed = app::CaSetupService::toPem(parts.at(1), "CERTIFICATE").toLatin1() +
                                        app::CaSetupService::toPem(parts.at(0), "CERTIFICATE").toLatin1();
            QCOMPARE(setup.registerCa(QStringLiteral("admin"), reversed, responder).error().code,
                     QStringLiteral("ca.chain"));
            QCOMPARE(setup
                         .registerCa(QStringLiteral("admin"), chain,
                                     app::CaSetupService::toPem(parts.at(0), "CERTIFICATE").toLatin1())
                         .error()
                         .code,
                     QStringLiteral("ca.chain"));
        }
        {
            // The configured label names another key than the certificate's.
            auto opened = app::Workspace::open(directory, m_demo->clock());
            QVERIFY(opened);
            QVERIFY((*opened)->changeSettings(QStringLiteral("admin"),
                                              {{QStringLiteral("hsm/key_label"), QStringLiteral("ra-root-key")}}));
            QCOMPARE(app::CaSetupService(**opened).registerCa(QStringLiteral("admin"), chain, responder).error().code,
                     QStringLiteral("ca.key-mismatch"));
            QVERIFY((*opened)->changeSettings(QStringLiteral("admin"),
                                              {{QStringLiteral("hsm/key_label"), QStringLiteral("ra-ca-key")}}));
        }
        auto opened = app::Workspace::open(directory, m_demo->clock());
        QVERIFY(opened);
        app::CaSetupService setup(**opened);
        const domain::Status registered = setup.registerCa(QStringLiteral("admin"), chain, responder);
        QVERIFY2(registered, registered ? "" : qPrintable(registered.error().userMessage));
        QVERIFY(setup.initialized());
        QCOMPARE(setup.chainPem()->toLatin1(), chain);
        QVERIFY(setup.identity());
        QCOMPARE(setup.registerCa(QStringLiteral("admin"), chain, responder).error().code, QStringLiteral("ca.exists"));
    }

    void everythingIsAuditedAndTheChainVerifies_R_AUD_1() {
        for (const char* event : {"ca.initialized", "certificate.candidate", "certificate.issuing",
                                  "certificate.precertificate_signed", "certificate.issued", "certificate.revoked",
                                  "crl.generated", "ocsp.signed", "hsm.lost", "ca.pin_split"}) {
            QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1'")
                               .arg(QString::fromLatin1(event))) > 0,
                     event);
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%pin_share%'")), 0);
        // The chain is intact; the one record altered by hand above (an approval's signature,
        // application 6) is named as such (issue 12 item 11).
        const app::AuditVerification verified = app::AuditLogService::verifyDatabase(m_workspace->databasePath(), {});
        QCOMPARE(verified.problem, app::AuditVerification::Problem::AlteredRecord);
        QCOMPARE(verified.firstBadSequence, 0);
        QCOMPARE(verified.badRecordTable, QStringLiteral("approval_records"));
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "TestSigning.moc"
