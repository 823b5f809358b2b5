// SPDX-License-Identifier: Apache-2.0
// DCV methods 6 and 7 (R-DCV-2) with the redirect policy and limits of R-DCV-3, against the lab:
// nginx on ports 80 and 443 of a loopback address of the test's own, named by the lab's Knot DNS,
// and six ra-perspective agents that fetch with their own resolvers (R-MPIC-1). The "applicant"
// publishes files; hostile answers are nginx routes (redirects of every kind, loops, huge and
// slow bodies) changed while the lab runs.
#include "app/DcvService.h"
#include "app/dns/UnboundResolver.h"
#include "app/mpic/HttpFetch.h"
#include "crypto/JwkThumbprint.h"
#include "tests/support/DemoFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QSslCertificate>
#include <QTest>

#include <algorithm>

using namespace ra;
using Status = domain::DcvAttempt::Status;
using domain::DcvMethod;

namespace {
const QString kName = QStringLiteral("shop.example.jp"); // requested by demo application 2
const QString kFilePath = QStringLiteral("/.well-known/pki-validation/ra-validation.txt");

QString errorText(const domain::Status& status) {
    return status ? QString() : status.error().userMessage + QLatin1Char(' ') + status.error().detail;
}
} // namespace

class TestHttpDcvLab : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

    app::WebLab& web() { return m_demo->lab()->web(); }

    domain::Result<domain::DcvAttempt> start(DcvMethod method, const QString& adn = {}, const QString& fqdn = kName) {
        return app::DcvService(m_demo->workspace())
            .start(m_demo->user(QStringLiteral("tanaka")), 2, fqdn, method, adn, {});
    }

    domain::Result<domain::DcvAttempt> check(qint64 attempt) {
        return app::DcvService(m_demo->workspace()).check(m_demo->user(QStringLiteral("tanaka")), attempt);
    }

    domain::DcvChallenge challenge(const domain::DcvAttempt& attempt) {
        return app::DcvService(m_demo->workspace()).challenge(attempt).value_or(domain::DcvChallenge{});
    }

    // One fetch as a perspective makes it, with a resolver of the lab's.
    app::HttpFetchResult fetch(const QString& url) {
        const app::ObserverOptions lookups = m_demo->lab()->dns().lookupOptions();
        app::UnboundResolver resolver(app::resolverOptions(lookups));
        return app::fetchForValidation(QUrl(url), resolver, QDeadlineTimer(domain::Dcv::kFetchTimeoutMs),
                                       app::FetchRules::validation(lookups.allowLoopbackTargets));
    }

    void route(const QString& path, const QString& directives) {
        const domain::Status set = web().setRoute(kName, path, directives);
        QVERIFY2(set, qPrintable(errorText(set)));
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY2(m_demo->startLab(), qPrintable(m_demo->problem()));
    }

    void cleanup() {
        // Every test starts from a server with files only.
        for (const QString& path :
             {kFilePath, QStringLiteral("/hop"), QStringLiteral("/big"), QStringLiteral("/slow")}) {
            QVERIFY(web().setRoute(kName, path, {}));
        }
    }

    void cleanupTestCase() {
        m_demo.reset(); // stops the lab; no nginx of this test is left
    }

    void startingTheWebServerTwiceOrOnATakenAddressIsRefused() {
        QCOMPARE(web().start(QDateTime::currentDateTimeUtc()).error().code, QStringLiteral("lab.running"));
        QTemporaryDir elsewhere;
        app::WebLab second(elsewhere.path(), web().address());
        QCOMPARE(second.start(QDateTime::currentDateTimeUtc()).error().code, QStringLiteral("lab.port-in-use"));
        QVERIFY(!second.running());
        QVERIFY(second.stop()); // stopping what does not run is fine
    }

    void websiteChangeValidatesFromEveryPerspective_R_DCV_2_R_MPIC_1() {
        const auto attempt = start(DcvMethod::WebsiteChange);
        QVERIFY(attempt);
        QCOMPARE(challenge(*attempt).urls.first().toString(), QStringLiteral("http://shop.example.jp") + kFilePath);
        QVERIFY(web().publish(QUrl(QStringLiteral("http://shop.example.jp") + kFilePath), "someone else's value\n"));
        const auto before = check(attempt->id);
        QVERIFY(before);
        QCOMPARE(before->status, Status::Failed);
        QVERIFY(before->observed.contains(QStringLiteral("someone else's value")));
        QVERIFY(web().publish(QUrl(QStringLiteral("http://shop.example.jp") + kFilePath),
                              "validation: " + attempt->random.value.toUtf8() + "\n"));
        const auto passed = check(attempt->id);
        QVERIFY(passed);
        QVERIFY2(passed->status == Status::Passed, qPrintable(passed->corroboration));
        QVERIFY2(passed->corroboration.startsWith(QStringLiteral("6 of 6")), qPrintable(passed->corroboration));
        const auto observations = app::DcvService(m_demo->workspace()).observations(attempt->id);
        QVERIFY(observations);
        QCOMPARE(observations->size(), 14);
        QSet<QString> fingerprints;
        for (const app::StoredObservation& observation : observations->mid(8)) {
            QCOMPARE(observation.outcome, QStringLiteral("corroborates"));
            QVERIFY(observation.report.detail.contains(QStringLiteral("→ 200")));
            // Issue 12 item 10: the evidence names each agent's endpoint and the certificate it proved it holds.
            const app::PerspectiveReport& report = observation.report;
            const auto agent =
                std::find_if(m_demo->lab()->agents().cbegin(), m_demo->lab()->agents().cend(),
                             [&](const app::PerspectiveAgentSpec& spec) { return spec.name == report.perspective; });
            QVERIFY(agent != m_demo->lab()->agents().cend());
            QCOMPARE(report.endpoint, QStringLiteral("https://127.0.0.1:%1").arg(agent->port));
            const QList<QSslCertificate> issued = QSslCertificate::fromPath(
                QDir(m_demo->lab()->directory()).filePath(QStringLiteral("perspectives/%1.pem").arg(agent->name)));
            QCOMPARE(issued.size(), 1);
            QCOMPARE(report.certificateSha256,
                     QString::fromLatin1(issued.first().digest(QCryptographicHash::Sha256).toHex()));
            fingerprints << report.certificateSha256;
        }
        QCOMPARE(fingerprints.size(), 6);
        QVERIFY(observations->at(7).report.endpoint.isEmpty()); // the primary is the workstation itself
    }

    void httpsAfterARedirectAlsoCounts_R_DCV_3() {
        route(kFilePath, QStringLiteral("if ($scheme = http) { return 301 https://$host$request_uri; }"));
        const auto attempt = start(DcvMethod::WebsiteChange);
        QVERIFY(attempt);
        QVERIFY(
            web().publish(QUrl(QStringLiteral("https://shop.example.jp") + kFilePath), attempt->random.value.toUtf8()));
        const auto passed = check(attempt->id);
        QVERIFY(passed);
        QVERIFY2(passed->status == Status::Passed, qPrintable(passed->corroboration));
        const auto observations = app::DcvService(m_demo->workspace()).observations(attempt->id);
        QVERIFY(observations->last().report.detail.contains(QStringLiteral("→ 301")));
    }

    void acmeHttp01NeedsTheKeyAuthorization_R_DCV_2() {
        const auto attempt = start(DcvMethod::AcmeHttp01);
        QVERIFY(attempt);
        const domain::DcvChallenge expected = challenge(*attempt);
        // RFC 8555 8.1: token "." thumbprint of the account key, here the CSR's key.
        const auto application = m_demo->workspace().applications().byId(2);
        QCOMPARE(expected.content, attempt->random.value + QLatin1Char('.') +
                                       crypto::jwkThumbprint(application->csr.publicKeyDer).value_or(QString()));
        const QUrl url = expected.urls.first();
        QCOMPARE(url.toString(),
                 QStringLiteral("http://shop.example.jp/.well-known/acme-challenge/") + attempt->random.value);
        QVERIFY(web().publish(url, attempt->random.value.toUtf8())); // the token alone is not enough
        QCOMPARE(check(attempt->id)->status, Status::Failed);
        QVERIFY(web().publish(url, expected.content.toUtf8() + "\r\n"));
        const auto passed = check(attempt->id);
        QVERIFY2(passed->status == Status::Passed, qPrintable(passed->corroboration));
    }

    void httpMethodsValidateTheNameItselfOnly_R_DCV_3() {
        QCOMPARE(start(DcvMethod::WebsiteChange, QStringLiteral("example.jp")).error().code,
                 QStringLiteral("dcv.http-adn"));
        QCOMPARE(start(DcvMethod::AcmeHttp01, QStringLiteral("example.jp")).error().code,
                 QStringLiteral("dcv.http-adn"));
    }

    void onlyAllowedRedirectsAreFollowed_R_DCV_3() {
        const QString url = QStringLiteral("http://shop.example.jp/hop");
        const QList<std::pair<QString, QString>> refused = {
            {QStringLiteral("return 303 http://shop.example.jp/x;"), QStringLiteral("303")},
            {QStringLiteral("return 301 http://shop.example.jp:8080/x;"), QStringLiteral(":8080")},
            {QStringLiteral("return 301 https://shop.example.jp:80/x;"), QStringLiteral("https://shop.example.jp:80")},
            {QStringLiteral("return 302 ftp://shop.example.jp/x;"), QStringLiteral("ftp://")},
            {QStringLiteral("return 301 http://shop.example.jp/hop;"), QStringLiteral("redirect loop")},
            {QStringLiteral("return 404;"), QStringLiteral("404")},
            {QStringLiteral("return 200 '<meta http-equiv=\"refresh\" content=\"0; url=/x\">';"), QString()},
        };
        for (const auto& [directives, why] : refused) {
            route(QStringLiteral("/hop"), directives);
            const app::HttpFetchResult result = fetch(url);
            if (why.isEmpty()) { // a page that asks the browser to go elsewhere is just a page (HTTP layer only)
                QVERIFY(result.fetched);
                QVERIFY(result.body.contains("refresh"));
                QCOMPARE(result.hops.size(), 1);
                continue;
            }
            QVERIFY2(!result.fetched, qPrintable(directives));
            QVERIFY2(result.detail.contains(why), qPrintable(directives + QStringLiteral(": ") + result.detail));
        }
        // 301, 302, 307 and 308 are followed, with a relative Location resolved against the request.
        QVERIFY(web().publish(QUrl(QStringLiteral("http://shop.example.jp/x")), "here"));
        for (const QString& status :
             {QStringLiteral("301"), QStringLiteral("302"), QStringLiteral("307"), QStringLiteral("308")}) {
            route(QStringLiteral("/hop"), QStringLiteral("return %1 /x;").arg(status));
            const app::HttpFetchResult result = fetch(url);
            QVERIFY2(result.fetched && result.body == "here",
                     qPrintable(status + QLatin1Char(' ') + result.detail + result.hops.join(QLatin1Char(';')) +
                                QString::fromUtf8(result.body)));
            QCOMPARE(result.hops.size(), 2);
        }
    }

    void redirectsAreBounded_R_DCV_3() {
        // /hop?n=K sends on to /hop?n=K+1: an endless chain without loops.
        route(QStringLiteral("/hop"), QStringLiteral("return 302 http://$host/hop?n=1$arg_n;"));
        const app::HttpFetchResult result = fetch(QStringLiteral("http://shop.example.jp/hop?n=0"));
        QVERIFY(!result.fetched);
        QVERIFY2(result.detail.contains(QStringLiteral("more than 10 redirects")), qPrintable(result.detail));
        QCOMPARE(result.hops.size(), domain::Dcv::kMaxRedirects + 1);
    }

    void hugeAndSlowBodiesAreCutOff_R_DCV_3() {
        QVERIFY(web().publish(QUrl(QStringLiteral("http://shop.example.jp/big")), QByteArray(1 << 20, 'x')));
        app::HttpFetchResult result = fetch(QStringLiteral("http://shop.example.jp/big"));
        QVERIFY(!result.fetched);
        QVERIFY2(result.detail.contains(QStringLiteral("more than 16384")), qPrintable(result.detail));
        QVERIFY(web().publish(QUrl(QStringLiteral("http://shop.example.jp/slow")), QByteArray(4096, 's')));
        route(QStringLiteral("/slow"), QStringLiteral("limit_rate 200;")); // bytes a second: 20 s for the body
        QElapsedTimer timer;
        timer.start();
        result = fetch(QStringLiteral("http://shop.example.jp/slow"));
        QVERIFY(!result.fetched);
        QVERIFY2(result.detail.contains(QStringLiteral("in time")), qPrintable(result.detail));
        QVERIFY(timer.elapsed() < domain::Dcv::kFetchTimeoutMs + 2000);
    }

    void namesWithoutAddressOrServerFailClearly_R_DCV_3() {
        app::HttpFetchResult result = fetch(QStringLiteral("http://no-address.web.test/x"));
        QVERIFY(!result.fetched);
        QVERIFY2(result.detail.contains(QStringLiteral("no address")), qPrintable(result.detail));
        result = fetch(QStringLiteral("http://nothing.test/x")); // an address where nothing listens
        QVERIFY(!result.fetched);
        QVERIFY2(result.detail.contains(QStringLiteral("cannot connect")), qPrintable(result.detail));
    }

    void everyPerspectiveFetchesWithItsOwnResolver_R_MPIC_1() {
        // A name only the lab's DNS knows: the perspectives find the server through it, not the system.
        QVERIFY(web().publish(QUrl(QStringLiteral("http://site.web.test/x")), "seen"));
        const app::HttpFetchResult result = fetch(QStringLiteral("http://site.web.test/x"));
        QVERIFY2(result.fetched && result.body == "seen", qPrintable(result.detail));
    }
};

QTEST_GUILESS_MAIN(TestHttpDcvLab)
#include "TestHttpDcvLab.moc"
