// SPDX-License-Identifier: Apache-2.0
// The HTTP validation methods' rules (R-DCV-2, R-DCV-3): what the applicant publishes where, what
// counts as seeing it, and which redirects may be followed.
#include "domain/Dcv.h"

#include <QJsonDocument>
#include <QTest>

using namespace ra::domain;

class TestDcv : public QObject {
    Q_OBJECT

    static DcvAttempt attempt(DcvMethod method) {
        DcvAttempt attempt;
        attempt.fqdn = QStringLiteral("www.example.jp");
        attempt.authorizationDomain = attempt.fqdn;
        attempt.method = method;
        attempt.random.value = QStringLiteral("k3v5o7q2");
        return attempt;
    }

private slots:
    void websiteChangeLooksUnderPkiValidationOverHttpAndHttps_R_DCV_2() {
        const DcvChallenge challenge = Dcv::challenge(attempt(DcvMethod::WebsiteChange), {});
        QCOMPARE(
            challenge.urls,
            (QList<QUrl>{QUrl(QStringLiteral("http://www.example.jp/.well-known/pki-validation/ra-validation.txt")),
                         QUrl(QStringLiteral("https://www.example.jp/.well-known/pki-validation/ra-validation.txt"))}));
        QCOMPARE(challenge.content, QStringLiteral("k3v5o7q2"));
        QVERIFY(Dcv::observationMatches(DcvMethod::WebsiteChange, {QStringLiteral("token: k3v5o7q2\n")},
                                        challenge.content));
        QVERIFY(!Dcv::observationMatches(DcvMethod::WebsiteChange, {QStringLiteral("k3v5o7q")}, challenge.content));
    }

    void acmeHttp01ServesTheKeyAuthorizationOnPort80_R_DCV_2() {
        const DcvChallenge challenge = Dcv::challenge(attempt(DcvMethod::AcmeHttp01), QStringLiteral("thumb"));
        QCOMPARE(challenge.urls,
                 QList<QUrl>{QUrl(QStringLiteral("http://www.example.jp/.well-known/acme-challenge/k3v5o7q2"))});
        QCOMPARE(challenge.content, QStringLiteral("k3v5o7q2.thumb"));
        // RFC 8555 8.3: trailing white space is ignored, nothing else.
        QVERIFY(
            Dcv::observationMatches(DcvMethod::AcmeHttp01, {QStringLiteral("k3v5o7q2.thumb\r\n")}, challenge.content));
        QVERIFY(
            !Dcv::observationMatches(DcvMethod::AcmeHttp01, {QStringLiteral(" k3v5o7q2.thumb")}, challenge.content));
        QVERIFY(!Dcv::observationMatches(DcvMethod::AcmeHttp01, {QStringLiteral("k3v5o7q2.thumb and more")},
                                         challenge.content));
    }

    void dnsChangeNeedsTheExactValue_R_DCV_2() {
        QVERIFY(Dcv::observationMatches(DcvMethod::DnsChange, {QStringLiteral("other"), QStringLiteral(" k3v5o7q2 ")},
                                        QStringLiteral("k3v5o7q2")));
        QVERIFY(
            !Dcv::observationMatches(DcvMethod::DnsChange, {QStringLiteral("x k3v5o7q2")}, QStringLiteral("k3v5o7q2")));
        QVERIFY(!Dcv::observationMatches(DcvMethod::DnsChange, {QString()}, QString()));
    }

