// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 5, as an insider would try it (R-HSM-3): splitting the token's PIN so that one
// person holds two shares — the whole PIN —, or that gives a share to someone who did not sign in,
// or that prints the shares where a file or a pipe would collect them all, is refused (and
// audited), and the PIN stays as it was.
#include "app/CaActivationService.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/ProcessRun.h"

#include <QSqlQuery>
#include <QTest>

using namespace ra;

class TestPinShareAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

    int refusals(const QString& code) {
        QSqlQuery query(m_demo->workspace().database().connection());
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.activation_failed' "
                                         "AND details LIKE '%%1%'")
                              .arg(code)) &&
                       query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
    }

    void cleanupTestCase() { m_demo.reset(); }

    void oneCustodianNeverGetsTwoShares_R_HSM_3_data() {
        QTest::addColumn<QStringList>("holders");
        QTest::newRow("the same name twice") << QStringList{QStringLiteral("tanaka"), QStringLiteral("tanaka")};
        QTest::newRow("in another case") << QStringList{QStringLiteral("sato"), QStringLiteral("yamada"),
                                                        QStringLiteral("SATO")};
    }

    void oneCustodianNeverGetsTwoShares_R_HSM_3() {
        QFETCH(QStringList, holders);
        const int before = refusals(QStringLiteral("ca.custodians-distinct"));
        std::vector<app::CustodianSecrets> recipients = m_demo->shareRecipients(holders);
        app::CustodianSecrets first = m_demo->custodian(QStringLiteral("sato"));
        app::CustodianSecrets second = m_demo->custodian(QStringLiteral("yamada"));
        const auto shares = app::CaActivationService(m_demo->workspace())
                                .rotatePin(std::move(first), std::move(second), std::move(recipients));
        QVERIFY(!shares);
        QCOMPARE(shares.error().code, QStringLiteral("ca.custodians-distinct"));
        QCOMPARE(refusals(QStringLiteral("ca.custodians-distinct")), before + 1);
        // Nothing changed: the shares the custodians hold still open the token.
        QVERIFY(app::CaActivationService(m_demo->workspace())
                    .activate(m_demo->custodian(QStringLiteral("sato")), m_demo->custodian(QStringLiteral("yamada"))));
    }

    void aShareGoesOnlyToACustodianWhoSignsIn_R_HSM_3() {
        // sato and yamada activate and name tanaka as the third holder, typing a wrong password for
        // her: she is not there, so nobody may take her share for her.
        std::vector<app::CustodianSecrets> recipients =
            m_demo->shareRecipients({QStringLiteral("sato"), QStringLiteral("yamada"), QStringLiteral("tanaka")});
        QByteArray wrong("not-tanakas-password");
        recipients[2].password = crypto::SecureBytes::takeFrom(wrong);
        const int before = refusals(QStringLiteral("ca.recipient-auth"));
        app::CustodianSecrets first = m_demo->custodian(QStringLiteral("sato"));
        app::CustodianSecrets second = m_demo->custodian(QStringLiteral("yamada"));
        const auto shares = app::CaActivationService(m_demo->workspace())
                                .rotatePin(std::move(first), std::move(second), std::move(recipients));
        QVERIFY(!shares);
        QCOMPARE(shares.error().code, QStringLiteral("ca.recipient-auth"));
        QCOMPARE(refusals(QStringLiteral("ca.recipient-auth")), before + 1);
        QVERIFY(app::CaActivationService(m_demo->workspace())
                    .activate(m_demo->custodian(QStringLiteral("sato")), m_demo->custodian(QStringLiteral("yamada"))));
    }

    void aShareGoesOnlyToSomeoneWhoMayBeACustodian_R_HSM_3_R_ROLE_1() {
        // ito, an auditor (no one-time code needed), flagged a custodian straight in the database:
        // no share for her.
        QSqlQuery flag(m_demo->workspace().database().connection());
        QVERIFY(flag.exec(QStringLiteral("UPDATE users SET key_custodian = 1 WHERE username = 'ito'")));
        std::vector<app::CustodianSecrets> recipients =
            m_demo->shareRecipients({QStringLiteral("sato"), QStringLiteral("yamada")});
        app::CustodianSecrets ito;
        ito.username = QStringLiteral("ito");
        ito.password = m_demo->password(QStringLiteral("ito"));
        recipients.push_back(std::move(ito));
        const int before = refusals(QStringLiteral("ca.not-custodian"));
        app::CustodianSecrets first = m_demo->custodian(QStringLiteral("sato"));
        app::CustodianSecrets second = m_demo->custodian(QStringLiteral("yamada"));
        const auto shares = app::CaActivationService(m_demo->workspace())
                                .rotatePin(std::move(first), std::move(second), std::move(recipients));
        QVERIFY(flag.exec(QStringLiteral("UPDATE users SET key_custodian = 0 WHERE username = 'ito'")));
        QVERIFY(!shares);
        QCOMPARE(shares.error().code, QStringLiteral("ca.not-custodian"));
        QCOMPARE(refusals(QStringLiteral("ca.not-custodian")), before + 1);
    }

    void noShareGoesToARedirectableOutput_R_HSM_3() {
        // `ca split-pin` run with its input and output piped (into a file that would hold every
        // share) is refused before anyone signs in, and the PIN stays as it was.
        QByteArray input;
        for (const QString& name : {QStringLiteral("sato"), QStringLiteral("yamada")}) {
            input += name.toUtf8() + '\n' + m_demo->field(name, "password").toUtf8() + '\n' +
                     m_demo->code(name).toUtf8() + '\n' + m_demo->field(name, "pin_share").toUtf8() + '\n';
        }
        const test::ProcessRun split = test::runProcess(
            QStringLiteral(RA_CLI_PATH),
            {QStringLiteral("--workspace"), m_demo->workspace().directory(), QStringLiteral("--json"),
             QStringLiteral("--at"), m_demo->clock().nowUtc().toString(Qt::ISODate), QStringLiteral("ca"),
             QStringLiteral("split-pin"), QStringLiteral("--custodians"), QStringLiteral("sato,yamada")},
            input);
        QCOMPARE(split.exitCode, 2);
        QVERIFY2(split.err.contains("ca.no-terminal"), split.err.constData());
        QVERIFY(!split.out.contains("pin_share"));
        QVERIFY(app::CaActivationService(m_demo->workspace())
                    .activate(m_demo->custodian(QStringLiteral("sato")), m_demo->custodian(QStringLiteral("yamada"))));
    }
};

QTEST_GUILESS_MAIN(TestPinShareAttacks)
#include "TestPinShareAttacks.moc"
