// SPDX-License-Identifier: Apache-2.0
// R-AUD-2: the chain detects an altered, inserted or deleted entry, the newest ones included,
// and names the first bad entry. The attacker here has full database access: they drop the
// triggers first, as anyone with the file could.
#include "app/AuditLogService.h"
#include "crypto/AuditChain.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using Problem = app::AuditVerification::Problem;

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    // What init() leaves: the workspace's set-up entries (created, secrets key, sealing began, the ten
    // default security settings and the mark that they are recorded) and ten more.
    static constexpr qint64 kEntries = 24;
    std::unique_ptr<test::TestWorkspace> m_ws;

    void appendEntries(int count) {
        for (int i = 0; i < count; ++i) {
            QVERIFY(m_ws->workspace().record(QStringLiteral("tanaka"), QStringLiteral("test.event"),
                                             {{QStringLiteral("n"), i}}, i % 3));
            m_ws->clock().advanceSeconds(1);
        }
    }

    void tamper(const QString& sql) {
        QSqlQuery query(m_ws->workspace().database().connection());
        for (const char* trigger : {"audit_log_append_only_update", "audit_log_append_only_delete"}) {
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QString::fromLatin1(trigger))));
        }
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    app::AuditVerification verify() { return app::AuditLogService(m_ws->workspace()).verify({}); }

