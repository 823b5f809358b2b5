// SPDX-License-Identifier: Apache-2.0
// The certificate's life through ra-cli, as separate processes on one demo workspace: approve
// (R-APR-2), issue, revoke (R-REV-1), CRL and OCSP (R-REV-5), ca chain and ca split-pin
// (R-HSM-2, R-HSM-3) — checked with OpenSSL's command-line tools.
#include "tests/support/DemoFixture.h"
#include "tests/support/ProcessRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

namespace {
using Run = ra::test::ProcessRun;

Run run(const QString& program, const QStringList& arguments, const QByteArray& input = {}) {
    return ra::test::runProcess(program, arguments, input);
}
} // namespace

class TestSigningCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ra::test::DemoFixture> m_demo;
    QString m_serial;
    QHash<QString, QString> m_shares;    // after ca split-pin
    QHash<QString, QString> m_newShares; // kept aside while the old ones are tried

    QString path(const QString& name) const { return QDir(m_demo->workspace().directory()).filePath(name); }

    // ra-cli at the fixture's clock (TOTP codes are for that time).
    Run cli(const QStringList& arguments, const QByteArray& input = {}) {
        return run(QStringLiteral(RA_CLI_PATH),
                   QStringList{QStringLiteral("--workspace"), m_demo->workspace().directory(), QStringLiteral("--json"),
                               QStringLiteral("--at"), m_demo->clock().nowUtc().toString(Qt::ISODate)} +
                       arguments,
                   input);
    }

    // OpenSSL's verifiers judge validity at the workspace's (fixed) clock, not the machine's: the
    // tests pass on any day.
    QString atSeconds() const { return QString::number(m_demo->clock().nowUtc().toSecsSinceEpoch()); }
    // `openssl ocsp` checks a response's thisUpdate/nextUpdate against the machine's clock whatever
    // -attime says: it is told to allow the distance between the two clocks (and five minutes).
    QString clockDistanceSeconds() const {
        return QString::number(qAbs(m_demo->clock().nowUtc().secsTo(QDateTime::currentDateTimeUtc())) + 300);
    }

    // A read, signed in as the demo's auditor (issue 12 item 11: reads check the role too).
    Run read(const QStringList& arguments) {
        return cli(arguments + QStringList{QStringLiteral("--as"), QStringLiteral("ito")},
                   m_demo->field(QStringLiteral("ito"), "password").toUtf8() + '\n');
    }

    QByteArray login(const QString& user) {
        const QString code = m_demo->code(user);
        return m_demo->field(user, "password").toUtf8() + '\n' + code.toUtf8() + '\n';
    }

    QByteArray ceremony(const QStringList& custodians) {
        QByteArray input;
        m_demo->clock().advanceSeconds(30);
        for (const QString& name : custodians) {
            // Both custodians' codes for the one step the command runs at.
            const QString code = m_demo->code(name);
            m_demo->clock().advanceSeconds(-30);
            const QString share = m_shares.value(name, m_demo->field(name, "pin_share"));
            input += name.toUtf8() + '\n' + m_demo->field(name, "password").toUtf8() + '\n' + code.toUtf8() + '\n' +
                     share.toUtf8() + '\n';
        }
        m_demo->clock().advanceSeconds(30);
        return input;
    }

    QString caPem(int index) {
        const Run chain = cli({QStringLiteral("ca"), QStringLiteral("chain")});
        const QString pem = chain.json().object()[QStringLiteral("chain_pem")].toString();
        const qsizetype split = pem.indexOf(QStringLiteral("-----BEGIN"), 10);
        const QString file = path(index == 0 ? QStringLiteral("issuing.pem") : QStringLiteral("root.pem"));
        QFile out(file);
        out.open(QIODevice::WriteOnly | QIODevice::Truncate);
        out.write((index == 0 ? pem.left(split) : pem.mid(split)).toLatin1());
        return file;
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<ra::test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY2(m_demo->startLab(), qPrintable(m_demo->problem())); // CAA again at issuance (R-CAA-3)
        QVERIFY(m_demo->prepareForApproval(3, QStringLiteral("suzuki")));
    }

    void approveSignsTheExactContent_R_APR_2() {
        const QStringList approve{QStringLiteral("approve"), QStringLiteral("3"), QStringLiteral("--as")};
        // Issue 12 item 11: without --digest the command shows the content and approves nothing.
        const Run shown = cli(approve + QStringList{QStringLiteral("yamada")}, login(QStringLiteral("yamada")));
        QCOMPARE(shown.exitCode, 2);
        QCOMPARE(shown.json()[QStringLiteral("approved")].toBool(), false);
        const QString digest = shown.json()[QStringLiteral("tbs_sha256")].toString();
        QCOMPARE(digest.size(), 64);
        // The names are in the subjectAltName extension shown.
        QVERIFY(shown.json()[QStringLiteral("extensions")].toArray().toVariantList().size() > 3);
        QVERIFY(shown.out.contains("DNS:"));
        // Only someone who may approve it now is shown the content (nothing is built for others),
        // and a digest must be one.
        const Run auditor = cli(approve + QStringList{QStringLiteral("ito")}, login(QStringLiteral("ito")));
        QCOMPARE(auditor.exitCode, 2);
        QVERIFY(!auditor.out.contains("tbs_sha256"));
        const Run malformed =
            cli(approve + QStringList{QStringLiteral("yamada"), QStringLiteral("--digest"), QString()},
                login(QStringLiteral("yamada")));
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY(!malformed.out.contains("\"approved\""));
        // A digest other than the content's is refused.
        const Run other = cli(
            approve + QStringList{QStringLiteral("yamada"), QStringLiteral("--digest"), QString(64, QLatin1Char('0'))},
            login(QStringLiteral("yamada")));
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains("approval.content-changed"), other.err.constData());
        // suzuki validated application 3, so cannot approve it, digest or not; yamada can.
        const Run validator = cli(approve + QStringList{QStringLiteral("suzuki"), QStringLiteral("--digest"), digest},
                                  login(QStringLiteral("suzuki")));
        QCOMPARE(validator.exitCode, 2);
        QVERIFY2(validator.err.contains("sod."), validator.err.constData());
        const Run approved = cli(approve + QStringList{QStringLiteral("yamada"), QStringLiteral("--digest"), digest},
                                 login(QStringLiteral("yamada")));
        QVERIFY2(approved.exitCode == 0, approved.err.constData());
        const QJsonObject json = approved.json().object();
        QCOMPARE(json[QStringLiteral("state")].toString(), QStringLiteral("approved"));
        QCOMPARE(json[QStringLiteral("tbs_sha256")].toString(), digest);
    }

    void issueSignsWhatWasApproved_R_ISS_1() {
        const Run issued = cli(
            {QStringLiteral("issue"), QStringLiteral("3"), QStringLiteral("--out"), path(QStringLiteral("cert.pem"))},
            ceremony({QStringLiteral("tanaka"), QStringLiteral("sato")}));
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        m_serial = issued.json().object()[QStringLiteral("serial")].toString();
        const Run verified =
            run(QStringLiteral("openssl"),
                {QStringLiteral("verify"), QStringLiteral("-attime"), atSeconds(), QStringLiteral("-CAfile"), caPem(1),
                 QStringLiteral("-untrusted"), caPem(0), path(QStringLiteral("cert.pem"))});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        const Run listed = read({QStringLiteral("cert"), QStringLiteral("list")});
        QCOMPARE(listed.json().array().size(), 1);
        QCOMPARE(listed.json().array().at(0)[QStringLiteral("serial")].toString(), m_serial);
    }

    void revokeTakesOnlyPolicyReasons_R_REV_1() {
        // A reason outside CP 7.2.2 is refused before anyone spends a one-time code on it.
        const Run hold = cli({QStringLiteral("revoke"), m_serial, QStringLiteral("--reason"),
                              QStringLiteral("certificateHold"), QStringLiteral("--as"), QStringLiteral("sato")});
        QCOMPARE(hold.exitCode, 2);
        QVERIFY(hold.err.contains("certificateHold is never used"));
        const Run revoked = cli({QStringLiteral("revoke"), m_serial, QStringLiteral("--reason"),
                                 QStringLiteral("superseded"), QStringLiteral("--as"), QStringLiteral("sato")},
                                login(QStringLiteral("sato")));
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        QCOMPARE(revoked.json().object()[QStringLiteral("reason_code")].toInt(), 4);
    }

    void crlAndOcspVerify_R_REV_5() {
        const Run crl = cli({QStringLiteral("crl"), QStringLiteral("generate"), QStringLiteral("--out"),
                             path(QStringLiteral("ca.crl"))},
                            ceremony({QStringLiteral("yamada"), QStringLiteral("tanaka")}));
        QVERIFY2(crl.exitCode == 0, crl.err.constData());
        const Run checked = run(QStringLiteral("openssl"),
                                {QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                                 QStringLiteral("-in"), path(QStringLiteral("ca.crl")), QStringLiteral("-CAfile"),
                                 caPem(0), QStringLiteral("-noout"), QStringLiteral("-text")});
        QVERIFY2(checked.exitCode == 0 && checked.err.contains("verify OK"), checked.err.constData());
        QVERIFY(checked.out.contains(m_serial.toUpper().toLatin1()));
        QVERIFY(checked.out.contains("Superseded"));

        const Run ocsp = cli({QStringLiteral("ocsp"), QStringLiteral("sign"), QStringLiteral("--out"),
                              path(QStringLiteral("ocsp")), QStringLiteral("--serial"), QStringLiteral("00ff")},
                             ceremony({QStringLiteral("sato"), QStringLiteral("yamada")}));
        QVERIFY2(ocsp.exitCode == 0, ocsp.err.constData());
        QCOMPARE(ocsp.json().array().size(), 2);
        for (const auto& [serial, status] :
             {std::pair{m_serial, QByteArray("revoked")}, std::pair{QStringLiteral("ff"), QByteArray("unknown")}}) {
            const Run response =
                run(QStringLiteral("openssl"),
                    {QStringLiteral("ocsp"), QStringLiteral("-attime"), atSeconds(), QStringLiteral("-validity_period"),
                     clockDistanceSeconds(), QStringLiteral("-respin"), path(QStringLiteral("ocsp/%1.der").arg(serial)),
                     QStringLiteral("-CAfile"), caPem(1), QStringLiteral("-verify_other"), caPem(0),
                     QStringLiteral("-issuer"), caPem(0), QStringLiteral("-serial"), QStringLiteral("0x") + serial});
            QVERIFY2(response.exitCode == 0 && response.err.contains("Response verify OK"), response.err.constData());
            QVERIFY2(response.out.contains(": " + status), response.out.constData());
        }
    }

    void splitPinShowsEachShareToItsCustodianAlone_R_HSM_3() {
        const QStringList holders{QStringLiteral("tanaka"), QStringLiteral("sato"), QStringLiteral("yamada")};
        const QStringList arguments{QStringLiteral("ca"), QStringLiteral("split-pin"), QStringLiteral("--custodians"),
                                    holders.join(QLatin1Char(','))};
        // Input and output piped, as a script would: refused before anything changes.
        const Run piped = cli(arguments, ceremony({QStringLiteral("tanaka"), QStringLiteral("sato")}));
        QCOMPARE(piped.exitCode, 2);
        QVERIFY2(piped.err.contains("ca.no-terminal"), piped.err.constData());

        // At a terminal: tanaka and sato activate, yamada signs in for hers; each custodian in turn
        // presses Enter to see their share and Enter to clear the screen, once asked.
        const QString stdoutFile = path(QStringLiteral("split-pin.json"));
        const auto atTerminal = [&](const QList<ra::test::TerminalAnswer>& answers) {
            QByteArray input = ceremony({QStringLiteral("tanaka"), QStringLiteral("sato")});
            input += login(QStringLiteral("yamada")); // the next step's code: after the ceremony's
            return ra::test::runAtTerminal(QStringLiteral(RA_CLI_PATH),
                                           QStringList{QStringLiteral("--workspace"), m_demo->workspace().directory(),
                                                       QStringLiteral("--json"), QStringLiteral("--at"),
                                                       m_demo->clock().nowUtc().toString(Qt::ISODate)} +
                                               arguments,
                                           input, stdoutFile, answers);
        };
        const ra::test::TerminalAnswer see{"press Enter to see your share.", "\n"};
        const ra::test::TerminalAnswer clearIt{"press Enter to clear the screen.", "\n"};

        // The hand-out stops after the first share (Ctrl-D: the terminal's input ends): the token
        // keeps its old PIN, the old shares still open it, and the abandon is audited.
        const Run interrupted = atTerminal({see, clearIt, {"press Enter to see your share.", "\x04"}});
        QCOMPARE(interrupted.exitCode, 2);
        QVERIFY2(interrupted.out.contains("ca.handout-incomplete"), interrupted.out.constData());
        const Run stillOld = cli({QStringLiteral("ca"), QStringLiteral("activate")},
                                 ceremony({QStringLiteral("sato"), QStringLiteral("yamada")}));
        QVERIFY2(stillOld.exitCode == 0, stillOld.err.constData());
        QSqlQuery abandoned(m_demo->workspace().database().connection());
        QVERIFY(abandoned.exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'ca.pin_split_abandoned'")));
        QVERIFY(abandoned.next());
        QCOMPARE(abandoned.value(0).toInt(), 1);

        const Run split = atTerminal({see, clearIt, see, clearIt, see, clearIt});
        QVERIFY2(split.exitCode == 0, split.out.constData());
        QFile written(stdoutFile);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray standardOutput = written.readAll();
        QCOMPARE(QJsonDocument::fromJson(standardOutput)[QStringLiteral("shares_shown_to")].toArray().size(), 3);

        // The terminal showed each share once, after its custodian's name, and cleared the screen
        // and its scrollback before the next; none of them reached standard output.
        const QByteArray clear("\033[H\033[2J\033[3J");
        const QRegularExpression shown(QStringLiteral("is for (\\w+) alone.*?\\n {4}(\\d+-[0-9a-f]+)\\r?\\n"),
                                       QRegularExpression::DotMatchesEverythingOption);
        QString transcript = QString::fromUtf8(split.out);
        qsizetype previousEnd = -1;
        int count = 0;
        for (auto match = shown.globalMatch(transcript); match.hasNext(); ++count) {
            const QRegularExpressionMatch one = match.next();
            QCOMPARE(one.captured(1), holders.value(count));
            if (previousEnd >= 0) {
                QVERIFY(split.out.mid(previousEnd, one.capturedStart() - previousEnd).contains(clear));
            }
            previousEnd = one.capturedEnd();
            QVERIFY(!standardOutput.contains(one.captured(2).toLatin1()));
            m_shares.insert(one.captured(1), one.captured(2));
        }
        QCOMPARE(count, 3);
        QVERIFY(split.out.mid(previousEnd).contains(clear));

        // The old shares no longer open the token; the new ones do.
        m_shares.swap(m_newShares);
        const Run old = cli({QStringLiteral("ca"), QStringLiteral("activate")},
                            ceremony({QStringLiteral("sato"), QStringLiteral("yamada")}));
        QCOMPARE(old.exitCode, 2);
        QVERIFY(old.err.contains("hsm.login"));
        m_shares.swap(m_newShares);
        const Run renewed = cli({QStringLiteral("ca"), QStringLiteral("activate")},
                                ceremony({QStringLiteral("sato"), QStringLiteral("yamada")}));
        QVERIFY2(renewed.exitCode == 0, renewed.err.constData());
        QCOMPARE(read({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestSigningCli)
#include "TestSigningCli.moc"
