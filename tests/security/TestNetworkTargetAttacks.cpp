// SPDX-License-Identifier: Apache-2.0
// Issue 12 item 10, as an applicant or an insider would turn the RA's own network against it:
// a name whose DNS points at loopback, a private network or a cloud's metadata address is never
// fetched, by the workstation or by an agent, whatever workspace.ini says (a demo workspace and
// the lab's agents reach loopback, where the lab lives, and nothing else inside); RDAP is asked
// over https only, a server whose certificate does not verify is not believed, and plaintext WHOIS
// is not asked in its place; DNSSEC validation is on without anyone configuring it, and a missing
// or empty trust anchor fails the lookups rather than turning validation off. Real lab: Knot DNS,
// nginx, the WHOIS server and perspective agents' configurations.
#include "app/SettingsService.h"
#include "app/lab/RegistryLab.h"
#include "app/mpic/HttpFetch.h"
#include "app/mpic/NetworkTargets.h"
#include "app/mpic/Perspective.h"
#include "app/mpic/PerspectiveEnrollment.h"
#include "app/mpic/PerspectiveServer.h"
#include "app/registry/DomainContacts.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ra;

namespace {
const QString kSite = QStringLiteral("http://shop.example.jp/.well-known/pki-validation/ra-validation.txt");
const QString kRefusal = QStringLiteral("not a public Internet address");

app::PerspectiveTask httpTask(const QString& url) {
    app::PerspectiveTask task;
    task.attemptId = 1;
    task.kind = app::PerspectiveTask::Kind::Http;
    task.name = QUrl(url).host();
    task.urls = {QUrl(url)};
    return task;
}
} // namespace

class TestNetworkTargetAttacks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;

    app::ObserverOptions labLookups(bool allowLoopbackTargets) {
        app::ObserverOptions lookups = m_demo->lab()->dns().lookupOptions();
        lookups.allowLoopbackTargets = allowLoopbackTargets;
        return lookups;
    }

    app::HttpFetchResult fetch(const QString& url, bool allowLoopbackTargets) {
        app::UnboundResolver resolver(app::resolverOptions(labLookups(allowLoopbackTargets)));
        return app::fetchForValidation(QUrl(url), resolver, QDeadlineTimer(domain::Dcv::kFetchTimeoutMs),
                                       app::FetchRules::validation(allowLoopbackTargets));
    }

