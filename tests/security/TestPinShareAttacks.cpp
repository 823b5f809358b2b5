// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 5, as an insider would try it (R-HSM-3): splitting the token's PIN so that one
// person holds two shares — the whole PIN — is refused and audited, and the PIN stays as it was.
#include "app/CaActivationService.h"
#include "tests/support/DemoFixture.h"

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
        const auto shares = app::CaActivationService(m_demo->workspace())
                                .rotatePin(m_demo->custodian(QStringLiteral("sato")),
                                           m_demo->custodian(QStringLiteral("yamada")), holders);
        QVERIFY(!shares);
        QCOMPARE(shares.error().code, QStringLiteral("ca.custodians-distinct"));
        QCOMPARE(refusals(QStringLiteral("ca.custodians-distinct")), before + 1);
        // Nothing changed: the shares the custodians hold still open the token.
        QVERIFY(app::CaActivationService(m_demo->workspace())
                    .activate(m_demo->custodian(QStringLiteral("sato")), m_demo->custodian(QStringLiteral("yamada"))));
    }
};

QTEST_GUILESS_MAIN(TestPinShareAttacks)
#include "TestPinShareAttacks.moc"
