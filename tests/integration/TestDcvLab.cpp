// SPDX-License-Identifier: Apache-2.0
// R-DCV-1, R-DCV-2 (method 3), R-DCV-4 and R-MPIC-1..3 against the lab: Knot DNS on loopback and
// real ra-perspective agents over mutual TLS, each with its own resolver. The validating officer
// starts an attempt, the "applicant" publishes the random value with knotc, the check asks the
// primary and every perspective at once. Perspectives are made to see other answers by pointing
// them at a second DNS server with other records, at a dead resolver, or by misbehaving.
#include "app/CaaService.h"
#include "app/DcvService.h"
#include "app/SettingsService.h"
#include "app/lab/DnsLab.h"
#include "app/lab/PerspectiveLab.h"
#include "tests/support/DemoFixture.h"
#include "tests/support/LabPort.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace ra;
using Status = domain::DcvAttempt::Status;
using app::PerspectiveAgentSpec;

namespace {
QList<PerspectiveAgentSpec> agents(const QString& prefix, int count, const app::ObserverOptions& lookups) {
    QList<PerspectiveAgentSpec> list = app::PerspectiveLab::defaultAgents(0, lookups).mid(0, count);
    for (PerspectiveAgentSpec& agent : list) {
        agent.name = prefix + agent.name;
        agent.port = test::freeLoopbackPort();
    }
    return list;
}

QString errorText(const domain::Status& status) {
    return status ? QString() : status.error().userMessage + QLatin1Char(' ') + status.error().detail;
}
} // namespace

// An agent the workspace enrolled that misbehaves: it answers every request with `response`,
// all at once or a byte every 300 ms.
class MisbehavingAgent : public QObject {
public:
    MisbehavingAgent(const QString& directory, const QString& name, QByteArray response, bool dribble)
        : m_response(std::move(response))
        , m_dribble(dribble) {
        QFile certificate(directory + QLatin1Char('/') + name + QStringLiteral(".pem"));
        QFile key(directory + QLatin1Char('/') + name + QStringLiteral(".key"));
        QFile authority(directory + QStringLiteral("/authority.pem"));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly) ||
            !authority.open(QIODevice::ReadOnly)) {
            return;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificate.readAll()));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        tls.setCaCertificates(QSslCertificate::fromData(authority.readAll()));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool()) {
                        return;
                    }
                    socket->setProperty("answered", true);
                    if (!m_dribble) {
                        socket->write(m_response);
                        return;
                    }
                    auto* timer = new QTimer(socket);
                    connect(timer, &QTimer::timeout, socket, [socket, timer, this] {
                        const int at = timer->property("at").toInt();
                        if (at < m_response.size()) {
                            socket->write(m_response.mid(at, 1));
                            timer->setProperty("at", at + 1);
                        }
                    });
                    timer->start(300);
                });
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost);
    }
    [[nodiscard]] bool listening() const { return m_listening; }
    [[nodiscard]] int port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
    QByteArray m_response;
    bool m_dribble = false;
    bool m_listening = false;
};

