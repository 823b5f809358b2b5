// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 2, as an insider with write access to the workspace database would try it
// (R-APR-2, R-ROLE-2): an approval made with a key the database was given, not one the HSM's audit
// key certified for that person, is refused by the signing module; a key written straight into
// the database is never certified, and every refusal is audited.
#include "app/ApproverKeyCertifier.h"
#include "app/AuthService.h"
#include "app/CaaService.h"
#include "app/IssuanceService.h"
#include "app/UserService.h"
#include "crypto/ApproverKey.h"
#include "crypto/Digest.h"
#include "crypto/Totp.h"
#include "domain/Application.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/OutsideSql.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ra;

namespace {
// What an attacker changes in one user's row and one approval, kept to put back afterwards.
struct ApproverRow {
    QByteArray publicKey;
    QByteArray certification;
    QVariant certifiedAt;
    QByteArray approvalSignature;
};
} // namespace

class TestApprovalForgeryAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    qint64 m_applicationId = 0;
    QString m_outside; // a connection of its own on the same file: the attacker's sqlite3 shell

    app::Workspace& workspace() { return m_demo->workspace(); }

    std::unique_ptr<crypto::SigningModule> activate() {
        auto module = app::CaActivationService(workspace())
                          .openSigningModule(m_demo->custodian(QStringLiteral("tanaka")),
                                             m_demo->custodian(QStringLiteral("sato")));
        if (!module) {
            qWarning() << module.error().code << module.error().userMessage << module.error().detail;
            return nullptr;
        }
        return std::move(*module);
    }

    bool outsideExec(const QString& sql, const QVariantList& values = {}) {
        return test::outsideExec(m_outside, sql, values);
    }

    ApproverRow rowOf(const QString& username) {
        QSqlQuery query(QSqlDatabase::database(m_outside));
        query.prepare(QStringLiteral(
            "SELECT u.approval_public_key, u.approval_key_certification, u.approval_key_certified_at, a.signature "
            "FROM users u LEFT JOIN approvals a ON a.approver_id = u.id AND a.application_id = ? "
            "WHERE u.username = ?"));
        query.addBindValue(m_applicationId);
        query.addBindValue(username);
        if (!query.exec() || !query.next()) {
            return {};
        }
        return {query.value(0).toByteArray(), query.value(1).toByteArray(), query.value(2),
                query.value(3).toByteArray()};
    }

    bool writeRow(const QString& username, const ApproverRow& row) {
        const qint64 id = m_demo->user(username).id;
        if (!outsideExec(QStringLiteral("UPDATE users SET approval_public_key = ?, approval_key_certification = ?, "
                                        "approval_key_certified_at = ? WHERE id = ?"),
                         {row.publicKey, row.certification.isEmpty() ? QVariant() : QVariant(row.certification),
                          row.certifiedAt, id})) {
            return false;
        }
        // The attacker owns the file: the append-only trigger (R-AUD-4) is no obstacle to them, and
        // they put it back word for word, so that the schema issuance checks is as migrated and the
        // module itself has to find the forgery.
        const QString trigger = test::outsideDropTrigger(m_outside, QStringLiteral("approval_records_unchanged"));
        return !trigger.isEmpty() &&
               outsideExec(QStringLiteral("UPDATE approval_records SET signature = ? WHERE application_id = ? AND "
                                          "approver_id = ? AND round = (SELECT approval_round FROM applications "
                                          "WHERE id = ?)"),
                           {row.approvalSignature, m_applicationId, id, m_applicationId}) &&
               outsideExec(trigger);
    }

    // The statement sato's approval signs, signed by whatever sealed key and password are given.
    QByteArray forgeSatoApproval(const QByteArray& sealedKey, const crypto::SecureBytes& password) {
        const domain::Application application = *workspace().applications().byId(m_applicationId);
        const domain::Approval& approval = application.approvals.front();
        const QByteArray statement = domain::approvalStatement(m_applicationId, QStringLiteral("sato"),
                                                               approval.approvedAt, approval.contentDigest);
        const auto signature = crypto::ApproverKey::sign(sealedKey, password, statement);
        return signature ? *signature : QByteArray();
    }

    domain::Status check(crypto::SigningModule& module) {
        const auto record = workspace().certificates().currentFor(m_applicationId);
        const auto authorization =
            app::IssuanceService(workspace()).authorizationFor(*workspace().applications().byId(m_applicationId));
        if (!authorization) {
            return std::unexpected(authorization.error());
        }
        return module.checkCertificate((*record)->candidate, *authorization, m_demo->clock().nowUtc());
    }

    int auditCount(const QString& eventType, const QString& user) {
        QSqlQuery query(QSqlDatabase::database(m_outside));
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = ? AND details LIKE ?"));
        query.addBindValue(eventType);
        query.addBindValue(QStringLiteral("%\"user\":\"%1\"%").arg(user));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY2(m_demo->startLab(), qPrintable(m_demo->problem())); // CAA for the honest control
        m_outside = QStringLiteral("attacker");
        QSqlDatabase outside = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_outside);
        outside.setDatabaseName(workspace().databasePath());
        QVERIFY(outside.open());
        QSqlQuery approved(outside);
        QVERIFY(approved.exec(QStringLiteral("SELECT id FROM applications WHERE state = '%1'")
                                  .arg(domain::stateId(domain::ApplicationState::Approved))));
        QVERIFY(approved.next());
        m_applicationId = approved.value(0).toLongLong();
    }

    void cleanupTestCase() {
        QSqlDatabase::database(m_outside).close();
        QSqlDatabase::removeDatabase(m_outside);
        m_demo.reset();
    }

    void theHonestApprovalIsCertifiedAndAccepted_R_APR_2() {
        QVERIFY(rowOf(QStringLiteral("sato")).certification.isEmpty()); // the demo approved before any session
        auto module = activate();
        QVERIFY(module);
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certified"), QStringLiteral("sato")), 1);
        QVERIFY(!rowOf(QStringLiteral("sato")).certification.isEmpty());
        const domain::Application application = *workspace().applications().byId(m_applicationId);
        for (const QString& fqdn : application.fqdns) {
            QVERIFY(app::CaaService(workspace()).recheckForIssuance(QStringLiteral("tanaka"), m_applicationId, fqdn));
        }
        const domain::Status allowed = check(*module);
        QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error().code));
        // A second session finds nothing pending: a certification is made once.
        module.reset();
        QVERIFY(activate());
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certified"), QStringLiteral("sato")), 1);
    }

    void aKeyWrittenIntoTheDatabaseIsNeverTrusted_R_APR_2() {
        const ApproverRow original = rowOf(QStringLiteral("sato"));
        // The attacker makes a key of their own, puts it in sato's row and signs sato's approval with it.
        QByteArray secret("attacker-password");
        const crypto::SecureBytes password = crypto::SecureBytes::takeFrom(secret);
        const auto ownKey = crypto::ApproverKey::generate(password);
        QVERIFY(ownKey);
        ApproverRow forged = original;
        forged.publicKey = ownKey->publicKeyDer;
        forged.approvalSignature = forgeSatoApproval(ownKey->sealedPrivateKey, password);
        QVERIFY(!forged.approvalSignature.isEmpty());
        QVERIFY(writeRow(QStringLiteral("sato"), forged));

        const int refusalsBefore =
            auditCount(QStringLiteral("user.approval_key_certification_refused"), QStringLiteral("sato"));
        auto module = activate();
        QVERIFY(module);
        // The session did not certify the planted key: its creation is in no audit entry.
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certification_refused"), QStringLiteral("sato")),
                 refusalsBefore + 1);
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certified"), QStringLiteral("sato")), 1);
        const domain::Status refused = check(*module);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("issue.approver-key-uncertified"));
        // Issuing through the service is refused the same way, and nothing is signed.
        const auto issued = app::IssuanceService(workspace())
                                .issue(*module, {QStringLiteral("tanaka"), QStringLiteral("sato")}, m_applicationId);
        QVERIFY(!issued);
        QCOMPARE(issued.error().code, QStringLiteral("issue.approver-key-uncertified"));

        QVERIFY(writeRow(QStringLiteral("sato"), original));
    }

    void oneSupervisorCannotApproveInAnothersName_R_APR_2_R_ROLE_2() {
        // yamada, a supervisor with a certified key of her own, copies her key and its
        // certification into sato's row and signs an approval in sato's name: two approvals by one
        // person.
        const ApproverRow original = rowOf(QStringLiteral("sato"));
        const ApproverRow yamada = rowOf(QStringLiteral("yamada"));
        QVERIFY(!yamada.certification.isEmpty());
        const auto yamadaKeys = workspace().users().credentials(m_demo->user(QStringLiteral("yamada")).id);
        QVERIFY(yamadaKeys);
        ApproverRow forged = yamada;
        forged.approvalSignature =
            forgeSatoApproval(yamadaKeys->approvalPrivateKeySealed, m_demo->password(QStringLiteral("yamada")));
        QVERIFY(!forged.approvalSignature.isEmpty());
        QVERIFY(writeRow(QStringLiteral("sato"), forged));
        // Checked in the session that certified yamada's key: the certification names yamada, not sato.
        auto module = activate();
        QVERIFY(module);
        QCOMPARE(check(*module).error().code, QStringLiteral("issue.approver-key-uncertified"));
        module.reset();
        QVERIFY(writeRow(QStringLiteral("sato"), original));
    }

    void anOfficerWhoRaisesTheirOwnRoleIsNeverCertified_R_ROLE_1_R_APR_2() {
        // suzuki, an officer, makes her row a supervisor's and gets an approval key the way the
        // workstation makes one (with its own audit entry): the chain never shows anyone giving her
        // the role, so the HSM does not certify the key.
        const domain::User suzuki = m_demo->user(QStringLiteral("suzuki"));
        QByteArray secret("suzuki-password");
        const crypto::SecureBytes password = crypto::SecureBytes::takeFrom(secret);
        const auto key = crypto::ApproverKey::generate(password);
        QVERIFY(key);
        QVERIFY(outsideExec(QStringLiteral("UPDATE users SET role = 'supervisor', approval_public_key = ?, "
                                           "approval_private_key = ? WHERE id = ?"),
                            {key->publicKeyDer, key->sealedPrivateKey, suzuki.id}));
        QVERIFY(workspace().record(QStringLiteral("suzuki"), domain::audit_event::ApprovalKeyCreated,
                                   {{QStringLiteral("user"), QStringLiteral("suzuki")},
                                    {QStringLiteral("public_key_sha256"), crypto::sha256Hex(key->publicKeyDer)}}));
        auto module = activate();
        QVERIFY(module);
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certified"), QStringLiteral("suzuki")), 0);
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certification_refused"), QStringLiteral("suzuki")), 1);
        QVERIFY(rowOf(QStringLiteral("suzuki")).certification.isEmpty());
        module.reset();
        QVERIFY(outsideExec(QStringLiteral("UPDATE users SET role = 'officer', approval_public_key = NULL, "
                                           "approval_private_key = NULL WHERE id = ?"),
                            {suzuki.id}));
    }

    void oneApproverUnderTwoUserIdsCountsOnce_R_APR_2() {
        // Two approvals are required; the database gives sato's one approval a second time under
        // another user id (a copied row): the module counts one person.
        auto module = activate();
        QVERIFY(module);
        const auto record = workspace().certificates().currentFor(m_applicationId);
        auto authorization =
            app::IssuanceService(workspace()).authorizationFor(*workspace().applications().byId(m_applicationId));
        QVERIFY(authorization && authorization->approvals.size() == 1);
        authorization->requiredApprovals = 2;
        // Even certified for the second id (say, a duplicate "sato" row the certifier took for sato).
        crypto::SignedApproval copy = authorization->approvals.front();
        copy.approverId = 999;
        copy.keyCertifiedAt = m_demo->clock().nowUtc();
        const auto certification =
            module->certifyApproverKey(copy.approverId, copy.approver, copy.approverPublicKeyDer, copy.keyCertifiedAt);
        QVERIFY(certification);
        copy.keyCertification = *certification;
        authorization->approvals.append(copy);
        const domain::Status refused =
            module->checkCertificate((*record)->candidate, *authorization, m_demo->clock().nowUtc());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("issue.not-enough-approvals"));
    }

    void theRestoredKeyIsAcceptedAgain_R_APR_2() {
        // Put back, sato's own key and certification verify again: the refusals came from the forgery.
        auto module = activate();
        QVERIFY(module);
        const domain::Status allowed = check(*module);
        QVERIFY2(allowed, allowed ? "" : qPrintable(allowed.error().code));
    }

    void aGrantConfirmedOnlyInTheDatabaseIsNeverCertified_R_ROLE_1_R_APR_2() {
        // The administrator creates a supervisor, clears the "awaiting a second administrator"
        // flag in the file and enrols with their own part of the code: the workstation lets the
        // account in, but the chain shows no second administrator's confirmation, so the HSM does
        // not certify its approval key and its approvals count for nothing.
        const auto added = app::UserService(workspace())
                               .add(m_demo->user(QStringLiteral("admin")), QStringLiteral("mallory"), {},
                                    domain::Role::Supervisor, false);
        QVERIFY(added && added->user.awaitingConfirmation);
        QVERIFY(outsideExec(QStringLiteral("UPDATE users SET awaiting_confirmation = 0 WHERE username = 'mallory'")));
        const crypto::SecureBytes totp = app::AuthService::newTotpSecret();
        QByteArray secret("mallory-password");
        const auto enrolled = app::AuthService(workspace())
                                  .enrol(QStringLiteral("mallory"), added->code, crypto::SecureBytes::takeFrom(secret),
                                         totp, crypto::Totp::code(totp, m_demo->clock().nowUtc().toSecsSinceEpoch()));
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(enrolled.error().userMessage));
        auto module = activate();
        QVERIFY(module);
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certified"), QStringLiteral("mallory")), 0);
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certification_refused"), QStringLiteral("mallory")), 1);
        QVERIFY(rowOf(QStringLiteral("mallory")).certification.isEmpty());
        module.reset();
        QVERIFY(
            app::UserService(workspace()).disable(m_demo->user(QStringLiteral("admin")), QStringLiteral("mallory")));
    }

    // Last: it leaves the audit chain broken, as the attacker would.
    void aForgedCreationEntryDoesNotGetAKeyCertified_R_APR_2_R_AUD_2() {
        QByteArray secret("attacker-password");
        const crypto::SecureBytes password = crypto::SecureBytes::takeFrom(secret);
        const auto ownKey = crypto::ApproverKey::generate(password);
        QVERIFY(ownKey);
        ApproverRow forged = rowOf(QStringLiteral("sato"));
        forged.publicKey = ownKey->publicKeyDer;
        forged.certification.clear();
        forged.approvalSignature = forgeSatoApproval(ownKey->sealedPrivateKey, password);
        QVERIFY(writeRow(QStringLiteral("sato"), forged));
        // The key's "creation", planted in the log after the last entry, and the head moved on to it.
        QVERIFY(outsideExec(
            QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, event_type, details, "
                           "application_id, prev_hash, entry_hash) SELECT seq + 1, time_utc, 'sato', "
                           "workstation, 'user.approval_key_created', ?, 0, entry_hash, '00' FROM audit_log "
                           "WHERE seq = (SELECT MAX(seq) FROM audit_log)"),
            {QStringLiteral("{\"public_key_sha256\":\"%1\",\"user\":\"sato\"}")
                 .arg(crypto::sha256Hex(ownKey->publicKeyDer))}));
        QVERIFY(outsideExec(QStringLiteral("UPDATE audit_head SET seq = seq + 1, hash = '00' WHERE id = 1")));
        const int certifiedBefore = auditCount(QStringLiteral("user.approval_key_certified"), QStringLiteral("sato"));
        auto module = activate();
        QVERIFY(module);
        QCOMPARE(auditCount(QStringLiteral("user.approval_key_certified"), QStringLiteral("sato")), certifiedBefore);
        QSqlQuery reason(QSqlDatabase::database(m_outside));
        QVERIFY(reason.exec(QStringLiteral("SELECT details FROM audit_log WHERE event_type = "
                                           "'user.approval_key_certification_refused' ORDER BY seq DESC LIMIT 1")));
        QVERIFY(reason.next());
        QVERIFY2(reason.value(0).toString().contains(QStringLiteral("audit log does not verify")),
                 qPrintable(reason.value(0).toString()));
        QCOMPARE(check(*module).error().code, QStringLiteral("issue.approver-key-uncertified"));
    }
};

QTEST_GUILESS_MAIN(TestApprovalForgeryAttacks)
#include "TestApprovalForgeryAttacks.moc"
