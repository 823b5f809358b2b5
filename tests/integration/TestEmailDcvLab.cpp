// SPDX-License-Identifier: Apache-2.0
// DCV methods 1, 2, 4 and 5, the email methods (R-DCV-1, R-DCV-2, R-DCV-4, R-MPIC-1), against the
// lab's real SMTP servers (aiosmtpd), DNS, WHOIS server and RDAP objects: the workstation submits
// one email per address, each with its own random value, to the lab's mail server — the registry's
// Domain Contacts, the constructed addresses, or the CAA or TXT contacts the perspectives
// corroborate; the "applicant" replies through the RA's mail server
// into the replies folder; a check matches replies by random value.
#include "app/DcvService.h"
#include "app/SettingsService.h"
#include "tests/support/DemoFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

using namespace ra;
using Status = domain::DcvAttempt::Status;
using EmailStatus = domain::DcvEmail::Status;

class TestEmailDcvLab : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

    app::DcvService service() { return app::DcvService(m_demo->workspace()); }
    domain::User tanaka() { return m_demo->user(QStringLiteral("tanaka")); }

    domain::Result<domain::DcvAttempt> start() {
        return service().start(tanaka(), 2, QStringLiteral("shop.example.jp"), domain::DcvMethod::ConstructedEmail,
                               QStringLiteral("example.jp"), {});
    }

    QList<domain::DcvEmail> emails(qint64 attempt) {
        return service().emails(attempt).value_or(QList<domain::DcvEmail>{});
    }

    void setRelay(const QString& relay) {
        QVERIFY(app::SettingsService(m_demo->workspace())
                    .change(m_demo->user(QStringLiteral("admin")), QStringLiteral("mail/relay"), relay));
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY2(m_demo->startLab(), qPrintable(m_demo->problem()));
    }

    void cleanupTestCase() { m_demo.reset(); }

    void everyConstructedAddressGetsItsOwnValue_R_DCV_1_R_DCV_2() {
        const auto attempt = start();
        QVERIFY2(attempt, qPrintable(attempt ? QString() : attempt.error().userMessage));
        QCOMPARE(emails(attempt->id).size(), 5);
        const auto checked = service().check(tanaka(), attempt->id); // sends them
        QVERIFY(checked);
        QCOMPARE(checked->status, Status::Pending); // until a reply comes
        const QList<domain::DcvEmail> sent = emails(attempt->id);
        QStringList addresses;
        QSet<QString> values;
        for (const domain::DcvEmail& email : sent) {
            QVERIFY2(email.status == EmailStatus::Sent, qPrintable(email.detail));
            QVERIFY(email.random.value.size() * 5 >= domain::RandomValue::kMinimumBits);
            addresses << email.address;
            values << email.random.value;
        }
        QCOMPARE(addresses, domain::Dcv::constructedAddresses(QStringLiteral("example.jp")));
        QCOMPARE(values.size(), 5);
        // Each mailbox received its own message with its own value, and no other's.
        const QList<app::ReceivedMail> delivered = app::readMaildir(m_demo->lab()->mail().applicantsMaildir());
        for (const domain::DcvEmail& email : sent) {
            int carrying = 0;
            for (const app::ReceivedMail& mail : delivered) {
                if (mail.text.contains(email.random.value)) {
                    ++carrying;
                    QCOMPARE(mail.to, email.address);
                }
            }
            QCOMPARE(carrying, 1);
        }
    }

    void aReplyCarryingAValueValidates_R_DCV_2_R_DCV_4() {
        const auto attempt = start();
        QVERIFY(service().check(tanaka(), attempt->id));
        // A reply without the value, and the RA's own message, confirm nothing.
        app::MailSettings applicant = m_demo->lab()->mail().settings();
        applicant.relayPort = app::MailLab::kRaPort;
        applicant.from = QStringLiteral("admin@example.jp");
        QVERIFY(app::sendMail(applicant,
                              {QStringLiteral("dcv@ra.test"), QStringLiteral("Re: validation"),
                               QStringLiteral("Yes, go ahead."), QStringLiteral("<no-value@lab.test>")},
                              QDateTime::currentDateTimeUtc()));
        QCOMPARE(service().check(tanaka(), attempt->id)->status, Status::Pending);

        const domain::Status replied = m_demo->lab()->mail().reply(QStringLiteral("hostmaster@example.jp"));
        QVERIFY2(replied, qPrintable(replied ? QString() : replied.error().userMessage));
        // The reply reaches the RA's mailbox through the lab's SMTP server: checked again, as an
        // officer would, until it is there (seen to lag more than 5 s under load: up to 20 s).
        auto passed = service().check(tanaka(), attempt->id);
        for (int tries = 0; passed && passed->status == Status::Pending && tries < 80; ++tries) {
            QTest::qWait(250);
            passed = service().check(tanaka(), attempt->id);
        }
        QVERIFY(passed);
        QVERIFY2(passed->status == Status::Passed, qPrintable(passed->observed));
        QVERIFY(passed->observed.contains(QStringLiteral("hostmaster@example.jp: replied")));
        const QList<domain::DcvEmail> all = emails(attempt->id);
        QCOMPARE(all.at(3).address, QStringLiteral("hostmaster@example.jp"));
        QCOMPARE(all.at(3).status, EmailStatus::Replied);
        QVERIFY(all.at(3).replyFrom.contains(QStringLiteral("hostmaster@example.jp")));
        QCOMPARE(all.at(3).replySha256.size(), 64);
        QCOMPARE(all.at(0).status, EmailStatus::Sent); // the others still wait, and will not count
        // The reply is in the audit trail, and a recorded reply never changes (R-DCV-4).
        QSqlQuery audit(m_demo->workspace().database().connection());
        QVERIFY(audit.exec(QStringLiteral("SELECT details FROM audit_log WHERE event_type = 'dcv.checked' "
                                          "ORDER BY seq DESC LIMIT 1")));
        QVERIFY(audit.next());
        QVERIFY(audit.value(0).toString().contains(all.at(3).replySha256));
        QSqlQuery tamper(m_demo->workspace().database().connection());
        QVERIFY(!tamper.exec(QStringLiteral("UPDATE dcv_emails SET reply_from = 'x' WHERE id = %1").arg(all.at(3).id)));
        QVERIFY(!tamper.exec(QStringLiteral("DELETE FROM dcv_emails WHERE id = %1").arg(all.at(3).id)));
    }

    void aRelayThatCannotBeReachedFailsClearlyAndIsRetried_R_DCV_2() {
        const auto attempt = start();
        const app::MailSettings lab = m_demo->lab()->mail().settings();
        setRelay(lab.relayHost + QStringLiteral(":1")); // nothing listens there
        const auto failed = service().check(tanaka(), attempt->id);
        QVERIFY(failed);
        QCOMPARE(failed->status, Status::Pending);
        for (const domain::DcvEmail& email : emails(attempt->id)) {
            QCOMPARE(email.status, EmailStatus::Failed);
            QVERIFY2(email.detail.contains(QStringLiteral("was not sent")), qPrintable(email.detail));
        }
        setRelay(QStringLiteral("%1:%2").arg(lab.relayHost).arg(lab.relayPort));
        QVERIFY(service().check(tanaka(), attempt->id));
        for (const domain::DcvEmail& email : emails(attempt->id)) {
            QCOMPARE(email.status, EmailStatus::Sent);
        }
    }

    void theCaaContactIsCorroboratedThenMailed_R_DCV_2_R_MPIC_1() {
        QVERIFY(m_demo->lab()->dns().setRecords(QStringLiteral("example.jp"), QStringLiteral("CAA"),
                                                {QStringLiteral("0 issue \"secomtrust.net\""),
                                                 QStringLiteral("0 contactemail \"caa-contact@example.jp\"")}));
        const auto attempt = service().start(tanaka(), 2, QStringLiteral("shop.example.jp"),
                                             domain::DcvMethod::CaaContactEmail, QStringLiteral("example.jp"), {});
        QVERIFY(attempt);
        QVERIFY(emails(attempt->id).isEmpty()); // found in DNS at the first check
        const auto checked = service().check(tanaka(), attempt->id);
        QVERIFY(checked);
        QCOMPARE(checked->status, Status::Pending);
        QVERIFY2(checked->corroboration.startsWith(QStringLiteral("6 of 6")), qPrintable(checked->corroboration));
        const QList<domain::DcvEmail> sent = emails(attempt->id);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().address, QStringLiteral("caa-contact@example.jp"));
        QCOMPARE(sent.first().status, EmailStatus::Sent);
        // Every perspective's view of the contact is kept (R-DCV-4).
        QCOMPARE(service().observations(attempt->id)->size(), 7);
        QVERIFY(m_demo->lab()->mail().reply(QStringLiteral("caa-contact@example.jp")));
        QCOMPARE(service().check(tanaka(), attempt->id)->status, Status::Passed);
    }

    void aMissingTxtContactFailsAndIsLookedForAgain_R_DCV_2() {
        QVERIFY(m_demo->lab()->dns().setRecords(QStringLiteral("_validation-contactemail.example.jp"),
                                                QStringLiteral("TXT"), {}));
        const auto attempt = service().start(tanaka(), 2, QStringLiteral("shop.example.jp"),
                                             domain::DcvMethod::TxtContactEmail, QStringLiteral("example.jp"), {});
        QVERIFY(attempt);
        const auto missing = service().check(tanaka(), attempt->id);
        QCOMPARE(missing->status, Status::Failed);
        QVERIFY2(missing->observed.startsWith(QStringLiteral("no corroborated contact")),
                 qPrintable(missing->observed));
        QVERIFY(emails(attempt->id).isEmpty());
        QVERIFY(m_demo->lab()->dns().setRecords(QStringLiteral("_validation-contactemail.example.jp"),
                                                QStringLiteral("TXT"), {QStringLiteral("\"txt-contact@example.jp\"")}));
        const auto found = service().check(tanaka(), attempt->id);
        QCOMPARE(found->status, Status::Pending);
        QCOMPARE(emails(attempt->id).size(), 1);
        QVERIFY(m_demo->lab()->mail().reply(QStringLiteral("txt-contact@example.jp")));
        QCOMPARE(service().check(tanaka(), attempt->id)->status, Status::Passed);
    }

    void theRegistrysDomainContactIsMailed_R_DCV_2() {
        // Method 1 over WHOIS: the server found as jp.whois-servers.net, asked on port 43.
        const auto attempt = service().start(tanaka(), 2, QStringLiteral("shop.example.jp"),
                                             domain::DcvMethod::ContactEmail, QStringLiteral("example.jp"), {});
        QVERIFY(attempt);
        const auto checked = service().check(tanaka(), attempt->id);
        QVERIFY(checked);
        QCOMPARE(checked->status, Status::Pending);
        const QList<domain::DcvEmail> sent = emails(attempt->id);
        QCOMPARE(sent.size(), 1); // registrant, admin and tech are one address; the registrar's abuse address is not
        QCOMPARE(sent.first().address, QStringLiteral("registrant@example.jp"));
        QCOMPARE(sent.first().status, EmailStatus::Sent);
        const auto observations = service().observations(attempt->id);
        QVERIFY(observations->first().report.relevantName.startsWith(QStringLiteral("WHOIS jp.whois-servers.net")));
        QVERIFY(m_demo->lab()->mail().reply(QStringLiteral("registrant@example.jp")));
        QCOMPARE(service().check(tanaka(), attempt->id)->status, Status::Passed);
    }

    void aDomainTheRegistryDoesNotKnowFailsClearly_R_DCV_2() {
        const auto attempt = service().start(tanaka(), 2, QStringLiteral("shop.example.jp"),
                                             domain::DcvMethod::ContactEmail, QStringLiteral("shop.example.jp"), {});
        QVERIFY(attempt);
        const auto checked = service().check(tanaka(), attempt->id);
        QCOMPARE(checked->status, Status::Failed);
        QVERIFY2(checked->observed.contains(QStringLiteral("no contact address")), qPrintable(checked->observed));
        QVERIFY(emails(attempt->id).isEmpty());
        // An answer over the limit is refused whole, whatever addresses it holds.
        QVERIFY(m_demo->lab()->registry().setWhois(
            QStringLiteral("shop.example.jp"),
            app::RegistryLab::whoisRecord(QStringLiteral("shop.example.jp"), QStringLiteral("big@example.jp")) +
                QByteArray(100000, '%')));
        const auto huge = service().check(tanaka(), attempt->id);
        QCOMPARE(huge->status, Status::Failed);
        QVERIFY2(huge->observed.contains(QStringLiteral("larger than 65536")), qPrintable(huge->observed));
    }

    void rdapIsAskedFirstAndNeverCached_R_DCV_2() {
        app::RegistryLab& registry = m_demo->lab()->registry();
        QVERIFY(registry.addRdapService(QStringLiteral("jp")));
        QVERIFY(registry.setRdap(
            QStringLiteral("example.jp"),
            app::RegistryLab::rdapRecord(QStringLiteral("example.jp"), QStringLiteral("rdap-contact@example.jp"))));
        const auto first = service().start(tanaka(), 2, QStringLiteral("shop.example.jp"),
                                           domain::DcvMethod::ContactEmail, QStringLiteral("example.jp"), {});
        QVERIFY(service().check(tanaka(), first->id));
        QCOMPARE(emails(first->id).first().address, QStringLiteral("rdap-contact@example.jp"));
        QVERIFY(service().observations(first->id)->first().report.relevantName.startsWith(
            QStringLiteral("RDAP https://rdap.web.test/domain/example.jp")));
        // The registry changes: the next attempt asks again and sees it.
        QVERIFY(registry.setRdap(
            QStringLiteral("example.jp"),
            app::RegistryLab::rdapRecord(QStringLiteral("example.jp"), QStringLiteral("new-contact@example.jp"))));
        const auto second = service().start(tanaka(), 2, QStringLiteral("shop.example.jp"),
                                            domain::DcvMethod::ContactEmail, QStringLiteral("example.jp"), {});
        QVERIFY(service().check(tanaka(), second->id));
        QCOMPARE(emails(second->id).first().address, QStringLiteral("new-contact@example.jp"));
    }

    void anExpiredValueNeverValidates_R_DCV_1() {
        const auto attempt = start();
        QVERIFY(service().check(tanaka(), attempt->id));
        QVERIFY(m_demo->lab()->mail().reply(QStringLiteral("admin@example.jp")));
        m_demo->clock().advanceSeconds(31LL * 24 * 3600);
        QCOMPARE(service().check(tanaka(), attempt->id).error().code, QStringLiteral("dcv.expired"));
        QCOMPARE(service().attempts(2)->last().status, Status::Expired);
    }
};

QTEST_GUILESS_MAIN(TestEmailDcvLab)
#include "TestEmailDcvLab.moc"
