// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 1, as an attacker would try it (R-DCV-1, R-DCV-2): the email methods validate a
// domain only when a person at a mailed address answers with the value in their own text. Each
// test sends a real message through the lab's real SMTP server (aiosmtpd) into the RA's replies
// folder — a bounce with the null sender, an automatic answer, a reply from another address, a
// reply that only quotes — and asserts the attempt stays pending; then a real reply validates.
// The values are shown to nobody: not in ra-cli's output, not in the audit log.
#include "app/DcvService.h"
#include "app/EmailValidation.h"
#include "crypto/Digest.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/ProcessRun.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace ra;
using Status = domain::DcvAttempt::Status;
using EmailStatus = domain::DcvEmail::Status;

class TestEmailDcvAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

    app::DcvService service() { return app::DcvService(m_demo->workspace()); }
    domain::User tanaka() { return m_demo->user(QStringLiteral("tanaka")); }
    qint64 exampleShop() { return m_demo->applicationId(QStringLiteral("APP-2026-1043")); }

    // A constructed-email attempt (BR 3.2.2.4.4) with its five messages sent.
    domain::DcvAttempt mailed() {
        const auto attempt = service().start(tanaka(), exampleShop(), QStringLiteral("shop.example.jp"),
                                             domain::DcvMethod::ConstructedEmail, QStringLiteral("example.jp"), {});
        if (!attempt) {
            qWarning("%s", qPrintable(attempt.error().userMessage));
            return {};
        }
        const auto sent = service().check(tanaka(), attempt->id);
        return sent ? *sent : domain::DcvAttempt{};
    }

    domain::DcvEmail emailTo(qint64 attempt, const QString& address) {
        for (const domain::DcvEmail& email : service().emails(attempt).value_or(QList<domain::DcvEmail>{})) {
            if (email.address == address) {
                return email;
            }
        }
        return {};
    }

    // `message` (RFC 5322) submitted to the RA's mailbox through the lab's SMTP server.
    bool deliver(const QString& envelopeFrom, const QByteArray& message) {
        app::MailSettings ra = m_demo->lab()->mail().settings();
        ra.relayPort = app::MailLab::kRaPort;
        const auto sent = app::submitMessage(ra, envelopeFrom, QString::fromLatin1(app::MailLab::kRaAddress), message);
        if (!sent) {
            qWarning("%s", qPrintable(sent.error().userMessage));
        }
        return sent.has_value();
    }

    static QByteArray message(const QString& from, const QByteArray& extraHeaders, const QString& body) {
        QByteArray text = body.toUtf8();
        text.replace('\n', "\r\n");
        return "From: " + from.toUtf8() + "\r\nTo: " + app::MailLab::kRaAddress + "\r\nSubject: Re: validation\r\n" +
               "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@attacker.test>\r\n" +
               extraHeaders + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n";
    }

    // Waits until the replies folder holds `count` messages (delivery through SMTP is not instant).
    bool repliesReach(qsizetype count) {
        const QString folder = m_demo->lab()->mail().settings().repliesMaildir;
        for (int tries = 0; tries < 80 && app::readMaildir(folder).size() < count; ++tries) {
            QTest::qWait(250);
        }
        return app::readMaildir(folder).size() >= count;
    }

    qsizetype replies() { return app::readMaildir(m_demo->lab()->mail().settings().repliesMaildir).size(); }

    // Checks the attempt again; it must still be pending and no email replied. The emails in
    // `voided` are void (their value came back without their mailbox), the others merely sent.
    void stillPending(qint64 attempt, const QString& why, const QStringList& voided = {}) {
        const auto checked = service().check(tanaka(), attempt);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().userMessage + checked.error().detail));
        QVERIFY2(checked->status == Status::Pending, qPrintable(why + QStringLiteral(": ") + checked->observed));
        for (const domain::DcvEmail& email : service().emails(attempt).value_or(QList<domain::DcvEmail>{})) {
            const EmailStatus expected = voided.contains(email.address) ? EmailStatus::Voided : EmailStatus::Sent;
            QVERIFY2(email.status == expected, qPrintable(why + QStringLiteral(": ") + email.address +
                                                          QLatin1Char(' ') + domain::dcvEmailStatusId(email.status)));
        }
    }

    // The details of the newest dcv.checked audit entry.
    QString lastCheckAudit() {
        QSqlQuery audit(m_demo->workspace().database().connection());
        return audit.exec(QStringLiteral("SELECT details FROM audit_log WHERE event_type = 'dcv.checked' ORDER BY "
                                         "seq DESC LIMIT 1")) &&
                       audit.next()
                   ? audit.value(0).toString()
                   : QString();
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY2(m_demo->startLab(), qPrintable(m_demo->problem()));
        QVERIFY(exampleShop() > 0);
    }

    void cleanupTestCase() { m_demo.reset(); }

    // The critical hole: webmaster@ does not exist, its bounce quotes the message and its value.
    void aBounceNeverValidates_R_DCV_2() {
        const domain::DcvAttempt attempt = mailed();
        QVERIFY(attempt.id > 0);
        const qsizetype before = replies();
        QVERIFY(m_demo->lab()->mail().bounce(QStringLiteral("webmaster@example.jp")));
        QVERIFY(repliesReach(before + 1));
        const QString value = emailTo(attempt.id, QStringLiteral("webmaster@example.jp")).random.value;
        QVERIFY(!value.isEmpty());
        bool quoted = false;
        for (const app::ReceivedMail& mail : app::readMaildir(m_demo->lab()->mail().settings().repliesMaildir)) {
            quoted = quoted || mail.text.contains(value); // the bounce really carries the value
        }
        QVERIFY(quoted);
        const QString webmaster = QStringLiteral("webmaster@example.jp");
        stillPending(attempt.id, QStringLiteral("bounce"), {webmaster});
        QVERIFY2(lastCheckAudit().contains(QStringLiteral("dcv.reply-bounce")), qPrintable(lastCheckAudit()));
        // The bounce lies in the RA's mailbox: whoever reads it there and sends the value "from"
        // webmaster@ as a person would gets nothing — the value is spent.
        QVERIFY(
            deliver(webmaster, message(webmaster, {}, QStringLiteral("Yes, go ahead.\nValidation value: ") + value)));
        QVERIFY(repliesReach(before + 2));
        stillPending(attempt.id, QStringLiteral("after the bounce"), {webmaster});
        QSqlQuery revive(m_demo->workspace().database().connection());
        QVERIFY(!revive.exec(QStringLiteral("UPDATE dcv_emails SET void_reason = '' WHERE void_reason <> ''")));
    }

    // A bounce that is not multipart/report still comes from the null sender or MAILER-DAEMON;
    // an out-of-office answer says Auto-Submitted. Each carries the value in plain text.
    void automaticMessagesNeverValidate_R_DCV_2() {
        const domain::DcvAttempt attempt = mailed();
        QVERIFY(attempt.id > 0);
        const QString admin = emailTo(attempt.id, QStringLiteral("admin@example.jp")).random.value;
        const QString postmaster = emailTo(attempt.id, QStringLiteral("postmaster@example.jp")).random.value;
        const QString hostmaster = emailTo(attempt.id, QStringLiteral("hostmaster@example.jp")).random.value;
        const qsizetype before = replies();
        QVERIFY(deliver(QString(), message(QStringLiteral("Mail Delivery System <MAILER-DAEMON@example.jp>"), {},
                                           QStringLiteral("Delivery failed.\nValidation value: ") + admin)));
        QVERIFY(deliver(QStringLiteral("postmaster@example.jp"),
                        message(QStringLiteral("postmaster@example.jp"), "Auto-Submitted: auto-replied\r\n",
                                QStringLiteral("I am away. Your message:\nValidation value: ") + postmaster)));
        QVERIFY(deliver(QString(), message(QStringLiteral("hostmaster@example.jp"), {},
                                           QStringLiteral("Validation value: ") + hostmaster)));
        QVERIFY(repliesReach(before + 3));
        stillPending(attempt.id, QStringLiteral("automatic"),
                     {QStringLiteral("admin@example.jp"), QStringLiteral("postmaster@example.jp"),
                      QStringLiteral("hostmaster@example.jp")});
        // What was set aside, and why, is in the audit entry of the check.
        QVERIFY2(lastCheckAudit().contains(QStringLiteral("dcv.reply-automatic")), qPrintable(lastCheckAudit()));
    }

    // The value of hostmaster@'s message, known to someone else, sent from another address.
    void aReplyFromAnAddressThatWasNotMailedNeverValidates_R_DCV_2() {
        const domain::DcvAttempt attempt = mailed();
        QVERIFY(attempt.id > 0);
        const QString value = emailTo(attempt.id, QStringLiteral("hostmaster@example.jp")).random.value;
        const qsizetype before = replies();
        QVERIFY(
            deliver(QStringLiteral("attacker@evil.test"), message(QStringLiteral("Hostmaster <attacker@evil.test>"), {},
                                                                  QStringLiteral("Validation value: ") + value)));
        // Nor from another mailed address: each value belongs to its own mailbox (R-DCV-1).
        QVERIFY(deliver(QStringLiteral("admin@example.jp"),
                        message(QStringLiteral("admin@example.jp"), {}, QStringLiteral("Validation value: ") + value)));
        QVERIFY(repliesReach(before + 2));
        stillPending(attempt.id, QStringLiteral("other sender"), {QStringLiteral("hostmaster@example.jp")});
        QVERIFY2(lastCheckAudit().contains(QStringLiteral("dcv.reply-sender")), qPrintable(lastCheckAudit()));
    }

    // A reply that only quotes the message (with "> ", or whole below "On … wrote:") carries the
    // value without anyone having read it.
    void aReplyThatOnlyQuotesNeverValidates_R_DCV_2() {
        const domain::DcvAttempt attempt = mailed();
        QVERIFY(attempt.id > 0);
        const QString admin = emailTo(attempt.id, QStringLiteral("admin@example.jp")).random.value;
        const QString hostmaster = emailTo(attempt.id, QStringLiteral("hostmaster@example.jp")).random.value;
        const qsizetype before = replies();
        QVERIFY(deliver(QStringLiteral("admin@example.jp"),
                        message(QStringLiteral("admin@example.jp"), {},
                                QStringLiteral("OK\n\n> Validation value: ") + admin + QStringLiteral("\n"))));
        QVERIFY(
            deliver(QStringLiteral("hostmaster@example.jp"),
                    message(QStringLiteral("hostmaster@example.jp"), {},
                            QStringLiteral("OK\n\nOn Fri, 4 Dec 2026, RA wrote:\nValidation value: ") + hostmaster)));
        QVERIFY(repliesReach(before + 2));
        stillPending(attempt.id, QStringLiteral("quoted only"));
        QVERIFY2(lastCheckAudit().contains(QStringLiteral("dcv.reply-no-value")), qPrintable(lastCheckAudit()));
    }

    // The real thing: the person at hostmaster@ writes the value in their reply (the lab's
    // applicant does as the message asks), and only that address counts as replied.
    void aPersonsReplyFromTheMailedAddressValidates_R_DCV_2() {
        const domain::DcvAttempt attempt = mailed();
        QVERIFY(attempt.id > 0);
        QVERIFY(m_demo->lab()->mail().reply(QStringLiteral("hostmaster@example.jp")));
        auto checked = service().check(tanaka(), attempt.id);
        for (int tries = 0; checked && checked->status == Status::Pending && tries < 80; ++tries) {
            QTest::qWait(250);
            checked = service().check(tanaka(), attempt.id);
        }
        QVERIFY(checked);
        QVERIFY2(checked->status == Status::Passed, qPrintable(checked->observed));
        QCOMPARE(emailTo(attempt.id, QStringLiteral("hostmaster@example.jp")).status, EmailStatus::Replied);
        QCOMPARE(emailTo(attempt.id, QStringLiteral("admin@example.jp")).status, EmailStatus::Sent);
    }

    // The values are secrets between the RA and each mailbox: ra-cli shows their hashes only,
    // the audit log holds no value, and reading the attempts needs a signed-in user.
    void theValuesAreShownToNobody_R_DCV_2() {
        const domain::DcvAttempt attempt = mailed();
        QVERIFY(attempt.id > 0);
        const QList<domain::DcvEmail> emails = service().emails(attempt.id).value_or(QList<domain::DcvEmail>{});
        QCOMPARE(emails.size(), 5);
        QSqlQuery audit(m_demo->workspace().database().connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT details FROM audit_log")));
        QString everything;
        while (audit.next()) {
            everything += audit.value(0).toString();
        }
        for (const domain::DcvEmail& email : emails) {
            QVERIFY2(!everything.contains(email.random.value), qPrintable(email.address));
            QVERIFY(everything.contains(crypto::sha256Hex(email.random.value.toUtf8())));
        }

        const auto cli = [this](const QStringList& arguments, const QByteArray& input) {
            return test::runProcess(QStringLiteral(RA_CLI_PATH),
                                    QStringList{QStringLiteral("--workspace"), m_demo->workspace().directory(),
                                                QStringLiteral("--json"), QStringLiteral("--at"),
                                                m_demo->clock().nowUtc().toString(Qt::ISODate)} +
                                        arguments,
                                    input);
        };
        const QStringList status{QStringLiteral("dcv"), QStringLiteral("status"), QString::number(exampleShop())};
        QVERIFY(cli(status, {}).exitCode != 0); // nobody signed in: nothing shown
        m_demo->clock().advanceSeconds(30);
        const test::ProcessRun shown = cli(status + QStringList{QStringLiteral("--as"), QStringLiteral("tanaka")},
                                           m_demo->field(QStringLiteral("tanaka"), "password").toUtf8() + '\n' +
                                               m_demo->code(QStringLiteral("tanaka")).toUtf8() + '\n');
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        for (const domain::DcvEmail& email : emails) {
            QVERIFY2(!shown.out.contains(email.random.value.toUtf8()), qPrintable(email.address));
        }
        QVERIFY(shown.out.contains(crypto::sha256Hex(emails.first().random.value.toUtf8()).toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestEmailDcvAttacks)
#include "TestEmailDcvAttacks.moc"