    void httpMethodsValidateTheNameItselfOnly_R_DCV_3() {
        QVERIFY(Dcv::checkHttpMethodName(QStringLiteral("www.example.jp"), {}, {}));
        QVERIFY(Dcv::checkHttpMethodName(QStringLiteral("www.example.jp"), QStringLiteral("WWW.example.jp"), {}));
        QCOMPARE(
            Dcv::checkHttpMethodName(QStringLiteral("www.example.jp"), QStringLiteral("example.jp"), {}).error().code,
            QStringLiteral("dcv.http-adn"));
        QCOMPARE(Dcv::checkHttpMethodName(QStringLiteral("www.example.jp"), {}, QStringLiteral("_x")).error().code,
                 QStringLiteral("dcv.http-adn"));
        QCOMPARE(Dcv::checkHttpMethodName(QStringLiteral("*.example.jp"), {}, {}).error().code,
                 QStringLiteral("dcv.http-wildcard"));
    }

    void contactsComeFromCaaAndTxtRecords_R_DCV_2() {
        QCOMPARE(Dcv::caaContactEmails({QStringLiteral("0 issue \"secomtrust.net\""),
                                        QStringLiteral("0 contactemail \"DNS@Example.jp\""),
                                        QStringLiteral("0 CONTACTEMAIL \"dns@example.jp\""),
                                        QStringLiteral("0 contactemail \"not an address\""),
                                        QStringLiteral("0 contactphone \"+81 3 0000 0000\"")}),
                 QStringList{QStringLiteral("dns@example.jp")});
        QCOMPARE(Dcv::txtContactEmails({QStringLiteral(" b@example.jp "), QStringLiteral("a@example.jp"),
                                        QStringLiteral("v=spf1 -all"), QStringLiteral("x@y>z@example.jp")}),
                 (QStringList{QStringLiteral("a@example.jp"), QStringLiteral("b@example.jp")}));
        QCOMPARE(Dcv::txtContactName(QStringLiteral("Example.JP")),
                 QStringLiteral("_validation-contactemail.example.jp"));
        QVERIFY(!Dcv::isEmailAddress(QStringLiteral("a@b\r\nRCPT TO:<c@d.jp>")));
        QVERIFY(!Dcv::isEmailAddress(QStringLiteral("a@localhost")));
    }

