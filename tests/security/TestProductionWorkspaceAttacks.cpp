// SPDX-License-Identifier: Apache-2.0
// Issue 12 items 6 and 7, as an insider would try them (R-TIME-1, R-AUD-2): `--at` on a
// production workspace, to get round lockout or date audit entries in 1999 or 2099, is refused and
// audited; whatever the clock says, the audit log never takes an entry older than its head; and
// `lab start` cannot re-point a production workspace's resolver, perspectives and mail at a lab.
#include "app/Workspace.h"
#include "crypto/AuditChain.h"
#include "domain/AuditEntry.h"
#include "tests/support/ProcessRun.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestProductionWorkspaceAttacks : public QObject {
    Q_OBJECT

private:
    static test::ProcessRun cli(const QStringList& arguments) {
        return test::runProcess(QStringLiteral(RA_CLI_PATH), arguments);
    }

    static qint64 count(app::Workspace& workspace, const QString& sql) {
        QSqlQuery query(workspace.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

private slots:
    void aProductionWorkspaceRefusesAMovedClock_R_TIME_1_data() {
        QTest::addColumn<QString>("at");
        QTest::newRow("into the past") << QStringLiteral("1999-01-01T00:00:00Z");
        QTest::newRow("into the future") << QStringLiteral("2099-01-01T00:00:00Z");
    }

    void aProductionWorkspaceRefusesAMovedClock_R_TIME_1() {
        QFETCH(QString, at);
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("production"));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), workspace}).exitCode, 0);
        const test::ProcessRun moved = cli({QStringLiteral("--workspace"), workspace, QStringLiteral("--at"), at,
                                            QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY(moved.exitCode != 0);
        QVERIFY2(moved.err.contains("--at moves the clock"), moved.err.constData());
        // Nor does a command that could run without a workspace fall back to running without it.
        const test::ProcessRun caa =
            cli({QStringLiteral("--workspace"), workspace, QStringLiteral("--at"), at, QStringLiteral("caa"),
                 QStringLiteral("check"), QStringLiteral("example.jp")});
        QVERIFY(caa.exitCode != 0);
        QVERIFY2(caa.err.contains("--at moves the clock"), caa.err.constData());

        const domain::SystemClock clock;
        auto opened = app::Workspace::open(workspace, clock);
        QVERIFY(opened);
        QCOMPARE((*opened)->purpose(), app::WorkspacePurpose::Production);
        // The attempt is in the log, at the real time, and nothing is dated when the attacker asked.
        QCOMPARE(count(**opened, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' "
                                                "AND details LIKE '%clock.at-refused%'")),
                 2);
        QCOMPARE(
            count(**opened, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE time_utc LIKE '%1%'").arg(at.left(4))),
            0);
        QVERIFY((*opened)->record(QStringLiteral("system"), domain::audit_event::AuditVerified, {}));
    }

    void aProductionWorkspaceHasNoLab() {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("production"));
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), workspace}).exitCode, 0);
        const QString settings = QDir(workspace).filePath(QStringLiteral("workspace.ini"));
        QFile before(settings);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray unchanged = before.readAll();
        const test::ProcessRun started =
            cli({QStringLiteral("--workspace"), workspace, QStringLiteral("lab"), QStringLiteral("start"),
                 QStringLiteral("--lab-dir"), dir.filePath(QStringLiteral("lab"))});
        QVERIFY(started.exitCode != 0);
        QVERIFY2(started.err.contains("not a demo workspace"), started.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lab"))));
        QFile after(settings);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), unchanged);
        const domain::SystemClock clock;
        auto opened = app::Workspace::open(workspace, clock);
        QVERIFY(opened);
        QCOMPARE(count(**opened, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' "
                                                "AND details LIKE '%lab.not-demo%'")),
                 1);
    }

    void aProductionWorkspaceCannotBeRelabelledADemo() {
        // Whoever can write the file turns the first audit entry's "production" into "demo", to get
        // --at, a lab and loopback targets: the first entry no longer counts.
        test::TestWorkspace fixture;
        app::Workspace& workspace = fixture.workspace();
        QCOMPARE(workspace.purpose(), app::WorkspacePurpose::Production);
        QSqlQuery query(workspace.database().connection());
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_update")));
        QVERIFY(query.exec(QStringLiteral(
            R"(UPDATE audit_log SET details = replace(details, '"production"', '"demo"') WHERE seq = 1)")));
        QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq = 1 AND details LIKE "
                                                 "'%\"demo\"%'")),
                 1);
        QCOMPARE(workspace.purpose(), app::WorkspacePurpose::Production);
        // Its hash recomputed to match: the second entry no longer links to it.
        domain::AuditEntry first;
        QVERIFY(workspace.audit().forEach([&](const domain::AuditEntry& entry) {
            first = entry;
            return false;
        }));
        query.prepare(QStringLiteral("UPDATE audit_log SET entry_hash = ? WHERE seq = 1"));
        query.addBindValue(QString::fromLatin1(crypto::AuditChain::linkHash(first)));
        QVERIFY(query.exec());
        QCOMPARE(workspace.purpose(), app::WorkspacePurpose::Production);
    }

    void theAuditLogNeverRunsBackwards_R_AUD_2() {
        test::TestWorkspace fixture;
        app::Workspace& workspace = fixture.workspace();
        QVERIFY(workspace.record(QStringLiteral("system"), domain::audit_event::AuditVerified, {}));
        const qint64 entries = count(workspace, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QDateTime head = fixture.clock().nowUtc();

        fixture.clock().set(head.addSecs(-3600));
        const domain::Status behind =
            workspace.record(QStringLiteral("system"), domain::audit_event::AuditVerified, {});
        QVERIFY(!behind);
        QCOMPARE(behind.error().code, QStringLiteral("audit.clock-behind"));
        QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM audit_log")), entries);

        // A head whose time cannot be read stops the log rather than letting anything through.
        {
            QSqlQuery tamper(workspace.database().connection());
            QVERIFY(tamper.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_update")));
            QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_log SET time_utc = 'x' WHERE seq = (SELECT MAX(seq) "
                                               "FROM audit_log)")));
            const domain::Status unreadable =
                workspace.record(QStringLiteral("system"), domain::audit_event::AuditVerified, {});
            QVERIFY(!unreadable);
            QCOMPARE(unreadable.error().code, QStringLiteral("audit.head-unreadable"));
            QVERIFY(tamper.exec(QStringLiteral("UPDATE audit_log SET time_utc = '%1' WHERE seq = (SELECT MAX(seq) "
                                               "FROM audit_log)")
                                    .arg(domain::AuditEntry::formatTime(head))));
        }
        // The same instant as the head is not "older"; the clock put right, the log goes on.
        fixture.clock().set(head);
        QVERIFY(workspace.record(QStringLiteral("system"), domain::audit_event::AuditVerified, {}));
        QCOMPARE(count(workspace, QStringLiteral("SELECT COUNT(*) FROM audit_log")), entries + 1);
    }
};

QTEST_GUILESS_MAIN(TestProductionWorkspaceAttacks)
#include "TestProductionWorkspaceAttacks.moc"
