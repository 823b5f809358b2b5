// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 7, as an insider would try it: the settings that decide trust (resolver, trust
// anchor, perspectives, HSM, mail, approvals required, lockout, CAA issuer domain, ...) were a
// plain workspace.ini that anyone with the folder could edit unseen, and the lab rewrote them in
// any workspace. Now they are recorded in the audit chain by administrators only, each change
// with its old and new value; an edit of the file is not applied and is audited; a recorded
// value changed in the database stops issuance and shows in `audit verify`.
#include "app/AuditLogService.h"
#include "app/CaSetupService.h"
#include "app/IssuanceService.h"
#include "app/SettingsService.h"
#include "crypto/AuditChain.h"
#include "domain/AuditEntry.h"
#include "domain/SecuritySettings.h"
#include "tests/support/OutsideSql.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

class TestSettingsAttacks : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString iniPath(const QString& directory) {
        return QDir(directory).filePath(QString::fromLatin1(app::Workspace::kSettingsFile));
    }

    // The newest audit entry of `eventType` in `workspace`, as JSON details ({} when none).
    static QJsonObject newest(app::Workspace& workspace, const QString& eventType) {
        const auto entries = workspace.audit().page({{}, {}, {}, eventType, 0, {}}, 0, 1);
        return entries && !entries->isEmpty() ? entries->first().details() : QJsonObject();
    }

    // Runs `statements` on the database of `folder` with the audit log's update trigger out of the
    // way and put back word for word, as an insider with the sqlite3 shell would; `values` are
    // bound to each statement.
    static bool editOutside(const QString& folder, const QStringList& statements, const QVariantList& values = {}) {
        const QString connection = QStringLiteral("attacker");
        bool done = false;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(QDir(folder).filePath(QStringLiteral("ra.sqlite")));
            const QString trigger =
                database.open() ? test::outsideDropTrigger(connection, QStringLiteral("audit_log_append_only_update"))
                                : QString();
            done = !trigger.isEmpty();
            for (const QString& statement : statements) {
                done = done && test::outsideExec(connection, statement, values);
            }
            done = done && test::outsideExec(connection, trigger);
        }
        test::outsideClose(connection);
        return done;
    }

    static bool chainIntact(app::Workspace& workspace) {
        return app::AuditLogService(workspace).verify({}).problem == app::AuditVerification::Problem::None;
    }

    // The workspace folder copied, as an insider's copy to play with would be.
    QString copied(test::TestWorkspace& source, const QString& name) {
        QSqlQuery checkpointWal(source.workspace().database().connection());
        (void)checkpointWal.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        for (const QString& file :
             {QStringLiteral("ra.sqlite"), QStringLiteral("workspace.ini"), QStringLiteral("secrets.key")}) {
            if (!QFile::copy(QDir(source.directory()).filePath(file), QDir(folder).filePath(file))) {
                return {};
            }
        }
        return folder;
    }

