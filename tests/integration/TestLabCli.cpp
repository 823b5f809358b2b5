// SPDX-License-Identifier: Apache-2.0
// The lab and domain validation through ra-cli, as separate processes on one demo workspace:
// lab start|status|set-record|stop (issue 5: twice, taken ports, nothing left behind), the CAA
// check recorded as evidence and a DNS-change validation, both corroborated by the six agents
// (R-CAA-1, R-DCV-2, R-MPIC-1).
#include "app/SettingsService.h"
#include "app/lab/DnsLab.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/LabPort.h"
#include "tests/support/ProcessRun.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
using Run = ra::test::ProcessRun;

// A base port with the next `count` ports free on 127.0.0.1.
int freePorts(int count) {
    for (;;) {
        const int base =
            ra::test::kFirstLabPort +
            int(QRandomGenerator::global()->bounded(ra::test::kLastLabPort - ra::test::kFirstLabPort - count));
        bool free = true;
        for (int port = base; port < base + count && free; ++port) {
            free = ra::app::DnsLab::portFree(port);
        }
        if (free) {
            return base;
        }
    }
}
} // namespace

class TestLabCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ra::test::DemoFixture> m_demo;
    QTemporaryDir m_labDir;
    int m_dnsPort = 0;
    int m_perspectivePort = 0;
    QString m_webAddress;

    Run cli(const QStringList& arguments, const QByteArray& input = {}) {
        return ra::test::runProcess(QStringLiteral(RA_CLI_PATH),
                                    QStringList{QStringLiteral("--workspace"), m_demo->workspace().directory(),
                                                QStringLiteral("--json"), QStringLiteral("--at"),
                                                m_demo->clock().nowUtc().toString(Qt::ISODate)} +
                                        arguments,
                                    input);
    }

    Run lab(const QStringList& arguments) {
        return cli(QStringList{QStringLiteral("lab")} + arguments +
                   QStringList{QStringLiteral("--lab-dir"), m_labDir.path()});
    }

    QByteArray login(const QString& user) {
        return m_demo->field(user, "password").toUtf8() + '\n' + m_demo->code(user).toUtf8() + '\n';
    }

    // A read, signed in as the demo's auditor (issue 12 item 11: reads check the role too).
    Run read(const QStringList& arguments) {
        return cli(arguments + QStringList{QStringLiteral("--as"), QStringLiteral("ito")},
                   m_demo->field(QStringLiteral("ito"), "password").toUtf8() + '\n');
    }

    // `dcv start 3 FQDN ARGS… --as suzuki` (the kansai-foods application's validating officer).
    Run startValidation(const QString& fqdn, const QStringList& arguments) {
        m_demo->clock().advanceSeconds(30); // a fresh TOTP step for each sign-in
        return cli(QStringList{QStringLiteral("dcv"), QStringLiteral("start"), QStringLiteral("3"), fqdn} + arguments +
                       QStringList{QStringLiteral("--as"), QStringLiteral("suzuki")},
                   login(QStringLiteral("suzuki")));
    }

    Run checkValidation(const QJsonObject& attempt) {
        m_demo->clock().advanceSeconds(30);
        return cli({QStringLiteral("dcv"), QStringLiteral("check"),
                    QString::number(attempt[QStringLiteral("attempt")].toInteger()), QStringLiteral("--as"),
                    QStringLiteral("suzuki")},
                   login(QStringLiteral("suzuki")));
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<ra::test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        m_dnsPort = freePorts(1);
        m_perspectivePort = freePorts(6);
        m_webAddress = ra::test::freeLoopbackWebAddress();
    }

    void cleanupTestCase() { (void)lab({QStringLiteral("stop")}); }

    void startsOnceAndRefusesATakenPort() {
        QTcpServer squatter; // the first perspective's port is taken
        QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(m_perspectivePort)));
        const Run taken = lab({QStringLiteral("start"), QStringLiteral("--port"), QString::number(m_dnsPort),
                               QStringLiteral("--perspective-port"), QString::number(m_perspectivePort),
                               QStringLiteral("--web-address"), m_webAddress});
        QVERIFY(taken.exitCode != 0);
        QVERIFY2(taken.err.contains("in use"), taken.err.constData());
        squatter.close();
        QCOMPARE(lab({QStringLiteral("status")}).json().object()[QStringLiteral("dns")].toString(),
                 QStringLiteral("stopped")); // the DNS server it had started is stopped again

        const Run started = lab({QStringLiteral("start"), QStringLiteral("--port"), QString::number(m_dnsPort),
                                 QStringLiteral("--perspective-port"), QString::number(m_perspectivePort),
                                 QStringLiteral("--web-address"), m_webAddress});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QCOMPARE(started.json().object()[QStringLiteral("perspectives")].toArray().size(), 6);
        const Run again = lab({QStringLiteral("start"), QStringLiteral("--port"), QString::number(m_dnsPort),
                               QStringLiteral("--perspective-port"), QString::number(m_perspectivePort),
                               QStringLiteral("--web-address"), m_webAddress});
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("runs already"), again.err.constData());
        // status needs no ports: the lab remembers them.
        const QJsonObject status = lab({QStringLiteral("status")}).json().object();
        QCOMPARE(status[QStringLiteral("dns")].toString(), QStringLiteral("running"));
        QCOMPARE(status[QStringLiteral("resolver")].toString(), QStringLiteral("127.0.0.1@%1").arg(m_dnsPort));
        QCOMPARE(status[QStringLiteral("perspectives")].toArray().size(), 6);
        QCOMPARE(status[QStringLiteral("web")].toString(), QStringLiteral("running"));
        QCOMPARE(status[QStringLiteral("web_address")].toString(), m_webAddress);
    }

    void caaIsCheckedAndKeptAsEvidence_R_CAA_1_R_MPIC_1() {
        const Run checked = cli({QStringLiteral("caa"), QStringLiteral("check"), QStringLiteral("kansai-foods.jp"),
                                 QStringLiteral("--application"), QStringLiteral("3"), QStringLiteral("--as"),
                                 QStringLiteral("suzuki")},
                                login(QStringLiteral("suzuki")));
        QVERIFY2(checked.exitCode == 0, checked.err.constData());
        const QJsonObject json = checked.json().object();
        QCOMPARE(json[QStringLiteral("verdict")].toString(), QStringLiteral("allow"));
        QVERIFY(json[QStringLiteral("corroborated")].toBool());
        QCOMPARE(json[QStringLiteral("perspectives")].toArray().size(), 7); // the primary and six
    }

    void aPublishedValueValidatesThroughTheCommandLine_R_DCV_2_R_MPIC_1() {
        const Run started = startValidation(QStringLiteral("kansai-foods.jp"),
                                            {QStringLiteral("--label"), QStringLiteral("_ra-validation")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QJsonObject attempt = started.json().object();
        const Run published =
            lab({QStringLiteral("set-record"), QStringLiteral("_ra-validation.kansai-foods.jp"), QStringLiteral("TXT"),
                 QStringLiteral("\"%1\"").arg(attempt[QStringLiteral("random_value")].toString())});
        QVERIFY2(published.exitCode == 0, published.err.constData());
        const Run checked = checkValidation(attempt);
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        QCOMPARE(checked.json().object()[QStringLiteral("status")].toString(), QStringLiteral("passed"));
        QCOMPARE(checked.json().object()[QStringLiteral("perspectives")].toArray().size(), 7);
    }

    void aPublishedFileValidatesThroughTheCommandLine_R_DCV_2_R_DCV_3() {
        const Run started = startValidation(QStringLiteral("www.kansai-foods.jp"),
                                            {QStringLiteral("--method"), QStringLiteral("website-change")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QJsonObject attempt = started.json().object();
        const QString url = attempt[QStringLiteral("urls")].toArray().first().toString();
        QCOMPARE(url, QStringLiteral("http://www.kansai-foods.jp/.well-known/pki-validation/ra-validation.txt"));
        const Run published = lab({QStringLiteral("publish"), url, attempt[QStringLiteral("content")].toString()});
        QVERIFY2(published.exitCode == 0, published.err.constData());
        const Run checked = checkValidation(attempt);
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        QCOMPARE(checked.json().object()[QStringLiteral("status")].toString(), QStringLiteral("passed"));
    }

    void aRepliedEmailValidatesThroughTheCommandLine_R_DCV_2() {
        const Run started = startValidation(QStringLiteral("kansai-foods.jp"),
                                            {QStringLiteral("--method"), QStringLiteral("constructed-email")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QJsonObject attempt = started.json().object();
        const QJsonArray emails = attempt[QStringLiteral("emails")].toArray();
        QCOMPARE(emails.size(), 5);
        QCOMPARE(emails.at(4).toObject()[QStringLiteral("status")].toString(), QStringLiteral("sent"));
        const Run replied = lab({QStringLiteral("reply"), QStringLiteral("postmaster@kansai-foods.jp")});
        QVERIFY2(replied.exitCode == 0, replied.err.constData());
        const Run checked = checkValidation(attempt);
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        QCOMPARE(checked.json().object()[QStringLiteral("status")].toString(), QStringLiteral("passed"));
    }

    void theOrganizationIsLookedUpThroughTheCommandLine_R_ORG_1_R_ORG_4() {
        // The lab registered its copy of the NTA registry; the demo's administrator approved the source.
        const Run sources = read({QStringLiteral("rds"), QStringLiteral("list")});
        QCOMPARE(sources.exitCode, 0);
        QCOMPARE(sources.json().array().at(0)[QStringLiteral("kind")].toString(),
                 QStringLiteral("nta-corporate-number"));
        // Only the validating officer looks up; everyone's refusal is audited (exit 2).
        m_demo->clock().advanceSeconds(30);
        const Run other = cli({QStringLiteral("org"), QStringLiteral("lookup"), QStringLiteral("3"),
                               QStringLiteral("9130001099903"), QStringLiteral("--as"), QStringLiteral("tanaka")},
                              login(QStringLiteral("tanaka")));
        QCOMPARE(other.exitCode, 2);
        // The number is found by the registered name; the search records no evidence (R-ORG-1).
        m_demo->clock().advanceSeconds(30);
        const Run searched =
            cli({QStringLiteral("org"), QStringLiteral("search"), QStringLiteral("3"),
                 QStringLiteral("関西フーズ株式会社"), QStringLiteral("--as"), QStringLiteral("suzuki")},
                login(QStringLiteral("suzuki")));
        QVERIFY2(searched.exitCode == 0, searched.err.constData());
        QCOMPARE(searched.json().array().size(), 1);
        QCOMPARE(searched.json().array().at(0)[QStringLiteral("corporate_number")].toString(),
                 QStringLiteral("9130001099903"));
        QCOMPARE(searched.json().array().at(0)[QStringLiteral("closed")].toBool(), false);
        m_demo->clock().advanceSeconds(30);
        const Run nothing = cli({QStringLiteral("org"), QStringLiteral("search"), QStringLiteral("3"),
                                 QStringLiteral("Kansai Foods"), QStringLiteral("--as"), QStringLiteral("suzuki")},
                                login(QStringLiteral("suzuki")));
        QCOMPARE(nothing.exitCode, 1);
        QCOMPARE(nothing.json().array().size(), 0);
        m_demo->clock().advanceSeconds(30);
        const Run found = cli({QStringLiteral("org"), QStringLiteral("lookup"), QStringLiteral("3"),
                               QStringLiteral("9130001099903"), QStringLiteral("--as"), QStringLiteral("suzuki")},
                              login(QStringLiteral("suzuki")));
        QVERIFY2(found.exitCode == 0, found.err.constData());
        const QJsonObject evidence = found.json().object();
        QCOMPARE(evidence[QStringLiteral("confirms")].toString(), QStringLiteral("name+address+country"));
        QCOMPARE(evidence[QStringLiteral("response_sha256")].toString().size(), 64);
        QCOMPARE(evidence[QStringLiteral("fields")].toArray().size(), 7);
        // app show --json: the org items decided by the evidence, high_risk and every item's code.
        const Run shown = read({QStringLiteral("app"), QStringLiteral("show"), QStringLiteral("3")});
        const QJsonObject application = shown.json().object();
        QVERIFY(application.contains(QStringLiteral("high_risk")));
        bool identity = false;
        for (const QJsonValue& item : application[QStringLiteral("checklist")].toArray()) {
            identity |= item[QStringLiteral("code")].toString() == QLatin1String("org.identity") &&
                        item[QStringLiteral("status")].toString() == QLatin1String("passed");
        }
        QVERIFY(identity);
        const Run listed = read({QStringLiteral("org"), QStringLiteral("evidence"), QStringLiteral("3")});
        QCOMPARE(listed.json().array().size(), 1);
        // A name that differs is recorded and told with exit 1.
        m_demo->clock().advanceSeconds(30);
        const Run differs = cli({QStringLiteral("org"), QStringLiteral("lookup"), QStringLiteral("2"),
                                 QStringLiteral("2120001099902"), QStringLiteral("--as"), QStringLiteral("tanaka")},
                                login(QStringLiteral("tanaka")));
        QCOMPARE(differs.exitCode, 1);
        QVERIFY(!differs.json().object()[QStringLiteral("problems")].toArray().isEmpty());
    }

    void highRiskNamesAndMatchesThroughTheCommandLine_R_IN_3_R_IN_4() {
        m_demo->clock().advanceSeconds(30);
        const Run refused =
            cli({QStringLiteral("risk"), QStringLiteral("names"), QStringLiteral("add"), QStringLiteral("tokai"),
                 QStringLiteral("--reason"), QStringLiteral("test"), QStringLiteral("--as"), QStringLiteral("suzuki")},
                login(QStringLiteral("suzuki")));
        QCOMPARE(refused.exitCode, 2);
        m_demo->clock().advanceSeconds(30);
        const Run added = cli({QStringLiteral("risk"), QStringLiteral("names"), QStringLiteral("add"),
                               QStringLiteral("tokai"), QStringLiteral("--reason"), QStringLiteral("phishing campaign"),
                               QStringLiteral("--as"), QStringLiteral("admin")},
                              login(QStringLiteral("admin")));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run check = read({QStringLiteral("risk"), QStringLiteral("check"), QStringLiteral("6")});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.json().array().at(0)[QStringLiteral("kind")].toString(), QStringLiteral("high-risk-name"));
        const QString id = QString::number(added.json().object()[QStringLiteral("id")].toInteger());
        m_demo->clock().advanceSeconds(30);
        // A removal says why: without --reason nothing is removed.
        const Run unexplained = cli({QStringLiteral("risk"), QStringLiteral("names"), QStringLiteral("remove"), id,
                                     QStringLiteral("--as"), QStringLiteral("admin")},
                                    login(QStringLiteral("admin")));
        QVERIFY(unexplained.exitCode != 0);
        QCOMPARE(read({QStringLiteral("risk"), QStringLiteral("check"), QStringLiteral("6")}).exitCode, 1);
        m_demo->clock().advanceSeconds(30);
        const Run removed = cli({QStringLiteral("risk"), QStringLiteral("names"), QStringLiteral("remove"), id,
                                 QStringLiteral("--reason"), QStringLiteral("campaign over"), QStringLiteral("--as"),
                                 QStringLiteral("admin")},
                                login(QStringLiteral("admin")));
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(removed.json().object()[QStringLiteral("name")].toString(), QStringLiteral("tokai"));
        QCOMPARE(read({QStringLiteral("risk"), QStringLiteral("check"), QStringLiteral("6")}).exitCode, 0);
    }

    void theDiagnosticCheckUsesTheWorkspacesResolverAndIssuer_R_CAA_1() {
        const QStringList check{QStringLiteral("caa"), QStringLiteral("check"), QStringLiteral("www.sample.co.jp")};
        const Run allowed = cli(check);
        QVERIFY2(allowed.exitCode == 0, allowed.out.constData());
        QCOMPARE(allowed.json().object()[QStringLiteral("issuer")].toString(), QStringLiteral("secomtrust.net"));
        QCOMPARE(allowed.json().object()[QStringLiteral("dnssec")].toString(), QStringLiteral("insecure"));
        ra::app::SettingsService settings(m_demo->workspace());
        const ra::domain::User admin = m_demo->user(QStringLiteral("admin"));
        QVERIFY(settings.change(admin, QStringLiteral("caa/issuer_domain"), QStringLiteral("other-ca.example")));
        const Run denied = cli(check);
        QCOMPARE(denied.exitCode, 1);
        QCOMPARE(denied.json().object()[QStringLiteral("verdict")].toString(), QStringLiteral("deny"));
        QVERIFY(settings.change(admin, QStringLiteral("caa/issuer_domain"), QStringLiteral("secomtrust.net")));
    }

    void stopsTwiceAndLeavesNothingBehind() {
        QDir perspectives(m_labDir.filePath(QStringLiteral("perspectives")));
        QList<qint64> pids;
        for (const QString& file : perspectives.entryList({QStringLiteral("*.pid")})) {
            QFile pid(perspectives.filePath(file));
            QVERIFY(pid.open(QIODevice::ReadOnly));
            pids << pid.readAll().trimmed().toLongLong();
        }
        QFile knot(m_labDir.filePath(QStringLiteral("knot.pid")));
        QVERIFY(knot.open(QIODevice::ReadOnly));
        pids << knot.readAll().trimmed().toLongLong();
        QFile nginx(m_labDir.filePath(QStringLiteral("web/nginx.pid")));
        QVERIFY(nginx.open(QIODevice::ReadOnly));
        pids << nginx.readAll().trimmed().toLongLong();
        QDir mail(m_labDir.filePath(QStringLiteral("mail")));
        for (const QString& file : mail.entryList({QStringLiteral("*.pid")})) {
            QFile pid(mail.filePath(file));
            QVERIFY(pid.open(QIODevice::ReadOnly));
            pids << pid.readAll().trimmed().toLongLong();
        }
        QFile whois(m_labDir.filePath(QStringLiteral("registry/whois.pid")));
        QVERIFY(whois.open(QIODevice::ReadOnly));
        pids << whois.readAll().trimmed().toLongLong();
        QCOMPARE(pids.size(), 11);
        QCOMPARE(lab({QStringLiteral("stop")}).exitCode, 0);
        QCOMPARE(lab({QStringLiteral("stop")}).exitCode, 0);
        for (const qint64 pid : pids) {
            // Gone, or exited and waiting only for init to reap it (a zombie holds no port or file).
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            const QByteArray line = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
            QVERIFY2(::kill(pid_t(pid), 0) != 0 || line.mid(line.lastIndexOf(')') + 2, 1) == "Z",
                     "a lab process is still running");
        }
        const QJsonObject status = lab({QStringLiteral("status")}).json().object();
        QCOMPARE(status[QStringLiteral("dns")].toString(), QStringLiteral("stopped"));
        QCOMPARE(status[QStringLiteral("web")].toString(), QStringLiteral("stopped"));
        QCOMPARE(status[QStringLiteral("mail")].toString(), QStringLiteral("stopped"));
        QCOMPARE(status[QStringLiteral("whois")].toString(), QStringLiteral("stopped"));
        QVERIFY(status[QStringLiteral("perspectives")].toArray().isEmpty());
    }

    // A PID file outlives its server when the machine restarts or the server is killed: the PID may
    // belong to another program by now, which `lab stop` must never signal (issue 11 review).
    void aStalePidFileNeverSignalsTheProgramThatReusedItsPid() {
        QTemporaryDir staleLab;
        QFile pidFile(staleLab.filePath(QStringLiteral("knot.pid")));
        const auto writePid = [&pidFile](qint64 pid) {
            QVERIFY(pidFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            pidFile.write(QByteArray::number(pid) + '\n');
            pidFile.close();
        };
        // The file is written first (by the kernel's clock, never set by hand: the suite also runs
        // with a faked clock), the program starts three seconds later and gets the PID it names.
        writePid(0);
        QTest::qWait(3000);
        QProcess bystander;
        bystander.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(bystander.waitForStarted());
        QFile rewrite(pidFile.fileName());
        QVERIFY(rewrite.open(QIODevice::ReadWrite)); // the PID goes in without touching the mtime…
        QDateTime written = rewrite.fileTime(QFileDevice::FileModificationTime);
        rewrite.write(QByteArray::number(bystander.processId()) + '\n');
        rewrite.resize(rewrite.pos());
        QVERIFY(rewrite.setFileTime(written, QFileDevice::FileModificationTime)); // …as it was read
        rewrite.close();
        const auto stopLab = [&] {
            return cli({QStringLiteral("lab"), QStringLiteral("stop"), QStringLiteral("--lab-dir"), staleLab.path()});
        };
        QCOMPARE(stopLab().exitCode, 0);
        QVERIFY2(!bystander.waitForFinished(500), "lab stop signalled a program that reused a stale PID");
        // The same file written after the program started names it: lab stop ends it.
        writePid(bystander.processId());
        QCOMPARE(stopLab().exitCode, 0);
        QVERIFY(bystander.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestLabCli)
#include "TestLabCli.moc"
