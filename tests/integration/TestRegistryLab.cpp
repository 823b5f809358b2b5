// SPDX-License-Identifier: Apache-2.0
// R-ORG-1..4, R-CSR-5, R-AUD-1: organization verification against the lab's copy of the NTA
// Corporate Number Web-API, served by a real nginx on loopback: what each demo organization's
// record confirms, and every refusal (wrong check digit, unknown number, wrong application ID,
// unreachable, slow, oversize, redirected and hostile answers, an officer who is not the
// validator, a withdrawn source) — audited, and nothing recorded as confirmed.
#include "app/ApplicationService.h"
#include "app/CertificatePreviewService.h"
#include "app/OrganizationService.h"
#include "app/SettingsService.h"
#include "app/lab/CorporateNumberLab.h"
#include "app/lab/WebLab.h"
#include "app/storage/SqlCertificateStore.h"
#include "crypto/Digest.h"
#include "domain/AuditEntry.h"
#include "domain/CorporateNumber.h"
#include "domain/SecuritySettings.h"
#include "tests/support/DemoFixture.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace ra;

class TestRegistryLab : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    QTemporaryDir m_labDirectory;
    QString m_address;
    std::unique_ptr<app::WebLab> m_web;
    std::unique_ptr<app::CorporateNumberLab> m_registry;

    app::Workspace& workspace() { return m_demo->workspace(); }
    app::OrganizationService service() { return app::OrganizationService(workspace()); }

    qint64 count(const QString& sql) {
        QSqlQuery query(workspace().database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    static domain::CheckStatus statusOf(const domain::Application& application, const char* code) {
        const domain::ChecklistItem* item = application.item(QString::fromLatin1(code));
        return item ? item->status : domain::CheckStatus::Pending;
    }
    qint64 evidenceCount() { return count(QStringLiteral("SELECT COUNT(*) FROM organization_evidence")); }
    qint64 failures() {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'org.registry_lookup_failed'"));
    }
    // An administrator's change of a security setting; the rest of workspace.ini as a desk's own.
    void setIni(const QString& key, const QVariant& value) {
        QVERIFY(
            domain::isSecuritySetting(key)
                ? app::SettingsService(workspace()).change(m_demo->user(QStringLiteral("admin")), key, value.toString())
                : workspace().changeLocalSettings({{key, value.toString()}}));
    }
    void registerLab() { QVERIFY(app::SettingsService(workspace()).changeForLab(m_registry->settingValues())); }

    // A look-up that must be refused with `code`, audited, and leave no evidence behind.
    void expectRefusal(qint64 application, const QString& officer, const QString& number, const QString& code) {
        const qint64 before = evidenceCount();
        const qint64 audited = failures();
        const auto lookup = service().lookUpByNumber(m_demo->user(officer), application, number);
        QVERIFY(!lookup);
        QCOMPARE(lookup.error().code, code);
        QVERIFY(!lookup.error().userMessage.isEmpty());
        QCOMPARE(evidenceCount(), before);
        QCOMPARE(failures(), audited + 1);
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        m_address = app::WebLab::freeLoopbackAddress();
        m_web = std::make_unique<app::WebLab>(m_labDirectory.path(), m_address);
        QVERIFY(m_web->start(QDateTime::currentDateTimeUtc()));
        m_registry = std::make_unique<app::CorporateNumberLab>(m_labDirectory.path(), m_address);
        QVERIFY(m_registry->install(*m_web));
        registerLab();
    }

    void cleanupTestCase() {
        if (m_web) {
            QVERIFY(m_web->stop());
        }
    }

    void theDemosApprovedApplicationWasVerifiedInTheRegistry_R_ORG_1_R_CSR_5() {
        const auto evidence = service().evidence(5);
        QVERIFY(evidence);
        QCOMPARE(evidence->size(), 1);
        const domain::Evidence& found = evidence->front();
        QCOMPARE(found.corporateNumber, QStringLiteral("4011001099901"));
        QCOMPARE(found.confirms.id(), QStringLiteral("name+address+country"));
        QCOMPARE(found.dataSourceName, QStringLiteral("NTA Corporate Number Publication Site (Web-API v4)"));
        // The registry's exact answer is kept, and its SHA-256 is the one recorded.
        const auto response = workspace().organizationEvidence().response(found.id);
        QVERIFY(response && !response->isEmpty());
        QCOMPARE(crypto::sha256Hex(*response), found.responseSha256);
        // The candidate the supervisor approved carries the registry's values (R-CSR-5).
        const auto candidate = workspace().certificates().currentFor(5);
        QVERIFY(candidate && candidate->has_value());
        const QString subject = app::CertificatePreviewService::describe((*candidate)->candidate).subject;
        QVERIFY2(subject.contains(QStringLiteral("O=株式会社サンプル")), qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("L=新宿区")), qPrintable(subject));
        QVERIFY2(subject.contains(QStringLiteral("ST=東京都")), qPrintable(subject));
    }

    void aMatchingRecordDecidesTheOrganizationItems_R_ORG_1() {
        // kansai-foods (3) is in review with suzuki.
        const auto lookup =
            service().lookUpByNumber(m_demo->user(QStringLiteral("suzuki")), 3, QStringLiteral("9130-0010-9990-3"));
        QVERIFY2(lookup, lookup ? "" : qPrintable(lookup.error().userMessage + lookup.error().detail));
        QCOMPARE(lookup->evidence.confirms.id(), QStringLiteral("name+address+country"));
        QVERIFY(!lookup->evidence.reference.contains(QLatin1String(app::CorporateNumberLab::kApplicationId)));
        QVERIFY(lookup->evidence.reference.contains(QStringLiteral("number=9130001099903")));
        const domain::Application application = *workspace().applications().byId(3);
        for (const char* code : {"org.identity", "org.address", "org.country"}) {
            QCOMPARE(application.item(QString::fromLatin1(code))->status, domain::CheckStatus::Passed);
            QVERIFY(application.item(QString::fromLatin1(code))->note.contains(QStringLiteral("Evidence #")));
        }
        // The subject now comes from the registry, not from the package.
        const app::CertificatePreviewReport preview =
            app::CertificatePreviewService(workspace())
                .preview(application, app::CertificatePreviewService::Subject::VerifiedOnly);
        QVERIFY2(preview.built, qPrintable(preview.problem));
        QVERIFY(preview.subjectVerified);
        QVERIFY2(preview.subject.contains(QStringLiteral("O=関西フーズ株式会社")), qPrintable(preview.subject));
        // A bare tick cannot decide what evidence decides.
        QCOMPARE(app::ApplicationService(workspace())
                     .recordCheck(m_demo->user(QStringLiteral("suzuki")), 3, QStringLiteral("org.identity"),
                                  domain::CheckStatus::Passed, QStringLiteral("trust me"))
                     .error()
                     .code,
                 QStringLiteral("check.automatic"));
        // The application ID never reaches the audit log.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%%1%'")
                           .arg(QLatin1String(app::CorporateNumberLab::kApplicationId))),
                 0);
    }

    void aDifferentNameIsShownAndNotConfirmed_R_ORG_1() {
        // example-shop (2): "Example KK" in the application, 株式会社エグザンプル in the registry.
        const auto lookup =
            service().lookUpByNumber(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("2120001099902"));
        QVERIFY(lookup);
        QVERIFY(!lookup->evidence.confirms.name);
        QCOMPARE(lookup->comparison.fields.front().registry, QStringLiteral("株式会社エグザンプル"));
        QVERIFY(!lookup->comparison.fields.front().same);
        QVERIFY(!lookup->comparison.problems.isEmpty());
        const domain::Application application = *workspace().applications().byId(2);
        QCOMPARE(statusOf(application, "org.identity"), domain::CheckStatus::Pending);
        // No candidate can be built: no evidence confirms both name and address (R-CSR-5).
        const app::CertificatePreviewReport preview =
            app::CertificatePreviewService(workspace())
                .preview(application, app::CertificatePreviewService::Subject::VerifiedOnly);
        QVERIFY(!preview.built);
        QVERIFY(preview.problem.contains(QStringLiteral("R-CSR-5")));
    }

    void onlyTheValidatorRecordsEvidence_R_ROLE_2() {
        expectRefusal(2, QStringLiteral("suzuki"), QStringLiteral("2120001099902"),
                      QStringLiteral("sod.not-the-validator"));
        expectRefusal(2, QStringLiteral("sato"), QStringLiteral("2120001099902"),
                      QStringLiteral("sod.not-the-validator"));
    }

    void mistypedAndUnknownNumbersRecordNothing_R_ORG_1() {
        expectRefusal(2, QStringLiteral("tanaka"), QStringLiteral("2120001099903"),
                      QStringLiteral("corporate-number.check-digit"));
        expectRefusal(2, QStringLiteral("tanaka"), QStringLiteral("12345"), QStringLiteral("corporate-number.format"));
        expectRefusal(2, QStringLiteral("tanaka"), domain::CorporateNumber::fromBase(QStringLiteral("999999999999")),
                      QStringLiteral("registry.not-found"));
    }

    void aNameSearchFindsTheNumberButIsNoEvidence_R_ORG_1() {
        // example (2) applied as "Example KK"; the registry knows it by its Japanese name only.
        const qint64 before = evidenceCount();
        const QString searched = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1'")
                                     .arg(domain::audit_event::RegistrySearched);
        const qint64 searches = count(searched);
        const domain::User tanaka = m_demo->user(QStringLiteral("tanaka"));
        const auto claimed = service().searchByName(tanaka, 2, QStringLiteral("Example KK"));
        QVERIFY2(claimed, claimed ? "" : qPrintable(claimed.error().userMessage + claimed.error().detail));
        QVERIFY(claimed->isEmpty());
        const auto registered = service().searchByName(tanaka, 2, QStringLiteral(" 株式会社エグザンプル "));
        QVERIFY2(registered, registered ? "" : qPrintable(registered.error().userMessage + registered.error().detail));
        QCOMPARE(registered->size(), 1);
        QCOMPARE(registered->front().corporateNumber, QStringLiteral("2120001099902"));
        QCOMPARE(registered->front().prefectureName, QStringLiteral("大阪府"));
        // Searching is traced, names what was found, and never counts as evidence.
        QCOMPARE(count(searched), searches + 2);
        QCOMPARE(evidenceCount(), before);
        QSqlQuery last(workspace().database().connection());
        QVERIFY(
            last.exec(QStringLiteral("SELECT details FROM audit_log WHERE event_type = '%1' ORDER BY seq DESC LIMIT 1")
                          .arg(domain::audit_event::RegistrySearched)) &&
            last.next());
        const QString details = last.value(0).toString();
        QVERIFY2(details.contains(QStringLiteral("2120001099902")), qPrintable(details));
        QVERIFY2(!details.contains(QLatin1String(app::CorporateNumberLab::kApplicationId)), qPrintable(details));
        // Only the validating officer searches for the application; an empty name asks nobody.
        const QString searchFailures = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1'")
                                           .arg(domain::audit_event::RegistrySearchFailed);
        const qint64 refusals = count(searchFailures);
        const auto other =
            service().searchByName(m_demo->user(QStringLiteral("suzuki")), 2, QStringLiteral("株式会社エグザンプル"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("sod.not-the-validator"));
        const auto blank = service().searchByName(tanaka, 2, QStringLiteral("   "));
        QVERIFY(!blank);
        QCOMPARE(blank.error().code, QStringLiteral("registry.search-name"));
        QCOMPARE(count(searchFailures), refusals + 2);
    }

    void aWrongApplicationIdIsRefusedByTheRegistry() {
        setIni(QStringLiteral("corporate_number/application_id"), QStringLiteral("NOT-OURS"));
        expectRefusal(2, QStringLiteral("tanaka"), QStringLiteral("2120001099902"),
                      QStringLiteral("registry.http-error"));
        registerLab();
    }

    void anUnreachableRegistryRecordsNothing() {
        setIni(QStringLiteral("corporate_number/base_url"), QStringLiteral("http://127.0.0.1:9/"));
        expectRefusal(2, QStringLiteral("tanaka"), QStringLiteral("2120001099902"),
                      QStringLiteral("registry.unreachable"));
        registerLab();
    }

    void hostileAnswersRecordNothing_data() {
        QTest::addColumn<QString>("directives"); // the /4/num route's answer
        QTest::addColumn<QString>("code");
        QTest::newRow("redirect") << QStringLiteral("return 302 http://127.0.0.1/elsewhere;")
                                  << QStringLiteral("registry.redirect");
        QTest::newRow("server error") << QStringLiteral("return 503 \"busy\";")
                                      << QStringLiteral("registry.http-error");
        QTest::newRow("entity expansion")
            << QStringLiteral("default_type application/xml; return 200 '<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY "
                              "a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><corporations><corporation>"
                              "<name>&b;</name></corporation></corporations>';")
            << QStringLiteral("registry.malformed");
        QTest::newRow("not XML") << QStringLiteral("return 200 \"<html>maintenance</html>\";")
                                 << QStringLiteral("registry.malformed");
        QTest::newRow("oversize") << QStringLiteral("try_files /nta/huge.xml =404;")
                                  << QStringLiteral("registry.too-large");
        QTest::newRow("slow") << QStringLiteral("limit_rate 20; try_files /nta/num/$arg_number.xml =404;")
                              << QStringLiteral("registry.timeout");
        QTest::newRow("another corporation")
            << QStringLiteral("try_files /nta/num/4011001099901.xml =404;") << QStringLiteral("registry.other-number");
    }
    void hostileAnswersRecordNothing() {
        QFETCH(QString, directives);
        QFETCH(QString, code);
        QVERIFY(m_web->publish(QUrl(QStringLiteral("http://%1/nta/huge.xml").arg(m_address)),
                               "<?xml version=\"1.0\"?><corporations>" + QByteArray(2 * 1024 * 1024, ' ') +
                                   "</corporations>"));
        setIni(QStringLiteral("corporate_number/timeout_ms"), 1500);
        QVERIFY(m_web->setRoute(m_address, QStringLiteral("/4/num"), directives));
        expectRefusal(2, QStringLiteral("tanaka"), QStringLiteral("2120001099902"), code);
        QVERIFY(m_registry->install(*m_web)); // the registry as it was
        setIni(QStringLiteral("corporate_number/timeout_ms"), 15000);
    }

    void aClosedCorporationConfirmsNothing_R_ORG_1() {
        // Tampered KK, merged away in 2025 (its own application's CSR never passed intake, so the
        // number is asked for example-shop's): the evidence says so and confirms nothing.
        const auto lookup =
            service().lookUpByNumber(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("7010401099905"));
        QVERIFY(lookup);
        QVERIFY(!lookup->evidence.confirms.any());
        QVERIFY(lookup->evidence.note.contains(QStringLiteral("closed")));
        QVERIFY(lookup->comparison.fields.last().registry.contains(QStringLiteral("5010401099907")));
        QCOMPARE(statusOf(*workspace().applications().byId(2), "org.identity"), domain::CheckStatus::Pending);
        QCOMPARE(statusOf(*workspace().applications().byId(2), "org.address"), domain::CheckStatus::Pending);
    }

    void onlyApprovedSourcesAreCited_R_ORG_4() {
        const auto sources = service().sources();
        QVERIFY(sources && sources->size() == 2); // the NTA's registry and the demo's telephone directory
        QCOMPARE(sources->front().kind, domain::ReliableDataSource::Kind::NtaCorporateNumber);
        const qint64 nta = sources->front().id;
        const QString refusals = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused'");
        const qint64 refusedBefore = count(refusals);
        // Only an administrator approves or withdraws, and a refusal is audited.
        QCOMPARE(service().withdrawSource(m_demo->user(QStringLiteral("sato")), nta).error().code,
                 QStringLiteral("role.not-allowed"));
        QCOMPARE(service()
                     .approveSource(m_demo->user(QStringLiteral("tanaka")),
                                    app::OrganizationService::ntaRegistryEvaluation(QStringLiteral("https://x/")))
                     .error()
                     .code,
                 QStringLiteral("role.not-allowed"));
        QCOMPARE(count(refusals), refusedBefore + 2);
        domain::ReliableDataSource incomplete =
            app::OrganizationService::ntaRegistryEvaluation(QStringLiteral("https://x/"));
        incomplete.falsificationDifficulty.clear();
        QCOMPARE(service().approveSource(m_demo->user(QStringLiteral("admin")), incomplete).error().code,
                 QStringLiteral("rds.evaluation-incomplete"));

        QVERIFY(service().withdrawSource(m_demo->user(QStringLiteral("admin")), nta));
        expectRefusal(2, QStringLiteral("tanaka"), QStringLiteral("2120001099902"), QStringLiteral("rds.not-approved"));
        // Withdrawn stays withdrawn, even from outside the application.
        QSqlQuery revive(workspace().database().connection());
        QVERIFY(!revive.exec(QStringLiteral("UPDATE reliable_data_sources SET withdrawn_at = NULL")));
        QVERIFY(!revive.exec(QStringLiteral("DELETE FROM reliable_data_sources")));
        // Evidence already recorded still names the source it came from.
        QCOMPARE(service().evidence(3)->front().dataSourceName, sources->front().name);
        auto again =
            service().approveSource(m_demo->user(QStringLiteral("admin")),
                                    app::OrganizationService::ntaRegistryEvaluation(QStringLiteral("https://x/")));
        QVERIFY(!again); // the name is taken by the withdrawn entry: a new evaluation needs a new name
        domain::ReliableDataSource renewed =
            app::OrganizationService::ntaRegistryEvaluation(QStringLiteral("https://x/"));
        renewed.name += QStringLiteral(" (re-evaluated)");
        QVERIFY(service().approveSource(m_demo->user(QStringLiteral("admin")), renewed));
        QVERIFY(service().lookUpByNumber(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("2120001099902")));
    }

    // R-DOC-2: the answer kept for another application about the same corporate number is offered
    // (matched by the number, never by a name), recorded compared with this application's claims
    // and dated when the registry gave it; past the reuse limit it is no longer offered.
    void anEarlierAnswerIsReusedByItsNumber_R_DOC_2() {
        const QString number = QStringLiteral("4011001099901");
        const auto offered = service().reusableAnswer(3, number);
        QVERIFY(offered);
        QCOMPARE(offered->applicationId, 5);
        QVERIFY(!service().reusableAnswer(5, number));                          // its own answer
        QVERIFY(!service().reusableAnswer(3, QStringLiteral("4011001099902"))); // a wrong check digit
        const qint64 audited = failures();
        const auto notValidator = service().reuseAnswer(m_demo->user(QStringLiteral("tanaka")), 3, number);
        QVERIFY(!notValidator);
        QCOMPARE(notValidator.error().code, QStringLiteral("sod.not-the-validator"));
        QCOMPARE(failures(), audited + 1);

        const qint64 before = evidenceCount();
        const auto reused = service().reuseAnswer(m_demo->user(QStringLiteral("suzuki")), 3, number);
        QVERIFY2(reused, reused ? "" : qPrintable(reused.error().userMessage));
        QCOMPARE(evidenceCount(), before + 1);
        QCOMPARE(reused->evidence.applicationId, 3);
        QCOMPARE(reused->evidence.obtainedAt, offered->obtainedAt); // its age counts from the registry's answer
        QCOMPARE(reused->evidence.responseSha256, offered->responseSha256);
        QVERIFY(reused->evidence.note.contains(QStringLiteral("#%1").arg(offered->id)));
        // Compared with this application's claims, not the other's: 株式会社サンプル is not Kansai Foods.
        QVERIFY(!reused->evidence.confirms.name);
        // The copy does not push the original aside: it is still what another application is offered.
        QCOMPARE(service().reusableAnswer(2, number)->id, offered->id);

        m_demo->clock().advanceSeconds(qint64(400) * 24 * 3600);
        QVERIFY(!service().reusableAnswer(2, number));
        const auto late = service().reuseAnswer(m_demo->user(QStringLiteral("tanaka")), 2, number);
        QVERIFY(!late);
        QCOMPARE(late.error().code, QStringLiteral("evidence.not-reusable"));
    }

    void evidenceCannotBeChangedOrDeleted_R_AUD_4() {
        QSqlQuery query(workspace().database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE organization_evidence SET confirms = 'name+address+country'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM organization_evidence")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM organization_evidence WHERE application_id = 2 AND "
                                      "confirms LIKE 'name%'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryLab)
#include "TestRegistryLab.moc"