private slots:
    void aNewWorkspaceKeepsItsSecuritySettingsInTheChainNotInTheIni() {
        test::TestWorkspace production;
        QSettings ini(iniPath(production.directory()), QSettings::IniFormat);
        QVERIFY(!ini.allKeys().isEmpty()); // the desk's own settings stay
        for (const QString& key : ini.allKeys()) {
            QVERIFY2(!domain::isSecuritySetting(key), qPrintable(key));
        }
        // The defaults were recorded, by the software, with where they came from.
        const auto recorded = production.workspace().settingsLedger().current();
        QVERIFY(recorded);
        QCOMPARE(recorded->value(QStringLiteral("workflow/required_approvals")).value, QStringLiteral("1"));
        QCOMPARE(recorded->value(QStringLiteral("security/lockout_threshold")).actor, QStringLiteral("system"));
        QCOMPARE(production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = "
                                                 "'setting.recording_began'")),
                 1);
    }

    void onlyAnEnabledAdministratorChangesASettingAndEachChangeIsAudited() {
        test::TestWorkspace production;
        const domain::User admin = production.addUser(QStringLiteral("mori"), domain::Role::Administrator);
        app::SettingsService settings(production.workspace());
        const QString key = QStringLiteral("workflow/required_approvals");
        // Those who approve, validate or audit may not lower the approvals their own work needs.
        for (const auto& [name, role] :
             QList<std::pair<QString, domain::Role>>{{QStringLiteral("ito"), domain::Role::Officer},
                                                     {QStringLiteral("kato"), domain::Role::Supervisor},
                                                     {QStringLiteral("abe"), domain::Role::Auditor}}) {
            const domain::User user = production.addUser(name, role);
            const qint64 refusals = production.count(
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' AND actor = '%1'")
                    .arg(name));
            const domain::Status changed = settings.change(user, key, QStringLiteral("5"));
            QVERIFY(!changed);
            QCOMPARE(changed.error().code, QStringLiteral("role.not-allowed"));
            QCOMPARE(production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = "
                                                     "'action.refused' AND actor = '%1'")
                                          .arg(name)),
                     refusals + 1);
        }
        domain::User disabled = admin;
        disabled.disabled = true;
        QCOMPARE(settings.change(disabled, key, QStringLiteral("2")).error().code, QStringLiteral("role.not-allowed"));
        // Values that would switch a control off, and keys that are not security settings.
        for (const QString& value : {QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("two"), QString()}) {
            QCOMPARE(settings.change(admin, key, value).error().code, QStringLiteral("settings.invalid"));
        }
        QCOMPARE(settings.change(admin, QStringLiteral("security/lockout_threshold"), QStringLiteral("0")).error().code,
                 QStringLiteral("settings.invalid"));
        QCOMPARE(settings.change(admin, QStringLiteral("workstation/name"), QStringLiteral("x")).error().code,
                 QStringLiteral("settings.invalid"));
        QCOMPARE(production.workspace().settings().requiredApprovals, 1);

        // The administrator's change: recorded with both values, in force at once.
        QVERIFY(settings.change(admin, key, QStringLiteral("2")));
        QCOMPARE(production.workspace().settings().requiredApprovals, 2);
        QCOMPARE(production.workspace().freshSettings()->requiredApprovals, 2);
        const QJsonObject change = newest(production.workspace(), domain::audit_event::SettingChanged);
        QCOMPARE(change.value(QStringLiteral("key")).toString(), key);
        QCOMPARE(change.value(QStringLiteral("old")).toString(), QStringLiteral("1"));
        QCOMPARE(change.value(QStringLiteral("new")).toString(), QStringLiteral("2"));
        const auto listed = settings.list(admin);
        QVERIFY(listed);
        const auto row = std::find_if(listed->cbegin(), listed->cend(),
                                      [&](const app::SettingRow& setting) { return setting.key == key; });
        QVERIFY(row != listed->cend());
        QCOMPARE(row->changedBy, QStringLiteral("mori"));
        // Setting the same value again records nothing.
        const qint64 changes =
            production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'setting.changed'"));
        QVERIFY(settings.change(admin, key, QStringLiteral("2")));
        QCOMPARE(
            production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'setting.changed'")),
            changes);
        // Officers may not read them either; auditors may.
        QVERIFY(!settings.list(production.addUser(QStringLiteral("sano"), domain::Role::Officer)));
        QVERIFY(settings.list(production.addUser(QStringLiteral("noda"), domain::Role::Auditor)));
    }

    void anEditOfTheIniFileIsNotAppliedAndIsAudited() {
        // The insider with the folder lowers the approvals and points the resolver at a server of
        // their own, in the file the settings used to live in.
        test::TestWorkspace production;
        const domain::User admin = production.addUser(QStringLiteral("mori"), domain::Role::Administrator);
        QVERIFY(app::SettingsService(production.workspace())
                    .change(admin, QStringLiteral("dns/resolver"), QStringLiteral("192.0.2.53")));
        QVERIFY(app::SettingsService(production.workspace())
                    .change(admin, QStringLiteral("workflow/required_approvals"), QStringLiteral("2")));
        {
            QSettings ini(iniPath(production.directory()), QSettings::IniFormat);
            ini.setValue(QStringLiteral("dns/resolver"), QStringLiteral("198.51.100.66"));
            ini.setValue(QStringLiteral("workflow/required_approvals"), 1);
            ini.setValue(QStringLiteral("perspectives/names"), QStringLiteral("mine"));
            ini.setValue(QStringLiteral("perspectives/mine/url"), QStringLiteral("https://198.51.100.66"));
            ini.setValue(QStringLiteral("perspectives/mine/rir"), QStringLiteral("apnic"));
        }
        // In force, the running workstation's and the next one's: what the administrator set.
        QCOMPARE(production.workspace().mpicSettings().primary.forwarder, QStringLiteral("192.0.2.53"));
        auto reopened = app::Workspace::open(production.directory(), production.clock());
        QVERIFY(reopened);
        QCOMPARE((*reopened)->mpicSettings().primary.forwarder, QStringLiteral("192.0.2.53"));
        QVERIFY((*reopened)->mpicSettings().perspectives.isEmpty());
        QCOMPARE((*reopened)->settings().requiredApprovals, 2);
        // Each edited key is audited as refused, once, and leaves the file.
        QCOMPARE(production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' "
                                                 "AND details LIKE '%settings.edited-outside%'")),
                 5);
        QCOMPARE(production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' "
                                                 "AND details LIKE '%settings.edited-outside%' AND "
                                                 "details LIKE '%198.51.100.66%' AND details LIKE '%dns/resolver%'")),
                 1);
        QSettings ini(iniPath(production.directory()), QSettings::IniFormat);
        QVERIFY(!ini.contains(QStringLiteral("dns/resolver")));
        QVERIFY(!ini.contains(QStringLiteral("perspectives/names")));
        reopened->reset();
        QVERIFY(app::Workspace::open(production.directory(), production.clock()));
        QCOMPARE(production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'action.refused' "
                                                 "AND details LIKE '%settings.edited-outside%'")),
                 5);
    }

    void theLabCannotReconfigureAProductionWorkspace() {
        test::TestWorkspace production;
        const domain::Status changed =
            app::SettingsService(production.workspace())
                .changeForLab({{QStringLiteral("dns/resolver"), QStringLiteral("127.0.0.1")},
                               {QStringLiteral("mail/relay"), QStringLiteral("127.0.0.1:25")}});
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, QStringLiteral("lab.not-demo"));
        QVERIFY(production.workspace().mpicSettings().primary.forwarder.isEmpty());
        QVERIFY(production.workspace().mailSettings().relayHost.isEmpty());
        QCOMPARE(newest(production.workspace(), domain::audit_event::ActionRefused).value(QStringLiteral("code")),
                 QStringLiteral("lab.not-demo"));
        // Nor does a demo CA's token of files take over a production workspace's hsm settings.
        const auto demoCa = app::CaSetupService(production.workspace()).initDemo(QStringLiteral("mori"), 2);
        QVERIFY(!demoCa);
        QCOMPARE(demoCa.error().code, QStringLiteral("ca.not-demo"));
        QVERIFY(production.workspace().settings().hsmModule.isEmpty());
    }

    void aRecordedValueChangedInTheDatabaseStopsIssuanceAndShowsInVerify() {
        // The insider edits the recorded value itself with the sqlite3 shell: approvals back to 1.
        test::TestWorkspace production;
        const domain::User admin = production.addUser(QStringLiteral("mori"), domain::Role::Administrator);
        QVERIFY(app::SettingsService(production.workspace())
                    .change(admin, QStringLiteral("workflow/required_approvals"), QStringLiteral("2")));
        const qint64 sequence =
            production.count(QStringLiteral("SELECT MAX(seq) FROM audit_log WHERE event_type = 'setting.changed' AND "
                                            "details LIKE '%required_approvals%'"));
        const QString folder = copied(production, QStringLiteral("altered"));
        QVERIFY(!folder.isEmpty());
        QVERIFY(editOutside(folder,
                            {QStringLiteral("UPDATE audit_log SET details = replace(details, '\"new\":\"2\"', "
                                            "'\"new\":\"1\"') WHERE seq = ?")},
                            {sequence}));
        // The workspace still opens (an auditor must find out why), but nothing is taken from the
        // altered record: no required approvals of 1, and no issuance at all.
        auto opened = app::Workspace::open(folder, production.clock());
        QVERIFY(opened);
        app::Workspace& workspace = **opened;
        const auto fresh = workspace.freshSettings();
        QVERIFY(!fresh);
        QCOMPARE(fresh.error().code, QStringLiteral("audit.entry-altered"));
        domain::Application application;
        application.id = 1;
        const auto authorization = app::IssuanceService(workspace).authorizationFor(application);
        QVERIFY(!authorization);
        QCOMPARE(authorization.error().code, QStringLiteral("issue.settings-altered"));
        QCOMPARE(newest(workspace, domain::audit_event::ActionRefused).value(QStringLiteral("code")).toString(),
                 QStringLiteral("issue.settings-altered"));
        const app::AuditVerification verification = app::AuditLogService(workspace).verify({});
        QCOMPARE(verification.problem, app::AuditVerification::Problem::Altered);
        QCOMPARE(verification.firstBadSequence, sequence);
    }

    void aRehashedEntryRelinkedByItsSuccessorIsStillFound() {
        // The cleverer insider recomputes the altered entry's hash and relinks the entry after it.
        test::TestWorkspace production;
        const domain::User admin = production.addUser(QStringLiteral("mori"), domain::Role::Administrator);
        QVERIFY(app::SettingsService(production.workspace())
                    .change(admin, QStringLiteral("workflow/required_approvals"), QStringLiteral("2")));
        QVERIFY(production.workspace().record(QStringLiteral("mori"), QStringLiteral("test.after"), {}));
        const auto changes =
            production.workspace().audit().page({{}, {}, {}, domain::audit_event::SettingChanged, 0, {}}, 0, 1);
        QVERIFY(changes && changes->size() == 1);
        domain::AuditEntry forged = changes->first();
        forged.detailsJson.replace(QStringLiteral("\"new\":\"2\""), QStringLiteral("\"new\":\"1\""));
        forged.entryHash = crypto::AuditChain::linkHash(forged);
        const QString folder = copied(production, QStringLiteral("rehashed"));
        QVERIFY(editOutside(folder, {QStringLiteral("UPDATE audit_log SET details = ?, entry_hash = ? WHERE seq = ?")},
                            {forged.detailsJson, QString::fromLatin1(forged.entryHash), forged.sequence}));
        QVERIFY(editOutside(folder, {QStringLiteral("UPDATE audit_log SET prev_hash = ? WHERE seq = ?")},
                            {QString::fromLatin1(forged.entryHash), forged.sequence + 1}));
        auto opened = app::Workspace::open(folder, production.clock());
        QVERIFY(opened);
        const auto fresh = (*opened)->freshSettings();
        QVERIFY(!fresh);
        QCOMPARE(fresh.error().code, QStringLiteral("audit.entry-altered"));
        QCOMPARE(app::AuditLogService(**opened).verify({}).firstBadSequence, forged.sequence + 1);
    }

    void valuesThatSwitchAControlOffAreRefusedOnEveryPath() {
        test::TestWorkspace production;
        const domain::User admin = production.addUser(QStringLiteral("mori"), domain::Role::Administrator);
        app::SettingsService settings(production.workspace());
        const QList<std::pair<QString, QString>> refused{
            {QStringLiteral("security/lockout_threshold"), QStringLiteral("2147483647")},
            {QStringLiteral("security/lockout_minutes"), QStringLiteral("-1")},
            {QStringLiteral("security/idle_lock_minutes"), QStringLiteral("35792")},
            {QStringLiteral("workflow/required_approvals"), QStringLiteral("+2")},
            {QStringLiteral("workflow/required_approvals"), QStringLiteral(" 2")},
            {QStringLiteral("workflow/required_approvals"), QStringLiteral("2abc")},
            {QStringLiteral("workflow/required_approval"), QStringLiteral("2")}, // a typo is no change
            {QStringLiteral("workflow/required_approvals "), QStringLiteral("2")},
            {QStringLiteral("dns//resolver"), QStringLiteral("192.0.2.53")},
            {QStringLiteral("caa/issuer_domain"), QString()}, // back to a default nobody chose
            {QStringLiteral("hsm/key_label"), QString()},
            {QStringLiteral("issuance/precertificates"), QStringLiteral("no")},
            {QStringLiteral("perspectives/timeout_ms"), QStringLiteral("5")},
            {QStringLiteral("registry/whois_port"), QStringLiteral("70000")},
            {QStringLiteral("mail/relay"), QStringLiteral("relay.example:25\nX-Injected: 1")},
        };
        const qint64 changes =
            production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'setting.changed'"));
        for (const auto& [key, value] : refused) {
            const domain::Status byAdministrator = settings.change(admin, key, value);
            QVERIFY2(!byAdministrator, qPrintable(key + QLatin1Char('=') + value));
            QCOMPARE(byAdministrator.error().code, QStringLiteral("settings.invalid"));
            // The software's own paths (the CA set-up, the lab, the upgrade) check the same.
            QCOMPARE(production.workspace().changeSettings(QStringLiteral("system"), {{key, value}}).error().code,
                     QStringLiteral("settings.invalid"));
        }
        QCOMPARE(
            production.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'setting.changed'")),
            changes);
        QVERIFY(settings.change(admin, QStringLiteral("perspectives/tokyo-1/rir"), QStringLiteral("apnic")));
        QVERIFY(settings.change(admin, QStringLiteral("security/lockout_threshold"), QStringLiteral("3")));
    }

    void anotherDesksChangeIsInForceWithoutReopening() {
        test::TestWorkspace production;
        const domain::User admin = production.addUser(QStringLiteral("mori"), domain::Role::Administrator);
        auto otherDesk = app::Workspace::open(production.directory(), production.clock());
        QVERIFY(otherDesk);
        QCOMPARE((*otherDesk)->settings().lockoutThreshold, 5);
        QVERIFY(app::SettingsService(production.workspace())
                    .change(admin, QStringLiteral("security/lockout_threshold"), QStringLiteral("3")));
        QVERIFY(app::SettingsService(production.workspace())
                    .change(admin, QStringLiteral("caa/issuer_domain"), QStringLiteral("ca.example")));
        QCOMPARE((*otherDesk)->settings().lockoutThreshold, 3);
        QCOMPARE((*otherDesk)->settings().caaIssuerDomain, QStringLiteral("ca.example"));
    }

    void aNewWorkspaceDoesNotTakeSettingsPlantedInItsFolder() {
        const QString folder = m_dir.filePath(QStringLiteral("planted"));
        QDir().mkpath(folder);
        {
            QSettings ini(iniPath(folder), QSettings::IniFormat);
            ini.setValue(QStringLiteral("dns/resolver"), QStringLiteral("198.51.100.66"));
            ini.setValue(QStringLiteral("workflow/required_approvals"), 1);
            ini.setValue(QStringLiteral("workstation/name"), QStringLiteral("desk-7"));
        }
        domain::FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        auto created = app::Workspace::create(folder, clock);
        QVERIFY(created);
        QVERIFY((*created)->mpicSettings().primary.forwarder.isEmpty());
        QVERIFY(!(*created)->settingsLedger().current()->contains(QStringLiteral("dns/resolver")));
        QCOMPARE((*created)->settings().workstationName, QStringLiteral("desk-7")); // the desk's own stays
    }

    void aRemovedMarkDoesNotMakeTheWorkspaceTakeItsIniAgain() {
        // The log rebuilt without the mark (its checkpoints dropped with it, which only the CA's
        // public audit key would show): the recorded changes still say the chain holds the
        // settings, so a value planted in the ini is an edit, not an upgrade.
        test::TestWorkspace production;
        const QString folder = copied(production, QStringLiteral("unmarked"));
        QVERIFY(test::outsideRebuildLogWithout(QDir(folder).filePath(QStringLiteral("ra.sqlite")),
                                               QStringLiteral("setting.recording_began")));
        {
            QSettings ini(iniPath(folder), QSettings::IniFormat);
            ini.setValue(QStringLiteral("dns/resolver"), QStringLiteral("198.51.100.66"));
        }
        auto opened = app::Workspace::open(folder, production.clock());
        QVERIFY(opened);
        QVERIFY((*opened)->mpicSettings().primary.forwarder.isEmpty());
        QCOMPARE(newest(**opened, domain::audit_event::ActionRefused).value(QStringLiteral("code")).toString(),
                 QStringLiteral("settings.edited-outside"));
    }

    void aWorkspaceFromBeforeTakesItsIniOnceAsFound() {
        // A workspace of a version before this one: no recorded settings, all of them in the ini.
        test::TestWorkspace production;
        const QString folder = copied(production, QStringLiteral("legacy"));
        QVERIFY(!folder.isEmpty());
        QVERIFY(test::outsideRebuildLogWithout(QDir(folder).filePath(QStringLiteral("ra.sqlite")),
                                               QStringLiteral("setting.%")));
        {
            QSettings ini(iniPath(folder), QSettings::IniFormat);
            ini.setValue(QStringLiteral("dns/resolver"), QStringLiteral("192.0.2.53"));
            ini.setValue(QStringLiteral("workflow/required_approvals"), 3);
            ini.setValue(QStringLiteral("caa/issuer_domain"), QStringLiteral("ca.example"));
        }
        {
            auto opened = app::Workspace::open(folder, production.clock());
            QVERIFY(opened);
            QCOMPARE((*opened)->settings().requiredApprovals, 3);
            QCOMPARE((*opened)->settings().caaIssuerDomain, QStringLiteral("ca.example"));
            QCOMPARE((*opened)->mpicSettings().primary.forwarder, QStringLiteral("192.0.2.53"));
            const auto recorded = (*opened)->settingsLedger().current();
            QCOMPARE(recorded->value(QStringLiteral("dns/resolver")).actor, QStringLiteral("system"));
            QVERIFY((*opened)->settingsLedger().recordingBegan().value_or(false));
            QVERIFY(chainIntact(**opened));
        }
        QSettings ini(iniPath(folder), QSettings::IniFormat);
        QVERIFY(!ini.contains(QStringLiteral("dns/resolver")));
        // Once: a value written afterwards is an edit, not an upgrade.
        ini.setValue(QStringLiteral("workflow/required_approvals"), 1);
        ini.sync();
        auto opened = app::Workspace::open(folder, production.clock());
        QVERIFY(opened);
        QCOMPARE((*opened)->settings().requiredApprovals, 3);
        QCOMPARE(newest(**opened, domain::audit_event::ActionRefused).value(QStringLiteral("key")).toString(),
                 QStringLiteral("workflow/required_approvals"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsAttacks)
#include "TestSettingsAttacks.moc"
