// SPDX-License-Identifier: Apache-2.0
// R-ORG-1, R-DOC-2, R-CSR-5: the corporate number, the comparison of claims with a registry record,
// and the organization items and subject decided by evidence.
#include "domain/CorporateNumber.h"
#include "domain/DatedRules.h"
#include "domain/OrganizationVerification.h"

#include <QTest>

using namespace ra::domain;

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

CorporateRecord sample() {
    CorporateRecord record;
    record.corporateNumber = QStringLiteral("4011001099901");
    record.name = QStringLiteral("株式会社サンプル");
    record.prefectureName = QStringLiteral("東京都");
    record.prefectureCode = QStringLiteral("13");
    record.cityName = QStringLiteral("新宿区");
    record.streetNumber = QStringLiteral("西新宿１丁目２番３号");
    record.postCode = QStringLiteral("1600023");
    return record;
}

Organization claims() {
    return {QStringLiteral("株式会社サンプル"),
            QString(),
            QStringLiteral("西新宿1-2-3"),
            QStringLiteral("新宿区"),
            QStringLiteral("東京都"),
            QStringLiteral("160-0023"),
            QStringLiteral("JP")};
}

Evidence evidence(qint64 id, EvidenceConfirms confirms, const QDateTime& obtainedAt) {
    Evidence e;
    e.id = id;
    e.confirms = confirms;
    e.obtainedAt = obtainedAt;
    e.reference = QStringLiteral("ref-%1").arg(id);
    e.verified = {QStringLiteral("O-%1").arg(id),
                  QStringLiteral("ST"),
                  QStringLiteral("L"),
                  QStringLiteral("S"),
                  QStringLiteral("JP"),
                  QString()};
    return e;
}
// An application claiming claims() with a DBA and two documents, the first replaced by #3.
Application withDocuments() {
    Application application;
    application.id = 7;
    application.organization = claims();
    application.organization.doingBusinessAs = QStringLiteral("Sample Shop");
    Document first;
    first.id = 1;
    Document second;
    second.id = 2;
    Document replacement;
    replacement.id = 3;
    replacement.replaces = 1;
    Document uninspected;
    uninspected.id = 4;
    Document failed;
    failed.id = 5;
    application.documents = {first, second, replacement, uninspected, failed};
    return application;
}

// Documents 2 and 3 passed their inspection; 5 failed its newest one; 4 was never inspected.
QList<DocumentInspection> inspections() {
    QList<DocumentInspection> all;
    for (const auto& [id, passed] : QList<std::pair<qint64, bool>>{{2, true}, {3, true}, {5, true}, {5, false}}) {
        DocumentInspection inspection;
        inspection.documentId = id;
        inspection.passed = passed;
        all << inspection;
    }
    return all;
}

// A site visit as an officer enters it: what the visit report states, with its photo.
Evidence siteVisit() {
    Evidence e;
    e.applicationId = 7;
    e.source = EvidenceSource::SiteVisit;
    e.reference = QStringLiteral("Visit report SV-0142");
    e.obtainedAt = kNow.addDays(-3);
    e.confirms = {true, true, true, false};
    e.verified = {QStringLiteral("株式会社サンプル"),     QStringLiteral("東京都"), QStringLiteral("新宿区"),
                  QStringLiteral("西新宿１丁目２番３号"), QStringLiteral("JP"),     QString()};
    e.documentIds = {2};
    return e;
}
} // namespace

