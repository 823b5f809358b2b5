// SPDX-License-Identifier: Apache-2.0
// R-ROLE-3, R-ROLE-4: password + TOTP, codes used once, lockout, disabled accounts, and every
// login, failure and lock audited. User administration rules (R-ROLE-1, R-ROLE-2).
#include "app/AuthService.h"
#include "app/UserService.h"
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
            login(QStringLiteral("nobody"), QStringLiteral("wrong-password"), QStringLiteral("123456"));
        QCOMPARE(unknown.error().userMessage, user.error().userMessage);
        QCOMPARE(events(domain::audit_event::LoginFailed, QStringLiteral("nobody")), 1);
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

    void resetTotpInvalidatesTheOldSecret() {
        const domain::User admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        const QString oldCode = m_ws->code(QStringLiteral("tanaka"));
        const auto secret = app::UserService(m_ws->workspace()).resetTotp(admin, QStringLiteral("tanaka"));
        QVERIFY(secret);
        QVERIFY(*secret != m_ws->totpSecret(QStringLiteral("tanaka")));
        QVERIFY(!login(QStringLiteral("tanaka"), TestWorkspace::password(QStringLiteral("tanaka")), oldCode));
    }

    void onlyTheFirstUserIsCreatedWithoutAnAdministrator() {
        app::UserService users(m_ws->workspace());
        const auto refused = users.add(std::nullopt, QStringLiteral("eve"), {}, domain::Role::Administrator, false,
                                       TestWorkspace::secret(QStringLiteral("a-long-password")));
        QCOMPARE(refused.error().code, QStringLiteral("user.login-required"));
        const domain::User officer = *m_ws->workspace().users().byUsername(QStringLiteral("tanaka"));
        QCOMPARE(users
                     .add(officer, QStringLiteral("eve"), {}, domain::Role::Supervisor, false,
                          TestWorkspace::secret(QStringLiteral("a-long-password")))
                     .error()
                     .code,
                 QStringLiteral("sod.not-an-administrator"));
    }

    void passwordsAreStoredOnlyAsScryptHashes_R_ROLE_4() {
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash LIKE '$scrypt$ln=15,%'")),
                 m_ws->count(QStringLiteral("SELECT COUNT(*) FROM users")));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash LIKE '%password-1%'")), 0);
    }

    void shortPasswordsAndBadNamesAreRefused() {
        const domain::User admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        app::UserService users(m_ws->workspace());
        QCOMPARE(users
                     .add(admin, QStringLiteral("eve"), {}, domain::Role::Officer, false,
                          TestWorkspace::secret(QStringLiteral("short")))
                     .error()
                     .code,
                 QStringLiteral("user.weak-password"));
        QCOMPARE(users
                     .add(admin, QStringLiteral("Eve Smith"), {}, domain::Role::Officer, false,
                          TestWorkspace::secret(QStringLiteral("a-long-password")))
                     .error()
                     .code,
                 QStringLiteral("user.bad-name"));
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "TestAuth.moc"