private slots:
    void init() {
        m_ws = std::make_unique<test::TestWorkspace>();
        appendEntries(10); // entries 1 to 3: workspace.created, secrets_key_created, record.sealing_began
    }

    void intactChainVerifies() {
        const app::AuditVerification result = verify();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.entriesChecked, kEntries);
        QCOMPARE(result.head.sequence, kEntries);
    }

    void entriesChainTheirPredecessor() {
        const auto page = m_ws->workspace().audit().page({}, 0, 2);
        QVERIFY(page);
        QCOMPARE(page->at(0).previousHash, page->at(1).entryHash);
        QVERIFY(crypto::AuditChain::linkMatches(page->at(0)));
    }

    void alteredDetailsAreNamed() {
        tamper(QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 5"));
        const app::AuditVerification result = verify();
        QCOMPARE(result.problem, Problem::Altered);
        QCOMPARE(result.firstBadSequence, 5);
    }

    void alteredActorOrTimeIsNamed() {
        tamper(QStringLiteral("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 7"));
        QCOMPARE(verify().firstBadSequence, 7);
    }

    void entryAlteredWithRecomputedHashBreaksTheNextLink() {
        // The attacker recomputes entry 4's own hash, but entry 5 still points at the old one.
        auto page = m_ws->workspace().audit().page({}, 5, 1);
        QVERIFY(page && page->size() == 1);
        domain::AuditEntry forged = page->front();
        forged.actor = QStringLiteral("forger");
        forged.entryHash = crypto::AuditChain::linkHash(forged);
        tamper(QStringLiteral("UPDATE audit_log SET actor = 'forger', entry_hash = '%1' WHERE seq = 4")
                   .arg(QString::fromLatin1(forged.entryHash)));
        const app::AuditVerification result = verify();
        QCOMPARE(result.problem, Problem::Inserted);
        QCOMPARE(result.firstBadSequence, 5);
    }

    void deletedEntryInTheMiddleIsNamed() {
        tamper(QStringLiteral("DELETE FROM audit_log WHERE seq = 6"));
        const app::AuditVerification result = verify();
        QCOMPARE(result.problem, Problem::Deleted);
        QCOMPARE(result.firstBadSequence, 6);
    }

    void deletedNewestEntriesAreDetected() {
        tamper(QStringLiteral("DELETE FROM audit_log WHERE seq >= 10"));
        const app::AuditVerification result = verify();
        QCOMPARE(result.problem, Problem::TailDeleted);
        QCOMPARE(result.firstBadSequence, 10);
    }

    void insertedEntryInTheMiddleIsNamed() {
        // Renumber to make room, then insert: every later entry's sequence no longer matches its hash.
        tamper(QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 8"));
        tamper(QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1008"));
        tamper(
            QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, event_type, details, prev_hash, "
                           "entry_hash) SELECT 8, time_utc, 'x', workstation, 'forged', '{}', entry_hash, 'f' "
                           "FROM audit_log WHERE seq = 7"));
        const app::AuditVerification result = verify();
        QVERIFY(!result.ok());
        QCOMPARE(result.firstBadSequence, 8);
    }

    void entryAppendedOutsideTheApplicationIsDetected() {
        // A well-formed entry with a correct hash, added with plain SQL: the head does not know it.
        auto newest = m_ws->workspace().audit().page({}, 0, 1);
        domain::AuditEntry forged;
        forged.sequence = kEntries + 1;
        forged.time = domain::AuditEntry::formatTime(m_ws->clock().nowUtc());
        forged.actor = QStringLiteral("forger");
        forged.workstation = QStringLiteral("elsewhere");
        forged.eventType = QStringLiteral("auth.login");
        forged.detailsJson = QStringLiteral("{}");
        forged.previousHash = newest->front().entryHash;
        forged.entryHash = crypto::AuditChain::linkHash(forged);
        tamper(QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, event_type, details, "
                              "prev_hash, entry_hash) VALUES (%4, '%1', 'forger', 'elsewhere', 'auth.login', '{}', "
                              "'%2', '%3')")
                   .arg(forged.time, QString::fromLatin1(forged.previousHash), QString::fromLatin1(forged.entryHash),
                        QString::number(forged.sequence)));
        const app::AuditVerification result = verify();
        QCOMPARE(result.problem, Problem::Inserted);
        QCOMPARE(result.firstBadSequence, kEntries + 1);
    }

    void aLongLogIsWalkedInTwoHalvesAsOneWalk_R_AUD_2() {
        // Over 20 000 entries, verifyDatabase walks the two halves on two cores (SqliteAuditScan):
        // every tampering is named as one walk of the whole names it, at the seam too.
        const bool filled = m_ws->workspace()
                                .database()
                                .transaction([&]() -> domain::Status {
                                    for (int i = 0; i < 20090; ++i) {
                                        if (auto appended = m_ws->workspace().audit().appendEvent(
                                                QStringLiteral("tanaka"), QStringLiteral("test.event"),
                                                {{QStringLiteral("n"), i}}, i % 7);
                                            !appended) {
                                            return appended;
                                        }
                                    }
                                    return {};
                                })
                                .has_value();
        QVERIFY(filled);
        const qint64 total = kEntries + 20090;
        const qint64 middle = total / 2;
        QTemporaryDir dir;
        int run = 0;
        const auto verifyCopy = [&](const QStringList& statements) {
            // A copy of the file, tampered with through a connection of its own (triggers dropped).
            const QString path = dir.filePath(QStringLiteral("copy%1.sqlite").arg(++run));
            QSqlQuery(m_ws->workspace().database().connection()).exec(QStringLiteral("VACUUM INTO '%1'").arg(path));
            {
                QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
                copy.setDatabaseName(path);
                copy.open();
                QSqlQuery query(copy);
                if (!statements.isEmpty()) { // an intact copy keeps its schema as migrated
                    query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only_update"));
                    query.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only_delete"));
                }
                for (const QString& statement : statements) {
                    if (!query.exec(statement)) {
                        qWarning() << statement;
                    }
                }
                copy.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
            return app::AuditLogService::verifyDatabase(path, {});
        };

        const app::AuditVerification intact = verifyCopy({});
        QVERIFY2(intact.ok(), qPrintable(intact.message));
        QCOMPARE(intact.entriesChecked, total);

        const auto altered = [](qint64 seq) {
            return QStringLiteral("UPDATE audit_log SET details = '{\"n\":-1}' WHERE seq = %1").arg(seq);
        };
        struct Case {
            QStringList statements;
            Problem problem;
            qint64 firstBad;
        };
        // The hash of entry `middle` recomputed after altering it: the seam's link breaks.
        auto page = m_ws->workspace().audit().page({}, middle + 1, 1);
        QVERIFY(page && page->size() == 1 && page->front().sequence == middle);
        domain::AuditEntry forged = page->front();
        forged.actor = QStringLiteral("forger");
        forged.entryHash = crypto::AuditChain::linkHash(forged);
        // A well-formed entry with a correct hash after the last, added with plain SQL.
        domain::AuditEntry outside;
        outside.sequence = total + 1;
        outside.time = domain::AuditEntry::formatTime(m_ws->clock().nowUtc());
        outside.actor = QStringLiteral("forger");
        outside.workstation = QStringLiteral("elsewhere");
        outside.eventType = QStringLiteral("auth.login");
        outside.detailsJson = QStringLiteral("{}");
        outside.previousHash = m_ws->workspace().audit().page({}, 0, 1)->front().entryHash;
        outside.entryHash = crypto::AuditChain::linkHash(outside);
        const QString appendedOutside =
            QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, event_type, details, prev_hash, "
                           "entry_hash) VALUES (%1, '%2', 'forger', 'elsewhere', 'auth.login', '{}', '%3', '%4')")
                .arg(outside.sequence)
                .arg(outside.time, QString::fromLatin1(outside.previousHash), QString::fromLatin1(outside.entryHash));
        const QList<Case> cases{
            {{altered(100)}, Problem::Altered, 100},
            {{altered(total - 10)}, Problem::Altered, total - 10},
            {{altered(middle + 1)}, Problem::Altered, middle + 1},
            {{QStringLiteral("UPDATE audit_log SET actor = 'forger', entry_hash = '%1' WHERE seq = %2")
                  .arg(QString::fromLatin1(forged.entryHash))
                  .arg(middle)},
             Problem::Inserted,
             middle + 1},
            {{QStringLiteral("DELETE FROM audit_log WHERE seq BETWEEN %1 AND %2").arg(middle - 1).arg(middle + 2)},
             Problem::Deleted,
             middle - 1},
            {{QStringLiteral("DELETE FROM audit_log WHERE seq BETWEEN %1 AND %2").arg(middle + 1).arg(middle + 3)},
             Problem::Deleted,
             middle + 1},
            {{QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(total - 3)}, Problem::TailDeleted, total - 3},
            {{appendedOutside}, Problem::Inserted, total + 1},
            // Rows the chain never numbers, and a number stored as text that reads differently
            // elsewhere (the filters take '11abc' for 0) but as the same number here.
            {{QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, event_type, details, "
                             "prev_hash, entry_hash) SELECT 0, time_utc, actor, workstation, event_type, details, "
                             "prev_hash, entry_hash FROM audit_log WHERE seq = 1")},
             Problem::Inserted,
             0},
            {{QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, event_type, details, "
                             "prev_hash, entry_hash) SELECT -5, time_utc, actor, workstation, event_type, details, "
                             "prev_hash, entry_hash FROM audit_log WHERE seq = 1")},
             Problem::Inserted,
             -5},
            {{QStringLiteral("UPDATE audit_log SET application_id = CAST(application_id AS TEXT) || 'abc' WHERE seq = "
                             "%1")
                  .arg(middle + 40)},
             Problem::Altered,
             middle + 40},
            {{QStringLiteral("UPDATE audit_log SET actor = CAST(actor AS BLOB) WHERE seq = 77")}, Problem::Altered, 77},
            // The table rebuilt so that a row may carry no number at all.
            {{QStringLiteral("CREATE TABLE rebuilt AS SELECT * FROM audit_log"), QStringLiteral("DROP TABLE audit_log"),
              QStringLiteral("ALTER TABLE rebuilt RENAME TO audit_log"),
              QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, event_type, application_id, "
                             "certificate_serial, details, prev_hash, entry_hash) VALUES ('none', 't', 'forger', 'w', "
                             "'auth.login', 0, '', '{}', '', '')")},
             Problem::Inserted,
             0},
        };
        for (const Case& each : cases) {
            const app::AuditVerification result = verifyCopy(each.statements);
            QVERIFY2(result.problem == each.problem && result.firstBadSequence == each.firstBad,
                     qPrintable(each.statements.join(QLatin1Char(';')) + QStringLiteral(" -> ") + result.problemId() +
                                QStringLiteral(" at ") + QString::number(result.firstBadSequence) +
                                QStringLiteral(": ") + result.message));
        }
    }

    void exportVerifiesOfflineAndTamperingIsNamed() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.jsonl"));
        domain::User auditor; // as signed in; the export checks only the role (issue 12 item 11)
        auditor.username = QStringLiteral("ito");
        auditor.role = domain::Role::Auditor;
        const auto written = app::AuditLogService(m_ws->workspace()).exportTo(auditor, path);
        QVERIFY(written);
        QCOMPARE(*written, kEntries);
        QVERIFY(app::AuditLogService::verifyExport(path, {}).ok());
        // The export itself was recorded.
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'audit.exported'")), 1);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        content.replace("\\\"n\\\":3", "\\\"n\\\":4");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const app::AuditVerification result = app::AuditLogService::verifyExport(path, {});
        QCOMPARE(result.problem, Problem::Altered);
        QCOMPARE(result.firstBadSequence, kEntries - 10 + 4); // the fourth test event, n = 3
    }

    void filtersByActorEventApplicationTimeAndText_R_AUD_3() {
        app::SqlAuditTrail& trail = m_ws->workspace().audit();
        app::AuditFilter filter;
        filter.actor = QStringLiteral("tanaka");
        QCOMPARE(*trail.count(filter), 10);
        filter.applicationId = 1;
        QCOMPARE(*trail.count(filter), 3);
        filter = {};
        filter.eventType = QStringLiteral("workspace.created");
        QCOMPARE(*trail.count(filter), 1);
        filter = {};
        filter.text = QStringLiteral("\"n\":9");
        QCOMPARE(*trail.count(filter), 1);
        filter = {};
        filter.from = m_ws->clock().nowUtc().addSecs(-3);
        QCOMPARE(*trail.count(filter), 3);
        const auto firstPage = trail.page({}, 0, 4);
        const auto secondPage = trail.page({}, firstPage->back().sequence, 4);
        QCOMPARE(firstPage->front().sequence, kEntries);
        QCOMPARE(secondPage->front().sequence, kEntries - 4);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
