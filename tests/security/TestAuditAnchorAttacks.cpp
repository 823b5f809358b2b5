// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 3, as an insider with write access to the database would try it (R-AUD-2): a
// consistent rewrite of the chain, a log cut short, a forged checkpoint and a forged export all
// verify as far as the hashes go, and each is caught by the checkpoints the HSM's audit key
// signed. The export is also checked by a third party's tools alone (openssl, sha256sum).
#include "app/AuditLogService.h"
#include "app/JsonViews.h"
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
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;
using Problem = app::AuditVerification::Problem;

class TestAuditAnchorAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    QTemporaryDir m_dir;
    QByteArray m_auditKey; // DER, from the HSM
    QString m_auditKeyPem; // the file a third party holds
    qint64 m_lastCheckpoint = 0;
    qint64 m_head = 0;

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

    // What a careful attacker does: change entry `from`, then recompute every later hash and the
    // head, so that the chain verifies again.
    static bool rewriteFrom(const QString& connection, qint64 from) {
        if (!exec(connection, QStringLiteral("DROP TRIGGER audit_log_append_only_update"))) {
            return false;
        }
        QSqlQuery rows(QSqlDatabase::database(connection));
        if (!rows.exec(QStringLiteral("SELECT seq, time_utc, actor, workstation, event_type, application_id, "
                                      "certificate_serial, details, prev_hash FROM audit_log ORDER BY seq"))) {
            return false;
        }
        QByteArray previous;
        QList<domain::AuditEntry> rewritten;
        while (rows.next()) {
            domain::AuditEntry entry;
            entry.sequence = rows.value(0).toLongLong();
            entry.time = rows.value(1).toString();
            entry.actor = rows.value(2).toString();
            entry.workstation = rows.value(3).toString();
            entry.eventType = rows.value(4).toString();
            entry.applicationId = rows.value(5).toLongLong();
            entry.certificateSerial = rows.value(6).toString();
            entry.detailsJson = rows.value(7).toString();
            entry.previousHash = entry.sequence == 1 ? QByteArray() : previous;
            if (entry.sequence == from) {
                entry.actor = QStringLiteral("nobody");
                entry.detailsJson = QStringLiteral("{\"note\":\"what really happened is gone\"}");
            }
            entry.entryHash = crypto::AuditChain::linkHash(entry);
            previous = entry.entryHash;
            if (entry.sequence >= from) {
                rewritten.append(entry);
            }
        }
        for (const domain::AuditEntry& entry : rewritten) {
            if (!exec(connection,
                      QStringLiteral("UPDATE audit_log SET actor = ?, details = ?, prev_hash = ?, entry_hash = ? "
                                     "WHERE seq = ?"),
                      {entry.actor, entry.detailsJson, QString::fromLatin1(entry.previousHash),
                       QString::fromLatin1(entry.entryHash), entry.sequence})) {
                return false;
            }
        }
        return exec(connection, QStringLiteral("UPDATE audit_head SET hash = ? WHERE id = 1"),
                    {QString::fromLatin1(previous)});
    }

    // Without the audit key the walk finds every link sound. The records may still show the cut
    // (seals gone with the entries) and the schema the dropped triggers: the attack is on the
    // chain, and only the checkpoints catch that.
    static bool chainAloneIsFooled(const app::AuditVerification& result) {
        return result.ok() || (result.firstBadSequence == 0 &&
                               (result.problem == Problem::UnsealedRecord || result.problem == Problem::SchemaChanged));
    }

    static test::ProcessRun thirdParty(const QString& exportPath, const QString& keyPem) {
        return test::runProcess(QStringLiteral("bash"),
                                {QStringLiteral(RA_SOURCE_DIR "/docs/verify-audit-export.sh"), exportPath, keyPem});
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        // One signing session (two checkpoints: activation and end), then work nobody signed yet.
        {
            auto module = app::CaActivationService(workspace())
                              .openSigningModule(m_demo->custodian(QStringLiteral("tanaka")),
                                                 m_demo->custodian(QStringLiteral("sato")));
            QVERIFY(module);
            QVERIFY(workspace().record(QStringLiteral("tanaka"), domain::audit_event::AuditVerified, {}));
            app::CaActivationService(workspace()).deactivate(**module, QStringLiteral("test"));
        }
        const auto checkpoints = workspace().audit().checkpoints();
        QVERIFY(checkpoints && checkpoints->size() == 2);
        m_lastCheckpoint = checkpoints->last().sequence;
        QVERIFY(workspace().record(QStringLiteral("ito"), domain::audit_event::AuditVerified, {}));
        QVERIFY(workspace().record(QStringLiteral("ito"), domain::audit_event::AuditVerified, {}));
        m_head = workspace().audit().head()->sequence;
        QCOMPARE(m_head, m_lastCheckpoint + 2);

        const auto key = app::AuditLogService(workspace()).auditPublicKeyFromHsm();
        QVERIFY2(key, key ? "" : qPrintable(key.error().userMessage));
        m_auditKey = *key;
        m_auditKeyPem = m_dir.filePath(QStringLiteral("audit-key.pem"));
        QFile pem(m_auditKeyPem);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(crypto::AuditChain::publicKeyPem(m_auditKey));
    }

    void cleanupTestCase() { m_demo.reset(); }

    void theHonestLogVerifiesWithItsCheckpoints_R_AUD_2() {
        const app::AuditVerification result = app::AuditLogService(workspace()).verify(m_auditKey);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.checkpointsVerified, 2);
        QCOMPARE(result.lastCheckpointSequence, m_lastCheckpoint);
        // The unsigned tail is reported as such.
        QCOMPARE(result.entriesAfterLastCheckpoint, 2);
        QVERIFY(result.message.contains(QStringLiteral("not yet covered")));
    }

    void aConsistentRewriteIsCaught_R_AUD_2() {
        const QString path = attackedCopy(QStringLiteral("rewrite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(rewriteFrom(QStringLiteral("rewrite"), 3));
        close(QStringLiteral("rewrite"));
        // The hashes alone are fooled: this is the attack that worked before checkpoints.
        QVERIFY(chainAloneIsFooled(app::AuditLogService::verifyDatabase(path, {})));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, m_auditKey);
        QCOMPARE(result.problem, Problem::Rewritten);
        QVERIFY(result.firstBadSequence <= m_lastCheckpoint);
    }

    void aLogCutShortBeforeTheLastCheckpointIsCaught_R_AUD_2() {
        const QString path = attackedCopy(QStringLiteral("truncate"));
        QVERIFY(!path.isEmpty());
        const qint64 keep = m_lastCheckpoint - 2;
        QVERIFY(exec(QStringLiteral("truncate"), QStringLiteral("DROP TRIGGER audit_log_append_only_delete")));
        QVERIFY(exec(QStringLiteral("truncate"), QStringLiteral("DELETE FROM audit_log WHERE seq > ?"), {keep}));
        QVERIFY(exec(QStringLiteral("truncate"),
                     QStringLiteral("UPDATE audit_head SET seq = ?, hash = (SELECT entry_hash FROM audit_log "
                                    "WHERE seq = ?) WHERE id = 1"),
                     {keep, keep}));
        close(QStringLiteral("truncate"));
        QVERIFY(chainAloneIsFooled(app::AuditLogService::verifyDatabase(path, {})));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, m_auditKey);
        QCOMPARE(result.problem, Problem::Truncated);
        QVERIFY(result.message.contains(QString::number(m_lastCheckpoint)));
    }

    void aForgedCheckpointIsCaught_R_AUD_2() {
        // The attacker signs a checkpoint of a rewritten chain with a key of their own.
        const QString keyFile = m_dir.filePath(QStringLiteral("attacker.pem"));
        QCOMPARE(test::runProcess(QStringLiteral("openssl"), {QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                                              QStringLiteral("RSA"), QStringLiteral("-out"), keyFile})
                     .exitCode,
                 0);
        const QString path = attackedCopy(QStringLiteral("forge"));
        QVERIFY(!path.isEmpty());
        QVERIFY(rewriteFrom(QStringLiteral("forge"), m_head));
        QSqlQuery head(QSqlDatabase::database(QStringLiteral("forge")));
        QVERIFY(head.exec(QStringLiteral("SELECT seq, hash FROM audit_head")) && head.next());
        domain::AuditCheckpoint forged{head.value(0).toLongLong(),
                                       QStringLiteral("2026-12-04T10:00:00.000Z"),
                                       head.value(1).toString().toLatin1(),
                                       {},
                                       QStringLiteral("hourly")};
        const QString statement = m_dir.filePath(QStringLiteral("statement"));
        QFile out(statement);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(forged.statement());
        out.close();
        const test::ProcessRun signature =
            test::runProcess(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha256"),
                                                         QStringLiteral("-sign"), keyFile, statement});
        QCOMPARE(signature.exitCode, 0);
        QVERIFY(
            exec(QStringLiteral("forge"),
                 QStringLiteral("INSERT INTO audit_checkpoints (seq, time_utc, head_hash, signature, reason) "
                                "VALUES (?,?,?,?,?)"),
                 {forged.sequence, forged.time, QString::fromLatin1(forged.headHash), signature.out, forged.reason}));
        close(QStringLiteral("forge"));
        const app::AuditVerification result = app::AuditLogService::verifyDatabase(path, m_auditKey);
        QCOMPARE(result.problem, Problem::ForgedCheckpoint);
    }

    void anExportVerifiesOfflineWithStandardTools_R_AUD_2() {
        const QString exportPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
        QVERIFY(app::AuditLogService(workspace()).exportTo(m_demo->user(QStringLiteral("ito")), exportPath));
        QVERIFY(app::AuditLogService::verifyExport(exportPath, m_auditKey).ok());
        const test::ProcessRun checked = thirdParty(exportPath, m_auditKeyPem);
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        QVERIFY2(checked.out.contains("2 checkpoint(s)"), checked.out.constData());

        // A forged export: one entry changed and every later hash and the head recomputed.
        QFile file(exportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        QByteArray previous;
        for (QByteArray& line : lines) {
            QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(QStringLiteral("head_seq"))) {
                object.insert(QStringLiteral("head_hash"), QString::fromLatin1(previous));
            } else if (object.contains(QStringLiteral("seq"))) {
                domain::AuditEntry entry = app::auditEntryFromJson(object);
                if (entry.sequence == 2) {
                    entry.actor = QStringLiteral("nobody");
                }
                entry.previousHash = previous;
                entry.entryHash = crypto::AuditChain::linkHash(entry);
                previous = entry.entryHash;
                object.insert(QStringLiteral("actor"), entry.actor);
                object.insert(QStringLiteral("canonical"), QString::fromLatin1(entry.canonicalBytes().toBase64()));
                object.insert(QStringLiteral("prev_hash"), QString::fromLatin1(entry.previousHash));
                object.insert(QStringLiteral("entry_hash"), QString::fromLatin1(entry.entryHash));
            } else {
                continue; // checkpoints stay as the HSM signed them
            }
            line = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        const QString forgedPath = m_dir.filePath(QStringLiteral("forged.jsonl"));
        QFile forged(forgedPath);
        QVERIFY(forged.open(QIODevice::WriteOnly));
        forged.write(lines.join('\n'));
        forged.close();
        QVERIFY(app::AuditLogService::verifyExport(forgedPath, {}).ok()); // the hashes alone are fooled
        QCOMPARE(app::AuditLogService::verifyExport(forgedPath, m_auditKey).problem, Problem::Rewritten);
        const test::ProcessRun caught = thirdParty(forgedPath, m_auditKeyPem);
        QCOMPARE(caught.exitCode, 1);
        QVERIFY2(caught.out.contains("rewritten"), caught.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchorAttacks)
#include "TestAuditAnchorAttacks.moc"