    void domainContactsComeFromWhoisAndRdap_R_DCV_2() {
        const QString whois = QStringLiteral("Domain Name: EXAMPLE.JP\r\n"
                                             "Registrar Abuse Contact Email: abuse@registrar.example\r\n"
                                             "Registrant Email: Owner@Example.jp\r\n"
                                             "Admin Email: admin-c@example.jp\r\n"
                                             "Tech Email: owner@example.jp\r\n"
                                             "Billing Email: billing@example.jp\r\n"
                                             "Registrant Email: REDACTED FOR PRIVACY\r\n");
        QCOMPARE(Dcv::whoisContactEmails(whois),
                 (QStringList{QStringLiteral("admin-c@example.jp"), QStringLiteral("owner@example.jp")}));
        const QJsonObject rdap = QJsonDocument::fromJson(R"({"objectClassName": "domain", "entities": [
            {"roles": ["registrar"], "vcardArray": ["vcard", [["email", {}, "text", "rr@registrar.example"]]],
             "entities": [{"roles": ["abuse"], "vcardArray": ["vcard", [["email", {}, "text", "abuse@r.example"]]]},
                          {"roles": ["technical"], "vcardArray": ["vcard", [["email", {}, "text", "noc@r.example"]]]}]},
            {"roles": ["registrant", "technical"],
             "vcardArray": ["vcard", [["fn", {}, "text", "Owner"], ["email", {}, "text", "dns@example.jp"]]]}]})")
                                     .object();
        // The registrar's technical contact is the registrar's, never the domain's (BR 1.6.1).
        QCOMPARE(Dcv::rdapContactEmails(rdap), QStringList{QStringLiteral("dns@example.jp")});
        QVERIFY(Dcv::rdapContactEmails(QJsonObject{}).isEmpty());
    }

    void onlyHttpOn80AndHttpsOn443AreAuthorized_R_DCV_3() {
        QVERIFY(Dcv::isAuthorizedUrl(QUrl(QStringLiteral("http://a.jp/x"))));
        QVERIFY(Dcv::isAuthorizedUrl(QUrl(QStringLiteral("http://a.jp:80/x"))));
        QVERIFY(Dcv::isAuthorizedUrl(QUrl(QStringLiteral("https://a.jp/x"))));
        QVERIFY(!Dcv::isAuthorizedUrl(QUrl(QStringLiteral("http://a.jp:8080/x"))));
        QVERIFY(!Dcv::isAuthorizedUrl(QUrl(QStringLiteral("https://a.jp:80/x"))));
        QVERIFY(!Dcv::isAuthorizedUrl(QUrl(QStringLiteral("ftp://a.jp/x"))));
        QVERIFY(!Dcv::isAuthorizedUrl(QUrl(QStringLiteral("http://user@a.jp/x"))));
        QVERIFY(!Dcv::isAuthorizedUrl(QUrl(QStringLiteral("/relative"))));
    }

    void onlyFourRedirectStatusesAreFollowed_R_DCV_3() {
        const QUrl target(QStringLiteral("https://a.jp/x"));
        for (int status : {301, 302, 307, 308}) {
            QVERIFY2(Dcv::checkRedirect(status, target), qPrintable(QString::number(status)));
        }
        for (int status : {300, 303, 304, 305, 306}) {
            QCOMPARE(Dcv::checkRedirect(status, target).error().code, QStringLiteral("dcv.redirect-status"));
        }
        QCOMPARE(Dcv::checkRedirect(301, QUrl(QStringLiteral("http://a.jp:8443/x"))).error().code,
                 QStringLiteral("dcv.redirect-target"));
        QCOMPARE(Dcv::checkRedirect(302, QUrl(QStringLiteral("ftp://a.jp/x"))).error().code,
                 QStringLiteral("dcv.redirect-target"));
    }

    // R-DCV-2: only a person's answer from the mailed address, with the value in its own text.
    void onlyAPersonsReplyWithTheValueInItsOwnTextConfirms_R_DCV_2_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("envelopeSenders");
        QTest::addColumn<QString>("autoSubmitted");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<bool>("failedRecipients");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("refusal"); // empty: it confirms
        QTest::addColumn<bool>("autoResponder");
        const QString own = QStringLiteral("Yes, that is us.\nValidation value: VALUE\n");
        const QString plain = QStringLiteral("text/plain; charset=UTF-8");
        const QStringList person{QStringLiteral("<admin@example.jp>")};
        QTest::newRow("a person's reply") << QStringLiteral("Admin <Admin@Example.JP>") << person << QString() << plain
                                          << false << own << QString() << false;
        QTest::newRow("Auto-Submitted: no") << QStringLiteral("admin@example.jp") << person << QStringLiteral("no")
                                            << plain << false << own << QString() << false;
        QTest::newRow("the value copied on its own line above the quote")
            << QStringLiteral("admin@example.jp") << person << QString() << plain << false
            << QStringLiteral("Validation value: VALUE\n\nOn Fri RA wrote:\n> The certificate authority's "
                              "registration authority was asked\n")
            << QString() << false;
        QTest::newRow("delivery-status notification") << QStringLiteral("admin@example.jp") << person << QString()
                                                      << QStringLiteral("multipart/report; report-type=delivery-status")
                                                      << false << own << QStringLiteral("dcv.reply-bounce") << false;
        QTest::newRow("X-Failed-Recipients") << QStringLiteral("admin@example.jp") << person << QString() << plain
                                             << true << own << QStringLiteral("dcv.reply-bounce") << false;
        QTest::newRow("null envelope sender")
            << QStringLiteral("admin@example.jp") << QStringList{QStringLiteral("<>")} << QString() << plain << false
            << own << QStringLiteral("dcv.reply-bounce") << false;
        QTest::newRow("empty X-MailFrom")
            << QStringLiteral("admin@example.jp") << QStringList{QStringLiteral("<admin@example.jp>"), QString()}
            << QString() << plain << false << own << QStringLiteral("dcv.reply-bounce") << false;
        QTest::newRow("MAILER-DAEMON") << QStringLiteral("Mail Delivery <MAILER-DAEMON@example.jp>") << person
                                       << QString() << plain << false << own << QStringLiteral("dcv.reply-bounce")
                                       << false;
        QTest::newRow("out of office") << QStringLiteral("admin@example.jp") << person << QStringLiteral("auto-replied")
                                       << plain << false << own << QStringLiteral("dcv.reply-automatic") << false;
        QTest::newRow("another address") << QStringLiteral("admin <admin@example.jp.evil.test>") << person << QString()
                                         << plain << false << own << QStringLiteral("dcv.reply-sender") << false;
        QTest::newRow("the value only quoted with >")
            << QStringLiteral("admin@example.jp") << person << QString() << plain << false
            << QStringLiteral("OK\n> Validation value: VALUE\n") << QStringLiteral("dcv.reply-no-value") << false;
        QTest::newRow("the value below On … wrote:")
            << QStringLiteral("admin@example.jp") << person << QString() << plain << false
            << QStringLiteral("OK\nOn Fri, RA <dcv@ra.test> wrote:\nValidation value: VALUE\n")
            << QStringLiteral("dcv.reply-no-value") << false;
        QTest::newRow("the whole message quoted without >")
            << QStringLiteral("admin@example.jp") << person << QString() << plain << false
            << QStringLiteral("OK\n\nThe certificate authority's registration authority was asked for a "
                              "certificate for www.example.jp.\nValidation value: VALUE\n")
            << QStringLiteral("dcv.reply-no-value") << false;
        QTest::newRow("no value") << QStringLiteral("admin@example.jp") << person << QString() << plain << false
                                  << QStringLiteral("Yes.") << QStringLiteral("dcv.reply-no-value") << false;
        QTest::newRow("Precedence: bulk, X-Autoreply or List-Id")
            << QStringLiteral("admin@example.jp") << person << QString() << plain << false << own
            << QStringLiteral("dcv.reply-automatic") << true;
        QTest::newRow("Auto-Submitted: nope")
            << QStringLiteral("admin@example.jp") << person << QStringLiteral("nope") << plain << false << own
            << QStringLiteral("dcv.reply-automatic") << false;
        QTest::newRow("the message quoted bare and rewrapped")
            << QStringLiteral("admin@example.jp") << person << QString() << plain << false
            << QStringLiteral("OK\n\nThe certificate authority's registration authority\nwas asked for a "
                              "certificate.\nValidation value: VALUE\n")
            << QStringLiteral("dcv.reply-no-value") << false;
    }

    void onlyAPersonsReplyWithTheValueInItsOwnTextConfirms_R_DCV_2() {
        QFETCH(QString, from);
        QFETCH(QStringList, envelopeSenders);
        QFETCH(QString, autoSubmitted);
        QFETCH(QString, contentType);
        QFETCH(bool, failedRecipients);
        QFETCH(QString, text);
        QFETCH(QString, refusal);
        QFETCH(bool, autoResponder);
        const QString value = QStringLiteral("a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6");
        const RandomValue random{value, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
        const QString sent =
            QStringLiteral("The certificate authority's registration authority was asked for a certificate for "
                           "www.example.jp.\n\nValidation value: %1\n")
                .arg(value);
        const MailReply reply{from,
                              envelopeSenders,
                              autoSubmitted,
                              autoResponder,
                              contentType,
                              failedRecipients,
                              QString(text).replace(QStringLiteral("VALUE"), value)};
        const Status confirms = Dcv::replyConfirms(reply, random, {QStringLiteral("admin@example.jp")}, sent);
        QCOMPARE(confirms ? QString() : confirms.error().code, refusal);
    }
};

QTEST_GUILESS_MAIN(TestDcv)
#include "TestDcv.moc"
