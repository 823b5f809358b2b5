// SPDX-License-Identifier: Apache-2.0
// R-IN-1, R-IN-2: a good package is stored with its documents and audited; each kind of broken
// package is refused with a message naming the problem and leaves nothing behind but the audit
// entry of its refusal.
#include "app/IntakeService.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ra;

namespace {
QJsonObject manifestOf(const QString& package) {
    return QJsonDocument::fromJson(test::TestWorkspace::readManifest(package)).object();
}

void writeJson(const QString& package, const QJsonObject& manifest) {
    test::TestWorkspace::writeManifest(package, QJsonDocument(manifest).toJson());
}
} // namespace

class TestIntake : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestWorkspace> m_ws;
    domain::User m_officer;

    domain::Result<app::ImportResult> import(const QString& package) {
        return app::IntakeService(m_ws->workspace()).importPackage(package, m_officer);
    }

    // Asserts the refusal and that nothing but its audit entry was left behind.
    void expectRefused(const QString& package, const QString& code, const QString& messagePart) {
        const qint64 applications = m_ws->count(QStringLiteral("SELECT COUNT(*) FROM applications"));
        const qint64 names = m_ws->count(QStringLiteral("SELECT COUNT(*) FROM application_fqdns"));
        const qint64 documents = QDir(m_ws->workspace().documentsDirectory()).entryList(QDir::Files).size();
        const qint64 refusals = m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = "
                                                           "'application.import_refused'"));
        const auto result = import(package);
        QVERIFY2(!result, "the package should have been refused");
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().userMessage.contains(messagePart), qPrintable(result.error().userMessage));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM applications")), applications);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM application_fqdns")), names);
        QCOMPARE(QDir(m_ws->workspace().documentsDirectory()).entryList(QDir::Files).size(), documents);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = "
                                            "'application.import_refused' AND details LIKE '%%1%'")
                                 .arg(code)),
                 refusals + 1);
    }

