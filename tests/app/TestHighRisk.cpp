// SPDX-License-Identifier: Apache-2.0
// R-IN-3, R-IN-4: high-risk matching with ICU's spoof checker (UTS #39) — a look-alike set of
// Latin/Cyrillic/Greek confusables, IDN mixed script and digit/letter swaps — and, on a real
// workspace, matches with applications rejected for suspected fraud (same key, name, registrable
// domain), with earlier customers' domains and with the administrators' high-risk names, decided
// at intake and again before submission.
#include "app/ApplicationService.h"
#include "app/HighRiskService.h"
#include "app/IntakeService.h"
#include "app/JsonViews.h"
#include "app/SpoofChecker.h"
#include "domain/SeparationOfDuties.h"
#include "tests/support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace ra;
using Kind = domain::HighRiskMatch::Kind;

namespace {
QString ace(const QString& unicode) {
    return QString::fromLatin1(QUrl::toAce(unicode));
}

QStringList kinds(const QList<domain::HighRiskMatch>& matches) {
    QStringList ids;
    for (const domain::HighRiskMatch& match : matches) {
        if (!ids.contains(match.kindId())) {
            ids << match.kindId();
        }
    }
    ids.sort();
    return ids;
}
} // namespace

class TestHighRisk : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    domain::User m_officer;
    domain::User m_admin;
    int m_packages = 0;

    // A copy of a demo package under a new reference, with other names if given.
    QString package(const QString& demo, const QStringList& fqdns = {}) {
        const QString copy = m_ws->copyDemoPackage(demo);
        QJsonObject manifest = QJsonDocument::fromJson(test::TestWorkspace::readManifest(copy)).object();
        manifest.insert(QStringLiteral("reference"), QStringLiteral("RISK-%1").arg(++m_packages));
        if (!fqdns.isEmpty()) {
            manifest.insert(QStringLiteral("fqdns"), QJsonArray::fromStringList(fqdns));
        }
        test::TestWorkspace::writeManifest(copy, QJsonDocument(manifest).toJson());
        return copy;
    }

    domain::Application import(const QString& path) {
        const auto imported = app::IntakeService(m_ws->workspace()).importPackage(path, m_officer);
        if (!imported) {
            qWarning() << imported.error().code << imported.error().userMessage;
            return {};
        }
        return *m_ws->workspace().applications().byId(imported->applicationId);
    }

    static domain::CheckStatus matchStatus(const domain::Application& application) {
        const domain::ChecklistItem* item = application.item(u"intake.high-risk-match");
        return item ? item->status : domain::CheckStatus::Pending;
    }

