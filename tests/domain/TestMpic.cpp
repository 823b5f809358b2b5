// SPDX-License-Identifier: Apache-2.0
// R-MPIC-2, R-MPIC-3: quorum (CP table 3.2.2.9-1), the dated phase-in and RIR diversity, and
// that a retry never counts an earlier attempt's answers.
#include "domain/Mpic.h"

#include <QTest>

using namespace ra::domain;
using Outcome = PerspectiveObservation::Outcome;

namespace {
// "c" corroborates, "d" differs, "f" failed; one letter per perspective, RIRs in turn.
QList<PerspectiveObservation> observations(const char* outcomes, qint64 attempt = 1,
                                           QList<Rir> rirs = {Rir::Apnic, Rir::Arin, Rir::RipeNcc}) {
    QList<PerspectiveObservation> list;
    for (int i = 0; outcomes[i]; ++i) {
        const Outcome outcome = outcomes[i] == 'c'   ? Outcome::Corroborates
                                : outcomes[i] == 'd' ? Outcome::Differs
                                                     : Outcome::Failed;
        list.append({QStringLiteral("p%1").arg(i), rirs.at(i % rirs.size()), attempt, outcome, {}});
    }
    return list;
}

const QDate kToday(2026, 11, 25); // 4 remote perspectives, quorum enforced, 2 RIRs
} // namespace

class TestMpic : public QObject {
    Q_OBJECT

private slots:
    void quorumTable_R_MPIC_2() {
        QCOMPARE(Mpic::allowedNonCorroborations(1), 0);
        QCOMPARE(Mpic::allowedNonCorroborations(2), 1);
        QCOMPARE(Mpic::allowedNonCorroborations(5), 1);
        QCOMPARE(Mpic::allowedNonCorroborations(6), 2);
        QCOMPARE(Mpic::allowedNonCorroborations(9), 2);
    }

    void decisions_R_MPIC_2_data() {
        QTest::addColumn<QString>("outcomes");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("corroborated");
        QTest::newRow("4 of 4") << "cccc" << kToday << true;
        QTest::newRow("3 of 4, one timed out") << "cccf" << kToday << true;
        QTest::newRow("2 of 4") << "ccdf" << kToday << false;
        QTest::newRow("too few perspectives") << "ccc" << kToday << false;
        QTest::newRow("6: two may fail") << "ccccdf" << kToday << true;
        QTest::newRow("6: three may not") << "cccdff" << kToday << false;
        QTest::newRow("from 2026-12-15 five are needed") << "cccc" << QDate(2026, 12, 15) << false;
        QTest::newRow("five on 2026-12-15") << "ccccc" << QDate(2026, 12, 15) << true;
        QTest::newRow("before enforcement, results not binding") << "ff" << QDate(2025, 6, 1) << true;
        QTest::newRow("before enforcement, still two perspectives") << "c" << QDate(2025, 6, 1) << false;
        QTest::newRow("before MPIC") << "" << QDate(2025, 1, 1) << true;
    }

    void decisions_R_MPIC_2() {
        QFETCH(QString, outcomes);
        QFETCH(QDate, day);
        QFETCH(bool, corroborated);
        const MpicDecision decision = Mpic::decide(observations(outcomes.toLatin1().constData()), 1, day);
        QVERIFY2(decision.corroborated == corroborated, qPrintable(decision.reason));
        QVERIFY(!decision.reason.isEmpty());
    }

    void corroborationSpansTwoRirs_R_MPIC_2() {
        const MpicDecision oneRir = Mpic::decide(observations("cccc", 1, {Rir::Apnic}), 1, kToday);
        QVERIFY(!oneRir.corroborated);
        QCOMPARE(oneRir.corroboratingRirs, QStringList{QStringLiteral("APNIC")});
        // Before 2026-03-15 one RIR was enough.
        QVERIFY(Mpic::decide(observations("ccc", 1, {Rir::Apnic}), 1, QDate(2026, 1, 10)).corroborated);
    }

    void aRetryNeverReusesEarlierAnswers_R_MPIC_3() {
        QList<PerspectiveObservation> all = observations("cccc", 1);
        all << observations("ffff", 2);
        const MpicDecision retry = Mpic::decide(all, 2, kToday);
        QVERIFY(!retry.corroborated);
        QCOMPARE(retry.ignoredFromOtherAttempts, 4);
        QCOMPARE(retry.corroborating, 0);
    }

    void aPerspectiveVotesOnce() {
        QList<PerspectiveObservation> twice = observations("cc");
        twice << twice;
        QCOMPARE(Mpic::decide(twice, 1, kToday).remotePerspectives, 2);
    }

    void rirNames() {
        QCOMPARE(rirFromId(QStringLiteral("ripe ncc")), std::optional<Rir>(Rir::RipeNcc));
        QVERIFY(!rirFromId(QStringLiteral("IANA")));
    }
};

QTEST_GUILESS_MAIN(TestMpic)
#include "TestMpic.moc"
