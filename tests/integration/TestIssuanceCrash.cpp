// SPDX-License-Identifier: Apache-2.0
// R-ISS-3: issuance is exactly-once even when the process dies. ra-cli is killed at each step of
// issuance (RA_FAULT_POINT ends it on the spot, as kill -9 would) and started again: never two
// certificates, never an unrecorded one, and the audit chain intact. Also the ceremony's refusals
// from stdin (R-HSM-2): a missing custodian and the same custodian twice issue nothing.
#include "app/FaultInjection.h"
#include "tests/support/LabFixture.h"
#include "tests/support/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = ra::test::ProcessRun;

Run cli(const QStringList& arguments, const QByteArray& input = {}, const QString& faultPoint = {}) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!faultPoint.isEmpty()) {
        environment.insert(QStringLiteral("RA_FAULT_POINT"), faultPoint);
    }
    return ra::test::runProcess(QStringLiteral(RA_CLI_PATH), arguments, input, environment);
}
} // namespace

class TestIssuanceCrash : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QHash<QString, QJsonObject> m_users;
    QDateTime m_step;                            // each command one TOTP step later (--at): a code is accepted once
    std::unique_ptr<ra::test::LabFixture> m_lab; // issuance checks CAA again (R-CAA-3)

    void createDemo(const QString& name) {
        m_workspace = m_dir.filePath(name);
        const Run created = cli({QStringLiteral("workspace"), QStringLiteral("init"), m_workspace,
                                 QStringLiteral("--demo"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QFile credentials(QDir(m_workspace).filePath(QStringLiteral("demo-credentials.json")));
        QVERIFY(credentials.open(QIODevice::ReadOnly));
        m_users.clear();
        for (const QJsonValue& user :
             QJsonDocument::fromJson(credentials.readAll())[QStringLiteral("users")].toArray()) {
            m_users.insert(user[QStringLiteral("user")].toString(), user.toObject());
        }
        m_step = QDateTime::currentDateTimeUtc().addSecs(600);
        {
            const ra::domain::SystemClock clock; // the time `workspace init` ran at, not yet an --at
            const auto workspace = ra::app::Workspace::open(m_workspace, clock);
            QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().userMessage));
            m_lab = std::make_unique<ra::test::LabFixture>(**workspace);
        }
        QVERIFY2(m_lab->ready(), qPrintable(m_lab->problem()));
    }

    // The four lines of each custodian, with codes for the next step; returns the --at to run at.
    QString ceremony(const QStringList& custodians, QByteArray& input) {
        m_step = m_step.addSecs(30);
        const QString at = m_step.toString(Qt::ISODate);
        for (const QString& name : custodians) {
            const QJsonObject user = m_users.value(name);
            const Run code = cli({QStringLiteral("totp"), QStringLiteral("code"), QStringLiteral("--at"), at,
                                  QStringLiteral("--secret"), user[QStringLiteral("totp_secret")].toString()});
            input += name.toUtf8() + '\n' + user[QStringLiteral("password")].toString().toUtf8() + '\n' +
                     code.out.trimmed() + '\n' + user[QStringLiteral("pin_share")].toString().toUtf8() + '\n';
        }
        return at;
    }

    Run issue(const QString& faultPoint = {},
              const QStringList& custodians = {QStringLiteral("tanaka"), QStringLiteral("sato")}) {
        QByteArray input;
        const QString at = ceremony(custodians, input);
        return cli({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--json"), QStringLiteral("--at"), at,
                    QStringLiteral("issue"), QStringLiteral("5")},
                   input, faultPoint);
    }

    // A read, signed in as the demo's auditor (issue 12 item 11: reads check the role too), one
    // step after the last command unless `at` says when: the log takes no entry dated before its head.
    Run read(const QStringList& arguments, const QDateTime& at = {}) {
        m_step = at.isValid() ? at : m_step.addSecs(30);
        return cli(QStringList{QStringLiteral("--workspace"), m_workspace, QStringLiteral("--json"),
                               QStringLiteral("--at"), m_step.toString(Qt::ISODate), QStringLiteral("--as"),
                               QStringLiteral("ito")} +
                       arguments,
                   m_users.value(QStringLiteral("ito"))[QStringLiteral("password")].toString().toUtf8() + '\n');
    }

    // What the database says, read with the sqlite driver from outside the application.
    qint64 count(const QString& sql) {
        qint64 value = -1;
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            database.setDatabaseName(QDir(m_workspace).filePath(QStringLiteral("ra.sqlite")));
            if (database.open()) {
                QSqlQuery query(database);
                if (query.exec(sql) && query.next()) {
                    value = query.value(0).toLongLong();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

    void verifyWithOpenssl(const QByteArray& certificatePem) {
        const Run chain = read({QStringLiteral("ca"), QStringLiteral("chain")});
        const QString chainPem = chain.json().object()[QStringLiteral("chain_pem")].toString();
        const qsizetype split = chainPem.indexOf(QStringLiteral("-----BEGIN"), 10);
        QFile issuing(QDir(m_workspace).filePath(QStringLiteral("issuing.pem")));
        QFile root(QDir(m_workspace).filePath(QStringLiteral("root.pem")));
        QFile certificate(QDir(m_workspace).filePath(QStringLiteral("issued.pem")));
        QVERIFY(issuing.open(QIODevice::WriteOnly) && root.open(QIODevice::WriteOnly) &&
                certificate.open(QIODevice::WriteOnly));
        issuing.write(chainPem.left(split).toLatin1());
        root.write(chainPem.mid(split).toLatin1());
        certificate.write(certificatePem);
        issuing.close();
        root.close();
        certificate.close();
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("verify"), QStringLiteral("-CAfile"), root.fileName(),
                       QStringLiteral("-untrusted"), issuing.fileName(), certificate.fileName()});
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
    }

private slots:
    void killedAtEachStepIssuesExactlyOnce_R_ISS_3_data() {
        QTest::addColumn<QString>("step");
        QTest::addColumn<bool>("storedBeforeTheCrash");
        QTest::newRow("after the serial was reserved") << QStringLiteral("issue.reserved") << false;
        QTest::newRow("after the precertificate was stored") << QStringLiteral("issue.precertificate-stored") << false;
        QTest::newRow("after signing, before storing") << QStringLiteral("issue.signed") << false;
        QTest::newRow("after storing") << QStringLiteral("issue.stored") << true;
    }

    void killedAtEachStepIssuesExactlyOnce_R_ISS_3() {
        QFETCH(QString, step);
        QFETCH(bool, storedBeforeTheCrash);
        createDemo(QString(step).replace(QLatin1Char('.'), QLatin1Char('-')));

        const Run crashed = issue(step);
        QVERIFY2(crashed.exitCode == ra::app::kFaultExitCode, crashed.err.constData());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE application_id = 5 AND "
                                      "certificate IS NOT NULL")),
                 storedBeforeTheCrash ? 1 : 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE state = 'issuing'")),
                 storedBeforeTheCrash ? 0 : 1);

        // Start-up reconciles: the unfinished issuance is reported, not forgotten.
        const Run started = read({QStringLiteral("cert"), QStringLiteral("list")});
        QCOMPARE(started.exitCode, 0);
        QCOMPARE(started.err.contains("interrupted"), !storedBeforeTheCrash);

        const Run again = issue();
        if (storedBeforeTheCrash) {
            QCOMPARE(again.exitCode, 2);
            QVERIFY2(again.err.contains("issue.already-issued"), again.err.constData());
        } else {
            QVERIFY2(again.exitCode == 0, again.err.constData());
            QVERIFY(again.json().object()[QStringLiteral("resumed")].toBool());
        }
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE application_id = 5 AND "
                                      "certificate IS NOT NULL")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE state = 'issuing'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = 5 AND state = 'issued'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'certificate.issued'")), 1);

        const Run list = read({QStringLiteral("cert"), QStringLiteral("list")});
        const QString serial = QJsonDocument::fromJson(list.out).array().at(0)[QStringLiteral("serial")].toString();
        const Run shown = read({QStringLiteral("cert"), QStringLiteral("show"), serial, QStringLiteral("--pem")});
        QCOMPARE(shown.exitCode, 0);
        verifyWithOpenssl(shown.out);
        QCOMPARE(read({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }

    void anIssuanceTooOldToCompleteIsVoided_R_ISS_3() {
        createDemo(QStringLiteral("stale"));
        QCOMPARE(issue(QStringLiteral("issue.reserved")).exitCode, ra::app::kFaultExitCode);
        // Three days later the approved notBefore is beyond 48 hours: the serial is retired.
        const Run later = read({QStringLiteral("cert"), QStringLiteral("list")}, m_step.addDays(3));
        QCOMPARE(later.exitCode, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE state = 'void'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = 5 AND state = "
                                      "'ready_for_approval'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'certificate.voided'")), 1);
    }

    void theCeremonyRefusesAMissingOrRepeatedCustodian_R_HSM_2() {
        createDemo(QStringLiteral("ceremony"));
        const Run alone = issue({}, {QStringLiteral("tanaka")});
        QCOMPARE(alone.exitCode, 2);
        const Run twice = issue({}, {QStringLiteral("sato"), QStringLiteral("sato")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("ca.same-custodian"), twice.err.constData());
        QByteArray input;
        const QString at = ceremony({QStringLiteral("tanaka"), QStringLiteral("sato")}, input);
        input.replace(m_users.value(QStringLiteral("sato"))[QStringLiteral("pin_share")].toString().toUtf8(),
                      m_users.value(QStringLiteral("yamada"))[QStringLiteral("pin_share")].toString().toUtf8().left(4) +
                          QByteArray(60, '0'));
        const Run wrongShare = cli({QStringLiteral("--workspace"), m_workspace, QStringLiteral("--at"), at,
                                    QStringLiteral("issue"), QStringLiteral("5")},
                                   input);
        QCOMPARE(wrongShare.exitCode, 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM certificates WHERE state != 'candidate'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.activation_failed'")), 3);
    }
};

QTEST_GUILESS_MAIN(TestIssuanceCrash)
#include "TestIssuanceCrash.moc"
