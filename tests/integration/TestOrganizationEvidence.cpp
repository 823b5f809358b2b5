// SPDX-License-Identifier: Apache-2.0
// R-ORG-1..4, R-DOC-2, R-AUD-1, R-AUD-4: organization evidence an officer enters from a source the
// workstation does not query itself — a government agency, another approved Reliable Data Source,
// a site visit, an Attestation Letter, a document showing the tradename. What decides org.identity,
// org.address, org.country and org.dba from it, and the ways around it an insider might try: a
// source never approved or withdrawn, the registry typed in by hand, values other than the claims,
// another application's document, a bare tick, editing or re-linking the stored records — each
// refused, audited, nothing half-recorded.
#include "app/ApplicationService.h"
#include "app/DocumentService.h"
#include "app/OrganizationService.h"
#include "domain/DocumentReview.h"
#include "tests/support/DemoFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace ra;

namespace {
constexpr qint64 kSampleKk = 1;    // another application, with its own documents
constexpr qint64 kExampleShop = 2; // in review with tanaka: Example KK, DBA Example Shop, Osaka Kita-ku
} // namespace

class TestOrganizationEvidence : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

    app::Workspace& workspace() { return m_demo->workspace(); }
    app::OrganizationService service() { return app::OrganizationService(workspace()); }

    qint64 count(const QString& sql) {
        QSqlQuery query(workspace().database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    qint64 stored() { return count(QStringLiteral("SELECT COUNT(*) FROM organization_evidence")); }
    qint64 refusals() {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'org.evidence_refused'"));
    }
    bool exec(const QString& sql) {
        QSqlQuery query(workspace().database().connection());
        return query.exec(sql);
    }
    // The application is kept while its item is read: item() points into it.
    domain::CheckStatus status(const QString& code) {
        const auto application = workspace().applications().byId(kExampleShop);
        const domain::ChecklistItem* item = application->item(code);
        return item ? item->status : domain::CheckStatus::Pending;
    }
    qint64 currentDocument(qint64 applicationId) {
        const auto application = workspace().applications().byId(applicationId);
        return domain::DocumentReview::current(application->documents).value(0).id;
    }

    // What the visit report states, with the office photo of the package.
    domain::Evidence siteVisit() {
        domain::Evidence e;
        e.applicationId = kExampleShop;
        e.source = domain::EvidenceSource::SiteVisit;
        e.reference = QStringLiteral("Visit report SV-0142, Kita-ku office");
        e.obtainedAt = m_demo->clock().nowUtc().addDays(-2);
        e.confirms = {true, true, true, false};
        e.verified = {QStringLiteral("Example KK"),  QStringLiteral("Osaka"), QStringLiteral("Kita-ku"),
                      QStringLiteral("2-4-9 Umeda"), QStringLiteral("JP"),    QString()};
        e.documentIds = {currentDocument(kExampleShop)};
        return e;
    }

    // Evidence that must be refused with `code`, audited, and leave nothing stored or decided.
    void expectRefusal(const domain::Evidence& entered, const QString& code, const QString& officer = {}) {
        const qint64 before = stored();
        const qint64 audited = refusals();
        const auto recorded =
            service().recordEvidence(m_demo->user(officer.isEmpty() ? QStringLiteral("tanaka") : officer), entered);
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().code, code);
        QVERIFY(!recorded.error().userMessage.isEmpty());
        QCOMPARE(stored(), before);
        QCOMPARE(refusals(), audited + 1);
        for (const char* item : {"org.identity", "org.address", "org.country", "org.dba"}) {
            QCOMPARE(status(QString::fromLatin1(item)), domain::CheckStatus::Pending);
        }
    }

private slots:
    // One demo workspace for the whole case: the slots run in this order, refusals first.
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY(m_demo->directorySourceId() > 0);
        m_demo->clock().advanceSeconds(3600);
    }
    void cleanupTestCase() { m_demo.reset(); }

    // CP 3.2.2: a document is inspected before evidence relies on it.
    void citedDocumentsAreInspectedFirst_R_DOC_1() {
        expectRefusal(siteVisit(), QStringLiteral("evidence.document-uninspected"));
        const QStringList allChecks = domain::DocumentReview::standardCheckIds();
        QVERIFY(app::DocumentService(workspace())
                    .inspect(m_demo->user(QStringLiteral("tanaka")), kExampleShop, currentDocument(kExampleShop),
                             allChecks, {}));
    }

    void onlyTheValidatorRecordsAndNeverByATick_R_ORG_1() {
        expectRefusal(siteVisit(), QStringLiteral("sod.not-the-validator"), QStringLiteral("suzuki"));
        expectRefusal(siteVisit(), QStringLiteral("sod.not-the-validator"), QStringLiteral("admin"));
        for (const QString& code : {QStringLiteral("org.identity"), QStringLiteral("org.dba")}) {
            const auto ticked = app::ApplicationService(workspace())
                                    .recordCheck(m_demo->user(QStringLiteral("tanaka")), kExampleShop, code,
                                                 domain::CheckStatus::Passed, QStringLiteral("saw it myself"));
            QVERIFY(!ticked);
            QCOMPARE(ticked.error().code, QStringLiteral("check.automatic"));
            QCOMPARE(status(code), domain::CheckStatus::Pending);
        }
    }

    void whatTheSourceStatesMustBeWhatIsClaimed_R_ORG_1() {
        domain::Evidence e = siteVisit();
        e.verified.legalName = QStringLiteral("Example Holdings KK");
        expectRefusal(e, QStringLiteral("evidence.differs"));
        e = siteVisit();
        e.obtainedAt = m_demo->clock().nowUtc().addSecs(600);
        expectRefusal(e, QStringLiteral("evidence.obtained-at"));
        e = siteVisit();
        e.reference.clear();
        expectRefusal(e, QStringLiteral("evidence.no-reference"));
        e = siteVisit();
        e.source = domain::EvidenceSource::IdentificationDocument; // a bill shows no identity
        expectRefusal(e, QStringLiteral("evidence.kind"));
    }

    void onlyThisApplicationsCurrentDocuments_R_DOC_1() {
        domain::Evidence e = siteVisit();
        e.documentIds = {currentDocument(kSampleKk)};
        expectRefusal(e, QStringLiteral("evidence.document-unknown"));
        e.documentIds.clear();
        expectRefusal(e, QStringLiteral("evidence.no-document"));
    }

    void onlyApprovedOtherSources_R_ORG_4() {
        domain::Evidence e = siteVisit();
        e.source = domain::EvidenceSource::ReliableDataSource;
        e.dataSourceId = 999;
        expectRefusal(e, QStringLiteral("rds.not-approved"));
        // The registry the workstation looks up itself cannot be typed in.
        const auto sources = service().sources();
        QVERIFY(sources);
        for (const domain::ReliableDataSource& source : *sources) {
            if (source.kind == domain::ReliableDataSource::Kind::NtaCorporateNumber) {
                e.dataSourceId = source.id;
            }
        }
        expectRefusal(e, QStringLiteral("rds.not-approved"));
        // A source approved and then withdrawn is no longer citable.
        domain::ReliableDataSource chamber;
        chamber.name = QStringLiteral("Osaka Chamber of Commerce member directory");
        chamber.provider = QStringLiteral("Osaka Chamber of Commerce and Industry");
        chamber.url = QStringLiteral("https://chamber.example/members");
        chamber.purpose = QStringLiteral("Member listing");
        chamber.dataAge = QStringLiteral("Updated on membership changes");
        chamber.updateFrequency = QStringLiteral("Monthly");
        chamber.publicAccessibility = QStringLiteral("Public");
        chamber.falsificationDifficulty = QStringLiteral("Entries made by the chamber only");
        const auto approved = service().approveSource(m_demo->user(QStringLiteral("admin")), chamber);
        QVERIFY2(approved, approved ? "" : qPrintable(approved.error().userMessage));
        QVERIFY(service().withdrawSource(m_demo->user(QStringLiteral("admin")), approved->id));
        e.dataSourceId = approved->id;
        expectRefusal(e, QStringLiteral("rds.not-approved"));
        // A typed corporate number is never evidence: only the registry's own answer is.
        e = siteVisit();
        e.corporateNumber = QStringLiteral("4011001099901");
        expectRefusal(e, QStringLiteral("evidence.registry-only"));
    }

    void aSiteVisitDecidesTheOrganizationAndTheSubject_R_ORG_1_R_CSR_5() {
        const auto recorded = service().recordEvidence(m_demo->user(QStringLiteral("tanaka")), siteVisit());
        QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().userMessage));
        QCOMPARE(recorded->recordedBy, QStringLiteral("tanaka"));
        for (const char* item : {"org.identity", "org.address", "org.country"}) {
            QCOMPARE(status(QString::fromLatin1(item)), domain::CheckStatus::Passed);
        }
        QCOMPARE(status(QStringLiteral("org.dba")), domain::CheckStatus::Pending); // claimed, not yet verified
        const auto kept = service().evidence(kExampleShop);
        QVERIFY(kept && kept->size() == 1);
        QCOMPARE(kept->front().documentIds, QList<qint64>{currentDocument(kExampleShop)});
        QCOMPARE(kept->front().source, domain::EvidenceSource::SiteVisit);
        const auto subject = service().subjectEvidence(kExampleShop);
        QVERIFY(subject);
        QCOMPARE(subject->verified.locality, QStringLiteral("Kita-ku"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'org.evidence_recorded' "
                                      "AND application_id = 2")),
                 1);
    }

    void aTaxDocumentShowsTheTradename_R_ORG_2() {
        domain::Evidence dba;
        dba.applicationId = kExampleShop;
        dba.source = domain::EvidenceSource::IdentificationDocument;
        dba.reference = QStringLiteral("Municipal tax notice 2026-0042");
        dba.obtainedAt = m_demo->clock().nowUtc().addDays(-1);
        dba.confirms.tradename = true;
        dba.verified.tradename = QStringLiteral("ＥＸＡＭＰＬＥ ＳＨＯＰ");
        dba.documentIds = {currentDocument(kExampleShop)};
        // An Attestation Letter for a tradename needs its documentary support beside it.
        domain::Evidence letter = dba;
        letter.source = domain::EvidenceSource::AttestationLetter;
        const qint64 audited = refusals();
        QCOMPARE(service().recordEvidence(m_demo->user(QStringLiteral("tanaka")), letter).error().code,
                 QStringLiteral("evidence.no-document"));
        QCOMPARE(refusals(), audited + 1);
        QCOMPARE(status(QStringLiteral("org.dba")), domain::CheckStatus::Pending);
        QVERIFY(service().recordEvidence(m_demo->user(QStringLiteral("tanaka")), dba));
        QCOMPARE(status(QStringLiteral("org.dba")), domain::CheckStatus::Passed);
    }

    // R-AUD-4: the records are kept as written, and the database itself refuses to tie evidence
    // or an inspection to another application's document.
    void storedEvidenceCannotBeEditedOrRelinked_R_AUD_4() {
        const qint64 evidenceId = service().evidence(kExampleShop)->front().id;
        const qint64 foreign = currentDocument(kSampleKk);
        QVERIFY(!exec(QStringLiteral("UPDATE organization_evidence SET verified_name = 'Other KK'")));
        QVERIFY(!exec(QStringLiteral("DELETE FROM organization_evidence_documents")));
        QVERIFY(!exec(QStringLiteral("UPDATE organization_evidence_documents SET document_id = %1").arg(foreign)));
        QVERIFY(!exec(QStringLiteral("INSERT INTO organization_evidence_documents VALUES (%1, %2)")
                          .arg(evidenceId)
                          .arg(foreign)));
        QVERIFY(!exec(QStringLiteral("INSERT INTO document_inspections (application_id, document_id, "
                                     "document_sha256, confirmed, passed, inspected_by, inspected_at) VALUES "
                                     "(%1, %2, 'x', 'issuer', 1, 'tanaka', '2026-11-25T00:00:00Z')")
                          .arg(kExampleShop)
                          .arg(foreign)));
        QCOMPARE(service().evidence(kExampleShop)->front().documentIds, QList<qint64>{currentDocument(kExampleShop)});
    }

    // R-DOC-2: evidence older than the limit in force stops counting; the items go back to pending.
    void evidenceAgesOut_R_DOC_2() {
        m_demo->clock().advanceSeconds(qint64(400) * 24 * 3600);
        QVERIFY(service().decideChecks(QStringLiteral("tanaka"), kExampleShop));
        for (const char* item : {"org.identity", "org.address", "org.country", "org.dba"}) {
            QCOMPARE(status(QString::fromLatin1(item)), domain::CheckStatus::Pending);
        }
        QVERIFY(!service().subjectEvidence(kExampleShop));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationEvidence)
#include "TestOrganizationEvidence.moc"