private slots:
    void init() {
        m_ws = std::make_unique<test::TestWorkspace>();
        m_officer = m_ws->addUser(QStringLiteral("tanaka"), domain::Role::Officer);
    }

    void importsAGoodPackage_R_IN_1() {
        const auto result = import(m_ws->copyDemoPackage(QStringLiteral("sample-kk")));
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage));
        QCOMPARE(result->externalReference, QStringLiteral("APP-2026-1042"));
        const auto application = m_ws->workspace().applications().byId(result->applicationId);
        QVERIFY(application);
        QCOMPARE(application->state, domain::ApplicationState::Received);
        QCOMPARE(application->organization.legalName, QStringLiteral("株式会社サンプル"));
        QCOMPARE(application->fqdns, QStringList({QStringLiteral("www.sample.co.jp"), QStringLiteral("sample.co.jp")}));
        QVERIFY(application->csr.signatureValid);
        QCOMPARE(application->documents.size(), 1);
        const domain::Document& document = application->documents.front();
        QCOMPARE(document.mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(document.addedBy, QStringLiteral("tanaka"));
        QVERIFY(QFile::exists(m_ws->workspace().documentPath(document.sha256)));
        QCOMPARE(application->item(QStringLiteral("csr.proof-of-possession"))->status, domain::CheckStatus::Passed);
        QCOMPARE(application->item(QStringLiteral("intake.subscriber-agreement"))->status, domain::CheckStatus::Passed);
        QCOMPARE(application->item(QStringLiteral("doc.attached"))->status, domain::CheckStatus::Passed);
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = "
                                            "'application.imported' AND application_id = %1")
                                 .arg(result->applicationId)),
                 1);
    }

    void importsAPackageGivenByItsManifestFile() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("example-shop"));
        QVERIFY(import(QDir(package).filePath(QStringLiteral("application.json"))));
    }

    void aBrokenCsrSignatureIsImportedButBlocksReview_R_CSR_1() {
        const auto result = import(m_ws->copyDemoPackage(QStringLiteral("broken-signature")));
        QVERIFY(result);
        const auto application = m_ws->workspace().applications().byId(result->applicationId);
        QCOMPARE(application->item(QStringLiteral("csr.proof-of-possession"))->status, domain::CheckStatus::Failed);
    }

    void refusesBadJson() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        test::TestWorkspace::writeManifest(package, "{\"format_version\": 1, \"reference\": ");
        expectRefused(package, QStringLiteral("package.bad-json"), QStringLiteral("application.json"));
    }

    void refusesAMissingField_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("reference") << QStringLiteral("reference");
        QTest::newRow("organization.legal_name") << QStringLiteral("organization.legal_name");
        QTest::newRow("organization.locality") << QStringLiteral("organization.locality");
        QTest::newRow("representative.phone") << QStringLiteral("representative.phone");
        QTest::newRow("subscriber_agreement.accepted_by") << QStringLiteral("subscriber_agreement.accepted_by");
        QTest::newRow("fqdns") << QStringLiteral("fqdns");
        QTest::newRow("csr_file") << QStringLiteral("csr_file");
    }

    void refusesAMissingField() {
        QFETCH(QString, field);
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QJsonObject manifest = manifestOf(package);
        const QStringList path = field.split(QLatin1Char('.'));
        if (path.size() == 1) {
            manifest.remove(field);
        } else {
            QJsonObject inner = manifest.value(path[0]).toObject();
            inner.remove(path[1]);
            manifest.insert(path[0], inner);
        }
        writeJson(package, manifest);
        expectRefused(package, QStringLiteral("package.missing-field"), field);
    }

    void refusesNoAgreement_R_IN_1() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QJsonObject manifest = manifestOf(package);
        manifest.remove(QStringLiteral("subscriber_agreement"));
        writeJson(package, manifest);
        expectRefused(package, QStringLiteral("package.missing-field"), QStringLiteral("subscriber_agreement"));
    }

    void refusesAnUnsupportedVersion() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QJsonObject manifest = manifestOf(package);
        manifest.insert(QStringLiteral("format_version"), 2);
        writeJson(package, manifest);
        expectRefused(package, QStringLiteral("package.unsupported-version"), QStringLiteral("2"));
    }

    void refusesAnUnreadableCsr() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QFile csr(QDir(package).filePath(QStringLiteral("request.csr")));
        QVERIFY(csr.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csr.write("-----BEGIN CERTIFICATE REQUEST-----\nnot base64 at all\n-----END CERTIFICATE REQUEST-----\n");
        csr.close();
        expectRefused(package, QStringLiteral("csr.unreadable"), QStringLiteral("PKCS#10"));
    }

    void refusesAMissingDocument() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QVERIFY(QFile::remove(QDir(package).filePath(QStringLiteral("documents/registry-extract.pdf"))));
        expectRefused(package, QStringLiteral("package.missing-file"), QStringLiteral("registry-extract.pdf"));
    }

    void refusesADuplicateImport() {
        QVERIFY(import(m_ws->copyDemoPackage(QStringLiteral("sample-kk"))));
        expectRefused(m_ws->copyDemoPackage(QStringLiteral("sample-kk")), QStringLiteral("package.duplicate"),
                      QStringLiteral("APP-2026-1042"));
    }

    void refusesPathTraversal_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("dot-dot") << QStringLiteral("../../etc/passwd");
        QTest::newRow("inner dot-dot") << QStringLiteral("documents/../../outside.pdf");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("backslash") << QStringLiteral("..\\..\\secret");
        QTest::newRow("home") << QStringLiteral("~/.ssh/id_rsa");
    }

    void refusesPathTraversal() {
        QFETCH(QString, name);
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QJsonObject manifest = manifestOf(package);
        QJsonArray documents = manifest.value(QStringLiteral("documents")).toArray();
        QJsonObject document = documents.at(0).toObject();
        document.insert(QStringLiteral("file"), name);
        documents[0] = document;
        manifest.insert(QStringLiteral("documents"), documents);
        writeJson(package, manifest);
        expectRefused(package, QStringLiteral("package.unsafe-path"), name);
    }

    void refusesASymbolicLinkLeadingOutside() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        const QString document = QDir(package).filePath(QStringLiteral("documents/registry-extract.pdf"));
        QVERIFY(QFile::remove(document));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), document));
        expectRefused(package, QStringLiteral("package.unsafe-path"), QStringLiteral("outside"));
    }

    void refusesAnOversizeDocument() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QFile big(QDir(package).filePath(QStringLiteral("documents/registry-extract.pdf")));
        QVERIFY(big.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(big.resize(m_ws->workspace().settings().intake.maxDocumentBytes + 1));
        big.close();
        expectRefused(package, QStringLiteral("package.file-too-large"), QStringLiteral("registry-extract.pdf"));
    }

    // R-DOC-1: a document that is not what its name says (an HTML page named .pdf) is refused.
    void refusesADocumentThatIsNotWhatItsNameSays() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QFile fake(QDir(package).filePath(QStringLiteral("documents/registry-extract.pdf")));
        QVERIFY(fake.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fake.write("<!DOCTYPE html><html><body>Looks official</body></html>");
        fake.close();
        expectRefused(package, QStringLiteral("package.document-type"), QStringLiteral("registry-extract.pdf"));
    }

    void refusesAWrongCountryCode() {
        const QString package = m_ws->copyDemoPackage(QStringLiteral("sample-kk"));
        QJsonObject manifest = manifestOf(package);
        QJsonObject organization = manifest.value(QStringLiteral("organization")).toObject();
        organization.insert(QStringLiteral("country"), QStringLiteral("Japan"));
        manifest.insert(QStringLiteral("organization"), organization);
        writeJson(package, manifest);
        expectRefused(package, QStringLiteral("package.bad-field"), QStringLiteral("organization.country"));
    }

    void refusesAMissingPackage() {
        expectRefused(m_ws->directory() + QStringLiteral("/nowhere"), QStringLiteral("package.not-found"),
                      QStringLiteral("nowhere"));
    }

    void onlyOfficersImport() {
        const domain::User auditor = m_ws->addUser(QStringLiteral("ito"), domain::Role::Auditor);
        const auto result = app::IntakeService(m_ws->workspace())
                                .importPackage(m_ws->copyDemoPackage(QStringLiteral("sample-kk")), auditor);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("intake.not-allowed"));
        QCOMPARE(m_ws->count(QStringLiteral("SELECT COUNT(*) FROM applications")), 0);
    }

    void storedDocumentsAreReadOnly_R_DOC_1() {
        const auto result = import(m_ws->copyDemoPackage(QStringLiteral("sample-kk")));
        QVERIFY(result);
        const auto application = m_ws->workspace().applications().byId(result->applicationId);
        const QFileInfo stored(m_ws->workspace().documentPath(application->documents.front().sha256));
        QVERIFY(!stored.permissions().testFlag(QFileDevice::WriteOwner));
    }
};

QTEST_GUILESS_MAIN(TestIntake)
#include "TestIntake.moc"
