// SPDX-License-Identifier: Apache-2.0
// R-DCV-1, R-DCV-2 (method 3), R-DCV-4 against the lab's real DNS server: the validating officer
// starts an attempt, the "applicant" publishes the random value with knotc, the check finds it.
#include "app/DcvService.h"
#include "app/dns/UnboundResolver.h"
#include "app/lab/DnsLab.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/LabPort.h"

#include <QSqlQuery>
#include <QTest>

using namespace ra;
using Status = domain::DcvAttempt::Status;

class TestDcvLab : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    QTemporaryDir m_labDir;
    std::unique_ptr<app::DnsLab> m_lab;

    domain::Result<domain::DcvAttempt> check(const QString& officer, qint64 attempt) {
        app::UnboundResolver resolver({m_lab->resolverAddress(), {}, 2});
        return app::DcvService(m_demo->workspace()).check(m_demo->user(officer), attempt, resolver);
    }

    domain::Result<domain::DcvAttempt> start(const QString& officer, const QString& fqdn, const QString& adn,
                                             const QString& label = QStringLiteral("_ra-validation")) {
        return app::DcvService(m_demo->workspace())
            .start(m_demo->user(officer), 2, fqdn, domain::DcvMethod::DnsChange, adn, label);
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        m_lab = std::make_unique<app::DnsLab>(m_labDir.path(), test::freeLoopbackPort());
        const domain::Status started = m_lab->start();
        QVERIFY2(started, started ? "" : qPrintable(started.error().userMessage + started.error().detail));
    }

    void cleanupTestCase() { QVERIFY(m_lab->stop()); }

    void theRandomValueIsLongAndUnique_R_DCV_1() {
        const auto first =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        const auto second =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        QVERIFY(first && second);
        QVERIFY(first->random.value.size() * 5 >= domain::RandomValue::kMinimumBits); // base32: 5 bits a character
        QVERIFY(first->random.value != second->random.value);
        QCOMPARE(first->random.expiresAt(), first->random.createdAt.addDays(30));
    }

    void onlyTheValidatorValidatesTheRequestedNames() {
        QCOMPARE(start(QStringLiteral("suzuki"), QStringLiteral("shop.example.jp"), {}).error().code,
                 QStringLiteral("dcv.not-allowed"));
        QCOMPARE(start(QStringLiteral("tanaka"), QStringLiteral("www.example.jp"), {}).error().code,
                 QStringLiteral("dcv.not-requested"));
        QCOMPARE(start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("jp")).error().code,
                 QStringLiteral("dcv.adn-public-suffix"));
        QCOMPARE(
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("other.jp")).error().code,
            QStringLiteral("dcv.adn"));
        QCOMPARE(start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), {}, QStringLiteral("no-underscore"))
                     .error()
                     .code,
                 QStringLiteral("dcv.label"));
    }

    void thePublishedValueValidates_R_DCV_2() {
        const auto attempt =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        QVERIFY(attempt);
        // Nothing published yet: the check fails and says what it saw.
        const auto before = check(QStringLiteral("tanaka"), attempt->id);
        QVERIFY(before);
        QCOMPARE(before->status, Status::Failed);
        // The applicant publishes another value first, then the right one.
        QVERIFY(m_lab->setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                                  {QStringLiteral("\"not-the-value\"")}));
        QCOMPARE(check(QStringLiteral("tanaka"), attempt->id)->status, Status::Failed);
        QVERIFY(
            m_lab->setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                              {QStringLiteral("\"unrelated\""), QStringLiteral("\"%1\"").arg(attempt->random.value)}));
        const auto passed = check(QStringLiteral("tanaka"), attempt->id);
        QVERIFY(passed);
        QCOMPARE(passed->status, Status::Passed);
        QVERIFY(passed->observed.contains(attempt->random.value));
    }

    void anExpiredValueNeverValidates_R_DCV_1() {
        const auto attempt =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        QVERIFY(attempt);
        QVERIFY(m_lab->setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                                  {QStringLiteral("\"%1\"").arg(attempt->random.value)}));
        m_demo->clock().advanceSeconds(31LL * 86400);
        QCOMPARE(check(QStringLiteral("tanaka"), attempt->id).error().code, QStringLiteral("dcv.expired"));
        const auto attempts = app::DcvService(m_demo->workspace()).attempts(2);
        QVERIFY(attempts);
        QCOMPARE(attempts->last().status, Status::Expired);
    }

    void everyAttemptAndCheckIsAudited_R_DCV_4() {
        QSqlQuery query(m_demo->workspace().database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'dcv.started'")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'dcv.checked'")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM dcv_attempts")));
    }
};

QTEST_GUILESS_MAIN(TestDcvLab)
#include "TestDcvLab.moc"
