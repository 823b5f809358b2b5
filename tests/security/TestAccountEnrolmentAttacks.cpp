// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 4, as one dishonest administrator would try it (R-ROLE-1, R-ROLE-4): they never
// receive anyone's password or second factor, a grant that approves, holds a PIN share or
// administers needs a second administrator whose part of the code the holder needs too, a code
// works once and not after it expires, guessing codes locks the account, and reserved names
// cannot be taken. Every refusal is audited. An administrator who also writes the database file
// can clear the flag; the HSM then refuses to certify the approval key, whose grant the audit
// chain shows unconfirmed (TestApprovalForgeryAttacks).
#include "app/AuthService.h"
#include "app/UserService.h"
#include "crypto/Totp.h"
#include "tests/support/TestWorkspace.h"

#include <QTest>

using namespace ra;
using test::TestWorkspace;

class TestAccountEnrolmentAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    domain::User m_admin;  // root-admin, the dishonest one
    domain::User m_second; // second-admin, honest

    app::UserService users() { return app::UserService(m_ws->workspace()); }
    app::AuthService auth() { return app::AuthService(m_ws->workspace()); }

    // The attacker enrols with what they hold, choosing password and authenticator themself.
    domain::Result<domain::User> enrolAs(const QString& username, const QString& code) {
        const crypto::SecureBytes secret = app::AuthService::newTotpSecret();
        return auth().enrol(username, code, TestWorkspace::secret(QStringLiteral("attacker-password")), secret,
                            crypto::Totp::code(secret, m_ws->clock().nowUtc().toSecsSinceEpoch()));
    }

    qint64 count(const QString& sql) { return m_ws->count(sql); }

