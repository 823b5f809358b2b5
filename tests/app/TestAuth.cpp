// SPDX-License-Identifier: Apache-2.0
// R-ROLE-3, R-ROLE-4: password + TOTP, codes used once, lockout, disabled accounts, and every
// login, failure and lock audited. User administration rules (R-ROLE-1, R-ROLE-2).
#include "app/AuthService.h"
#include "app/ReadAccess.h"
#include "app/UserService.h"
#include "crypto/ApproverKey.h"
#include "crypto/Totp.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace ra;
using test::TestWorkspace;

class TestAuth : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;

    domain::Result<domain::User> login(const QString& user, const QString& password, const QString& code) {
        return app::AuthService(m_ws->workspace()).login(user, TestWorkspace::secret(password), code);
    }

    qint64 events(const QString& type, const QString& actor) {
        return m_ws->count(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1' AND actor = '%2'").arg(type, actor));
    }

private slots:
    void init() {
        m_ws = std::make_unique<TestWorkspace>();
        m_ws->addUser(QStringLiteral("tanaka"), domain::Role::Officer);
        m_ws->addUser(QStringLiteral("ito"), domain::Role::Auditor);
    }

    void passwordAndCodeLogIn_R_ROLE_3() {
        const auto user = login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")),
                                m_ws->code(QStringLiteral("tanaka")));
        QVERIFY2(user, user ? "" : qPrintable(user.error().userMessage));
        QCOMPARE(user->role, domain::Role::Officer);
        QCOMPARE(events(domain::audit_event::LoginSucceeded, QStringLiteral("tanaka")), 1);
    }

    void passwordAloneIsNotEnoughForAnOfficer_R_ROLE_3() {
        const auto user = login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")), QString());
        QVERIFY(!user);
        QCOMPARE(user.error().code, QStringLiteral("auth.failed"));
        QCOMPARE(events(domain::audit_event::LoginFailed, QStringLiteral("tanaka")), 1);
    }

    void readsAreRefusedToThoseTheRoleDoesNotAllowAndAudited_issue12_item11() {
        const auto tanaka = login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")),
                                  m_ws->code(QStringLiteral("tanaka")));
        QVERIFY(tanaka);
        QVERIFY(app::permitRead(m_ws->workspace(), *tanaka, domain::Permission::ViewApplications,
                                QStringLiteral("app show"), 7));
        // An officer may not list the accounts; nor may a session whose account was disabled since.
        domain::User disabled = *tanaka;
        disabled.disabled = true;
        for (const auto& [user, permission] : {std::pair{*tanaka, domain::Permission::ManageUsers},
                                               std::pair{disabled, domain::Permission::ViewApplications}}) {
            const auto refused = app::permitRead(m_ws->workspace(), user, permission, QStringLiteral("app show"), 7);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, QStringLiteral("role.not-allowed"));
        }
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' AND "
                                            "actor = 'tanaka' AND application_id = 7 AND details LIKE '%app show%'")),
                 2);
    }

    void auditorsLogInWithAPassword() {
        QVERIFY(login(QStringLiteral("ito"), TestWorkspace::password(QStringLiteral("ito")), QString()));
        QVERIFY(m_ws->totpSecret(QStringLiteral("ito")).isEmpty());
    }

    void aCodeWorksOnlyOnce_R_ROLE_3() {
        const QString code = m_ws->code(QStringLiteral("tanaka"));
        const QString password = TestWorkspace::password(QStringLiteral("tanaka"));
        QVERIFY(login(QStringLiteral("tanaka"), password, code));
        QVERIFY(!login(QStringLiteral("tanaka"), password, code));
    }

    void wrongPasswordFailsWithoutSayingWhich() {
        const auto user =
            login(QStringLiteral("tanaka"), QStringLiteral("wrong-password"), m_ws->code(QStringLiteral("tanaka")));
        QVERIFY(!user);
        const auto unknown =
            login(QStringLiteral("no-such-user"), QStringLiteral("wrong-password"), QStringLiteral("123456"));
        QCOMPARE(unknown.error().userMessage, user.error().userMessage);
        QCOMPARE(events(domain::audit_event::LoginFailed, QStringLiteral("no-such-user")), 1);
    }

    void repeatedFailuresLockTheAccount_R_ROLE_4() {
        const int threshold = m_ws->workspace().settings().lockoutThreshold;
        for (int i = 0; i < threshold; ++i) {
            QVERIFY(!login(QStringLiteral("tanaka"), QStringLiteral("wrong-password"), QStringLiteral("000000")));
        }
        QCOMPARE(events(domain::audit_event::AccountLocked, QStringLiteral("tanaka")), 1);
        // Even the right credentials are refused while locked, and that is audited too.
        const auto locked = login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")),
                                  m_ws->code(QStringLiteral("tanaka")));
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, QStringLiteral("auth.locked"));
        // After the lockout period the account works again.
        m_ws->clock().advanceSeconds(qint64(m_ws->workspace().settings().lockoutMinutes) * 60);
        QVERIFY(login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")),
                      m_ws->code(QStringLiteral("tanaka"))));
    }

    void disabledAccountsCannotLogIn() {
        const domain::User admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        QVERIFY(app::UserService(m_ws->workspace()).disable(admin, QStringLiteral("tanaka")));
        const auto user = login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")),
                                m_ws->code(QStringLiteral("tanaka")));
        QCOMPARE(user.error().code, QStringLiteral("auth.disabled"));
        QCOMPARE(events(domain::audit_event::UserDisabled, QStringLiteral("root-admin")), 1);
    }

    void freshSecondFactorIsCheckedAndAudited_R_ROLE_3() {
        const domain::User officer = *m_ws->workspace().users().byUsername(QStringLiteral("tanaka"));
        app::AuthService auth(m_ws->workspace());
        QVERIFY(!auth.verifyFreshSecondFactor(officer, QStringLiteral("000000")));
        QVERIFY(auth.verifyFreshSecondFactor(officer, m_ws->code(QStringLiteral("tanaka"))));
        QCOMPARE(events(domain::audit_event::SecondFactorChecked, QStringLiteral("tanaka")), 1);
    }

    void resetEnrolmentEndsTheOldCredentials_R_ROLE_4() {
        const domain::User admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        const QString oldCode = m_ws->code(QStringLiteral("tanaka"));
        const auto reset = app::UserService(m_ws->workspace()).resetEnrolment(admin, QStringLiteral("tanaka"));
        QVERIFY2(reset, reset ? "" : qPrintable(reset.error().userMessage));
        QVERIFY(reset->user.awaitingEnrolment);
        QVERIFY(!reset->user.awaitingConfirmation); // an officer who holds no share
        QVERIFY(!login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")), oldCode));
        QVERIFY(!login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")),
                       m_ws->code(QStringLiteral("tanaka"))));
        // tanaka enrols again with the new code and signs in with what she chose.
        app::AuthService auth(m_ws->workspace());
        const crypto::SecureBytes secret = app::AuthService::newTotpSecret();
        const auto enrolled = auth.enrol(QStringLiteral("tanaka"), reset->code,
                                         TestWorkspace::secret(QStringLiteral("tanaka-new-password")), secret,
                                         crypto::Totp::code(secret, m_ws->clock().nowUtc().toSecsSinceEpoch()));
        QVERIFY2(enrolled, enrolled ? "" : qPrintable(enrolled.error().userMessage));
        m_ws->clock().advanceSeconds(30);
        QVERIFY(login(QStringLiteral("tanaka"), QStringLiteral("tanaka-new-password"),
                      crypto::Totp::code(secret, m_ws->clock().nowUtc().toSecsSinceEpoch())));
        QCOMPARE(events(domain::audit_event::UserEnrolmentReset, QStringLiteral("root-admin")), 1);
        QCOMPARE(events(domain::audit_event::UserEnrolled, QStringLiteral("tanaka")), 2);
    }

    void enrolmentAsksForTheCodeAndTheHoldersOwnChoices_R_ROLE_4() {
        const domain::User admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        const auto added = app::UserService(m_ws->workspace())
                               .add(admin, QStringLiteral("eve"), QStringLiteral("Eve"), domain::Role::Officer, false);
        QVERIFY(added);
        QVERIFY(added->user.awaitingEnrolment);
        QCOMPARE(added->expiresAt, m_ws->clock().nowUtc().addSecs(72 * 3600));
        QVERIFY(!added->user.can(domain::Permission::ReviewApplication)); // nothing until enrolled
        app::AuthService auth(m_ws->workspace());
        // Typed with spaces and in lower case, the code is the same code.
        QVERIFY(auth.checkEnrolmentCode(QStringLiteral("eve"),
                                        added->code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '))));
        QCOMPARE(auth.checkEnrolmentCode(QStringLiteral("eve"), QStringLiteral("AAAA-BBBB-CCCC-DDDD")).error().code,
                 QStringLiteral("auth.enrolment-code"));
        const crypto::SecureBytes secret = app::AuthService::newTotpSecret();
        const QString code = crypto::Totp::code(secret, m_ws->clock().nowUtc().toSecsSinceEpoch());
        QCOMPARE(
            auth.enrol(QStringLiteral("eve"), added->code, TestWorkspace::secret(QStringLiteral("short")), secret, code)
                .error()
                .code,
            QStringLiteral("user.weak-password"));
        // The authenticator must show it has the secret: a wrong code leaves the account waiting.
        QCOMPARE(auth.enrol(QStringLiteral("eve"), added->code,
                            TestWorkspace::secret(QStringLiteral("eve-long-password")), secret,
                            QStringLiteral("000000"))
                     .error()
                     .code,
                 QStringLiteral("auth.authenticator-code"));
        QVERIFY(m_ws->workspace().users().byUsername(QStringLiteral("eve"))->awaitingEnrolment);
        QVERIFY(auth.enrol(QStringLiteral("eve"), added->code,
                           TestWorkspace::secret(QStringLiteral("eve-long-password")), secret, code));
        QVERIFY(m_ws->workspace().users().byUsername(QStringLiteral("eve"))->isActive());
        QVERIFY(app::AuthService::totpAddress(QStringLiteral("eve"), secret)
                    .startsWith(QStringLiteral("otpauth://totp/RA%20Workstation:eve?secret=")));
    }

    void aPasswordChangeKeepsTheApprovalKey_R_ROLE_4_R_APR_2() {
        const domain::User sato = m_ws->addUser(QStringLiteral("sato"), domain::Role::Supervisor);
        const auto before = *m_ws->workspace().users().credentials(sato.id);
        app::AuthService auth(m_ws->workspace());
        const auto wrong = auth.changePassword(sato, TestWorkspace::secret(QStringLiteral("not-her-password")),
                                               TestWorkspace::secret(QStringLiteral("sato-second-password")));
        QCOMPARE(wrong.error().code, QStringLiteral("auth.failed"));
        QCOMPARE(auth.changePassword(sato, TestWorkspace::secret(TestWorkspace::password(QStringLiteral("sato"))),
                                     TestWorkspace::secret(TestWorkspace::password(QStringLiteral("sato"))))
                     .error()
                     .code,
                 QStringLiteral("user.same-password"));
        QVERIFY(auth.changePassword(sato, TestWorkspace::secret(TestWorkspace::password(QStringLiteral("sato"))),
                                    TestWorkspace::secret(QStringLiteral("sato-second-password"))));
        const auto after = *m_ws->workspace().users().credentials(sato.id);
        QCOMPARE(after.approvalPublicKey, before.approvalPublicKey);
        QVERIFY(after.approvalPrivateKeySealed != before.approvalPrivateKeySealed);
        QCOMPARE(after.totpSecret, before.totpSecret);
        QVERIFY(crypto::ApproverKey::sign(after.approvalPrivateKeySealed,
                                          TestWorkspace::secret(QStringLiteral("sato-second-password")),
                                          QByteArrayLiteral("statement")));
        QVERIFY(!crypto::ApproverKey::sign(after.approvalPrivateKeySealed,
                                           TestWorkspace::secret(TestWorkspace::password(QStringLiteral("sato"))),
                                           QByteArrayLiteral("statement")));
        QVERIFY(!login(QStringLiteral("sato"), TestWorkspace::password(QStringLiteral("sato")),
                       m_ws->code(QStringLiteral("sato"))));
        QVERIFY(
            login(QStringLiteral("sato"), QStringLiteral("sato-second-password"), m_ws->code(QStringLiteral("sato"))));
        QCOMPARE(events(domain::audit_event::UserPasswordChanged, QStringLiteral("sato")), 1);
    }

    void onlyTheFirstUserIsCreatedWithoutAnAdministrator() {
        app::UserService users(m_ws->workspace());
        const auto refused = users.add(std::nullopt, QStringLiteral("eve"), {}, domain::Role::Administrator, false);
        QCOMPARE(refused.error().code, QStringLiteral("user.login-required"));
        const domain::User officer = *m_ws->workspace().users().byUsername(QStringLiteral("tanaka"));
        QCOMPARE(users.add(officer, QStringLiteral("eve"), {}, domain::Role::Supervisor, false).error().code,
                 QStringLiteral("sod.not-an-administrator"));
    }

    void passwordsAreStoredOnlyAsScryptHashes_R_ROLE_4() {
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash LIKE '$scrypt$ln=15,%'")),
                 m_ws->count(QStringLiteral("SELECT COUNT(*) FROM users")));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash LIKE '%password-1%'")), 0);
    }

    void badAndReservedNamesAreRefused_R_ROLE_1() {
        const domain::User admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        app::UserService users(m_ws->workspace());
        QCOMPARE(users.add(admin, QStringLiteral("Eve Smith"), {}, domain::Role::Officer, false).error().code,
                 QStringLiteral("user.bad-name"));
        // An account named "system" would sign entries that read as the software's own.
        for (const QString& reserved : {QStringLiteral("system"), QStringLiteral("bootstrap"),
                                        QStringLiteral("demo-setup"), QStringLiteral("supervisor")}) {
            QCOMPARE(users.add(admin, reserved, {}, domain::Role::Officer, false).error().code,
                     QStringLiteral("user.reserved-name"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
