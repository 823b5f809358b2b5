// SPDX-License-Identifier: Apache-2.0
// R-TIME-1: the dated-rule table holds the values of REQUIREMENTS.md, the stricter of CP and BR.
#include "domain/DatedRules.h"
#include "domain/Evidence.h"

#include <QTest>

using ra::domain::DatedRules;

class TestDatedRules : public QObject {
    Q_OBJECT

private slots:
    void values_data() {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("validity");
        QTest::addColumn<int>("orgReuse");
        QTest::addColumn<int>("domainReuse");
        QTest::addColumn<int>("perspectives");
        QTest::addColumn<bool>("quorum");
        QTest::addColumn<int>("rirs");
        QTest::newRow("2025-01-01") << QDate(2025, 1, 1) << 398 << 825 << 398 << 0 << false << 1;
        QTest::newRow("2025-03-15") << QDate(2025, 3, 15) << 398 << 825 << 398 << 2 << false << 1;
        QTest::newRow("2025-09-15") << QDate(2025, 9, 15) << 398 << 825 << 398 << 2 << true << 1;
        QTest::newRow("2026-03-14") << QDate(2026, 3, 14) << 398 << 825 << 398 << 2 << true << 1;
        QTest::newRow("2026-03-15") << QDate(2026, 3, 15) << 200 << 398 << 200 << 3 << true << 2;
        QTest::newRow("2026-06-15") << QDate(2026, 6, 15) << 200 << 398 << 200 << 4 << true << 2;
        QTest::newRow("2026-12-14") << QDate(2026, 12, 14) << 200 << 398 << 200 << 4 << true << 2;
        QTest::newRow("2026-12-15") << QDate(2026, 12, 15) << 200 << 398 << 200 << 5 << true << 2;
        QTest::newRow("2027-03-15") << QDate(2027, 3, 15) << 100 << 398 << 100 << 5 << true << 2;
        QTest::newRow("2029-03-15") << QDate(2029, 3, 15) << 47 << 398 << 10 << 5 << true << 2;
    }

    void values() {
        QFETCH(QDate, day);
        const ra::domain::RuleSet rules = DatedRules::on(day);
        QTEST(rules.maxCertificateValidityDays, "validity");
        QTEST(rules.organizationReuseDays, "orgReuse");
        QTEST(rules.domainReuseDays, "domainReuse");
        QTEST(rules.minRemotePerspectives, "perspectives");
        QTEST(rules.mpicQuorumEnforced, "quorum");
        QTEST(rules.minCorroboratingRirs, "rirs");
    }

    void evidenceReuseFollowsTheLimitInForce_R_DOC_2() {
        ra::domain::Evidence evidence;
        evidence.obtainedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime now(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        QCOMPARE(evidence.ageInDays(now), 328);
        QVERIFY(evidence.reusableAt(now, DatedRules::on(now.date()).organizationReuseDays)); // 398 days
        QVERIFY(!evidence.reusableAt(now, DatedRules::on(now.date()).domainReuseDays));      // 200 days
        QVERIFY(!ra::domain::Evidence{}.reusableAt(now, 10000)); // never obtained: never reusable
    }

    void tablesAreSortedByDate() {
        for (const auto* table : {&DatedRules::certificateValidity(), &DatedRules::organizationReuse(),
                                  &DatedRules::domainReuse(), &DatedRules::remotePerspectives()}) {
            for (qsizetype i = 1; i < table->size(); ++i) {
                QVERIFY(table->at(i - 1).from < table->at(i).from);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDatedRules)
#include "TestDatedRules.moc"