class TestDcvLab : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    QTemporaryDir m_labDir;
    QTemporaryDir m_otherViewDir;
    QTemporaryDir m_strangerDir;
    std::unique_ptr<app::DnsLab> m_lab;
    std::unique_ptr<app::DnsLab> m_otherView; // the same zones with other records
    std::unique_ptr<app::PerspectiveLab> m_perspectives;
    std::unique_ptr<app::PerspectiveLab> m_stranger; // agents enrolled by another workspace
    QList<PerspectiveAgentSpec> m_honest;            // ask the lab's DNS
    QList<PerspectiveAgentSpec> m_misled;            // ask the other view
    QList<PerspectiveAgentSpec> m_deaf;              // ask a resolver that does not exist
    QList<PerspectiveAgentSpec> m_foreign;

    domain::Result<domain::DcvAttempt> check(const QString& officer, qint64 attempt) {
        return app::DcvService(m_demo->workspace()).check(m_demo->user(officer), attempt);
    }

    domain::Result<domain::DcvAttempt> start(const QString& officer, const QString& fqdn, const QString& adn,
                                             const QString& label = QStringLiteral("_ra-validation")) {
        return app::DcvService(m_demo->workspace())
            .start(m_demo->user(officer), 2, fqdn, domain::DcvMethod::DnsChange, adn, label);
    }

    // The workstation asks exactly `agents` from now on.
    void use(const QList<PerspectiveAgentSpec>& agents, int timeoutMs = 15000) {
        auto values = app::PerspectiveEnrollment::agentSettings(agents, m_lab->lookupOptions());
        values.append({QStringLiteral("perspectives/timeout_ms"), QString::number(timeoutMs)});
        QVERIFY(app::SettingsService(m_demo->workspace()).changeForLab(values));
    }

    // Publishes a fresh attempt's value in the lab (and something else in the other view).
    domain::DcvAttempt published() {
        const auto attempt =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        [&] { QVERIFY(attempt); }();
        [&] {
            QVERIFY(m_lab->setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                                      {QStringLiteral("\"%1\"").arg(attempt->random.value)}));
            QVERIFY(m_otherView->setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                                            {QStringLiteral("\"someone-else\"")}));
        }();
        return *attempt;
    }

