// SPDX-License-Identifier: Apache-2.0
// R-CSR-2..4 in the workspace: the real Public Suffix List (libpsl, Debian's publicsuffix), key
// blocklists imported from files, and intake deciding the checklist items from the checks.
#include "app/ApplicationService.h"
#include "app/CsrCheckService.h"
#include "app/IntakeService.h"
#include "app/JsonViews.h"
#include "app/KeyBlocklistService.h"
#include "crypto/CsrParser.h"
#include "crypto/KeyQuality.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ra;

namespace {
QString writeFile(const QString& directory, const QString& name, const QByteArray& content) {
    const QString path = QDir(directory).filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}
} // namespace

class TestCsrChecks : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    domain::User m_officer;
    domain::User m_admin;

private slots:
    void init() {
        m_ws = std::make_unique<test::TestWorkspace>();
        m_admin = m_ws->addUser(QStringLiteral("admin"), domain::Role::Administrator);
        m_officer = m_ws->addUser(QStringLiteral("tanaka"), domain::Role::Officer);
    }

    void realPublicSuffixList_R_CSR_4() {
        const app::PublicSuffixList& list = m_ws->workspace().publicSuffixList();
        QVERIFY(list.isLoaded());
        QCOMPARE(list.registrableDomain(QStringLiteral("www.sample.co.jp")), QStringLiteral("sample.co.jp"));
        QVERIFY(list.isPublicSuffix(QStringLiteral("co.jp")));
        // A wildcard rule with an exception: *.kawasaki.jp, !city.kawasaki.jp.
        QCOMPARE(list.registrableDomain(QStringLiteral("www.city.kawasaki.jp")), QStringLiteral("city.kawasaki.jp"));
        QVERIFY(list.isPublicSuffix(QStringLiteral("foo.kawasaki.jp")));
        QVERIFY(!list.hasKnownTopLevelDomain(QStringLiteral("server.local")));
        QVERIFY(list.registrableDomain(QStringLiteral("server.corp")).isEmpty());

        const domain::NameCheck internal =
            domain::NameRules::check(QStringLiteral("mail.corp"), m_ws->workspace().publicSuffixList());
        QVERIFY(!internal.ok());
        const domain::NameCheck suffix =
            domain::NameRules::check(QStringLiteral("foo.kawasaki.jp"), m_ws->workspace().publicSuffixList());
        QVERIFY(!suffix.ok());
    }

    void importsABlocklistAndAuditsIt_R_CSR_3() {
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("compromised.txt"),
                                       "# keys reported compromised\n" + QByteArray(64, 'a') + "\n\n" +
                                           QByteArray(64, 'B') + "\n" + QByteArray(64, 'a') + "\n");
        app::KeyBlocklistService service(m_ws->workspace());
        const auto imported = service.importFile(path, app::SqlKeyBlocklist::Kind::SpkiSha256, m_admin);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().userMessage));
        QCOMPARE(imported->lines, 3);
        QCOMPARE(imported->added, 2);
        QVERIFY(m_ws->workspace().keyBlocklist().containsSpkiSha256(QString(64, QLatin1Char('b'))));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'blocklist.imported'")),
                 1);
    }

    void aBadLineRefusesTheWholeFile() {
        QTemporaryDir dir;
        const QString path = writeFile(dir.path(), QStringLiteral("blacklist.RSA-2048"),
                                       "# debian\n0123456789abcdef0123\nnot-a-fingerprint\n");
        const auto refused =
            app::KeyBlocklistService(m_ws->workspace()).importFile(path, app::SqlKeyBlocklist::Kind::Debian, m_admin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("blocklist.bad-line"));
        QVERIFY(refused.error().userMessage.contains(QStringLiteral("Line 3")));
        QCOMPARE(*m_ws->workspace().keyBlocklist().count(app::SqlKeyBlocklist::Kind::Debian), 0);
        // Only administrators import.
        QCOMPARE(app::KeyBlocklistService(m_ws->workspace())
                     .importFile(path, app::SqlKeyBlocklist::Kind::Debian, m_officer)
                     .error()
                     .code,
                 QStringLiteral("blocklist.not-allowed"));
    }

    void intakeRecordsTheChecksAndAGoodKeyPasses() {
        const auto imported = app::IntakeService(m_ws->workspace())
                                  .importPackage(m_ws->copyDemoPackage(QStringLiteral("sample-kk")), m_officer);
        QVERIFY(imported);
        const auto application = m_ws->workspace().applications().byId(imported->applicationId);
        QVERIFY(application->csrChecks.allPassed());
        QCOMPARE(application->csrChecks.names.size(), 2);
        QCOMPARE(application->csrChecks.names.front().registrableDomain, QStringLiteral("sample.co.jp"));
        for (const char* code : {"csr.key-quality", "csr.weak-key", "csr.names", "csr.profile-lint"}) {
            QCOMPARE(application->item(QString::fromLatin1(code))->status, domain::CheckStatus::Passed);
        }
        // The audit entry of the import carries every check result (R-AUD-1).
        const auto entries = m_ws->workspace().audit().page({}, 0, 1);
        QVERIFY(entries->front().detailsJson.contains(QStringLiteral("key.fermat")));
    }

    void aSubjectTheProfileRefusesFailsTheLintItem_R_CSR_5_R_ISS_2() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QJsonObject manifest = QJsonDocument::fromJson(test::TestWorkspace::readManifest(package)).object();
        QJsonObject organization = manifest.value(QStringLiteral("organization")).toObject();
        organization.insert(QStringLiteral("state_or_province"), QStringLiteral("-"));
        manifest.insert(QStringLiteral("organization"), organization);
        test::TestWorkspace::writeManifest(package, QJsonDocument(manifest).toJson());
        const auto imported = app::IntakeService(m_ws->workspace()).importPackage(package, m_officer);
        QVERIFY(imported);
        const auto application = m_ws->workspace().applications().byId(imported->applicationId);
        const domain::ChecklistItem* lint = application->item(QStringLiteral("csr.profile-lint"));
        QCOMPARE(lint->status, domain::CheckStatus::Failed);
        QVERIFY(lint->note.contains(QStringLiteral("ST")));
    }

    void aCompromisedKeyFailsAndBlocksReview_R_CSR_3() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QFile csrFile(QDir(package).filePath(QStringLiteral("request.csr")));
        QVERIFY(csrFile.open(QIODevice::ReadOnly));
        const auto csr = crypto::CsrParser::parse(csrFile.readAll());
        QTemporaryDir dir;
        const QString list =
            writeFile(dir.path(), QStringLiteral("compromised.txt"), csr->publicKeySha256.toLatin1() + "\n");
        QVERIFY(app::KeyBlocklistService(m_ws->workspace())
                    .importFile(list, app::SqlKeyBlocklist::Kind::SpkiSha256, m_admin));

        const auto imported = app::IntakeService(m_ws->workspace()).importPackage(package, m_officer);
        QVERIFY(imported);
        const auto application = m_ws->workspace().applications().byId(imported->applicationId);
        QCOMPARE(application->item(QStringLiteral("csr.weak-key"))->status, domain::CheckStatus::Failed);
        QVERIFY(application->item(QStringLiteral("csr.weak-key"))->note.contains(QStringLiteral("key.compromised")));
        domain::WorkflowRequest take;
        take.action = domain::WorkflowAction::TakeForReview;
        QVERIFY(app::ApplicationService(m_ws->workspace()).perform(m_officer, imported->applicationId, take));
        // Review can start, but the failed check keeps it from ever being submitted (R-APR-1).
        const auto reviewed = m_ws->workspace().applications().byId(imported->applicationId);
        QVERIFY(domain::Workflow::unmetItems(*reviewed, domain::CheckGate::Submission)
                    .contains(QStringLiteral("csr.weak-key")));
    }

    void aBadNameFailsTheNamesItem_R_CSR_4() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QJsonObject manifest = QJsonDocument::fromJson(test::TestWorkspace::readManifest(package)).object();
        manifest.insert(QStringLiteral("fqdns"),
                        QJsonArray{QStringLiteral("www.sample.co.jp"), QStringLiteral("*.sample.co.jp"),
                                   QStringLiteral("intranet.local")});
        test::TestWorkspace::writeManifest(package, QJsonDocument(manifest).toJson());
        const auto imported = app::IntakeService(m_ws->workspace()).importPackage(package, m_officer);
        QVERIFY(imported);
        const auto application = m_ws->workspace().applications().byId(imported->applicationId);
        const domain::ChecklistItem* names = application->item(QStringLiteral("csr.names"));
        QCOMPARE(names->status, domain::CheckStatus::Failed);
        QVERIFY(names->note.contains(QStringLiteral("*.sample.co.jp:name.no-wildcard")));
        QVERIFY(names->note.contains(QStringLiteral("intranet.local:name.public-suffix")));
        QVERIFY(application->csrChecks.names.front().ok());
    }
};

QTEST_GUILESS_MAIN(TestCsrChecks)
#include "TestCsrChecks.moc"