private slots:
    void init() {
        m_ws = std::make_unique<test::TestWorkspace>();
        m_officer = m_ws->addUser(QStringLiteral("tanaka"), domain::Role::Officer);
        m_admin = m_ws->addUser(QStringLiteral("admin2"), domain::Role::Administrator);
    }

    void lookAlikesAreFound_R_IN_4_data() {
        QTest::addColumn<QString>("fqdn");
        QTest::addColumn<QString>("registrable");
        QTest::addColumn<QStringList>("expected");
        const QStringList name{QStringLiteral("high-risk-name")};
        const QStringList alike{QStringLiteral("look-alike")};
        const QStringList alikeMixed{QStringLiteral("look-alike"), QStringLiteral("mixed-script")};
        QTest::newRow("the name itself") << "paypal.co.jp"
                                         << "paypal.co.jp" << name;
        QTest::newRow("inside a label") << "secure-paypal-login.example.jp"
                                        << "example.jp" << name;
        QTest::newRow("split by a hyphen") << "pay-pal.jp"
                                           << "pay-pal.jp" << name;
        QTest::newRow("split over labels") << "pay.pal.example.jp"
                                           << "example.jp" << name;
        QTest::newRow("digit for letter (1 for l)") << "paypa1.jp"
                                                    << "paypa1.jp" << alike;
        QTest::newRow("digit for letter (0 for o)") << "amaz0n.co.jp"
                                                    << "amaz0n.co.jp" << alike;
        QTest::newRow("rn for m") << "rnufg.jp"
                                  << "rnufg.jp" << alike;
        QTest::newRow("Cyrillic а in Latin")
            << ace(QStringLiteral("pаypal.jp")) << ace(QStringLiteral("pаypal.jp")) << alikeMixed;
        QTest::newRow("Greek ο in Latin")
            << ace(QStringLiteral("amazοn.jp")) << ace(QStringLiteral("amazοn.jp")) << alikeMixed;
        QTest::newRow("all Cyrillic") << ace(QStringLiteral("рауpal.jp")) << ace(QStringLiteral("рауpal.jp"))
                                      << alikeMixed;
        QTest::newRow("full-width brand")
            << ace(QStringLiteral("ｐａｙｐａｌ.jp")) << ace(QStringLiteral("ｐａｙｐａｌ.jp")) << name;
        QTest::newRow("Japanese name") << ace(QStringLiteral("楽天市場.jp")) << ace(QStringLiteral("楽天市場.jp"))
                                       << QStringList{};
        QTest::newRow("kana with Latin (one language)")
            << ace(QStringLiteral("テストshop.jp")) << ace(QStringLiteral("テストshop.jp")) << QStringList{};
        QTest::newRow("Cyrillic with Latin, no brand")
            << ace(QStringLiteral("shoр.jp")) << ace(QStringLiteral("shoр.jp"))
            << QStringList{QStringLiteral("mixed-script")};
        QTest::newRow("unrelated") << "www.kansai-foods.jp"
                                   << "kansai-foods.jp" << QStringList{};
        QTest::newRow("short listed name not searched inside") << "www.shipping.jp"
                                                               << "shipping.jp" << QStringList{};
    }
    void lookAlikesAreFound_R_IN_4() {
        QFETCH(QString, fqdn);
        QFETCH(QString, registrable);
        QFETCH(QStringList, expected);
        const app::SpoofChecker spoof;
        QList<domain::HighRiskName> list;
        for (const QString& name :
             {QStringLiteral("paypal"), QStringLiteral("amazon"), QStringLiteral("mufg"), QStringLiteral("ip")}) {
            list.append({0, name, spoof.skeleton(name), QStringLiteral("brand")});
        }
        const domain::RequestedName requested = domain::HighRiskRules::describe(fqdn, registrable, spoof);
        QCOMPARE(kinds(domain::HighRiskRules::nameMatches(requested, list, spoof)), expected);
    }

    void aRejectionForFraudMarksLaterApplications_R_IN_3() {
        const domain::Application first = import(package(QStringLiteral("sample-kk")));
        QCOMPARE(matchStatus(first), domain::CheckStatus::Passed);
        QVERIFY(!first.highRisk);
        domain::WorkflowRequest reject;
        reject.action = domain::WorkflowAction::Reject;
        reject.reason = QStringLiteral("Registry extract forged");
        reject.suspectedFraud = true;
        QVERIFY(app::ApplicationService(m_ws->workspace()).perform(m_officer, first.id, reject));

        // The same key and names again: high risk at once, every match named.
        const domain::Application again = import(package(QStringLiteral("sample-kk")));
        QCOMPARE(matchStatus(again), domain::CheckStatus::Failed);
        QVERIFY(again.highRisk);
        const QString note = again.item(u"intake.high-risk-match")->note;
        QVERIFY2(note.contains(QStringLiteral("RISK-1")) && note.contains(QStringLiteral("public key")) &&
                     note.contains(QStringLiteral("www.sample.co.jp")),
                 qPrintable(note));
        // An additional verification recorded for other matches is void once new ones appear.
        domain::Application verified = again;
        verified.record(QStringLiteral("risk.additional-verification"), domain::CheckStatus::Passed,
                        QStringLiteral("tanaka"), {}, QStringLiteral("checked the earlier match"));
        verified.record(QStringLiteral("intake.high-risk-match"), domain::CheckStatus::Failed, QStringLiteral("system"),
                        {}, QStringLiteral("an earlier, shorter list of matches"));
        QVERIFY(app::HighRiskService(m_ws->workspace()).decide(verified, QStringLiteral("system")));
        QCOMPARE(verified.item(u"risk.additional-verification")->status, domain::CheckStatus::Pending);
        // ra-cli app show --json keeps high_risk and the item's status.
        const QJsonObject json = app::toJson(again);
        QVERIFY(json[QStringLiteral("high_risk")].toBool());

        // Another subdomain of the same registrable domain, with another key, still matches.
        const domain::Application sibling =
            import(package(QStringLiteral("kansai-foods"), {QStringLiteral("shop.sample.co.jp")}));
        QCOMPARE(matchStatus(sibling), domain::CheckStatus::Failed);
        QVERIFY(sibling.item(u"intake.high-risk-match")->note.contains(QStringLiteral("registrable-domain")));

        // A rejection without the fraud flag is not held against anyone.
        const domain::Application returned =
            import(package(QStringLiteral("kansai-foods"), {QStringLiteral("www.tokai-trading.jp")}));
        reject.suspectedFraud = false;
        QVERIFY(app::ApplicationService(m_ws->workspace()).perform(m_officer, returned.id, reject));
        const domain::Application clean =
            import(package(QStringLiteral("tokai-trading"), {QStringLiteral("www.tokai-trading.jp")}));
        QCOMPARE(matchStatus(clean), domain::CheckStatus::Passed);
    }

    void earlierCustomersDomainsHaveNoLookAlikes_R_IN_4() {
        QCOMPARE(matchStatus(import(package(QStringLiteral("sample-kk")))), domain::CheckStatus::Passed);
        const domain::Application alike =
            import(package(QStringLiteral("kansai-foods"), {QStringLiteral("www.samp1e.co.jp")}));
        QCOMPARE(matchStatus(alike), domain::CheckStatus::Failed);
        QVERIFY2(alike.item(u"intake.high-risk-match")->note.contains(QStringLiteral("looks like sample.co.jp")),
                 qPrintable(alike.item(u"intake.high-risk-match")->note));
        // The same customer's other names are not look-alikes of themselves.
        QCOMPARE(matchStatus(import(package(QStringLiteral("sample-kk"), {QStringLiteral("shop.sample.co.jp")}))),
                 domain::CheckStatus::Passed);
    }

    void administratorsKeepTheNameList_R_IN_4() {
        app::HighRiskService service(m_ws->workspace());
        QCOMPARE(service.addName(m_officer, QStringLiteral("kansai"), QStringLiteral("x")).error().code,
                 QStringLiteral("role.not-allowed"));
        QCOMPARE(service.addName(m_admin, QStringLiteral("kansai"), QString()).error().code,
                 QStringLiteral("risk.bad-name"));
        const auto added = service.addName(m_admin, QStringLiteral("Kansai"), QStringLiteral("phishing wave 2026-11"));
        QVERIFY(added);
        QCOMPARE(added->name, QStringLiteral("kansai")); // listed as a label is compared: lower case
        const domain::Application listed = import(package(QStringLiteral("kansai-foods")));
        QCOMPARE(matchStatus(listed), domain::CheckStatus::Failed);
        QVERIFY(listed.highRisk);
        // A removal without a reason is refused and removes nothing.
        QCOMPARE(service.removeName(m_admin, added->id, QStringLiteral("  ")).error().code,
                 QStringLiteral("risk.no-reason"));
        QCOMPARE(service.removeName(m_officer, added->id, QStringLiteral("x")).error().code,
                 QStringLiteral("role.not-allowed"));
        QCOMPARE(service.names()->size(), 1);
        // Removed from the list, kept in the database with the reason, no longer matched.
        const auto removed = service.removeName(m_admin, added->id, QStringLiteral("campaign over, ticket 4411"));
        QVERIFY(removed);
        QCOMPARE(removed->name, QStringLiteral("kansai"));
        QCOMPARE(matchStatus(import(package(QStringLiteral("kansai-foods")))), domain::CheckStatus::Passed);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM high_risk_names WHERE removal_reason = "
                                            "'campaign over, ticket 4411' AND removed_by = 'admin2'")),
                 1);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type LIKE 'risk.name_%'")), 2);
        // The removal's audit entry says what was removed and why, not only an id.
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1' AND details LIKE "
                                            "'%kansai%' AND details LIKE '%ticket 4411%' AND details LIKE '%%2%'")
                                 .arg(domain::audit_event::HighRiskNameRemoved, removed->skeleton)),
                 1);
        // Removed once: a second removal finds nothing.
        QCOMPARE(service.removeName(m_admin, added->id, QStringLiteral("again")).error().code,
                 QStringLiteral("risk.unknown-name"));
    }

    // R-IN-4: a listed name is one DNS label, or it could never match a requested name's label and
    // would give a false sense of cover; each refusal is audited.
    void aHighRiskNameIsOneLabel_R_IN_4_data() {
        QTest::addColumn<QString>("typed");
        QTest::newRow("space") << QStringLiteral("pay pal");
        QTest::newRow("domain") << QStringLiteral("paypal.com");
        QTest::newRow("leading hyphen") << QStringLiteral("-paypal");
        QTest::newRow("trailing hyphen") << QStringLiteral("paypal-");
        QTest::newRow("underscore") << QStringLiteral("pay_pal");
        QTest::newRow("64 octets") << QString(64, QLatin1Char('a'));
        QTest::newRow("empty") << QStringLiteral("   ");
        QTest::newRow("wildcard") << QStringLiteral("*");
    }

    void aHighRiskNameIsOneLabel_R_IN_4() {
        QFETCH(QString, typed);
        app::HighRiskService service(m_ws->workspace());
        const qint64 refusedBefore = m_ws->count(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = '%1' AND details LIKE '%risk.bad-name%'")
                .arg(domain::audit_event::ActionRefused));
        QCOMPARE(service.addName(m_admin, typed, QStringLiteral("reason")).error().code,
                 QStringLiteral("risk.bad-name"));
        QVERIFY(service.names()->isEmpty());
        QCOMPARE(
            m_ws->count(QStringLiteral(
                            "SELECT COUNT(*) FROM audit_log WHERE event_type = '%1' AND details LIKE '%risk.bad-name%'")
                            .arg(domain::audit_event::ActionRefused)),
            refusedBefore + 1);
    }

    // R-IN-4: one entry per confusable skeleton: a look-alike of a listed name, in another case or
    // another script, is already covered; listing it again would let one removal leave the other.
    void aLookAlikeOfAListedNameIsNotListedTwice_R_IN_4() {
        app::HighRiskService service(m_ws->workspace());
        const auto first = service.addName(m_admin, QStringLiteral("mizuho"), QStringLiteral("brand"));
        QVERIFY(first);
        for (const QString& alike :
             {QStringLiteral("MIZUHO"), QStringLiteral("mіzuho") /* Cyrillic і */, QStringLiteral("mizuh0")}) {
            const auto again = service.addName(m_admin, alike, QStringLiteral("brand"));
            QVERIFY2(!again, qPrintable(alike));
            QCOMPARE(again.error().code, QStringLiteral("risk.duplicate-name"));
            QVERIFY(again.error().userMessage.contains(QStringLiteral("mizuho")));
        }
        QCOMPARE(service.names()->size(), 1);
        QVERIFY(service.addName(m_admin, QStringLiteral("みずほ"), QStringLiteral("brand in kana")));
        QCOMPARE(service.names()->size(), 2);
    }

    void theAdditionalVerificationIsMandatoryOnlyWhenHighRisk_R_IN_4() {
        const domain::ChecklistDefinition* extra = domain::Checklist::find(u"risk.additional-verification");
        QVERIFY(extra && !extra->automatic);
        domain::Application application;
        QVERIFY(!domain::Workflow::isMandatory(*extra, application));
        // Not recordable before there is anything to verify further.
        application.state = domain::ApplicationState::InReview;
        application.validatorId = m_officer.id;
        QCOMPARE(domain::SeparationOfDuties::mayRecordCheck(m_officer, application, *extra).error().code,
                 QStringLiteral("check.not-high-risk"));
        application.highRisk = true;
        QVERIFY(domain::Workflow::isMandatory(*extra, application));
        QVERIFY(domain::SeparationOfDuties::mayRecordCheck(m_officer, application, *extra));
        application.record(QStringLiteral("intake.high-risk-match"), domain::CheckStatus::Failed,
                           QStringLiteral("system"), {}, QStringLiteral("match"));
        QVERIFY(domain::Workflow::unmetItems(application, domain::CheckGate::Submission)
                    .contains(QStringLiteral("intake.high-risk-match")));
        application.record(QStringLiteral("risk.additional-verification"), domain::CheckStatus::Passed,
                           QStringLiteral("tanaka"), {}, QStringLiteral("second source: site visit"));
        QVERIFY(!domain::Workflow::unmetItems(application, domain::CheckGate::Submission)
                     .contains(QStringLiteral("intake.high-risk-match")));
    }
};

QTEST_GUILESS_MAIN(TestHighRisk)
#include "TestHighRisk.moc"
