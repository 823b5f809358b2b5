// SPDX-License-Identifier: Apache-2.0
// ra-cli end to end, as a separate process: the demo workspace (SoftHSM2 token included), intake
// with secrets read from stdin, the JSON contract, exit codes, and audit verification catching
// tampering done with the sqlite3 library from outside.
#include "app/DemoWorkspace.h"
#include "domain/SecuritySettings.h"
#include "tests/support/ProcessRun.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = ra::test::ProcessRun;

Run cli(const QStringList& arguments, const QByteArray& input = {}) {
    return ra::test::runProcess(QStringLiteral(RA_CLI_PATH), arguments, input);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QJsonArray m_users;
    // A TOTP code is good once: each authenticated command runs one step later (--at) than the last.
    QDateTime m_nextStep = QDateTime::currentDateTimeUtc().addSecs(3600);

    QJsonObject demoUser(const QString& name) const {
        for (const QJsonValue& user : m_users) {
            if (user[QStringLiteral("user")].toString() == name) {
                return user.toObject();
            }
        }
        return {};
    }

    struct Login {
        QStringList arguments; // --as USER --at TIME
        QByteArray input;      // the lines ra-cli reads: password, then the TOTP code of TIME
    };

    Login as(const QString& name) {
        m_nextStep = m_nextStep.addSecs(30);
        const QString at = m_nextStep.toString(Qt::ISODate);
        const QJsonObject user = demoUser(name);
        const Run code = cli({QStringLiteral("totp"), QStringLiteral("code"), QStringLiteral("--at"), at,
                              QStringLiteral("--secret"), user[QStringLiteral("totp_secret")].toString()});
        return {{QStringLiteral("--as"), name, QStringLiteral("--at"), at},
                user[QStringLiteral("password")].toString().toUtf8() + '\n' + code.out.trimmed() + '\n'};
    }

    Run cliAs(const QString& name, const QStringList& arguments, const QByteArray& extraInput = {}) {
        const Login login = as(name);
        return cli(in(login.arguments + arguments), login.input + extraInput);
    }

    QStringList in(const QStringList& arguments) const {
        return QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--json")} + arguments;
    }

private slots:
    void initTestCase() {
        m_workspace = m_dir.filePath(QStringLiteral("demo"));
        const Run run = cli({QStringLiteral("workspace"), QStringLiteral("init"), m_workspace, QStringLiteral("--demo"),
                             QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile credentials(QDir(m_workspace).filePath(QStringLiteral("demo-credentials.json")));
        QVERIFY(credentials.open(QIODevice::ReadOnly));
        m_users = QJsonDocument::fromJson(credentials.readAll())[QStringLiteral("users")].toArray();
    }

    void demoHasEveryRoleAndTwoCustodiansWithShares() {
        QSet<QString> roles;
        int custodians = 0;
        for (const QJsonValue& user : m_users) {
            roles.insert(user[QStringLiteral("role")].toString());
            if (user[QStringLiteral("key_custodian")].toBool()) {
                ++custodians;
                QVERIFY(user[QStringLiteral("pin_share")].toString().contains(QLatin1Char('-')));
            }
            QVERIFY(!user[QStringLiteral("password")].toString().isEmpty());
        }
        QCOMPARE(roles, QSet<QString>({QStringLiteral("officer"), QStringLiteral("supervisor"),
                                       QStringLiteral("auditor"), QStringLiteral("administrator")}));
        QVERIFY(custodians >= 2);
        QCOMPARE(demoUser(QStringLiteral("sato"))[QStringLiteral("totp_secret")].toString().size(), 32);
    }

    // The demo validates its application against a lab of its own (issue 11): nothing of that lab
    // stays behind — no folder, no process, and no resolver or perspective in the settings for the
    // real lab. Settings that decide trust are recorded in the chain, never in workspace.ini.
    void demoLeavesNoSetUpLabBehind() {
        QVERIFY(!QFileInfo::exists(QDir(m_workspace).filePath(QStringLiteral("lab-setup"))));
        QSettings ini(QDir(m_workspace).filePath(QStringLiteral("workspace.ini")), QSettings::IniFormat);
        for (const QString& key : ini.allKeys()) {
            QVERIFY2(!ra::domain::isSecuritySetting(key), qPrintable(key));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("settings-reader"));
        db.setDatabaseName(QDir(m_workspace).filePath(QStringLiteral("ra.sqlite")));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT details FROM audit_log WHERE event_type = 'setting.changed'")));
            int recorded = 0;
            while (query.next()) {
                const QString key =
                    QJsonDocument::fromJson(query.value(0).toByteArray())[QStringLiteral("key")].toString();
                QVERIFY2(!key.startsWith(QLatin1String("perspectives/")) && !key.startsWith(QLatin1String("dns/")),
                         qPrintable(key));
                ++recorded;
            }
            QVERIFY(recorded > 0); // the defaults and the demo token, at least
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("settings-reader"));
    }

    void demoTokenHoldsTheCaKey() {
        QProcess tool;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SOFTHSM2_CONF"),
                           QDir(m_workspace).filePath(QStringLiteral("softhsm/softhsm2.conf")));
        tool.setProcessEnvironment(environment);
        tool.start(QStringLiteral("pkcs11-tool"),
                   {QStringLiteral("--module"), QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"),
                    QStringLiteral("--token-label"), QStringLiteral("RA Demo CA"), QStringLiteral("--list-objects")});
        QVERIFY(tool.waitForFinished(60000));
        const QByteArray listing = tool.readAllStandardOutput();
        for (const char* label : {"ra-ca-key", "ra-root-key", "ra-ocsp-key", "ra-audit-key"}) {
            QVERIFY2(listing.contains(label), listing.constData());
        }
        QVERIFY(listing.contains("Public Key Object; RSA 2048"));
    }

    void appListShowsTheSamples() {
        const Run run = cliAs(QStringLiteral("ito"), {QStringLiteral("app"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = run.json().array();
        QCOMPARE(rows.size(), 6);
        QSet<QString> states;
        for (const QJsonValue& row : rows) {
            states.insert(row[QStringLiteral("state")].toString());
        }
        QVERIFY(states.contains(QStringLiteral("received")));
        QVERIFY(states.contains(QStringLiteral("in_review")));
        QVERIFY(states.contains(QStringLiteral("returned")));
    }

    void appShowGivesTheWholeRecord() {
        const Run run =
            cliAs(QStringLiteral("ito"), {QStringLiteral("app"), QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject application = run.json().object();
        QVERIFY(application.contains(QStringLiteral("csr")));
        QVERIFY(application[QStringLiteral("checklist")].toArray().size() >= 15);
        QCOMPARE(cliAs(QStringLiteral("ito"), {QStringLiteral("app"), QStringLiteral("show"), QStringLiteral("999")})
                     .exitCode,
                 2);
    }

    void importNeedsAnAuthenticatedOfficer() {
        QTemporaryDir packages;
        const QStringList extracted = ra::app::DemoWorkspace::extractSamplePackages(packages.path());
        QString package;
        for (const QString& path : extracted) {
            if (path.endsWith(QStringLiteral("example-shop"))) {
                package = path;
            }
        }
        // Change the reference so it is a new application.
        QFile manifest(QDir(package).filePath(QStringLiteral("application.json")));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QByteArray json = manifest.readAll().replace("APP-2026-1043", "APP-2026-2001");
        manifest.close();
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(json);
        manifest.close();

        QCOMPARE(cli(in({QStringLiteral("import"), package})).exitCode, 2); // no --as
        const Run wrong =
            cli(in(as(QStringLiteral("tanaka")).arguments + QStringList{QStringLiteral("import"), package}),
                "not-the-password\n000000\n");
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("auth.failed"));
        const Run imported = cliAs(QStringLiteral("tanaka"), {QStringLiteral("import"), package});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json()[QStringLiteral("reference")].toString(), QStringLiteral("APP-2026-2001"));
        // The same package again is a duplicate; the error names it.
        const Run again = cliAs(QStringLiteral("suzuki"), {QStringLiteral("import"), package});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("package.duplicate"));
    }

    // `ra-cli user enrol NAME` as its holder runs it: the code's parts, a password twice, then a
    // code from the authenticator set up with the secret the command shows.
    Run enrol(const QString& name, const QString& code, const QString& password) {
        m_nextStep = m_nextStep.addSecs(30);
        const QString at = m_nextStep.toString(Qt::ISODate);
        QProcess process;
        process.setReadChannel(QProcess::StandardError); // where the secret is shown, with the prompts
        process.start(QStringLiteral(RA_CLI_PATH),
                      in({QStringLiteral("--at"), at, QStringLiteral("user"), QStringLiteral("enrol"), name}));
        process.write(code.toLatin1() + '\n' + password.toUtf8() + '\n' + password.toUtf8() + '\n');
        QByteArray shown;
        while (!shown.contains("otpauth://") && process.waitForReadyRead(10000)) {
            shown += process.readAllStandardError();
        }
        const QRegularExpression secretPattern(QStringLiteral("secret=([A-Z2-7]+)"));
        const QString secret = secretPattern.match(QString::fromLatin1(shown)).captured(1);
        const Run totp = cli({QStringLiteral("totp"), QStringLiteral("code"), QStringLiteral("--at"), at,
                              QStringLiteral("--secret"), secret});
        process.write(totp.out.trimmed() + '\n');
        process.closeWriteChannel();
        process.waitForFinished(30000);
        Run run{process.exitCode(), process.readAllStandardOutput(), shown + process.readAllStandardError()};
        if (run.exitCode == 0) {
            m_users.append(QJsonObject{{QStringLiteral("user"), name},
                                       {QStringLiteral("password"), password},
                                       {QStringLiteral("totp_secret"), secret}});
        }
        return run;
    }

    void userCommands_R_ROLE_1_R_ROLE_4() {
        const Run list = cliAs(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), m_users.size());
        // An administrator adds a supervisor: they get a code, not a password or a TOTP secret.
        const Run added =
            cliAs(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("kimura"),
                                            QStringLiteral("--role"), QStringLiteral("supervisor")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(!added.json().object().contains(QStringLiteral("totp_secret")));
        QCOMPARE(added.json()[QStringLiteral("awaiting_confirmation")].toBool(), true);
        const QString firstPart = added.json()[QStringLiteral("enrolment_code")].toString();
        QCOMPARE(firstPart.size(), 19);
        // The same administrator cannot confirm it; a second one can, and gives the other part.
        const Run self = cliAs(QStringLiteral("admin"),
                               {QStringLiteral("user"), QStringLiteral("confirm"), QStringLiteral("kimura")});
        QCOMPARE(self.exitCode, 2);
        QVERIFY(self.err.contains("sod.same-administrator"));
        const Run confirmed = cliAs(QStringLiteral("kobayashi"),
                                    {QStringLiteral("user"), QStringLiteral("confirm"), QStringLiteral("kimura")});
        QVERIFY2(confirmed.exitCode == 0, confirmed.err.constData());
        const QString secondPart = confirmed.json()[QStringLiteral("enrolment_code")].toString();
        // kimura enrols with both parts and signs in with what she chose.
        const Run enrolled = enrol(QStringLiteral("kimura"), firstPart + QLatin1Char(' ') + secondPart,
                                   QStringLiteral("kimura-long-password"));
        QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
        QVERIFY(!enrolled.out.contains("otpauth")); // the secret went to her terminal, not the output
        const Run again = enrol(QStringLiteral("kimura"), firstPart + QLatin1Char(' ') + secondPart,
                                QStringLiteral("kimura-long-password"));
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains("auth.enrolment-code"));
        // She changes her password.
        const Run changed = cliAs(QStringLiteral("kimura"), {QStringLiteral("user"), QStringLiteral("password")},
                                  "kimura-second-password\nkimura-second-password\n");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        for (int i = 0; i < m_users.size(); ++i) {
            if (m_users[i][QStringLiteral("user")].toString() == QLatin1String("kimura")) {
                QJsonObject user = m_users[i].toObject();
                user[QStringLiteral("password")] = QStringLiteral("kimura-second-password");
                m_users[i] = user;
            }
        }
        // A supervisor signs in with the new password, and may not list the accounts (issue 12 item 11).
        const Run listed = cliAs(QStringLiteral("kimura"), {QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY2(listed.err.contains("role.not-allowed"), listed.err.constData());

        const Run refused = cliAs(QStringLiteral("tanaka"),
                                  {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("suzuki")});
        QCOMPARE(refused.exitCode, 2);
        const Run reset =
            cliAs(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("kimura")});
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        QCOMPARE(reset.json()[QStringLiteral("awaiting_confirmation")].toBool(), true);
        const Run disabled = cliAs(QStringLiteral("admin"),
                                   {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("kimura")});
        QCOMPARE(disabled.exitCode, 0);
    }

    void auditVerifyAndExport() {
        // Integrity only, no content: no sign-in (a damaged log could not record one).
        const Run ok = cli(in({QStringLiteral("audit"), QStringLiteral("verify")}));
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.json()[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        const QString exportPath = m_dir.filePath(QStringLiteral("audit.jsonl"));
        QCOMPARE(cliAs(QStringLiteral("ito"),
                       {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), exportPath})
                     .exitCode,
                 0);
        // R-AUD-2: offline, with the CA's public audit key as the HSM gives it.
        const Run key = cli(in({QStringLiteral("audit"), QStringLiteral("key")}));
        QCOMPARE(key.exitCode, 0);
        const QString keyPath = m_dir.filePath(QStringLiteral("audit-key.pem"));
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(key.json()[QStringLiteral("audit_key_pem")].toString().toLatin1());
        keyFile.close();
        QVERIFY(keyFile.size() > 0);
        const Run offline = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--export"), exportPath, QStringLiteral("--audit-key"), keyPath});
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(offline.json()[QStringLiteral("checkpoints_checked")].toBool(), true);
        const Run withoutKey =
            cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--export"), exportPath});
        QCOMPARE(withoutKey.exitCode, 0);
        QVERIFY(withoutKey.out.contains("No signed checkpoint was checked"));
    }

    void auditVerifyNamesTamperingDoneOutsideTheApplication() {
        const QString copy = m_dir.filePath(QStringLiteral("tampered"));
        QVERIFY(QDir().mkpath(copy));
        for (const QString& name : {QStringLiteral("ra.sqlite"), QStringLiteral("ra.sqlite-wal"),
                                    QStringLiteral("ra.sqlite-shm"), QStringLiteral("workspace.ini")}) {
            QFile::copy(QDir(m_workspace).filePath(name), QDir(copy).filePath(name));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("attacker"));
            db.setDatabaseName(QDir(copy).filePath(QStringLiteral("ra.sqlite")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_delete")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("attacker"));
        // No sign-in: on a damaged log a sign-in could not even be recorded.
        const Run run = cli({QStringLiteral("--workspace"), copy, QStringLiteral("--json"), QStringLiteral("audit"),
                             QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 1, run.err.constData());
        QCOMPARE(run.json()[QStringLiteral("status")].toString(), QStringLiteral("tail_deleted"));
        QVERIFY(run.json()[QStringLiteral("first_bad_seq")].toInteger() > 0);
    }

    void csrCheckReportsEveryRuleWithItsCitation_R_CSR_1_to_4() {
        QTemporaryDir packages;
        const QStringList extracted = ra::app::DemoWorkspace::extractSamplePackages(packages.path());
        const QString good = QDir(extracted.value(4)).filePath(QStringLiteral("request.csr")); // sample-kk
        const Run passed = cli(in({QStringLiteral("csr"), QStringLiteral("check"), good}));
        QVERIFY2(passed.exitCode == 0, passed.out.constData());
        const QJsonObject report = passed.json().object();
        QVERIFY(report[QStringLiteral("ok")].toBool());
        QVERIFY(report[QStringLiteral("key")].toArray().size() >= 9);
        for (const QJsonValue& check : report[QStringLiteral("key")].toArray()) {
            QVERIFY(!check[QStringLiteral("citation")].toString().isEmpty());
            QVERIFY(check[QStringLiteral("requirement")].toString().startsWith(QStringLiteral("R-CSR-")));
        }
        QCOMPARE(report[QStringLiteral("names")].toArray().size(), 2);

        const QString forged = QDir(extracted.value(0)).filePath(QStringLiteral("request.csr")); // broken-signature
        QCOMPARE(cli(in({QStringLiteral("csr"), QStringLiteral("check"), forged})).exitCode, 1);
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.csr"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n");
        file.close();
        const Run unreadable = cli(in({QStringLiteral("csr"), QStringLiteral("check"), garbage}));
        QCOMPARE(unreadable.exitCode, 2);
        QVERIFY(unreadable.err.contains("csr.unreadable"));

        // Once its key is on the compromised list, the same CSR fails (R-CSR-3).
        const QString list = m_dir.filePath(QStringLiteral("compromised.txt"));
        QFile listFile(list);
        QVERIFY(listFile.open(QIODevice::WriteOnly));
        listFile.write(report[QStringLiteral("csr")][QStringLiteral("public_key_sha256")].toString().toLatin1() + "\n");
        listFile.close();
        const Run refused =
            cliAs(QStringLiteral("tanaka"), {QStringLiteral("blocklist"), QStringLiteral("import"), list,
                                             QStringLiteral("--format"), QStringLiteral("spki-sha256")});
        QCOMPARE(refused.exitCode, 2); // officers do not manage the blocklist
        const Run imported =
            cliAs(QStringLiteral("admin"), {QStringLiteral("blocklist"), QStringLiteral("import"), list,
                                            QStringLiteral("--format"), QStringLiteral("spki-sha256")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json()[QStringLiteral("new")].toInt(), 1);
        QCOMPARE(cli(in({QStringLiteral("csr"), QStringLiteral("check"), good})).exitCode, 1);
    }

    void lintFollowsTheContract_R_ISS_2() {
        const Run list = cli({QStringLiteral("lint"), QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray lints = list.json().array();
        QVERIFY(lints.size() >= 60);
        for (const char* key : {"id", "aliases", "severity", "effective", "citation"}) {
            QVERIFY2(lints.first().toObject().contains(QString::fromLatin1(key)), key);
        }

        // A non-CA certificate made by another tool, far from the profile: error findings, exit 1.
        const QString certificate = m_dir.filePath(QStringLiteral("self-signed.pem"));
        const QString request = m_dir.filePath(QStringLiteral("self-signed.csr"));
        const QString key = m_dir.filePath(QStringLiteral("k.pem"));
        const QList<QStringList> steps{
            {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-subj"),
             QStringLiteral("/C=US/OU=Web/CN=www.example.com"), QStringLiteral("-out"), request},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request, QStringLiteral("-signkey"),
             key, QStringLiteral("-days"), QStringLiteral("900"), QStringLiteral("-out"), certificate}};
        for (const QStringList& arguments : steps) {
            QProcess openssl;
            openssl.start(QStringLiteral("openssl"), arguments);
            QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        }
        const Run linted = cli({QStringLiteral("lint"), certificate, QStringLiteral("--json")});
        QCOMPARE(linted.exitCode, 1);
        QSet<QString> errors;
        for (const QJsonValue& finding : linted.json().array()) {
            for (const char* field : {"id", "aliases", "status", "message", "citation"}) {
                QVERIFY(finding.toObject().contains(QString::fromLatin1(field)));
            }
            if (finding[QStringLiteral("status")].toString() == QLatin1String("error")) {
                errors.insert(finding[QStringLiteral("id")].toString());
            }
        }
        for (const char* expected :
             {"cp_subject_country_jp", "cp_subject_ou_prohibited", "br_validity_limit", "br_san_present"}) {
            QVERIFY2(errors.contains(QString::fromLatin1(expected)), expected);
        }
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.crt"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate");
        file.close();
        QCOMPARE(cli({QStringLiteral("lint"), garbage}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("lint"), certificate, QStringLiteral("--profile"), QStringLiteral("nonsense")})
                     .exitCode,
                 2);
        // With the OCSP responder profile, the TLS server rules do not apply and the responder's do.
        const Run asResponder = cli({QStringLiteral("lint"), certificate, QStringLiteral("--profile"),
                                     QStringLiteral("ocsp-responder"), QStringLiteral("--json")});
        QCOMPARE(asResponder.exitCode, 1);
        QSet<QString> responderErrors;
        for (const QJsonValue& finding : asResponder.json().array()) {
            if (finding[QStringLiteral("status")].toString() == QLatin1String("error")) {
                responderErrors.insert(finding[QStringLiteral("id")].toString());
            }
        }
        QVERIFY(responderErrors.contains(QStringLiteral("cp_ocsp_no_check")));
        QVERIFY(!responderErrors.contains(QStringLiteral("cp_subject_ou_prohibited")));
    }

    void caActivationCeremonyFromStdin_R_HSM_2() {
        // For each custodian in turn: user name, password, one-time code, PIN share (DESIGN.md),
        // all valid at the one moment the command runs.
        const auto ceremony = [&](const QStringList& custodians) {
            m_nextStep = m_nextStep.addSecs(60);
            const QString at = m_nextStep.toString(Qt::ISODate);
            QByteArray input;
            for (const QString& name : custodians) {
                const QJsonObject user = demoUser(name);
                const Run code = cli({QStringLiteral("totp"), QStringLiteral("code"), QStringLiteral("--at"), at,
                                      QStringLiteral("--secret"), user[QStringLiteral("totp_secret")].toString()});
                input += name.toUtf8() + '\n' + user[QStringLiteral("password")].toString().toUtf8() + '\n' +
                         code.out.trimmed() + '\n' + user[QStringLiteral("pin_share")].toString().toUtf8() + '\n';
            }
            return cli(in({QStringLiteral("--at"), at, QStringLiteral("ca"), QStringLiteral("activate")}), input);
        };
        const Run activated = ceremony({QStringLiteral("sato"), QStringLiteral("tanaka")});
        QVERIFY2(activated.exitCode == 0, activated.err.constData());
        QVERIFY(activated.json()[QStringLiteral("test_signature_verified")].toBool());

        const Run refused = ceremony({QStringLiteral("yamada"), QStringLiteral("yamada")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("ca.same-custodian"));
    }

    // R-ORG-5 (CLI parity): a call-back recorded from a JSON file decides authority.callback; the
    // applicant's own number is refused with exit code 2 and nothing stored.
    void authorityCallback_R_ORG_5() {
        const Run sources = cliAs(QStringLiteral("ito"), {QStringLiteral("rds"), QStringLiteral("list")});
        qint64 directory = 0;
        for (const QJsonValue& source : QJsonDocument::fromJson(sources.out).array()) {
            if (source[QStringLiteral("kind")].toString() == QLatin1String("other")) {
                directory = source[QStringLiteral("id")].toInteger();
            }
        }
        QVERIFY(directory > 0);
        const auto write = [&](const QString& contact) {
            const QString path = m_dir.filePath(QStringLiteral("callback.json"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                return QString();
            }
            file.write(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("channel"), QStringLiteral("telephone")},
                                {QStringLiteral("contact"), contact},
                                {QStringLiteral("data_source_id"), directory},
                                {QStringLiteral("source_reference"), QStringLiteral("Osaka office listing")},
                                {QStringLiteral("person_reached"), QStringLiteral("Ito Keiko")},
                                {QStringLiteral("reached_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                {QStringLiteral("outcome"), QStringLiteral("confirmed")}})
                    .toJson());
            return path;
        };
        const Run own = cliAs(QStringLiteral("tanaka"), {QStringLiteral("authority"), QStringLiteral("callback"),
                                                         QStringLiteral("2"), write(QStringLiteral("06-2345-6789"))});
        QCOMPARE(own.exitCode, 2);
        QVERIFY2(own.err.contains("callback.applicant-contact"), own.err.constData());
        const Run recorded =
            cliAs(QStringLiteral("tanaka"), {QStringLiteral("authority"), QStringLiteral("callback"),
                                             QStringLiteral("2"), write(QStringLiteral("06-6000-1234"))});
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
        QCOMPARE(QJsonDocument::fromJson(recorded.out)[QStringLiteral("outcome")].toString(),
                 QStringLiteral("confirmed"));
        const QJsonArray listed =
            QJsonDocument::fromJson(
                cliAs(QStringLiteral("ito"), {QStringLiteral("authority"), QStringLiteral("list"), QStringLiteral("2")})
                    .out)
                .array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0)[QStringLiteral("contact")].toString(), QStringLiteral("06-6000-1234"));
        const QJsonObject shown =
            QJsonDocument::fromJson(
                cliAs(QStringLiteral("ito"), {QStringLiteral("app"), QStringLiteral("show"), QStringLiteral("2")}).out)
                .object();
        bool passed = false;
        for (const QJsonValue& item : shown[QStringLiteral("checklist")].toArray()) {
            passed = passed || (item[QStringLiteral("code")].toString() == QLatin1String("authority.callback") &&
                                item[QStringLiteral("status")].toString() == QLatin1String("passed"));
        }
        QVERIFY(passed);
    }

    // R-ORG-1 with a site visit, entered from a file: values other than the claims are refused;
    // the record decides the org.* items and keeps the document it relies on.
    void officerRecordsASiteVisit_R_ORG_1() {
        const QJsonObject shown =
            QJsonDocument::fromJson(
                cliAs(QStringLiteral("ito"), {QStringLiteral("app"), QStringLiteral("show"), QStringLiteral("2")}).out)
                .object();
        const qint64 photo = shown[QStringLiteral("documents")].toArray().at(0)[QStringLiteral("id")].toInteger();
        QVERIFY(photo > 0);
        const auto write = [&](const QString& legalName) {
            const QString path = m_dir.filePath(QStringLiteral("evidence.json"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                return QString();
            }
            file.write(QJsonDocument(
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("site-visit")},
                                       {QStringLiteral("reference"), QStringLiteral("Visit report SV-0142")},
                                       {QStringLiteral("obtained_at"),
                                        QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
                                       {QStringLiteral("confirms"), QStringLiteral("name+address+country")},
                                       {QStringLiteral("verified"),
                                        QJsonObject{{QStringLiteral("legal_name"), legalName},
                                                    {QStringLiteral("state_or_province"), QStringLiteral("Osaka")},
                                                    {QStringLiteral("locality"), QStringLiteral("Kita-ku")},
                                                    {QStringLiteral("street_address"), QStringLiteral("2-4-9 Umeda")},
                                                    {QStringLiteral("country"), QStringLiteral("JP")}}},
                                       {QStringLiteral("documents"), QJsonArray{photo}}})
                           .toJson());
            return path;
        };
        const Run inspected =
            cliAs(QStringLiteral("tanaka"), {QStringLiteral("doc"), QStringLiteral("inspect"), QStringLiteral("2"),
                                             QString::number(photo), QStringLiteral("all")});
        QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
        const QStringList record{QStringLiteral("org"), QStringLiteral("record"), QStringLiteral("2")};
        const Run other = cliAs(QStringLiteral("tanaka"), record + QStringList{write(QStringLiteral("Other KK"))});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("evidence.differs"), other.err.constData());
        const Run recorded = cliAs(QStringLiteral("tanaka"), record + QStringList{write(QStringLiteral("Example KK"))});
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
        QCOMPARE(QJsonDocument::fromJson(recorded.out)[QStringLiteral("confirms")].toString(),
                 QStringLiteral("name+address+country"));
        const QJsonArray listed =
            QJsonDocument::fromJson(
                cliAs(QStringLiteral("ito"), {QStringLiteral("org"), QStringLiteral("evidence"), QStringLiteral("2")})
                    .out)
                .array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0)[QStringLiteral("source")].toString(), QStringLiteral("site-visit"));
        QCOMPARE(listed.at(0)[QStringLiteral("documents")].toArray(), QJsonArray{photo});
    }

    // Issue 11 item 9: the dossier PDF of the approved demo application, written with Qt's own PDF
    // writer; pdftotext (poppler-utils) reads the corporate number the registry confirmed, the
    // evidence's hash and the audit trail back. An officer is refused.
    void dossierPdf() {
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        const Run refused = cliAs(QStringLiteral("tanaka"), {QStringLiteral("app"), QStringLiteral("dossier"),
                                                             QStringLiteral("5"), QStringLiteral("--out"), pdf});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(!QFile::exists(pdf));
        const Run written = cliAs(QStringLiteral("sato"), {QStringLiteral("app"), QStringLiteral("dossier"),
                                                           QStringLiteral("5"), QStringLiteral("--out"), pdf});
        QVERIFY2(written.exitCode == 0, written.err.constData());
        const Run text = ra::test::runProcess(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, {});
        QCOMPARE(text.exitCode, 0);
        const QString body = QString::fromUtf8(text.out);
        QVERIFY2(body.contains(QStringLiteral("4011001099901")), qPrintable(body.left(2000)));
        QVERIFY(body.contains(QStringLiteral("APP-2026")));
        QVERIFY(body.contains(QStringLiteral("authority.callback")));
        QVERIFY2(body.contains(QStringLiteral("check.recorded")), qPrintable(body.right(3000)));
        const Run audit = cliAs(QStringLiteral("ito"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(audit.exitCode, 0);
    }

    // CLI parity for the manual item (the additional verification of a high-risk application): a
    // decision needs what it rests on, and is taken only where it answers a high-risk flag; the
    // items decided by evidence records (org.dba since R-ORG-2's evidence kinds) cannot be ticked;
    // each refusal is audited.
    void manualCheckNeedsItsReason_R_APR_1() {
        const auto check = [&](const QString& code, const QStringList& rest) {
            return cliAs(QStringLiteral("tanaka"),
                         QStringList{QStringLiteral("app"), QStringLiteral("check"), QStringLiteral("2"), code} + rest);
        };
        const Run bare = check(QStringLiteral("risk.additional-verification"), {QStringLiteral("passed")});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY(bare.err.contains("check.no-note"));
        const Run notHighRisk = check(QStringLiteral("risk.additional-verification"),
                                      {QStringLiteral("passed"), QStringLiteral("--reason"), QStringLiteral("called")});
        QCOMPARE(notHighRisk.exitCode, 2);
        QVERIFY2(notHighRisk.err.contains("check.not-high-risk"), notHighRisk.err.constData());
        for (const QString& code : {QStringLiteral("doc.inspected"), QStringLiteral("org.dba")}) {
            const Run ticked =
                check(code, {QStringLiteral("passed"), QStringLiteral("--reason"), QStringLiteral("looked fine")});
            QCOMPARE(ticked.exitCode, 2);
            QVERIFY2(ticked.err.contains("check.automatic"), ticked.err.constData());
        }
        const QJsonObject shown =
            QJsonDocument::fromJson(
                cliAs(QStringLiteral("ito"), {QStringLiteral("app"), QStringLiteral("show"), QStringLiteral("2")}).out)
                .object();
        for (const QJsonValue& item : shown[QStringLiteral("checklist")].toArray()) {
            if (item[QStringLiteral("code")].toString() == QLatin1String("org.dba")) {
                QCOMPARE(item[QStringLiteral("status")].toString(), QStringLiteral("pending"));
            }
        }
    }

    void readsNeedASignedInUserWhoseRoleAllowsThem_issue12_item11() {
        // Without --as, nothing of the workspace is read.
        for (const QStringList& read :
             {QStringList{QStringLiteral("app"), QStringLiteral("list")},
              QStringList{QStringLiteral("app"), QStringLiteral("show"), QStringLiteral("1")},
              QStringList{QStringLiteral("cert"), QStringLiteral("list")},
              QStringList{QStringLiteral("doc"), QStringLiteral("list"), QStringLiteral("1")},
              QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("anonymous.jsonl"))},
              QStringList{QStringLiteral("user"), QStringLiteral("list")},
              QStringList{QStringLiteral("authority"), QStringLiteral("list"), QStringLiteral("1")},
              QStringList{QStringLiteral("rds"), QStringLiteral("list")},
              QStringList{QStringLiteral("risk"), QStringLiteral("names"), QStringLiteral("list")},
              QStringList{QStringLiteral("risk"), QStringLiteral("check"), QStringLiteral("1")},
              QStringList{QStringLiteral("org"), QStringLiteral("evidence"), QStringLiteral("1")},
              QStringList{QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("01")}}) {
            const Run anonymous = cli(in(read));
            QVERIFY2(anonymous.exitCode == 2, qPrintable(read.join(QLatin1Char(' '))));
            QVERIFY2(anonymous.err.contains("--as"), anonymous.err.constData());
        }
        // Signed in, the role decides as in the GUI, and each refusal is audited.
        const auto refusedAs = [this](const QString& name, const QStringList& arguments, const QString& what) {
            const Run refused = cliAs(name, arguments);
            QVERIFY2(refused.exitCode == 2, refused.err.constData());
            QVERIFY2(refused.err.contains("role.not-allowed"), refused.err.constData());
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.jsonl"))));
            QVERIFY(refused.err.contains(what.toUtf8()));
        };
        refusedAs(QStringLiteral("tanaka"), {QStringLiteral("user"), QStringLiteral("list")},
                  QStringLiteral("user list"));
        // Supervisors read the log but only auditors export it.
        refusedAs(QStringLiteral("sato"),
                  {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                   m_dir.filePath(QStringLiteral("refused.jsonl"))},
                  QStringLiteral("audit export"));
        const Run log =
            cliAs(QStringLiteral("ito"), {QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                                          m_dir.filePath(QStringLiteral("log.jsonl"))});
        QCOMPARE(log.exitCode, 0);
        QFile exported(m_dir.filePath(QStringLiteral("log.jsonl")));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray lines = exported.readAll();
        // details_json is a string in the export: its quotes are escaped.
        for (const char* action : {"user list", "audit export"}) {
            QVERIFY2(lines.contains(QByteArray(R"(\"action\":\")") + action + R"(\",\"code\":\"role.not-allowed\")"),
                     action);
        }
    }

    void usageErrorsExitWithTwo() {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("none")), QStringLiteral("app"),
                      QStringLiteral("list")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), m_workspace}).exitCode, 2); // exists
        QCOMPARE(cli({QStringLiteral("--version")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