class TestOrganizationVerification : public QObject {
    Q_OBJECT

private slots:
    void checkDigit_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("digit");
        // The National Tax Agency's own number, 7000012050002, and the lab's demo numbers.
        QTest::newRow("NTA") << QStringLiteral("000012050002") << 7;
        QTest::newRow("sample") << QStringLiteral("011001099901") << 4;
        QTest::newRow("all zero") << QStringLiteral("000000000000") << 9;
        QTest::newRow("too short") << QStringLiteral("00001205000") << -1;
        QTest::newRow("letter") << QStringLiteral("00001205000A") << -1;
    }
    void checkDigit() {
        QFETCH(QString, base);
        QFETCH(int, digit);
        QCOMPARE(CorporateNumber::checkDigit(base), digit);
    }

    void parseAcceptsWhatPeopleTypeAndRefusesMistakes_R_ORG_1_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("code"); // empty: accepted as 7000012050002
        QTest::newRow("plain") << QStringLiteral("7000012050002") << QString();
        QTest::newRow("full-width") << QStringLiteral("７００００１２０５０００２") << QString();
        QTest::newRow("spaces and hyphens") << QStringLiteral(" 7-0000-1205-0002 ") << QString();
        QTest::newRow("wrong check digit")
            << QStringLiteral("6000012050002") << QStringLiteral("corporate-number.check-digit");
        QTest::newRow("12 digits") << QStringLiteral("000012050002") << QStringLiteral("corporate-number.format");
        QTest::newRow("14 digits") << QStringLiteral("70000120500021") << QStringLiteral("corporate-number.format");
        QTest::newRow("letters") << QStringLiteral("7000O12050002") << QStringLiteral("corporate-number.format");
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("٧٠٠٠٠١٢٠٥٠٠٠٢") << QStringLiteral("corporate-number.format");
        QTest::newRow("empty") << QString() << QStringLiteral("corporate-number.format");
    }
    void parseAcceptsWhatPeopleTypeAndRefusesMistakes_R_ORG_1() {
        QFETCH(QString, typed);
        QFETCH(QString, code);
        const auto parsed = CorporateNumber::parse(typed);
        if (code.isEmpty()) {
            QVERIFY(parsed);
            QCOMPARE(*parsed, QStringLiteral("7000012050002"));
        } else {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, code);
        }
    }

    void foldingMakesNotationsComparable_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("block words") << QStringLiteral("西新宿１丁目２番３号") << QStringLiteral("西新宿1-2-3") << true;
        QTest::newRow("番地") << QStringLiteral("山下町１番地") << QStringLiteral("山下町1") << true;
        QTest::newRow("full-width hyphen") << QStringLiteral("梅田２－４－９") << QStringLiteral("梅田2-4-9") << true;
        QTest::newRow("spaces") << QStringLiteral("株式会社 サンプル") << QStringLiteral("株式会社サンプル") << true;
        QTest::newRow("Latin case") << QStringLiteral("Example KK") << QStringLiteral("EXAMPLE kk") << true;
        QTest::newRow("other number") << QStringLiteral("西新宿1-2-4") << QStringLiteral("西新宿1-2-3") << false;
        QTest::newRow("katakana long vowel kept")
            << QStringLiteral("ロジスティクス") << QStringLiteral("ロジスティクス-")
            << true; // a trailing hyphen is dropped, the ー in words kept
        QTest::newRow("other name") << QStringLiteral("株式会社サンプル") << QStringLiteral("株式会社サンプルズ")
                                    << false;
    }
    void foldingMakesNotationsComparable() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(OrganizationVerification::folded(a) == OrganizationVerification::folded(b), same);
    }

    void aMatchingRecordConfirmsEverything_R_ORG_1() {
        const RegistryComparison comparison = OrganizationVerification::compare(claims(), sample());
        QVERIFY(comparison.confirms.name && comparison.confirms.address && comparison.confirms.country);
        QVERIFY(comparison.problems.isEmpty());
        for (const FieldComparison& field : comparison.fields) {
            QVERIFY2(field.same, qPrintable(field.field));
        }
        // The subject carries the registry's values, not the claims (R-CSR-5).
        QCOMPARE(comparison.verified.streetAddress, QStringLiteral("西新宿１丁目２番３号"));
        QCOMPARE(comparison.verified.legalName, QStringLiteral("株式会社サンプル"));
        QCOMPARE(comparison.verified.country, QStringLiteral("JP"));
    }

    void aDifferentNameIsNotConfirmed_R_ORG_1() {
        Organization typed = claims();
        typed.legalName = QStringLiteral("Sample KK");
        const RegistryComparison comparison = OrganizationVerification::compare(typed, sample());
        QVERIFY(!comparison.confirms.name);
        QVERIFY(comparison.confirms.address);
        QCOMPARE(comparison.problems.size(), 1);
        // The English name the corporation registered is the same name.
        CorporateRecord registered = sample();
        registered.enName = QStringLiteral("Sample K K");
        QVERIFY(OrganizationVerification::compare(typed, registered).confirms.name);
    }

    void aMovedCorporationsAddressIsNotConfirmed_R_ORG_1() {
        CorporateRecord moved = sample();
        moved.process = QStringLiteral("12");
        moved.cityName = QStringLiteral("渋谷区");
        const RegistryComparison comparison = OrganizationVerification::compare(claims(), moved);
        QVERIFY(comparison.confirms.name);
        QVERIFY(!comparison.confirms.address);
        QVERIFY(!comparison.fields.at(2).same); // locality
    }

    void aClosedCorporationConfirmsNothing_R_ORG_1() {
        CorporateRecord closed = sample();
        closed.closeDate = QDate(2025, 6, 30);
        closed.closeCause = QStringLiteral("11");
        closed.successorCorporateNumber = QStringLiteral("5010401099907");
        const RegistryComparison comparison = OrganizationVerification::compare(claims(), closed);
        QVERIFY(!comparison.confirms.any());
        QVERIFY(!comparison.fields.last().same);
        QVERIFY(comparison.fields.last().registry.contains(QStringLiteral("5010401099907")));
    }

    void aForeignAddressDoesNotConfirmTheCountry_R_ORG_3() {
        CorporateRecord foreign = sample();
        foreign.prefectureCode.clear();
        foreign.prefectureName.clear();
        foreign.addressOutside = QStringLiteral("Singapore");
        QVERIFY(!OrganizationVerification::compare(claims(), foreign).confirms.country);
    }

    void evidenceDecidesTheItemsWhileYoungEnough_R_DOC_2() {
        const int limit = DatedRules::on(kNow.date()).organizationReuseDays;
        QCOMPARE(limit, 398);
        const QList<Evidence> none;
        for (const EvidenceDecision& decision : OrganizationVerification::decide(none, kNow, limit)) {
            QCOMPARE(decision.status, CheckStatus::Pending); // never a bare tick
        }
        const QList<Evidence> list{evidence(1, {true, true, true, false}, kNow.addDays(-10)),
                                   evidence(2, {false, true, false, false}, kNow.addDays(-1))};
        const QList<EvidenceDecision> decided = OrganizationVerification::decide(list, kNow, limit);
        QCOMPARE(decided.at(0).status, CheckStatus::Passed);
        QCOMPARE(decided.at(0).evidenceId, 1);
        QCOMPARE(decided.at(1).evidenceId, 2); // the newest that confirms the address
        QCOMPARE(decided.at(2).evidenceId, 1);
        QCOMPARE(OrganizationVerification::subjectSource(list, kNow, limit)->id, 1);

        const QList<Evidence> old{evidence(3, {true, true, true, false}, kNow.addDays(-399))};
        for (const EvidenceDecision& decision : OrganizationVerification::decide(old, kNow, limit)) {
            QCOMPARE(decision.status, CheckStatus::Pending);
        }
        QVERIFY(!OrganizationVerification::subjectSource(old, kNow, limit));
        // Evidence dated after "now" (a clock moved back) is not used either.
        const QList<Evidence> future{evidence(4, {true, true, true, false}, kNow.addDays(1))};
        QVERIFY(!OrganizationVerification::subjectSource(future, kNow, limit));
    }

    void aNewerAnswerAboutTheSameCorporationWins_R_DOC_2() {
        // Day 0 confirmed everything; day 30 the registry says it is closed: nothing counts any more.
        const int limit = 398;
        Evidence confirmed = evidence(1, {true, true, true, false}, kNow.addDays(-30));
        confirmed.corporateNumber = QStringLiteral("4011001099901");
        Evidence closed = evidence(2, {}, kNow.addDays(-1));
        closed.corporateNumber = confirmed.corporateNumber;
        for (const EvidenceDecision& decision : OrganizationVerification::decide({confirmed, closed}, kNow, limit)) {
            QCOMPARE(decision.status, CheckStatus::Pending);
        }
        QVERIFY(!OrganizationVerification::subjectSource({confirmed, closed}, kNow, limit));
        // Two corporations never combine: the newest answer's corporation alone counts.
        Evidence other = evidence(3, {false, true, false, false}, kNow);
        other.corporateNumber = QStringLiteral("9130001099903");
        const QList<EvidenceDecision> decided = OrganizationVerification::decide({confirmed, other}, kNow, limit);
        QCOMPARE(decided.at(0).status, CheckStatus::Pending); // identity of the first is not used
        QCOMPARE(decided.at(1).evidenceId, 3);
    }

    void enteredEvidenceIsValidated_R_ORG_1_R_ORG_2_data() {
        QTest::addColumn<Evidence>("entered");
        QTest::addColumn<QString>("code");
        QTest::newRow("valid site visit") << siteVisit() << QString();
        Evidence e = siteVisit();
        e.source = EvidenceSource::ReliableCommunication;
        QTest::newRow("a call-back is not organization evidence") << e << QStringLiteral("evidence.kind");
        e = siteVisit();
        e.corporateNumber = QStringLiteral("4011001099901");
        QTest::newRow("a typed corporate number") << e << QStringLiteral("evidence.registry-only");
        e = siteVisit();
        e.confirms = {};
        e.verified = {};
        QTest::newRow("confirms nothing") << e << QStringLiteral("evidence.confirms-nothing");
        e = siteVisit();
        e.source = EvidenceSource::IdentificationDocument;
        QTest::newRow("a bill cannot show an identity") << e << QStringLiteral("evidence.kind");
        e = siteVisit();
        e.documentIds.clear();
        QTest::newRow("no document") << e << QStringLiteral("evidence.no-document");
        e = siteVisit();
        e.documentIds = {1};
        QTest::newRow("a replaced version") << e << QStringLiteral("evidence.document-unknown");
        e.documentIds = {99};
        QTest::newRow("another application's document") << e << QStringLiteral("evidence.document-unknown");
        e.documentIds = {4};
        QTest::newRow("an uninspected document") << e << QStringLiteral("evidence.document-uninspected");
        e.documentIds = {5};
        QTest::newRow("a document whose newest inspection failed")
            << e << QStringLiteral("evidence.document-uninspected");
        e.documentIds = {2, 2};
        QTest::newRow("one document cited twice") << e << QStringLiteral("evidence.no-document");
        e = siteVisit();
        e.verified.legalName = QStringLiteral("株式会社 サンプル");
        QTest::newRow("O must be the claims exactly: it goes into the certificate")
            << e << QStringLiteral("evidence.differs");
        e = siteVisit();
        e.verified.legalName = QStringLiteral("株式会社サンプル").normalized(QString::NormalizationForm_D);
        QTest::newRow("O in another Unicode form (NFD)") << e << QStringLiteral("evidence.differs");
        e = siteVisit();
        e.verified.stateOrProvince = QStringLiteral("東京都 ");
        QTest::newRow("ST with a trailing space") << e << QStringLiteral("evidence.differs");
        e = siteVisit();
        e.verified.streetAddress.clear();
        QTest::newRow("an address without its street") << e << QStringLiteral("evidence.values");
        e = siteVisit();
        e.confirms.tradename = true;
        e.verified.tradename = QStringLiteral("Sample Shop");
        QTest::newRow("a site visit cannot verify a tradename") << e << QStringLiteral("evidence.kind");
        e = siteVisit();
        e.reference = QStringLiteral("  ");
        QTest::newRow("no reference") << e << QStringLiteral("evidence.no-reference");
        e = siteVisit();
        e.obtainedAt = kNow.addSecs(60);
        QTest::newRow("obtained in the future") << e << QStringLiteral("evidence.obtained-at");
        e.obtainedAt = kNow.addDays(-399);
        QTest::newRow("older than the reuse limit") << e << QStringLiteral("evidence.obtained-at");
        e.obtainedAt = QDateTime();
        QTest::newRow("no date") << e << QStringLiteral("evidence.obtained-at");
        e = siteVisit();
        e.verified.locality.clear();
        QTest::newRow("an address without its city") << e << QStringLiteral("evidence.values");
        e = siteVisit();
        e.verified.tradename = QStringLiteral("Sample Shop");
        QTest::newRow("a value for what it does not confirm") << e << QStringLiteral("evidence.values");
        e = siteVisit();
        e.confirms.country = false;
        QTest::newRow("country stated, not confirmed") << e << QStringLiteral("evidence.values");
        e = siteVisit();
        e.verified.legalName = QStringLiteral("株式会社サンプルホールディングス");
        QTest::newRow("another name than claimed") << e << QStringLiteral("evidence.differs");
        e = siteVisit();
        e.verified.locality = QStringLiteral("渋谷区");
        QTest::newRow("another city than claimed") << e << QStringLiteral("evidence.differs");
        e = siteVisit();
        e.verified.country = QStringLiteral("US");
        QTest::newRow("another country than claimed") << e << QStringLiteral("evidence.differs");
        e = siteVisit();
        e.verified.legalName = QString(201, QLatin1Char('x'));
        QTest::newRow("an oversize value") << e << QStringLiteral("evidence.too-long");

        Evidence dba;
        dba.applicationId = 7;
        dba.source = EvidenceSource::IdentificationDocument;
        dba.reference = QStringLiteral("Tax notice 2026-0042");
        dba.obtainedAt = kNow.addDays(-1);
        dba.confirms.tradename = true;
        dba.verified.tradename = QStringLiteral("ＳＡＭＰＬＥ ＳＨＯＰ"); // full width, same when folded
        dba.documentIds = {2};
        QTest::newRow("a tax document shows the tradename") << dba << QString();
        e = dba;
        e.verified.tradename = QStringLiteral("Sample Store");
        QTest::newRow("another tradename than claimed") << e << QStringLiteral("evidence.differs");
        e = dba;
        e.source = EvidenceSource::AttestationLetter;
        QTest::newRow("an Attestation Letter without documentary support")
            << e << QStringLiteral("evidence.no-document");
        e.documentIds = {2, 3};
        QTest::newRow("an Attestation Letter with documentary support") << e << QString();
    }

    void enteredEvidenceIsValidated_R_ORG_1_R_ORG_2() {
        QFETCH(Evidence, entered);
        QFETCH(QString, code);
        const Status valid =
            OrganizationVerification::validateEntered(entered, withDocuments(), inspections(), kNow, 398);
        QVERIFY2((valid ? QString() : valid.error().code) == code, valid ? "" : qPrintable(valid.error().userMessage));
        if (!valid) {
            QVERIFY(!valid.error().userMessage.isEmpty());
        }
    }

    void aConfirmedTradenameDecidesTheDbaItem_R_ORG_2() {
        Evidence dba = evidence(5, {false, false, false, true}, kNow.addDays(-2));
        const QList<EvidenceDecision> decided = OrganizationVerification::decide({dba}, kNow, 398);
        QCOMPARE(decided.size(), 4);
        QCOMPARE(decided.at(3).code, QStringLiteral("org.dba"));
        QCOMPARE(decided.at(3).status, CheckStatus::Passed);
        QCOMPARE(decided.at(3).evidenceId, 5);
        QCOMPARE(decided.at(0).status, CheckStatus::Pending); // a tradename says nothing of the identity
        QCOMPARE(OrganizationVerification::decide({}, kNow, 398).at(3).status, CheckStatus::Pending);
    }

    // Entered evidence never outweighs the registry: a closed corporation stays closed, and a name
    // the registry does not confirm is not confirmed by a letter or a visit.
    void theRegistryIsNeverOutvotedByEnteredEvidence_R_ORG_1() {
        Evidence closed = evidence(1, {}, kNow.addDays(-5));
        closed.corporateNumber = QStringLiteral("4011001099901");
        const Evidence visit = evidence(2, {true, true, true, false}, kNow.addDays(-1));
        for (const EvidenceDecision& decision : OrganizationVerification::decide({closed, visit}, kNow, 398)) {
            QCOMPARE(decision.status, CheckStatus::Pending);
        }
        QVERIFY(!OrganizationVerification::subjectSource({closed, visit}, kNow, 398));
        Evidence renamed = evidence(3, {false, true, true, false}, kNow.addDays(-5));
        renamed.corporateNumber = closed.corporateNumber;
        const QList<EvidenceDecision> decided = OrganizationVerification::decide({renamed, visit}, kNow, 398);
        QCOMPARE(decided.at(0).status, CheckStatus::Pending); // the name stays unconfirmed
        QCOMPARE(decided.at(1).status, CheckStatus::Passed);
        QVERIFY(!OrganizationVerification::subjectSource({renamed, visit}, kNow, 398));
        // Where both confirm everything, the subject takes the registry's own spelling.
        Evidence confirmed = evidence(4, {true, true, true, false}, kNow.addDays(-5));
        confirmed.corporateNumber = closed.corporateNumber;
        QCOMPARE(OrganizationVerification::subjectSource({confirmed, visit}, kNow, 398)->id, 4);
    }

    // R-DOC-2: only the newest answer about a corporation is offered for reuse, never an
    // application's own, never one that confirms nothing, never one past the limit.
    void theNewestAnswerIsOfferedForReuse_R_DOC_2() {
        Evidence older = evidence(1, {true, true, true, false}, kNow.addDays(-40));
        older.applicationId = 10;
        older.corporateNumber = QStringLiteral("4011001099901");
        Evidence newer = older;
        newer.id = 2;
        newer.applicationId = 11;
        newer.obtainedAt = kNow.addDays(-10);
        Evidence copy = newer; // a reuse of `newer` by application 12: same date, later id
        copy.id = 3;
        copy.applicationId = 12;
        QCOMPARE(OrganizationVerification::reusableAnswer({older, newer, copy}, 20, kNow, 398)->id, 2);
        QVERIFY(!OrganizationVerification::reusableAnswer({older, newer}, 11, kNow, 398));
        QVERIFY(!OrganizationVerification::reusableAnswer({older, newer}, 20, kNow.addDays(400), 398));
        Evidence closed = newer;
        closed.id = 4;
        closed.obtainedAt = kNow.addDays(-1);
        closed.confirms = {};
        QVERIFY(!OrganizationVerification::reusableAnswer({older, newer, closed}, 20, kNow, 398));
    }

    void confirmsRoundTrip() {
        for (const EvidenceConfirms& confirms : {EvidenceConfirms{}, EvidenceConfirms{true, false, false, false},
                                                 EvidenceConfirms{true, true, true, true}}) {
            QCOMPARE(EvidenceConfirms::fromId(confirms.id()), confirms);
        }
        QCOMPARE(EvidenceConfirms{}.id(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationVerification)
#include "TestOrganizationVerification.moc"
