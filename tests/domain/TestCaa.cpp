// SPDX-License-Identifier: Apache-2.0
// R-CAA-1..3: RFC 8659 decisions on record sets, the climb to the parents, and failure handling.
// The DNS here is a table behind the resolver port; TestCaaLab asks a real DNS server.
#include "domain/Caa.h"

#include <QHash>
#include <QTest>

using namespace ra::domain;

namespace {
class TableResolver final : public ICaaResolver {
public:
    QHash<QString, CaaLookup> answers; // names not listed have no CAA
    QStringList asked;

    CaaLookup lookupCaa(const QString& name) override {
        asked << name;
        CaaLookup none;
        none.outcome = CaaLookup::Outcome::NoRecords;
        return answers.value(name, none);
    }
};

CaaLookup records(const QList<CaaRecord>& set, int ttl = 300) {
    CaaLookup lookup;
    lookup.outcome = CaaLookup::Outcome::Records;
    lookup.records = set;
    lookup.ttl = ttl;
    return lookup;
}

const QString kIssuer = QStringLiteral("secomtrust.net");
const QDateTime kAt(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
} // namespace

class TestCaa : public QObject {
    Q_OBJECT

private slots:
    void issuerDomainNameFollowsTheGrammar_R_CAA_1_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected"); // "<malformed>" for nullopt
        QTest::newRow("plain") << QByteArray("secomtrust.net") << QStringLiteral("secomtrust.net");
        QTest::newRow("case") << QByteArray("SecomTrust.NET") << QStringLiteral("secomtrust.net");
        QTest::newRow("spaces") << QByteArray("  secomtrust.net  ") << QStringLiteral("secomtrust.net");
        QTest::newRow("parameters ignored")
            << QByteArray("secomtrust.net; account=12345; policy=ev") << QStringLiteral("secomtrust.net");
        QTest::newRow("no issuer") << QByteArray(";") << QString();
        QTest::newRow("empty") << QByteArray("") << QString();
        QTest::newRow("bad label") << QByteArray("-secomtrust.net") << QStringLiteral("<malformed>");
        QTest::newRow("space inside") << QByteArray("secom trust.net") << QStringLiteral("<malformed>");
        QTest::newRow("bad parameter") << QByteArray("secomtrust.net; account") << QStringLiteral("<malformed>");
        QTest::newRow("not ascii") << QByteArray("sécom.net") << QStringLiteral("<malformed>");
    }

    void issuerDomainNameFollowsTheGrammar_R_CAA_1() {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        const auto name = Caa::issuerDomainName(value);
        QCOMPARE(name.value_or(QStringLiteral("<malformed>")), expected);
    }

    void recordSetDecisions_R_CAA_1_data() {
        QTest::addColumn<QList<CaaRecord>>("set");
        QTest::addColumn<int>("verdict");
        const auto issue = [](const char* value, quint8 flags = 0) {
            return CaaRecord{flags, QStringLiteral("issue"), QByteArray(value)};
        };
        QTest::newRow("our domain") << QList<CaaRecord>{issue("secomtrust.net")} << int(CaaVerdict::Allow);
        QTest::newRow("another CA") << QList<CaaRecord>{issue("letsencrypt.org")} << int(CaaVerdict::Deny);
        QTest::newRow("one of several") << QList<CaaRecord>{issue("letsencrypt.org"), issue("secomtrust.net")}
                                        << int(CaaVerdict::Allow);
        QTest::newRow("nobody may issue") << QList<CaaRecord>{issue(";")} << int(CaaVerdict::Deny);
        QTest::newRow("malformed names no issuer")
            << QList<CaaRecord>{issue("secomtrust..net")} << int(CaaVerdict::Deny);
        QTest::newRow("tag is case-insensitive")
            << QList<CaaRecord>{{0, QStringLiteral("ISSUE"), QByteArray("secomtrust.net")}} << int(CaaVerdict::Allow);
        QTest::newRow("only iodef: anyone")
            << QList<CaaRecord>{{0, QStringLiteral("iodef"), QByteArray("mailto:caa@example.test")}}
            << int(CaaVerdict::Allow);
        QTest::newRow("unknown tag, not critical")
            << QList<CaaRecord>{issue("secomtrust.net"), {0, QStringLiteral("future"), QByteArray("x")}}
            << int(CaaVerdict::Allow);
        QTest::newRow("unknown tag, critical")
            << QList<CaaRecord>{issue("secomtrust.net"), {128, QStringLiteral("future"), QByteArray("x")}}
            << int(CaaVerdict::Deny);
        QTest::newRow("critical known tag") << QList<CaaRecord>{issue("secomtrust.net", 128)} << int(CaaVerdict::Allow);
        QTest::newRow("reserved flag bits ignored")
            << QList<CaaRecord>{issue("secomtrust.net"), {1, QStringLiteral("future"), QByteArray("x")}}
            << int(CaaVerdict::Allow);
        QTest::newRow("issuewild does not govern names")
            << QList<CaaRecord>{{0, QStringLiteral("issuewild"), QByteArray("letsencrypt.org")}}
            << int(CaaVerdict::Allow);
    }