private slots:
    void init() {
        m_ws = std::make_unique<TestWorkspace>();
        m_ws->addUser(QStringLiteral("tanaka"), domain::Role::Officer, true); // makes root-admin and second-admin
        m_admin = *m_ws->workspace().users().byUsername(QStringLiteral("root-admin"));
        m_second = *m_ws->workspace().users().byUsername(QStringLiteral("second-admin"));
    }

    void anAdministratorReceivesNoSecret_R_ROLE_4() {
        const auto added = users().add(m_admin, QStringLiteral("eve"), {}, domain::Role::Officer, false);
        QVERIFY(added);
        // What the administrator holds is a code that stops working once eve enrols, not a
        // password or a TOTP secret; nothing of it is stored or logged in the clear.
        const QString letters = QString(added->code).remove(QLatin1Char('-'));
        QCOMPARE(letters.size(), 16);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'eve' AND password_hash = '' AND "
                                      "totp_secret IS NULL AND enrolment_code_hash LIKE '$scrypt$%'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE enrolment_code_hash LIKE '%%1%'").arg(letters)),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%%1%' OR details LIKE "
                                      "'%%2%'")
                           .arg(letters, added->code)),
                 0);
        // eve enrols; from then on the administrator's code opens nothing.
        QVERIFY(enrolAs(QStringLiteral("eve"), added->code));
        QCOMPARE(auth().checkEnrolmentCode(QStringLiteral("eve"), added->code).error().code,
                 QStringLiteral("auth.enrolment-code"));
    }

    void oneAdministratorCannotMakeASupervisor_R_ROLE_1() {
        const auto added = users().add(m_admin, QStringLiteral("mallory"), {}, domain::Role::Supervisor, false);
        QVERIFY(added);
        QVERIFY(added->user.awaitingConfirmation);
        // Enrolling with the creator's part alone: refused, the grant is unconfirmed.
        QCOMPARE(enrolAs(QStringLiteral("mallory"), added->code).error().code,
                 QStringLiteral("auth.awaiting-confirmation"));
        // Confirming their own request: refused.
        QCOMPARE(users().confirmGrant(m_admin, QStringLiteral("mallory")).error().code,
                 QStringLiteral("sod.same-administrator"));
        // Nor may an officer confirm it.
        const domain::User officer = *m_ws->workspace().users().byUsername(QStringLiteral("tanaka"));
        QCOMPARE(users().confirmGrant(officer, QStringLiteral("mallory")).error().code,
                 QStringLiteral("sod.not-an-administrator"));
        const auto confirmed = users().confirmGrant(m_second, QStringLiteral("mallory"));
        QVERIFY(confirmed);
        QVERIFY(confirmed->code != added->code);
        // The first administrator's part alone no longer suffices, nor the second's alone.
        QCOMPARE(enrolAs(QStringLiteral("mallory"), added->code).error().code, QStringLiteral("auth.enrolment-code"));
        QCOMPARE(enrolAs(QStringLiteral("mallory"), confirmed->code).error().code,
                 QStringLiteral("auth.enrolment-code"));
        // Both parts, in either order.
        QVERIFY(enrolAs(QStringLiteral("mallory"), confirmed->code + QLatin1Char(' ') + added->code));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'user.grant_confirmed' AND "
                                      "actor = 'second-admin' AND details LIKE '%\"requested_by\":\"root-admin\"%' AND "
                                      "details LIKE '%\"user\":\"mallory\"%'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'auth.login_failed' AND "
                                      "actor = 'mallory' AND details LIKE '%enrolment%'")),
                 3);
    }

    void aCustodianFlagAndAThirdAdministratorNeedASecondAdministrator_R_ROLE_1() {
        const auto custodian = users().add(m_admin, QStringLiteral("kato"), {}, domain::Role::Officer, true);
        QVERIFY(custodian && custodian->user.awaitingConfirmation);
        // A puppet administrator would confirm everything the first one asks: it needs a second one too.
        const auto puppet = users().add(m_admin, QStringLiteral("puppet"), {}, domain::Role::Administrator, false);
        QVERIFY(puppet && puppet->user.awaitingConfirmation);
        QCOMPARE(enrolAs(QStringLiteral("puppet"), puppet->code).error().code,
                 QStringLiteral("auth.awaiting-confirmation"));
        // An officer who holds no share needs no second administrator.
        const auto officer = users().add(m_admin, QStringLiteral("kimura"), {}, domain::Role::Officer, false);
        QVERIFY(officer && !officer->user.awaitingConfirmation);
    }

    void aResetHandsNoAccountToOneAdministrator_R_ROLE_1_R_ROLE_4() {
        const domain::User sato = m_ws->addUser(QStringLiteral("sato"), domain::Role::Supervisor);
        QVERIFY(sato.isActive());
        // The dishonest administrator resets sato to enrol as sato themself.
        const auto reset = users().resetEnrolment(m_admin, QStringLiteral("sato"));
        QVERIFY(reset);
        QVERIFY(reset->user.awaitingConfirmation);
        QCOMPARE(enrolAs(QStringLiteral("sato"), reset->code).error().code,
                 QStringLiteral("auth.awaiting-confirmation"));
        QCOMPARE(users().confirmGrant(m_admin, QStringLiteral("sato")).error().code,
                 QStringLiteral("sod.same-administrator"));
        // The reset took sato's password, second factor and approval key with it.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = 'sato' AND password_hash = '' AND "
                                      "totp_secret IS NULL AND approval_public_key IS NULL AND "
                                      "approval_key_certification IS NULL")),
                 1);
        QVERIFY(!app::AuthService(m_ws->workspace())
                     .login(QStringLiteral("sato"),
                            TestWorkspace::secret(TestWorkspace::password(QStringLiteral("sato"))),
                            m_ws->code(QStringLiteral("sato"))));
        // Nor may an administrator reset their own account to get round a forgotten second factor.
        QCOMPARE(users().resetEnrolment(m_admin, QStringLiteral("root-admin")).error().code,
                 QStringLiteral("user.self-reset"));
    }

    void aCodeWorksOnceAndNotAfterItExpires_R_ROLE_4() {
        const auto first = users().add(m_admin, QStringLiteral("eve"), {}, domain::Role::Officer, false);
        QVERIFY(first);
        QVERIFY(enrolAs(QStringLiteral("eve"), first->code));
        // Replayed: eve's account is not handed over a second time.
        QCOMPARE(enrolAs(QStringLiteral("eve"), first->code).error().code, QStringLiteral("auth.enrolment-code"));

        const auto late = users().add(m_admin, QStringLiteral("kimura"), {}, domain::Role::Officer, false);
        QVERIFY(late);
        m_ws->clock().advanceSeconds(qint64(app::UserService::kEnrolmentCodeHours) * 3600);
        QCOMPARE(enrolAs(QStringLiteral("kimura"), late->code).error().code, QStringLiteral("auth.enrolment-code"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'auth.login_failed' AND "
                                      "actor = 'kimura' AND details LIKE '%expired%'")),
                 1);
    }

    void guessingCodesLocksTheAccount_R_ROLE_4() {
        const auto added = users().add(m_admin, QStringLiteral("eve"), {}, domain::Role::Officer, false);
        QVERIFY(added);
        const int threshold = m_ws->workspace().settings().lockoutThreshold;
        for (int i = 0; i < threshold; ++i) {
            QVERIFY(
                !auth().checkEnrolmentCode(QStringLiteral("eve"), QStringLiteral("AAAA-BBBB-CCCC-%1").arg(1000 + i)));
        }
        // Locked: even the right code is refused now.
        QCOMPARE(auth().checkEnrolmentCode(QStringLiteral("eve"), added->code).error().code,
                 QStringLiteral("auth.locked"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'auth.locked_out' AND "
                                      "actor = 'eve'")),
                 1);
    }

    void theEnrolmentFormTellsNothingAndLocksNobodyOut_R_ROLE_4() {
        // Someone tries names at the enrolment form: an unknown name and an enrolled account get
        // the same answer, and the enrolled officer is not locked out by it.
        const QString unknown =
            auth()
                .checkEnrolmentCode(QStringLiteral("nobody-here"), QStringLiteral("AAAA-BBBB-CCCC-DDDD"))
                .error()
                .userMessage;
        const int threshold = m_ws->workspace().settings().lockoutThreshold;
        for (int i = 0; i < threshold + 1; ++i) {
            const auto refused =
                auth().checkEnrolmentCode(QStringLiteral("tanaka"), QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
            QCOMPARE(refused.error().code, QStringLiteral("auth.enrolment-code"));
            QCOMPARE(refused.error().userMessage, unknown);
        }
        QVERIFY(app::AuthService(m_ws->workspace())
                    .login(QStringLiteral("tanaka"),
                           TestWorkspace::secret(TestWorkspace::password(QStringLiteral("tanaka"))),
                           m_ws->code(QStringLiteral("tanaka"))));
    }

    void aNameNoAccountMayHaveIsNotWrittenAsAnActor_R_AUD_1() {
        QVERIFY(!auth().checkEnrolmentCode(QStringLiteral("system"), QStringLiteral("AAAA-BBBB-CCCC-DDDD")));
        QVERIFY(!auth().login(QStringLiteral("system"), TestWorkspace::secret(QStringLiteral("a-long-password")),
                              QStringLiteral("123456")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'system' AND event_type = "
                                      "'auth.login_failed'")),
                 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'unknown' AND details LIKE "
                                      "'%\"typed_name\":\"system\"%'")),
                 2);
    }

    void oneAdministratorCannotRemoveTheOther_R_ROLE_1() {
        // Resetting or disabling the only other administrator would leave nobody to confirm.
        QCOMPARE(users().resetEnrolment(m_admin, QStringLiteral("second-admin")).error().code,
                 QStringLiteral("user.last-administrators"));
        QCOMPARE(users().disable(m_admin, QStringLiteral("second-admin")).error().code,
                 QStringLiteral("user.last-administrators"));
        QVERIFY(m_ws->workspace().users().byUsername(QStringLiteral("second-admin"))->isActive());
    }

    void theSetUpEndsOnceAnyoneElseExists_R_ROLE_1() {
        // A fresh workspace: its first administrator adds an officer, then an administrator of
        // their own: that one is no longer part of the set-up and needs a second administrator.
        TestWorkspace fresh;
        app::UserService freshUsers(fresh.workspace());
        const auto first =
            freshUsers.add(std::nullopt, QStringLiteral("first"), {}, domain::Role::Administrator, false);
        QVERIFY(first && !first->user.awaitingConfirmation);
        QCOMPARE(
            freshUsers.add(std::nullopt, QStringLiteral("other"), {}, domain::Role::Administrator, false).error().code,
            QStringLiteral("user.login-required"));
        const crypto::SecureBytes secret = app::AuthService::newTotpSecret();
        const auto enrolled = app::AuthService(fresh.workspace())
                                  .enrol(QStringLiteral("first"), first->code,
                                         TestWorkspace::secret(QStringLiteral("first-long-password")), secret,
                                         crypto::Totp::code(secret, fresh.clock().nowUtc().toSecsSinceEpoch()));
        QVERIFY(enrolled);
        QVERIFY(freshUsers.add(*enrolled, QStringLiteral("kimura"), {}, domain::Role::Officer, false));
        const auto late =
            freshUsers.add(*enrolled, QStringLiteral("late-admin"), {}, domain::Role::Administrator, false);
        QVERIFY(late && late->user.awaitingConfirmation);
    }

    void anExpiredCodeIsNotConfirmed_R_ROLE_4() {
        const auto added = users().add(m_admin, QStringLiteral("mallory"), {}, domain::Role::Supervisor, false);
        QVERIFY(added);
        m_ws->clock().advanceSeconds(qint64(app::UserService::kEnrolmentCodeHours) * 3600 + 1);
        QCOMPARE(users().confirmGrant(m_second, QStringLiteral("mallory")).error().code,
                 QStringLiteral("user.enrolment-expired"));
    }
};

QTEST_GUILESS_MAIN(TestAccountEnrolmentAttacks)
#include "TestAccountEnrolmentAttacks.moc"
