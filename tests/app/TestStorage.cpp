// SPDX-License-Identifier: Apache-2.0
// Storage: migrations from empty, one transaction per change (rollback leaves no trace),
// optimistic concurrency, and records that are never deleted (R-AUD-4).
#include "app/ApplicationService.h"
#include "app/IntakeService.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlApplicationRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestStorage : public QObject {
    Q_OBJECT

private slots:
    void migratesAnEmptyDatabaseToTheLatestSchema() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
        auto database = app::Database::openSqlite(path);
        QVERIFY(database);
        QCOMPARE((*database)->schemaVersion(), app::Database::latestSchemaVersion());
        QSqlQuery query((*database)->connection());
        for (const char* table : {"users", "applications", "application_fqdns", "documents", "checklist_items",
                                  "checklist_decisions", "approvals", "approval_records", "audit_log", "audit_head"}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))), table);
        }
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void eachMigrationIsRecordedOnceAndReopeningIsIdempotent() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QVERIFY(app::Database::openSqlite(path));
        auto again = app::Database::openSqlite(path);
        QVERIFY(again);
        QSqlQuery query((*again)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && query.next());
        QCOMPARE(query.value(0).toInt(), int(app::migrations().size()));
    }

    void refusesASchemaFromANewerVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            auto database = app::Database::openSqlite(path);
            QVERIFY(database);
            QSqlQuery((*database)->connection())
                .exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, '2030-01-01')"));
        }
        auto reopened = app::Database::openSqlite(path);
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, QStringLiteral("storage.schema-too-new"));
    }

    void aVersionOneDatabaseIsMigratedWithItsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            // A database as version 1 left it, with one application in it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")));
            for (const QString& statement : app::migrations().front().statements) {
                QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (1, '2026-11-01')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO applications (id, external_reference, manifest_sha256, state, org_legal_name, org_street, "
                "org_locality, org_state, org_country, rep_name, rep_email, rep_phone, agreement_version, "
                "agreement_accepted_at, agreement_accepted_by, csr_pem, csr_summary, received_at, updated_at) VALUES "
                "(1, 'OLD-1', 'x', 'received', '株式会社サンプル', 's', 'l', 'st', 'JP', 'r', 'e', 'p', 'v', 'a', 'b', "
                "'', '{}', '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO application_fqdns VALUES (1, 0, 'www.sample.co.jp')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO checklist_items VALUES (1, 'org.identity', 'passed', "
                                              "'tanaka', '2026-11-01T00:00:00.000Z', 'registry')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        auto migrated = app::Database::openSqlite(path);
        QVERIFY(migrated);
        QCOMPARE((*migrated)->schemaVersion(), app::Database::latestSchemaVersion());
        // Migration 19: the old checklist decision is the first appended one, and the current one.
        QSqlQuery checks((*migrated)->connection());
        QVERIFY(checks.exec(QStringLiteral("SELECT status, decided_by, note FROM checklist_items WHERE application_id "
                                           "= 1 AND code = 'org.identity'")) &&
                checks.next());
        QCOMPARE(checks.value(0).toString() + checks.value(1).toString() + checks.value(2).toString(),
                 QStringLiteral("passedtanakaregistry"));
        // Migration 3: the blocklist exists and the old application has an empty check report.
        QVERIFY(checks.exec(QStringLiteral("SELECT csr_checks FROM applications WHERE id = 1")) && checks.next());
        QCOMPARE(checks.value(0).toString(), QStringLiteral("{}"));
        QVERIFY(checks.exec(QStringLiteral("SELECT COUNT(*) FROM key_blocklist")) && checks.next());
        // Migration 2: the existing application is searchable.
        QSqlQuery search((*migrated)->connection());
        for (const QString& text : {QStringLiteral("サンプル"), QStringLiteral("sample.co"), QStringLiteral("old-1")}) {
            QVERIFY(search.exec(
                QStringLiteral("SELECT rowid FROM application_search WHERE application_search MATCH '\"%1\"'")
                    .arg(text)));
            QVERIFY2(search.next(), qPrintable(text));
        }
    }

    void failedTransactionLeavesNoTrace() {
        test::TestWorkspace ws;
        const qint64 auditBefore = ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const auto status = ws.workspace().database().transaction([&]() -> domain::Status {
            if (auto appended =
                    ws.workspace().audit().appendEvent(QStringLiteral("test"), QStringLiteral("test.event"));
                !appended) {
                return appended;
            }
            return domain::fail(QStringLiteral("test.abort"), QStringLiteral("abort after writing"));
        });
        QVERIFY(!status);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
        QCOMPARE(ws.count(QStringLiteral("SELECT seq FROM audit_head")), auditBefore);
    }

    void stateChangeAndItsAuditEntryCommitTogether() {
        test::TestWorkspace ws;
        const domain::User officer = ws.addUser(QStringLiteral("tanaka"), domain::Role::Officer);
        const auto imported =
            app::IntakeService(ws.workspace()).importPackage(ws.copyDemoPackage(QStringLiteral("sample-kk")), officer);
        QVERIFY(imported);
        domain::WorkflowRequest take;
        take.action = domain::WorkflowAction::TakeForReview;
        QVERIFY(app::ApplicationService(ws.workspace()).perform(officer, imported->applicationId, take));
        QCOMPARE(
            ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'application.state_changed' "
                                    "AND details LIKE '%in_review%'")),
            1);
        // A refused move changes nothing; the log keeps only the refusal (issue 12 item 11).
        const qint64 before = ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(!app::ApplicationService(ws.workspace()).perform(officer, imported->applicationId, take));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused'")), 1);
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = "
                                         "'application.state_changed'")),
                 1);
    }

    void staleVersionLosesOptimisticRace() {
        test::TestWorkspace ws;
        const domain::User officer = ws.addUser(QStringLiteral("tanaka"), domain::Role::Officer);
        const auto imported =
            app::IntakeService(ws.workspace()).importPackage(ws.copyDemoPackage(QStringLiteral("sample-kk")), officer);
        QVERIFY(imported);
        auto first = ws.workspace().applications().byId(imported->applicationId);
        auto second = ws.workspace().applications().byId(imported->applicationId);
        first->lastReason = QStringLiteral("first");
        QVERIFY(ws.workspace().applications().save(*first));
        second->lastReason = QStringLiteral("second");
        const auto lost = ws.workspace().applications().save(*second);
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, QStringLiteral("storage.conflict"));
    }

    void recordsAreNeverDeleted_R_AUD_4() {
        test::TestWorkspace ws;
        const domain::User officer = ws.addUser(QStringLiteral("tanaka"), domain::Role::Officer);
        QVERIFY(
            app::IntakeService(ws.workspace()).importPackage(ws.copyDemoPackage(QStringLiteral("sample-kk")), officer));
        QSqlQuery query(ws.workspace().database().connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM applications")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM documents")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE documents SET sha256 = 'x'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM applications")), 1);
    }

    void decisionsAndApprovalsAreAppendedNeverOverwritten_R_AUD_4() {
        test::TestWorkspace ws;
        const domain::User officer = ws.addUser(QStringLiteral("tanaka"), domain::Role::Officer);
        const domain::User supervisor = ws.addUser(QStringLiteral("sato"), domain::Role::Supervisor);
        const auto imported =
            app::IntakeService(ws.workspace()).importPackage(ws.copyDemoPackage(QStringLiteral("sample-kk")), officer);
        QVERIFY(imported);
        const qint64 id = imported->applicationId;
        app::SqlApplicationRepository& repository = ws.workspace().applications();
        const auto decide = [&](domain::CheckStatus status, const QString& note) {
            domain::Application application = *repository.byId(id);
            domain::ChecklistItem& item = application.checklist.first();
            item.status = status;
            item.decidedBy = officer.username;
            item.decidedAt = ws.clock().nowUtc();
            item.note = note;
            return repository.save(application);
        };
        const QString code = repository.byId(id)->checklist.first().code;
        // Every item's decisions: a save that appended pending items again would show here.
        const QString decisions =
            QStringLiteral("SELECT COUNT(*) FROM checklist_decisions WHERE application_id = %1").arg(id);
        const qint64 initial = ws.count(decisions);
        QVERIFY(decide(domain::CheckStatus::Passed, QStringLiteral("first look")));
        QVERIFY(decide(domain::CheckStatus::Failed, QStringLiteral("second look")));
        QCOMPARE(ws.count(decisions), initial + 2); // both decisions kept, in order
        QSqlQuery latest(ws.workspace().database().connection());
        QVERIFY(latest.exec(QStringLiteral("SELECT status, note FROM checklist_decisions WHERE application_id = %1 AND "
                                           "code = '%2' ORDER BY id DESC LIMIT 2")
                                .arg(id)
                                .arg(code)));
        QStringList history;
        while (latest.next()) {
            history << latest.value(0).toString() + QLatin1Char(':') + latest.value(1).toString();
        }
        QCOMPARE(history, (QStringList{QStringLiteral("failed:second look"), QStringLiteral("passed:first look")}));
        QCOMPARE(repository.byId(id)->checklist.first().status, domain::CheckStatus::Failed);
        domain::Application unchanged = *repository.byId(id);
        QVERIFY(repository.save(unchanged)); // saving what is already there appends nothing
        QCOMPARE(ws.count(decisions), initial + 2);

        // An approval, then a send-back that voids it, then a new approval.
        const auto approve = [&](const QString& digest) {
            domain::Application application = *repository.byId(id);
            application.approvals.append({supervisor.id, ws.clock().nowUtc(), digest, QByteArray(64, 's')});
            return repository.save(application);
        };
        QVERIFY(approve(QStringLiteral("aa")));
        domain::Application sentBack = *repository.byId(id);
        sentBack.approvals.clear();
        QVERIFY(repository.save(sentBack));
        QVERIFY(repository.byId(id)->approvals.isEmpty());
        QVERIFY(approve(QStringLiteral("bb")));
        const auto current = repository.byId(id)->approvals;
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().contentDigest, QStringLiteral("bb"));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM approval_records WHERE application_id = %1").arg(id)),
                 2);
        // An approval that changes (the same approver, other content) ends the round too.
        domain::Application changed = *repository.byId(id);
        changed.approvals.first().contentDigest = QStringLiteral("cc");
        QVERIFY(repository.save(changed));
        QCOMPARE(repository.byId(id)->approvals.first().contentDigest, QStringLiteral("cc"));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM approval_records WHERE application_id = %1").arg(id)),
                 3);
        QCOMPARE(ws.count(QStringLiteral("SELECT approval_round FROM applications WHERE id = %1").arg(id)), 2);

        // Each way of rewriting the record from SQL is refused.
        QSqlQuery query(ws.workspace().database().connection());
        for (const QString& statement :
             {QStringLiteral("UPDATE checklist_decisions SET status = 'passed'"),
              QStringLiteral("DELETE FROM checklist_decisions"),
              QStringLiteral("INSERT INTO checklist_items VALUES (%1, '%2', 'passed', 'x', NULL, '')")
                  .arg(id)
                  .arg(code),
              QStringLiteral("UPDATE approval_records SET content_digest = 'cc'"),
              QStringLiteral("DELETE FROM approval_records"), QStringLiteral("DELETE FROM approvals"),
              // Bringing the voided approval back by winding the round back.
              QStringLiteral("UPDATE applications SET approval_round = 0"),
              // Planting an approval in the next round, for the next send-back to make current.
              QStringLiteral("INSERT INTO approval_records VALUES (%1, 3, %2, '2026-01-01T00:00:00.000Z', 'dd', x'00')")
                  .arg(id)
                  .arg(supervisor.id)}) {
            QVERIFY2(!query.exec(statement), qPrintable(statement));
        }
        QCOMPARE(ws.count(decisions), initial + 2);
        QCOMPARE(repository.byId(id)->approvals.first().contentDigest, QStringLiteral("cc"));
        QCOMPARE(ws.count(QStringLiteral("SELECT COUNT(*) FROM approval_records WHERE application_id = %1").arg(id)),
                 3);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "TestStorage.moc"