private slots:
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QVERIFY2(m_demo->startLab(), qPrintable(m_demo->problem()));
        QVERIFY(m_demo->lab()->web().publish(QUrl(kSite), "the applicant's page\n"));
    }

    void cleanup() {
        QVERIFY(m_demo->lab()->web().setRoute(QStringLiteral("shop.example.jp"), QStringLiteral("/hop"), {}));
    }

    void cleanupTestCase() { m_demo.reset(); }

    void internalAddressesAreKnown_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("internal");
        for (const char* inside : {"127.0.0.1",
                                   "127.0.0.80",
                                   "0.0.0.0",
                                   "10.1.2.3",
                                   "172.16.0.1",
                                   "172.31.255.255",
                                   "192.168.1.1",
                                   "169.254.169.254",
                                   "100.64.0.1",
                                   "192.0.2.1",
                                   "198.18.0.1",
                                   "224.0.0.1",
                                   "255.255.255.255",
                                   "::",
                                   "::1",
                                   "fe80::1",
                                   "fc00::1",
                                   "fd12:3456::1",
                                   "ff02::1",
                                   "2001:db8::1",
                                   "::ffff:127.0.0.1",
                                   "::ffff:10.0.0.1",
                                   "64:ff9b::a9fe:a9fe",
                                   "::127.0.0.1",
                                   "64:ff9b:1::a9fe:a9fe",
                                   "2002:7f00:1::1",
                                   "2002:a00:1::",
                                   "2001:0:4136:e378::1",
                                   "2001:2::1",
                                   "3fff::1",
                                   "::ffff:0:a9fe:a9fe",
                                   "fec0::1"}) {
            QTest::newRow(inside) << QString::fromLatin1(inside) << true;
        }
        for (const char* outside :
             {"8.8.8.8", "1.1.1.1", "172.32.0.1", "172.15.255.255", "100.128.0.1", "203.0.114.1",
              "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2001:200::1"}) {
            QTest::newRow(outside) << QString::fromLatin1(outside) << false;
        }
    }

    void internalAddressesAreKnown() {
        QFETCH(QString, address);
        QFETCH(bool, internal);
        const QHostAddress parsed(address);
        QVERIFY(!parsed.isNull());
        QCOMPARE(app::isInternalAddress(parsed), internal);
    }

    void aNamePointingInsideIsNeverFetched() {
        // The lab's DNS puts shop.example.jp on a loopback address, as a hostile zone would.
        const app::HttpFetchResult refused = fetch(kSite, false);
        QVERIFY(!refused.fetched);
        QVERIFY2(refused.detail.contains(kRefusal), qPrintable(refused.detail));
        QVERIFY2(refused.hops.isEmpty(), qPrintable(refused.hops.join(QLatin1Char(';')))); // no request was made
        // The same fetch in a demo's lab, which lives on loopback, reaches it: the refusal is the
        // rule, not a broken lab.
        const app::HttpFetchResult allowed = fetch(kSite, true);
        QVERIFY2(allowed.fetched, qPrintable(allowed.detail));
        QCOMPARE(allowed.body, QByteArray("the applicant's page\n"));
    }

    void addressesWrittenIntoTheUrlAreRefusedToo_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1/");
        QTest::newRow("lab web server") << QStringLiteral("http://%1/").arg(m_demo->lab()->web().address());
        QTest::newRow("IPv6 loopback") << QStringLiteral("http://[::1]/");
        QTest::newRow("IPv4-mapped loopback") << QStringLiteral("https://[::ffff:127.0.0.1]/");
        QTest::newRow("cloud metadata") << QStringLiteral("http://169.254.169.254/latest/meta-data/");
        QTest::newRow("private") << QStringLiteral("http://10.0.0.1/");
    }

    void addressesWrittenIntoTheUrlAreRefusedToo() {
        QFETCH(QString, url);
        const app::HttpFetchResult refused = fetch(url, false);
        QVERIFY(!refused.fetched);
        QVERIFY2(refused.detail.contains(kRefusal), qPrintable(refused.detail));
    }

    void aRedirectInsideIsRefusedEvenInTheLab() {
        // The lab's site is reachable in a demo; where it redirects, into a private network or to
        // a cloud's metadata service, is not.
        const QString hop = QStringLiteral("http://shop.example.jp/hop");
        for (const QString& target :
             {QStringLiteral("http://169.254.169.254/latest/meta-data/"), QStringLiteral("http://10.0.0.1/"),
              QStringLiteral("http://[fe80::1]/"), QStringLiteral("http://[::ffff:192.168.0.1]/")}) {
            QVERIFY(m_demo->lab()->web().setRoute(QStringLiteral("shop.example.jp"), QStringLiteral("/hop"),
                                                  QStringLiteral("return 302 %1;").arg(target)));
            const app::HttpFetchResult refused = fetch(hop, true);
            QVERIFY(!refused.fetched);
            QVERIFY2(refused.detail.contains(kRefusal), qPrintable(refused.detail));
            QCOMPARE(refused.hops.size(), 1); // the redirect was read; nothing was asked where it led
        }
    }

    void aProductionWorkspaceNeverReachesInsideWhateverItsSettingsSay() {
        // An administrator points a production workspace's resolver at the lab, as the settings
        // allow, and adds a setting that sounds like permission: neither opens the private network.
        test::TestWorkspace production;
        {
            const domain::User admin = production.addUser(QStringLiteral("mori"), domain::Role::Administrator);
            app::SettingsService settings(production.workspace());
            const app::ObserverOptions lab = labLookups(true);
            for (const auto& [key, value] : QList<std::pair<QString, QString>>{
                     {QStringLiteral("dns/resolver"), lab.forwarder},
                     {QStringLiteral("dns/trust_anchor"), lab.trustAnchorFile},
                     {QStringLiteral("dns/stub_zones"), lab.stubZones.join(QLatin1Char(','))}}) {
                QVERIFY(settings.change(admin, key, value));
            }
            // A setting that only sounds like permission is not one: refused, not recorded.
            for (const QString& key :
                 {QStringLiteral("dns/allow_loopback_targets"), QStringLiteral("dns/allow_internal_targets")}) {
                QCOMPARE(settings.change(admin, key, QStringLiteral("true")).error().code,
                         QStringLiteral("settings.invalid"));
            }
            QCOMPARE(production.workspace().mpicSettings().primary.forwarder, lab.forwarder);
        }
        const app::MpicSettings settings = production.workspace().mpicSettings();
        QVERIFY(!settings.primary.allowLoopbackTargets);
        const app::PerspectiveReport report =
            app::observe(httpTask(kSite), settings.primary, QDateTime::currentDateTimeUtc());
        QVERIFY(!report.answered);
        QVERIFY2(report.detail.contains(kRefusal), qPrintable(report.detail));
        // The demo workspace, made for its lab, reaches it.
        const app::MpicSettings demo = m_demo->workspace().mpicSettings();
        QVERIFY(demo.primary.allowLoopbackTargets);
        QVERIFY(app::observe(httpTask(kSite), demo.primary, QDateTime::currentDateTimeUtc()).answered);
    }

    void anAgentReachesInsideOnlyWhenItsOwnConfigurationSaysSo() {
        // An agent enrolled for a real site: its configuration says nothing of internal targets.
        QTemporaryDir workspace;
        QTemporaryDir agentDirectory;
        app::PerspectiveEnrollment enrollment(workspace.path());
        QVERIFY(enrollment.ensureAuthority(QDateTime::currentDateTimeUtc()));
        app::PerspectiveAgentSpec spec{
            QStringLiteral("osaka"), QStringLiteral("Osaka, JP"), domain::Rir::Apnic, 45000, labLookups(false), 0};
        const auto ini = enrollment.enroll(spec, agentDirectory.path(), QDateTime::currentDateTimeUtc());
        QVERIFY(ini);
        QString error;
        const auto config = app::PerspectiveServer::readConfig(*ini, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(!config->observer.allowLoopbackTargets);
        const app::PerspectiveReport report =
            app::observe(httpTask(kSite), config->observer, QDateTime::currentDateTimeUtc());
        QVERIFY(!report.answered);
        QVERIFY2(report.detail.contains(kRefusal), qPrintable(report.detail));
        // The lab's agents were enrolled for the lab and say so in their own configuration.
        const auto labAgent = app::PerspectiveServer::readConfig(
            QDir(m_demo->lab()->directory()).filePath(QStringLiteral("perspectives/tokyo.ini")), &error);
        QVERIFY2(labAgent, qPrintable(error));
        QVERIFY(labAgent->observer.allowLoopbackTargets);
    }

    void rdapIsBelievedOnlyOverHttpsWithAVerifiedCertificate() {
        app::RegistryLab& registry = m_demo->lab()->registry();
        QVERIFY(registry.addRdapService(QStringLiteral("jp")));
        QVERIFY(registry.setRdap(
            QStringLiteral("example.jp"),
            app::RegistryLab::rdapRecord(QStringLiteral("example.jp"), QStringLiteral("rdap-contact@example.jp"))));
        const app::RegistrySettings lab = m_demo->workspace().registrySettings();
        QVERIFY(QFile::exists(lab.rdapAuthoritiesFile));
        const auto lookUp = [&](const app::RegistrySettings& settings) {
            return app::lookupDomainContacts(QStringLiteral("example.jp"), labLookups(true), settings,
                                             QDeadlineTimer(domain::Dcv::kFetchTimeoutMs));
        };
        // The lab's RDAP server, its certificate checked against the lab's web authority.
        const app::DomainContactLookup verified = lookUp(lab);
        QCOMPARE(verified.emails, QStringList{QStringLiteral("rdap-contact@example.jp")});
        QCOMPARE(verified.source, QStringLiteral("RDAP https://rdap.web.test/domain/example.jp"));
        // Trusting only the system's authorities, the same server is a stranger: its answer is not
        // read, and plaintext WHOIS, which anyone on the path could answer, is not asked instead.
        app::RegistrySettings systemStore = lab;
        systemStore.rdapAuthoritiesFile.clear();
        const app::DomainContactLookup unverified = lookUp(systemStore);
        QVERIFY(unverified.emails.isEmpty());
        QCOMPARE(unverified.source, verified.source);
        QVERIFY2(unverified.detail.contains(QStringLiteral("https://rdap.web.test/domain/example.jp: cannot connect")),
                 qPrintable(unverified.detail));
        // An authorities file that is named but holds nothing does not widen trust to the system's.
        QTemporaryDir folder;
        app::RegistrySettings unreadable = lab;
        unreadable.rdapAuthoritiesFile = QDir(folder.path()).filePath(QStringLiteral("missing.pem"));
        const app::DomainContactLookup refused = lookUp(unreadable);
        QVERIFY(refused.emails.isEmpty());
        QVERIFY2(refused.detail.contains(QStringLiteral("no authority certificate")), qPrintable(refused.detail));
        // A bootstrap that offers RDAP over plain http only: it is not asked at all.
        const QString httpOnly = QDir(folder.path()).filePath(QStringLiteral("bootstrap.json"));
        QFile file(httpOnly);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")},
                                      {QStringLiteral("services"),
                                       QJsonArray{QJsonArray{QJsonArray{QStringLiteral("jp")},
                                                             QJsonArray{QStringLiteral("http://rdap.web.test/")}}}}})
                .toJson());
        file.close();
        app::RegistrySettings plain = lab;
        plain.rdapBootstrapFile = httpOnly;
        const app::DomainContactLookup whois = lookUp(plain);
        QVERIFY2(whois.source.startsWith(QStringLiteral("WHOIS ")), qPrintable(whois.source));
        QVERIFY(!whois.emails.isEmpty());
        QVERIFY(!whois.emails.contains(QStringLiteral("rdap-contact@example.jp")));
        // WHOIS itself is refused where internal targets are: the registry's server is on loopback.
        const app::DomainContactLookup inside = app::lookupDomainContacts(
            QStringLiteral("example.jp"), labLookups(false), plain, QDeadlineTimer(domain::Dcv::kFetchTimeoutMs));
        QVERIFY(inside.emails.isEmpty());
        QVERIFY2(inside.detail.contains(kRefusal), qPrintable(inside.detail));
    }

    void dnssecIsOnWithoutAnyoneTurningItOn() {
        // A new production workspace and an agent with no trust anchor configured validate with
        // Debian's root anchor (dns-root-data), which the installer puts there.
        test::TestWorkspace production;
        QCOMPARE(production.workspace().mpicSettings().primary.trustAnchorFile,
                 QString::fromLatin1(app::UnboundResolver::kRootTrustAnchor));
        QVERIFY2(QFile::exists(QString::fromLatin1(app::UnboundResolver::kRootTrustAnchor)),
                 "dns-root-data is not installed (installer/install-deps.sh)");
        QTemporaryDir agent;
        const QString ini = QDir(agent.path()).filePath(QStringLiteral("agent.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            for (const auto& [key, value] : {std::pair{"name", "osaka"}, std::pair{"rir", "apnic"},
                                             std::pair{"listen", "127.0.0.1:45001"}, std::pair{"certificate", "a.pem"},
                                             std::pair{"key", "a.key"}, std::pair{"ca_certificate", "ca.pem"}}) {
                settings.setValue(QStringLiteral("perspective/") + QLatin1String(key), QLatin1String(value));
            }
        }
        QString error;
        const auto config = app::PerspectiveServer::readConfig(ini, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->observer.trustAnchorFile, QString::fromLatin1(app::UnboundResolver::kRootTrustAnchor));
        // A trust anchor that is gone, empty or not an anchor fails every lookup: it never answers
        // unvalidated.
        QFile empty(QDir(agent.path()).filePath(QStringLiteral("empty.key")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const QList<std::pair<QString, QString>> broken{
            {QDir(agent.path()).filePath(QStringLiteral("removed.key")), QStringLiteral("cannot be read")},
            {empty.fileName(), QStringLiteral("holds no DS or DNSKEY record")},
            {QStringLiteral("/dev/null"), QStringLiteral("holds no DS or DNSKEY record")},
            {ini, QStringLiteral("holds no DS or DNSKEY record")}};
        for (const auto& [file, why] : broken) {
            app::ObserverOptions options = labLookups(true);
            options.trustAnchorFile = file;
            app::UnboundResolver resolver(app::resolverOptions(options));
            const domain::TxtLookup lookup = resolver.lookupTxt(QStringLiteral("shop.example.jp"));
            QVERIFY(!lookup.answered);
            QVERIFY2(lookup.detail.contains(why), qPrintable(file + QLatin1String(": ") + lookup.detail));
        }
        // A resolver nobody gave an anchor validates with Debian's root anchor; with the lab's
        // anchor a record in the lab's signed zone is validated.
        QCOMPARE(app::UnboundResolver::Options{}.trustAnchorFile,
                 QString::fromLatin1(app::UnboundResolver::kRootTrustAnchor));
        QCOMPARE(app::ObserverOptions{}.trustAnchorFile, QString::fromLatin1(app::UnboundResolver::kRootTrustAnchor));
        QVERIFY(m_demo->lab()->dns().setRecords(QStringLiteral("anchored.test"), QStringLiteral("TXT"),
                                                {QStringLiteral("\"signed\"")}));
        app::UnboundResolver lab(app::resolverOptions(labLookups(true)));
        const domain::TxtLookup signedRecord = lab.lookupTxt(QStringLiteral("anchored.test"));
        QVERIFY2(signedRecord.answered, qPrintable(signedRecord.detail));
        QCOMPARE(signedRecord.dnssec, domain::DnssecStatus::Secure);
    }
};

QTEST_GUILESS_MAIN(TestNetworkTargetAttacks)
#include "TestNetworkTargetAttacks.moc"
