// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 11, as an insider with the sqlite3 shell would try it (R-AUD-4, R-AUD-2): the rows
// issuance rests on (checklist decisions, approvals, domain and organization evidence, call-backs,
// documents) are append-only by the schema's triggers, but triggers can be dropped and a row can be
// inserted without one. Every such row is sealed in the audit chain by the application, so a row
// written, changed or deleted outside it is found by `audit verify`, by the service and by ra-cli.
#include "app/AuditLogService.h"
#include "app/IssuanceService.h"
#include "app/storage/RecordSeals.h"
#include "crypto/AuditChain.h"
#include "domain/AuditEntry.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/OutsideSql.h"
#include "tests/support/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using Problem = app::AuditVerification::Problem;

class TestRecordSealAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    QTemporaryDir m_dir;
    qint64 m_applicationId = 0;

    app::Workspace& workspace() { return m_demo->workspace(); }

    // A copy of the database for one attack, opened as the attacker's sqlite3 shell would.
    QString attackedCopy(const QString& name) {
        return test::outsideCopy(workspace().database().connection(), workspace().databasePath(),
                                 m_dir.filePath(name + QStringLiteral(".sqlite")), name);
    }

    static bool exec(const QString& connection, const QString& sql, const QVariantList& values = {}) {
        return test::outsideExec(connection, sql, values);
    }

    static void close(const QString& connection) { test::outsideClose(connection); }

    // The workspace folder copied, as an auditor's or an attacker's copy would be.
    QString copiedWorkspace(const QString& name) {
        const QString folder = m_dir.filePath(name);
        QSqlQuery checkpointWal(workspace().database().connection());
        (void)checkpointWal.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!QDir().mkpath(folder)) {
            return {};
        }
        for (const QString& file :
             {QStringLiteral("ra.sqlite"), QStringLiteral("workspace.ini"), QStringLiteral("secrets.key")}) {
            if (!QFile::copy(QDir(workspace().directory()).filePath(file), QDir(folder).filePath(file))) {
                return {};
            }
        }
        return folder;
    }

    qint64 rowsOf(const QString& table) {
        QSqlQuery count(workspace().database().connection());
        return count.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && count.next()
                   ? count.value(0).toLongLong()
                   : -1;
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY(m_demo->startLab());
        // An application worked to "ready for approval": registry evidence, call-back, document
        // inspection and checklist decisions, on top of what the demo holds (DCV, CAA, documents).
        m_applicationId = 3; // kansai-foods, in review with suzuki
        QVERIFY(m_demo->prepareForApproval(m_applicationId, QStringLiteral("suzuki")));
    }

    void cleanupTestCase() { m_demo.reset(); }

    void everyRecordTheApplicationWroteIsSealed_R_AUD_4() {
        for (const QString& table : {QStringLiteral("checklist_decisions"), QStringLiteral("dcv_attempts"),
                                     QStringLiteral("caa_checks"), QStringLiteral("perspective_observations"),
                                     QStringLiteral("organization_evidence"), QStringLiteral("authority_callbacks"),
                                     QStringLiteral("documents"), QStringLiteral("document_inspections")}) {
            QVERIFY2(rowsOf(table) > 0, qPrintable(table + QStringLiteral(" has no rows to check")));
        }
        const app::AuditVerification result = app::AuditLogService(workspace()).verify({});
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.recordsChecked);
        QVERIFY(result.recordsVerified >= 20);
        QVERIFY(result.message.contains(QStringLiteral("match their seals")));
        // One seal per row, and sealing began once, at creation.
        app::AuditFilter began;
        began.eventType = domain::audit_event::RecordSealingBegan;
        QCOMPARE(*workspace().audit().count(began), 1);
    }

    void anHonestVacuumKeepsEveryRowMatchingItsSeal() {
        // A seal names its row by rowid, which VACUUM may renumber in a table without an INTEGER
        // PRIMARY KEY: every sealed table has one (migration 20), so maintenance breaks nothing.
        for (const QString& table : app::record_seals::tables()) {
            QSqlQuery key(workspace().database().connection());
            QVERIFY(
                key.exec(QStringLiteral("SELECT COUNT(*), SUM(upper(type) = 'INTEGER') FROM pragma_table_info('%1') "
                                        "WHERE pk > 0")
                             .arg(table)) &&
                key.next());
            QVERIFY2(key.value(0).toInt() == 1 && key.value(1).toInt() == 1, qPrintable(table));
        }
        const QString path = attackedCopy(QStringLiteral("vacuum"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("vacuum"), QStringLiteral("VACUUM")));
        close(QStringLiteral("vacuum"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.recordsChecked);
    }

    void aDecisionInsertedStraightIntoTheDatabaseIsFound_R_AUD_4() {
        // No trigger stands in the way of an insert into an append-only table: a "passed" decision
        // for the organization check, newer than every real one, is what the checklist then shows.
        const QString path = attackedCopy(QStringLiteral("insert"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("insert"),
                     QStringLiteral("INSERT INTO checklist_decisions (application_id, code, status, decided_by, "
                                    "decided_at, note) VALUES (?, 'org.identity', 'passed', 'suzuki', "
                                    "'2026-11-25T09:30:00.000Z', 'looked fine')"),
                     {m_applicationId}));
        close(QStringLiteral("insert"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QCOMPARE(result.problem, Problem::UnsealedRecord);
        QCOMPARE(result.badRecordTable, QStringLiteral("checklist_decisions"));
        QCOMPARE(result.firstBadSequence, 0); // the chain itself is intact
        QVERIFY(result.message.contains(QStringLiteral("written outside the application")));
    }

    void anEvidenceRowChangedWithItsTriggerDroppedIsFound_R_AUD_4() {
        const QString path = attackedCopy(QStringLiteral("update"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("update"), QStringLiteral("DROP TRIGGER organization_evidence_unchanged")));
        QVERIFY(exec(QStringLiteral("update"),
                     QStringLiteral("UPDATE organization_evidence SET verified_name = 'Someone Else K.K.' "
                                    "WHERE id = (SELECT MAX(id) FROM organization_evidence)")));
        close(QStringLiteral("update"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QCOMPARE(result.problem, Problem::AlteredRecord);
        QCOMPARE(result.badRecordTable, QStringLiteral("organization_evidence"));
    }

    void aColumnSetFromNullIsAChangeToo_R_AUD_4() {
        // The digest leaves NULL columns out (so later migrations keep old seals valid); filling one
        // in must still show: here a document made to look like the replacement of another.
        const QString path = attackedCopy(QStringLiteral("fill"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("fill"), QStringLiteral("DROP TRIGGER documents_immutable")));
        QVERIFY(exec(QStringLiteral("fill"),
                     QStringLiteral("UPDATE documents SET replaces = (SELECT MIN(id) FROM documents) "
                                    "WHERE id = (SELECT MAX(id) FROM documents WHERE replaces IS NULL)")));
        close(QStringLiteral("fill"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QCOMPARE(result.problem, Problem::AlteredRecord);
        QCOMPARE(result.badRecordTable, QStringLiteral("documents"));
    }

    void aDeletedRecordIsFound_R_AUD_4() {
        const QString path = attackedCopy(QStringLiteral("delete"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("delete"), QStringLiteral("DROP TRIGGER document_inspections_retained")));
        QVERIFY(exec(QStringLiteral("delete"),
                     QStringLiteral("DELETE FROM document_inspections WHERE application_id "
                                    "= ?"),
                     {m_applicationId}));
        close(QStringLiteral("delete"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QCOMPARE(result.problem, Problem::DeletedRecord);
        QCOMPARE(result.badRecordTable, QStringLiteral("document_inspections"));
    }

    void aPlantedTriggerIsFound_R_AUD_4() {
        // A trigger that rewrites every new CAA check to "allow" before the application seals it:
        // the rows then match their seals, and only the schema tells.
        const QString path = attackedCopy(QStringLiteral("planted"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("planted"),
                     QStringLiteral("CREATE TRIGGER caa_always_allows AFTER INSERT ON caa_checks BEGIN UPDATE "
                                    "caa_checks SET verdict = 'allow', corroborated = 1 WHERE id = new.id; END")));
        close(QStringLiteral("planted"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QCOMPARE(result.problem, Problem::SchemaChanged);
        QVERIFY(result.message.contains(QStringLiteral("schema")));
    }

    void aRowMovedUnderAnotherIdIsFound_R_AUD_4() {
        // The latest decision is the one with the highest id: renumbering an old "passed" above a
        // later "failed" changes what the checklist says without changing any content.
        const QString path = attackedCopy(QStringLiteral("renumber"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("renumber"), QStringLiteral("DROP TRIGGER checklist_decisions_unchanged")));
        QVERIFY(exec(QStringLiteral("renumber"),
                     QStringLiteral("UPDATE checklist_decisions SET id = (SELECT MAX(id) + 1 FROM "
                                    "checklist_decisions) WHERE id = (SELECT MIN(id) FROM checklist_decisions)")));
        close(QStringLiteral("renumber"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QVERIFY(result.problem == Problem::UnsealedRecord || result.problem == Problem::DeletedRecord);
        QCOMPARE(result.badRecordTable, QStringLiteral("checklist_decisions"));
    }

    void aSealCannotBeRemovedWithoutBreakingTheChain_R_AUD_2() {
        // Deleting the seal instead of writing one: the chain shows the gap.
        const QString path = attackedCopy(QStringLiteral("unseal"));
        QVERIFY(!path.isEmpty());
        QVERIFY(exec(QStringLiteral("unseal"), QStringLiteral("DROP TRIGGER audit_log_append_only_delete")));
        QVERIFY(exec(QStringLiteral("unseal"),
                     QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT MIN(seq) FROM audit_log WHERE "
                                    "event_type = 'record.sealed')")));
        close(QStringLiteral("unseal"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, {});
        QCOMPARE(result.problem, Problem::Deleted);
    }

    void issuanceRefusesEvidenceChangedOutsideTheApplication_R_DOC_2() {
        // What a validation observed, rewritten by hand (dcv_attempts has no update trigger: the
        // application updates an attempt's status as it runs): the authorization the module would
        // receive is refused before it is built. The rows are put back afterwards.
        const auto before =
            app::IssuanceService(workspace()).authorizationFor(*workspace().applications().byId(m_applicationId));
        QVERIFY2(before, before ? "" : qPrintable(before.error().userMessage));
        QVERIFY(!before->dcvValidatedAt.isEmpty());
        QSqlDatabase live = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
        live.setDatabaseName(workspace().databasePath());
        QVERIFY(live.open());
        QList<std::pair<qint64, QString>> originals;
        QSqlQuery attempts(live);
        QVERIFY(attempts.exec(QStringLiteral("SELECT id, observed FROM dcv_attempts WHERE application_id = %1 AND "
                                             "status = 'passed'")
                                  .arg(m_applicationId)));
        while (attempts.next()) {
            originals.append({attempts.value(0).toLongLong(), attempts.value(1).toString()});
        }
        QVERIFY(!originals.isEmpty());
        for (const auto& [id, observed] : originals) {
            QVERIFY(exec(QStringLiteral("live"), QStringLiteral("UPDATE dcv_attempts SET observed = ? WHERE id = ?"),
                         {QStringLiteral("the value was there"), id}));
        }
        const auto after =
            app::IssuanceService(workspace()).authorizationFor(*workspace().applications().byId(m_applicationId));
        for (const auto& [id, observed] : originals) {
            QVERIFY(exec(QStringLiteral("live"), QStringLiteral("UPDATE dcv_attempts SET observed = ? WHERE id = ?"),
                         {observed, id}));
        }
        attempts.finish();
        live.close();
        close(QStringLiteral("live"));
        QVERIFY(!after);
        QCOMPARE(after.error().code, QStringLiteral("issue.evidence-unsealed"));
        app::AuditFilter refused;
        refused.eventType = domain::audit_event::ActionRefused;
        refused.text = QStringLiteral("issue.evidence-unsealed");
        QCOMPARE(*workspace().audit().count(refused), 1);
        // Put back as sealed, it counts again.
        QVERIFY(app::IssuanceService(workspace()).authorizationFor(*workspace().applications().byId(m_applicationId)));
    }

    void aWorkspaceFromBeforeSealsIsSealedOnceAtItsFirstOpen() {
        // The demo as an earlier version would have left it: the same records, no seal and no mark
        // of sealing in its log (rebuilt as a consistent chain without them).
        const QString folder = copiedWorkspace(QStringLiteral("upgraded"));
        QVERIFY(!folder.isEmpty());
        QVERIFY(test::outsideRebuildLogWithout(QDir(folder).filePath(QStringLiteral("ra.sqlite")),
                                               QStringLiteral("record.%")));
        const app::AuditVerification before =
            app::AuditLogService::verifyDatabase(QDir(folder).filePath(QStringLiteral("ra.sqlite")), {});
        QVERIFY2(before.ok(), qPrintable(before.message));
        QVERIFY(!before.recordsChecked); // nothing to compare with yet
        app::AuditFilter began;
        began.eventType = domain::audit_event::RecordSealingBegan;
        app::AuditFilter sealed;
        sealed.eventType = domain::audit_event::RecordSealed;
        qint64 seals = 0;
        for (int open = 0; open < 2; ++open) {
            auto opened = app::Workspace::open(folder, m_demo->clock());
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
            QCOMPARE(*(*opened)->audit().count(began), 1);
            if (open == 0) {
                seals = *(*opened)->audit().count(sealed);
                QVERIFY(seals >= 20);
            }
            QCOMPARE(*(*opened)->audit().count(sealed), seals); // sealed once, at the first open
            const app::AuditVerification result = app::AuditLogService(**opened).verify({});
            QVERIFY2(result.ok(), qPrintable(result.message));
            QVERIFY(result.recordsChecked);
            QCOMPARE(result.recordsVerified, seals);
        }
    }

    void raCliReportsTheUnsealedRecord_R_AUD_4() {
        // The auditor's command on a workspace folder whose database was edited.
        const QString folder = copiedWorkspace(QStringLiteral("cli"));
        QVERIFY(!folder.isEmpty());
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli"));
            copy.setDatabaseName(QDir(folder).filePath(QStringLiteral("ra.sqlite")));
            QVERIFY(copy.open());
            QVERIFY(exec(QStringLiteral("cli"),
                         QStringLiteral("INSERT INTO authority_callbacks (application_id, channel, contact, "
                                        "data_source_id, source_reference, person_reached, person_title, reached_at, "
                                        "outcome, note, recorded_by, recorded_at) SELECT application_id, channel, "
                                        "contact, data_source_id, source_reference, person_reached, person_title, "
                                        "reached_at, 'confirmed', note, recorded_by, recorded_at FROM "
                                        "authority_callbacks LIMIT 1")));
        }
        close(QStringLiteral("cli"));
        const test::ProcessRun run = test::runProcess(QStringLiteral(RA_CLI_PATH),
                                                      {QStringLiteral("--workspace"), folder, QStringLiteral("--json"),
                                                       QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(run.exitCode != 0, run.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("status")).toString(), QStringLiteral("unsealed_record"));
        QCOMPARE(report.value(QStringLiteral("bad_record_table")).toString(), QStringLiteral("authority_callbacks"));
    }

    // Last: these change the live workspace's schema, which every later check would then report.
    void issuanceRefusesWhenANewerCheckIsDeleted_R_CAA_3() {
        // The newest CAA check of a name deleted (its trigger dropped first): an older, still
        // fresh one would otherwise decide. The application's seals show the row gone.
        QSqlDatabase live = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
        live.setDatabaseName(workspace().databasePath());
        QVERIFY(live.open());
        QVERIFY(exec(QStringLiteral("live"), QStringLiteral("DROP TRIGGER caa_checks_retained")));
        QVERIFY(exec(QStringLiteral("live"),
                     QStringLiteral("DELETE FROM caa_checks WHERE id = (SELECT MAX(id) FROM caa_checks WHERE "
                                    "application_id = ?)"),
                     {m_applicationId}));
        live.close();
        close(QStringLiteral("live"));
        const auto refused =
            app::IssuanceService(workspace()).authorizationFor(*workspace().applications().byId(m_applicationId));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("issue.evidence-unsealed"));
        QVERIFY2(refused.error().userMessage.contains(QStringLiteral("caa_checks")),
                 qPrintable(refused.error().userMessage));
    }

    void issuanceRefusesOnAPlantedTrigger() {
        QSqlDatabase live = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("live"));
        live.setDatabaseName(workspace().databasePath());
        QVERIFY(live.open());
        QVERIFY(exec(QStringLiteral("live"), QStringLiteral("CREATE TRIGGER dcv_always_passes AFTER INSERT ON "
                                                            "dcv_attempts BEGIN UPDATE dcv_attempts SET status = "
                                                            "'passed' WHERE id = new.id; END")));
        live.close();
        close(QStringLiteral("live"));
        // Another application, whose records are all as sealed: the schema alone refuses it.
        const qint64 other = m_demo->applicationId(QStringLiteral("APP-2026-1047"));
        QVERIFY(other > 0 && other != m_applicationId);
        const auto refused =
            app::IssuanceService(workspace()).authorizationFor(*workspace().applications().byId(other));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("issue.evidence-unsealed"));
        QVERIFY2(refused.error().userMessage.contains(QStringLiteral("schema")),
                 qPrintable(refused.error().userMessage));
    }
};

QTEST_GUILESS_MAIN(TestRecordSealAttacks)
#include "TestRecordSealAttacks.moc"