private slots:
    void initTestCase() {
        qputenv("RA_PERSPECTIVE", RA_PERSPECTIVE_PATH);
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        m_lab = std::make_unique<app::DnsLab>(m_labDir.path(), test::freeLoopbackPort());
        QVERIFY2(m_lab->start(), "the lab's DNS server");
        m_otherView = std::make_unique<app::DnsLab>(m_otherViewDir.path(), test::freeLoopbackPort());
        QVERIFY2(m_otherView->start(), "the other view's DNS server");
        m_honest = agents(QString(), 6, m_lab->lookupOptions());
        m_misled = agents(QStringLiteral("misled-"), 3, m_otherView->lookupOptions());
        app::ObserverOptions nowhere = m_lab->lookupOptions();
        nowhere.forwarder = QStringLiteral("127.0.0.1@%1").arg(test::freeLoopbackPort());
        m_deaf = agents(QStringLiteral("deaf-"), 1, nowhere);
        m_perspectives = std::make_unique<app::PerspectiveLab>(m_labDir.path(), m_demo->workspace().directory());
        const domain::Status started =
            m_perspectives->start(m_honest + m_misled + m_deaf, QDateTime::currentDateTimeUtc());
        QVERIFY2(started, qPrintable(errorText(started)));
        QCOMPARE(m_perspectives->running().size(), 10);
        // A lab of another workspace: its agents' certificates come from another authority.
        QTemporaryDir otherWorkspace;
        m_foreign = agents(QStringLiteral("foreign-"), 1, m_lab->lookupOptions());
        m_stranger = std::make_unique<app::PerspectiveLab>(m_strangerDir.path(), otherWorkspace.path());
        QVERIFY(m_stranger->start(m_foreign, QDateTime::currentDateTimeUtc()));
    }

    void cleanupTestCase() {
        // Whatever initTestCase got to start is stopped, even when it failed half-way.
        if (m_perspectives) {
            QVERIFY(m_perspectives->stop());
            QVERIFY(m_perspectives->running().isEmpty());
        }
        QVERIFY(!m_stranger || m_stranger->stop());
        QVERIFY(!m_lab || m_lab->stop());
        QVERIFY(!m_otherView || m_otherView->stop());
    }

    void startingTwiceOrOnATakenPortIsRefused() {
        QCOMPARE(m_perspectives->start(m_honest, QDateTime::currentDateTimeUtc()).error().code,
                 QStringLiteral("lab.running"));
        QTemporaryDir elsewhere;
        app::PerspectiveLab second(elsewhere.path(), m_demo->workspace().directory());
        QCOMPARE(second.start(m_honest.mid(0, 1), QDateTime::currentDateTimeUtc()).error().code,
                 QStringLiteral("lab.port-in-use"));
        QVERIFY(second.running().isEmpty());
    }

    void theRandomValueIsLongAndUnique_R_DCV_1() {
        const auto first =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        const auto second =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        QVERIFY(first && second);
        QVERIFY(first->random.value.size() * 5 >= domain::RandomValue::kMinimumBits); // base32: 5 bits a character
        QVERIFY(first->random.value != second->random.value);
        QCOMPARE(first->random.expiresAt(), first->random.createdAt.addDays(30));
    }

    void onlyTheValidatorValidatesTheRequestedNames() {
        QCOMPARE(start(QStringLiteral("suzuki"), QStringLiteral("shop.example.jp"), {}).error().code,
                 QStringLiteral("dcv.not-allowed"));
        QCOMPARE(start(QStringLiteral("tanaka"), QStringLiteral("www.example.jp"), {}).error().code,
                 QStringLiteral("dcv.not-requested"));
        QCOMPARE(start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("jp")).error().code,
                 QStringLiteral("dcv.adn-public-suffix"));
        QCOMPARE(
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("other.jp")).error().code,
            QStringLiteral("dcv.adn"));
        QCOMPARE(start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), {}, QStringLiteral("no-underscore"))
                     .error()
                     .code,
                 QStringLiteral("dcv.label"));
    }

    void thePublishedValueValidatesFromEveryPerspective_R_DCV_2_R_MPIC_1() {
        use(m_honest);
        const auto attempt =
            start(QStringLiteral("tanaka"), QStringLiteral("shop.example.jp"), QStringLiteral("example.jp"));
        QVERIFY(attempt);
        // Nothing published yet: the check fails and says what it saw.
        QVERIFY(m_lab->setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                                  {QStringLiteral("\"not-the-value\"")}));
        const auto before = check(QStringLiteral("tanaka"), attempt->id);
        QVERIFY(before);
        QCOMPARE(before->status, Status::Failed);
        QVERIFY(before->observed.contains(QStringLiteral("not-the-value")));
        QVERIFY(
            m_lab->setRecords(QStringLiteral("_ra-validation.example.jp"), QStringLiteral("TXT"),
                              {QStringLiteral("\"unrelated\""), QStringLiteral("\"%1\"").arg(attempt->random.value)}));
        const auto passed = check(QStringLiteral("tanaka"), attempt->id);
        QVERIFY(passed);
        QCOMPARE(passed->status, Status::Passed);
        QVERIFY(passed->observed.contains(attempt->random.value));
        QVERIFY2(passed->corroboration.startsWith(QStringLiteral("6 of 6")), qPrintable(passed->corroboration));
        // Every perspective's report is kept: the primary and six remote ones per check.
        const auto observations = app::DcvService(m_demo->workspace()).observations(attempt->id);
        QVERIFY(observations);
        QCOMPARE(observations->size(), 14);
        QCOMPARE(observations->at(7).outcome, QStringLiteral("primary"));
        for (const app::StoredObservation& observation : observations->mid(8)) {
            QCOMPARE(observation.outcome, QStringLiteral("corroborates"));
            QVERIFY(observation.report.values.contains(attempt->random.value));
        }
        QCOMPARE(check(QStringLiteral("tanaka"), attempt->id).error().code, QStringLiteral("dcv.decided"));
    }

    void twoOfSixMayDisagree_R_MPIC_2() {
        use(m_honest.mid(0, 4) + m_misled.mid(0, 2));
        const auto checked = check(QStringLiteral("tanaka"), published().id);
        QVERIFY(checked);
        QVERIFY2(checked->status == Status::Passed, qPrintable(checked->corroboration));
    }

    void threeOfSixMayNot_R_MPIC_2() {
        use(m_honest.mid(0, 3) + m_misled);
        const auto checked = check(QStringLiteral("tanaka"), published().id);
        QVERIFY(checked);
        QCOMPARE(checked->status, Status::Failed);
        QVERIFY2(checked->corroboration.startsWith(QStringLiteral("3 of 6")), qPrintable(checked->corroboration));
    }

    void aContactThePerspectivesDoNotAllSeeGetsNoMail_R_DCV_2_R_MPIC_1() {
        // Method 5: three perspectives find another address at _validation-contactemail: nobody is mailed.
        const QString name = QStringLiteral("_validation-contactemail.example.jp");
        QVERIFY(m_lab->setRecords(name, QStringLiteral("TXT"), {QStringLiteral("\"dns@example.jp\"")}));
        QVERIFY(m_otherView->setRecords(name, QStringLiteral("TXT"), {QStringLiteral("\"attacker@example.jp\"")}));
        use(m_honest.mid(0, 3) + m_misled);
        const auto attempt = app::DcvService(m_demo->workspace())
                                 .start(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("shop.example.jp"),
                                        domain::DcvMethod::TxtContactEmail, QStringLiteral("example.jp"), {});
        QVERIFY(attempt);
        const auto checked = check(QStringLiteral("tanaka"), attempt->id);
        QVERIFY(checked);
        QCOMPARE(checked->status, Status::Failed);
        QVERIFY2(checked->corroboration.startsWith(QStringLiteral("3 of 6")), qPrintable(checked->corroboration));
        QVERIFY(app::DcvService(m_demo->workspace()).emails(attempt->id)->isEmpty());
    }

    void aValidationIsReusedForTheSameApplicantWithinTheLimit_R_DOC_2() {
        use(m_honest);
        const auto passed = check(QStringLiteral("tanaka"), published().id);
        QVERIFY(passed);
        QCOMPARE(passed->status, Status::Passed);
        // More applications asking for the same name: the same corporation's, one that only types
        // the same legal name, and one that says so and is another corporation.
        auto& repository = m_demo->workspace().applications();
        const auto original = repository.byId(2);
        const auto copy = [&](const QString& reference) {
            domain::Application application = *original;
            application.id = 0;
            application.externalReference = reference;
            application.packageDigest =
                QString::fromLatin1(QCryptographicHash::hash(reference.toUtf8(), QCryptographicHash::Sha256).toHex());
            return repository.add(application).value_or(0);
        };
        const QString number = m_demo->verifiedCorporateNumber(2);
        QVERIFY(!number.isEmpty());
        const qint64 same = copy(QStringLiteral("APP-2026-1099"));
        const qint64 typedOnly = copy(QStringLiteral("APP-2026-1098"));
        const qint64 other = copy(QStringLiteral("APP-2026-1097"));
        QVERIFY(same > 0 && typedOnly > 0 && other > 0);
        QVERIFY(m_demo->recordRegistryEvidence(same, number) &&
                m_demo->recordRegistryEvidence(other, QStringLiteral("7010401099905")));
        app::DcvService service(m_demo->workspace());
        const auto inUse = service.validationsInUse(same);
        QVERIFY(inUse);
        const app::ValidationInUse reused = inUse->value(QStringLiteral("shop.example.jp"));
        QVERIFY(reused.reused);
        QCOMPARE(reused.applicationReference, original->externalReference);
        QCOMPARE(reused.attempt.checkedAt, passed->checkedAt);
        // 2026-11-25: the BR's 200 days are stricter than the CP's 398 (CP 1.1).
        QCOMPARE(reused.usableUntil, passed->checkedAt.addDays(200));
        // Keyed on the registry's number, never on the typed name (issue 12 item 9).
        QVERIFY(service.validationsInUse(typedOnly)->isEmpty());
        QVERIFY(service.validationsInUse(other)->isEmpty());
        // Older than the limit in force, it is used nowhere, not even for its own application.
        const QDateTime now = m_demo->clock().nowUtc();
        m_demo->clock().set(passed->checkedAt.addDays(200));
        QVERIFY(!service.validationsInUse(same)->contains(QStringLiteral("shop.example.jp")));
        QVERIFY(!service.validationsInUse(2)->contains(QStringLiteral("shop.example.jp")));
        m_demo->clock().set(now);
    }

    void withFiveOneMayDisagree_R_MPIC_2() {
        use(m_honest.mid(0, 4) + m_misled.mid(0, 1));
        QCOMPARE(check(QStringLiteral("tanaka"), published().id)->status, Status::Passed);
        use(m_honest.mid(0, 3) + m_misled.mid(0, 2));
        QCOMPARE(check(QStringLiteral("tanaka"), published().id)->status, Status::Failed);
    }

    void failedLookupsDoNotCorroborate_R_MPIC_2() {
        use(m_honest.mid(0, 4) + m_deaf);
        const auto checked = check(QStringLiteral("tanaka"), published().id);
        QVERIFY(checked);
        QCOMPARE(checked->status, Status::Passed); // 1 of 5 failed: allowed
        const auto observations = app::DcvService(m_demo->workspace()).observations(checked->id);
        QCOMPARE(observations->last().outcome, QStringLiteral("failed"));
    }

    void tooFewPerspectivesOnTheDay_R_MPIC_2_R_TIME_1() {
        use(m_honest.mid(0, 3)); // 2026-11-25: four remote perspectives are required
        const auto checked = check(QStringLiteral("tanaka"), published().id);
        QCOMPARE(checked->status, Status::Failed);
        QVERIFY2(checked->corroboration.contains(QStringLiteral("4 are required")), qPrintable(checked->corroboration));
    }

    void corroborationSpansTwoRirs_R_MPIC_2() {
        QList<PerspectiveAgentSpec> sameRir = m_honest.mid(0, 4);
        for (PerspectiveAgentSpec& agent : sameRir) {
            agent.rir = domain::Rir::Apnic;
        }
        use(sameRir);
        const auto checked = check(QStringLiteral("tanaka"), published().id);
        QCOMPARE(checked->status, Status::Failed);
        QVERIFY2(checked->corroboration.contains(QStringLiteral("1 RIR")), qPrintable(checked->corroboration));
    }

    void aPerspectiveTheWorkspaceDidNotEnrollIsNotBelieved_R_MPIC_1() {
        use(m_honest.mid(0, 3) + m_foreign + m_misled.mid(0, 1));
        const auto checked = check(QStringLiteral("tanaka"), published().id);
        QCOMPARE(checked->status, Status::Failed); // foreign and misled: 2 of 5
        const auto observations = app::DcvService(m_demo->workspace()).observations(checked->id);
        const app::StoredObservation& foreign = observations->at(observations->size() - 2);
        QCOMPARE(foreign.report.perspective, m_foreign.first().name);
        QCOMPARE(foreign.outcome, QStringLiteral("failed"));
        QVERIFY(!foreign.report.answered);
    }

    void aSilentOrMissingPerspectiveTimesOut_R_MPIC_2() {
        QTcpServer silent; // accepts and never says anything
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        PerspectiveAgentSpec mute = m_honest.first();
        mute.name = QStringLiteral("mute");
        mute.port = silent.serverPort();
        PerspectiveAgentSpec gone = m_honest.first();
        gone.name = QStringLiteral("gone");
        gone.port = test::freeLoopbackPort();
        use(m_honest.mid(0, 4) + QList{mute, gone}, 1500);
        QElapsedTimer timer;
        timer.start();
        const auto checked = check(QStringLiteral("tanaka"), published().id);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(checked->status, Status::Passed); // 2 of 6 failed: allowed
        const auto observations = app::DcvService(m_demo->workspace()).observations(checked->id);
        QCOMPARE(observations->at(observations->size() - 2).outcome, QStringLiteral("failed"));
        QCOMPARE(observations->last().outcome, QStringLiteral("failed"));
    }

    void misbehavingAgentsAreNotBelieved_R_MPIC_1() {
        // Agents the workspace did enroll, answering badly: too much, nonsense, for another
        // attempt, or a byte at a time. Each counts as a failed perspective; nothing hangs.
        QTemporaryDir directory;
        app::PerspectiveEnrollment enrollment(m_demo->workspace().directory());
        const QStringList names{QStringLiteral("huge"), QStringLiteral("garbage"), QStringLiteral("other-attempt"),
                                QStringLiteral("dribble")};
        for (const QString& name : names) {
            PerspectiveAgentSpec spec = m_honest.first();
            spec.name = name;
            QVERIFY(enrollment.enroll(spec, directory.path(), QDateTime::currentDateTimeUtc()));
        }
        const QByteArray huge(300 * 1024, 'a');
        const QByteArray otherAttempt =
            R"({"perspective":"other-attempt","attempt":999999,"answered":true,"values":["x"]})";
        const auto http = [](const QByteArray& body) {
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        MisbehavingAgent hugeAgent(directory.path(), names.at(0), http(huge), false);
        MisbehavingAgent garbageAgent(directory.path(), names.at(1), http("{not json"), false);
        MisbehavingAgent otherAgent(directory.path(), names.at(2), http(otherAttempt), false);
        MisbehavingAgent dribbleAgent(directory.path(), names.at(3), http("{\"perspective\":\"dribble\"}"), true);
        QList<PerspectiveAgentSpec> bad;
        for (const MisbehavingAgent* agent : {&hugeAgent, &garbageAgent, &otherAgent, &dribbleAgent}) {
            QVERIFY(agent->listening());
            PerspectiveAgentSpec spec = m_honest.first();
            spec.name = names.at(bad.size());
            spec.port = agent->port();
            bad << spec;
        }
        use(m_honest.mid(0, 4) + bad.mid(0, 2), 2000);
        QElapsedTimer timer;
        timer.start();
        const auto first = check(QStringLiteral("tanaka"), published().id);
        QVERIFY(first);
        QCOMPARE(first->status, Status::Passed); // 2 of 6 failed: allowed
        auto observations = app::DcvService(m_demo->workspace()).observations(first->id);
        QVERIFY2(observations->at(5).report.detail.contains(QStringLiteral("too large")),
                 qPrintable(observations->at(5).report.detail));
        QVERIFY2(observations->at(6).report.detail.contains(QStringLiteral("unreadable")),
                 qPrintable(observations->at(6).report.detail));

        use(m_honest.mid(0, 4) + bad.mid(2, 2), 2000);
        const auto second = check(QStringLiteral("tanaka"), published().id);
        QVERIFY(second);
        QCOMPARE(second->status, Status::Passed);
        observations = app::DcvService(m_demo->workspace()).observations(second->id);
        QVERIFY2(observations->at(5).report.detail.contains(QStringLiteral("another perspective or attempt")),
                 qPrintable(observations->at(5).report.detail));
        QCOMPARE(observations->at(6).outcome, QStringLiteral("failed"));
        QVERIFY2(observations->at(6).report.detail.contains(QStringLiteral("in time")),
                 qPrintable(observations->at(6).report.detail));
        QVERIFY(timer.elapsed() < 15000);
    }

    void anAgentRefusesAClientWithoutCertificate_R_MPIC_1() {
        QFile authority(m_demo->workspace().directory() + QStringLiteral("/perspectives/authority.pem"));
        QVERIFY(authority.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(authority.readAll()));
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/health").arg(m_honest.first().port)));
        request.setSslConfiguration(tls);
        request.setTransferTimeout(5000);
        QNetworkReply* reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->error() != QNetworkReply::NoError);
        QVERIFY(reply->readAll().isEmpty());
        delete reply;
    }

    void caaIsCheckedFromEveryPerspectiveAndKept_R_CAA_1_R_MPIC_1() {
        use(m_honest);
        QVERIFY(m_otherView->setRecords(QStringLiteral("example.jp"), QStringLiteral("CAA"),
                                        {QStringLiteral("0 issue \"other-ca.example\"")}));
        app::CaaService service(m_demo->workspace());
        const auto allowed =
            service.check(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("shop.example.jp"));
        QVERIFY(allowed);
        QCOMPARE(allowed->verdict, domain::CaaVerdict::Allow);
        QCOMPARE(allowed->relevantName, QStringLiteral("example.jp"));
        QVERIFY2(allowed->corroborated, qPrintable(allowed->corroboration));
        QVERIFY(allowed->permitsIssuanceAt(m_demo->clock().nowUtc()));
        // R-CAA-3: the check is good for max(TTL, 8 h) only.
        QCOMPARE(allowed->validUntil, allowed->checkedAt.addSecs(8 * 3600));
        QVERIFY(!allowed->permitsIssuanceAt(allowed->checkedAt.addSecs(8 * 3600)));
        QCOMPARE(service.observations(allowed->id)->size(), 7);

        // Three perspectives find a record naming another CA: not corroborated.
        use(m_honest.mid(0, 3) + m_misled);
        const auto split = service.check(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("shop.example.jp"));
        QVERIFY(split);
        QCOMPARE(split->verdict, domain::CaaVerdict::Allow);
        QVERIFY(!split->corroborated);
        QVERIFY(!split->permitsIssuanceAt(split->checkedAt));

        // Only the validating officer checks, and only the application's names.
        QCOMPARE(
            service.check(m_demo->user(QStringLiteral("suzuki")), 2, QStringLiteral("shop.example.jp")).error().code,
            QStringLiteral("dcv.not-allowed"));
        QCOMPARE(
            service.check(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("www.example.jp")).error().code,
            QStringLiteral("dcv.not-requested"));
        QSqlQuery query(m_demo->workspace().database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE caa_checks SET verdict = 'allow'")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM caa_checks")));
    }

    void theChecklistIsDecidedFromTheEvidence_R_DCV_2_R_CAA_1_R_MPIC_1() {
        use(m_honest);
        const auto before = m_demo->workspace().applications().byId(2);
        QVERIFY(before->item(QStringLiteral("caa.checked"))->status == domain::CheckStatus::Pending);
        app::CaaService caa(m_demo->workspace());
        QVERIFY(caa.check(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("shop.example.jp")));
        const auto after = m_demo->workspace().applications().byId(2);
        for (const char* code : {"dcv.validated", "caa.checked", "mpic.corroborated"}) {
            const domain::ChecklistItem* item = after->item(QString::fromLatin1(code));
            QVERIFY2(item && item->status == domain::CheckStatus::Passed, code);
            QCOMPARE(item->decidedBy, QStringLiteral("ra-workstation"));
        }
        // A denying record for the name fails the CAA item and takes corroboration back.
        QVERIFY(m_lab->setRecords(QStringLiteral("example.jp"), QStringLiteral("CAA"),
                                  {QStringLiteral("0 issue \"other-ca.example\"")}));
        const auto denied = caa.check(m_demo->user(QStringLiteral("tanaka")), 2, QStringLiteral("shop.example.jp"));
        QCOMPARE(denied->verdict, domain::CaaVerdict::Deny);
        const auto last = m_demo->workspace().applications().byId(2);
        QCOMPARE(last->item(QStringLiteral("caa.checked"))->status, domain::CheckStatus::Failed);
        QCOMPARE(last->item(QStringLiteral("mpic.corroborated"))->status, domain::CheckStatus::Pending);
        QVERIFY(m_lab->setRecords(QStringLiteral("example.jp"), QStringLiteral("CAA"),
                                  {QStringLiteral("0 issue \"secomtrust.net\"")}));
    }

    void anExpiredValueNeverValidates_R_DCV_1() {
        use(m_honest);
        const domain::DcvAttempt attempt = published();
        m_demo->clock().advanceSeconds(31LL * 86400);
        QCOMPARE(check(QStringLiteral("tanaka"), attempt.id).error().code, QStringLiteral("dcv.expired"));
        const auto attempts = app::DcvService(m_demo->workspace()).attempts(2);
        QVERIFY(attempts);
        QCOMPARE(attempts->last().status, Status::Expired);
        m_demo->clock().advanceSeconds(-31LL * 86400);
    }

    void everyAttemptAndCheckIsAuditedAndKept_R_DCV_4() {
        QSqlQuery query(m_demo->workspace().database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'dcv.started'")) &&
                query.next());
        const int started = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM dcv_attempts")) && query.next());
        QCOMPARE(query.value(0).toInt(), started);
        // One audited check per round, naming every perspective's report.
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'dcv.checked' "
                                          "AND instr(details, '\"perspectives\"') > 0")) &&
                query.next());
        const int rounds = query.value(0).toInt();
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM perspective_observations WHERE outcome = 'primary' "
                                          "AND dcv_attempt_id IS NOT NULL")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), rounds);
        QVERIFY(rounds >= 10);
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM dcv_attempts")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM perspective_observations")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE perspective_observations SET outcome = 'corroborates'")));
    }
};

QTEST_GUILESS_MAIN(TestDcvLab)
#include "TestDcvLab.moc"