    void recordSetDecisions_R_CAA_1() {
        QFETCH(QList<CaaRecord>, set);
        QFETCH(int, verdict);
        QString reason;
        QCOMPARE(int(Caa::authorizes(set, kIssuer, false, &reason)), verdict);
        QVERIFY(!reason.isEmpty());
    }

    void wildcardsUseIssuewildFirst() {
        const QList<CaaRecord> set{{0, QStringLiteral("issue"), QByteArray("secomtrust.net")},
                                   {0, QStringLiteral("issuewild"), QByteArray(";")}};
        QCOMPARE(Caa::authorizes(set, kIssuer, true), CaaVerdict::Deny);
        QCOMPARE(Caa::authorizes(set.mid(0, 1), kIssuer, true), CaaVerdict::Allow);
    }

    void climbsToTheFirstNonEmptySet_R_CAA_1() {
        TableResolver dns;
        dns.answers.insert(QStringLiteral("example.test"), records({{0, QStringLiteral("issue"), "letsencrypt.org"}}));
        const CaaCheck check = Caa::check(dns, QStringLiteral("WWW.Shop.Example.Test."), kIssuer, kAt);
        QCOMPARE(check.verdict, CaaVerdict::Deny);
        QCOMPARE(check.relevantName, QStringLiteral("example.test"));
        QCOMPARE(dns.asked, QStringList({QStringLiteral("www.shop.example.test"), QStringLiteral("shop.example.test"),
                                         QStringLiteral("example.test")}));
    }

    void noSetAnywhereAllows() {
        TableResolver dns;
        const CaaCheck check = Caa::check(dns, QStringLiteral("www.example.test"), kIssuer, kAt);
        QCOMPARE(check.verdict, CaaVerdict::Allow);
        QCOMPARE(dns.asked.last(), QStringLiteral("test")); // the TLD is asked, the root is not
    }

    void failuresBlockUnlessR_CAA_2Allows_data() {
        QTest::addColumn<bool>("inside");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("dnssec");
        QTest::addColumn<int>("verdict");
        QTest::newRow("outside, retried, insecure")
            << false << 2 << int(DnssecStatus::Insecure) << int(CaaVerdict::Allow);
        QTest::newRow("not retried") << false << 1 << int(DnssecStatus::Insecure) << int(CaaVerdict::Error);
        QTest::newRow("our own resolver") << true << 2 << int(DnssecStatus::Insecure) << int(CaaVerdict::Error);
        QTest::newRow("secure zone") << false << 2 << int(DnssecStatus::Secure) << int(CaaVerdict::Error);
        QTest::newRow("unknown DNSSEC status")
            << false << 2 << int(DnssecStatus::Indeterminate) << int(CaaVerdict::Error);
        QTest::newRow("bogus") << false << 2 << int(DnssecStatus::Bogus) << int(CaaVerdict::Error);
    }

    void failuresBlockUnlessR_CAA_2Allows() {
        QFETCH(bool, inside);
        QFETCH(int, attempts);
        QFETCH(int, dnssec);
        QFETCH(int, verdict);
        TableResolver dns;
        CaaLookup failed;
        failed.outcome = CaaLookup::Outcome::Failed;
        failed.failureInsideOurInfrastructure = inside;
        failed.attempts = attempts;
        failed.dnssec = DnssecStatus(dnssec);
        failed.detail = QStringLiteral("SERVFAIL");
        dns.answers.insert(QStringLiteral("shop.example.test"), failed);
        QCOMPARE(int(Caa::check(dns, QStringLiteral("shop.example.test"), kIssuer, kAt).verdict), verdict);
    }

    void aBogusAnswerNeverAllows_R_CAA_2() {
        TableResolver dns;
        CaaLookup bogus = records({{0, QStringLiteral("issue"), "secomtrust.net"}});
        bogus.dnssec = DnssecStatus::Bogus;
        dns.answers.insert(QStringLiteral("example.test"), bogus);
        QCOMPARE(Caa::check(dns, QStringLiteral("example.test"), kIssuer, kAt).verdict, CaaVerdict::Error);
    }

    void aCheckIsGoodForTheLongerOfTtlAndEightHours_R_CAA_3() {
        TableResolver dns;
        dns.answers.insert(QStringLiteral("example.test"),
                           records({{0, QStringLiteral("issue"), "secomtrust.net"}}, 3600));
        CaaCheck check = Caa::check(dns, QStringLiteral("example.test"), kIssuer, kAt);
        QCOMPARE(check.validUntil(), kAt.addSecs(8 * 3600));
        check.ttl = 86400;
        QCOMPARE(check.validUntil(), kAt.addSecs(86400));
    }
};

QTEST_GUILESS_MAIN(TestCaa)
#include "TestCaa.moc"
