// SPDX-License-Identifier: Apache-2.0
// R-ORG-1: the NTA corporate-number answer parser refuses hostile documents before anything is
// recorded: entity expansion, external entities, other encodings, broken bytes, oversize, other
// documents. The documents the lab serves are the API's own format.
#include "app/lab/CorporateNumberLab.h"
#include "app/registry/CorporateNumberApi.h"

#include <QTest>

using ra::app::CorporateNumberApi;

class TestCorporateNumberApi : public QObject {
    Q_OBJECT

private slots:
    void readsTheApisOwnFormat() {
        const QByteArray document =
            ra::app::CorporateNumberLab::toXml(ra::app::CorporateNumberLab::demoCorporations(), QDate(2026, 11, 20));
        const auto answer = CorporateNumberApi::parse(document);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().detail));
        QCOMPARE(answer->records.size(), 6);
        QCOMPARE(answer->lastUpdateDate, QDate(2026, 11, 20));
        const ra::domain::CorporateRecord& sample = answer->records.front();
        QCOMPARE(sample.corporateNumber, QStringLiteral("4011001099901"));
        QCOMPARE(sample.name, QStringLiteral("株式会社サンプル"));
        QCOMPARE(sample.streetNumber, QStringLiteral("西新宿１丁目２番３号"));
        QVERIFY(sample.domestic());
        QVERIFY(!sample.closed());
        const ra::domain::CorporateRecord& merged = answer->records.at(4);
        QVERIFY(merged.closed());
        QCOMPARE(merged.closeCause, QStringLiteral("11"));
        QCOMPARE(merged.successorCorporateNumber, QStringLiteral("5010401099907"));
        QCOMPARE(answer->body, document); // kept byte for byte
    }

    void readsTheNtaExample() {
        // The answer for the NTA's own number, as the API documents it (abridged fields).
        const QByteArray document =
            QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><corporations><lastUpdateDate>2018-04-02</lastUpdateDate>"
                "<count>1</count><divideNumber>1</divideNumber><divideSize>1</divideSize><corporation>"
                "<sequenceNumber>1</sequenceNumber><corporateNumber>7000012050002</corporateNumber><process>01</"
                "process>"
                "<correct>1</correct><updateDate>2018-04-02</updateDate><changeDate>2015-10-05</changeDate>"
                "<name>国税庁</name><nameImageId/><kind>101</kind><prefectureName>東京都</prefectureName>"
                "<cityName>千代田区</cityName><streetNumber>霞が関３丁目１－１</streetNumber><addressImageId/>"
                "<prefectureCode>13</prefectureCode><cityCode>101</cityCode><postCode>1000013</postCode>"
                "<addressOutside/><addressOutsideImageId/><closeDate/><closeCause/><successorCorporateNumber/>"
                "<changeCause/><assignmentDate>2015-10-05</assignmentDate><latest>1</latest>"
                "<enName>National Tax Agency</enName><enPrefectureName>Tokyo</enPrefectureName>"
                "<enCityName>3-1-1 Kasumigaseki, Chiyoda-ku</enCityName><enAddressOutside/>"
                "<furigana>コクゼイチョウ</furigana><hihyoji>0</hihyoji></corporation></corporations>")
                .toUtf8();
        const auto answer = CorporateNumberApi::parse(document);
        QVERIFY(answer);
        QCOMPARE(answer->records.size(), 1);
        QCOMPARE(answer->records.front().enName, QStringLiteral("National Tax Agency"));
        QCOMPARE(answer->records.front().assignmentDate, QDate(2015, 10, 5));
    }

    void refusesHostileDocuments_data() {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("code");
        const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
        QTest::newRow("billion laughs")
            << head + "<!DOCTYPE corporations [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                      "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><corporations><count>1</count><corporation>"
                      "<name>&c;</name></corporation></corporations>"
            << QStringLiteral("registry.malformed");
        QTest::newRow("external entity")
            << head + "<!DOCTYPE corporations [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><corporations><corporation>"
                      "<name>&x;</name></corporation></corporations>"
            << QStringLiteral("registry.malformed");
        QTest::newRow("undeclared entity")
            << head + "<corporations><corporation><name>&x;</name></corporation></corporations>"
            << QStringLiteral("registry.malformed");
        QTest::newRow("Shift_JIS declared")
            << QByteArray("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><corporations></corporations>")
            << QStringLiteral("registry.encoding");
        QTest::newRow("broken UTF-8") << head + "<corporations><corporation><name>\xe6\xa0</name></corporation>"
                                                "</corporations>"
                                      << QStringLiteral("registry.encoding");
        QTest::newRow("unclosed") << head + "<corporations><corporation><name>x</name>"
                                  << QStringLiteral("registry.malformed");
        QTest::newRow("HTML error page") << QByteArray("<html><body>Service Unavailable</body></html>")
                                         << QStringLiteral("registry.malformed");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("registry.malformed");
        QTest::newRow("deep nesting")
            << head + "<corporations><corporation><name><b><c>x</c></b></name></corporation></corporations>"
            << QStringLiteral("registry.malformed");
        QTest::newRow("count below the records")
            << head + "<corporations><count>1</count><corporation><corporateNumber>1</corporateNumber>"
                      "</corporation><corporation><corporateNumber>2</corporateNumber></corporation></corporations>"
            << QStringLiteral("registry.malformed");
        QTest::newRow("field of 2000 characters")
            << head + "<corporations><corporation><name>" + QByteArray(2000, 'x') +
                   "</name></corporation>"
                   "</corporations>"
            << QStringLiteral("registry.malformed");
        QTest::newRow("over a mebibyte") << head + "<corporations>" + QByteArray(1100 * 1024, ' ') + "</corporations>"
                                         << QStringLiteral("registry.too-large");
    }
    void refusesHostileDocuments() {
        QFETCH(QByteArray, document);
        QFETCH(QString, code);
        const auto answer = CorporateNumberApi::parse(document);
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, code);
        QVERIFY(!answer.error().userMessage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorporateNumberApi)
#include "TestCorporateNumberApi.moc"
