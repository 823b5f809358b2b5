// SPDX-License-Identifier: Apache-2.0
// R-DOC-1 (CP 3.2.2, 5.5), R-AUD-1: documents relied upon are inspected for alteration, version by
// version, and doc.inspected is decided by those inspections; a replacement is a new version, the
// old one kept. Every way around it is refused, audited, and records nothing: an unticked check
// without a finding, an unknown check, an old version, a file that is not what its name says, an
// oversize file, a stored file altered on disk, another officer, a bare tick, editing the tables.
#include "app/ApplicationService.h"
#include "app/DocumentService.h"
#include "domain/DocumentReview.h"
#include "tests/support/DemoFixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace ra;

namespace {
constexpr qint64 kExampleShop = 2; // in review with tanaka; one document, office-photo.png
const QStringList kAllChecks{QStringLiteral("issuer"), QStringLiteral("dates"), QStringLiteral("content"),
                             QStringLiteral("unaltered")};
} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::DemoFixture> m_demo;
    QTemporaryDir m_files;

    app::Workspace& workspace() { return m_demo->workspace(); }
    app::DocumentService service() { return app::DocumentService(workspace()); }
    domain::User tanaka() { return m_demo->user(QStringLiteral("tanaka")); }

    qint64 count(const QString& sql) {
        QSqlQuery query(workspace().database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    qint64 rows() {
        return count(QStringLiteral("SELECT (SELECT COUNT(*) FROM documents) + "
                                    "(SELECT COUNT(*) FROM document_inspections)"));
    }
    qint64 refusals() {
        return count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'document.refused'"));
    }
    domain::Application application() { return *workspace().applications().byId(kExampleShop); }
    domain::CheckStatus inspectedStatus() {
        const domain::Application current = application(); // item() points into it
        const domain::ChecklistItem* item = current.item(QStringLiteral("doc.inspected"));
        return item ? item->status : domain::CheckStatus::Pending;
    }
    qint64 currentDocument() { return domain::DocumentReview::current(application().documents).front().id; }

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_files.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes);
        return path;
    }
    QByteArray storedBytes(qint64 documentId) {
        for (const domain::Document& document : application().documents) {
            if (document.id == documentId) {
                QFile file(workspace().documentPath(document.sha256));
                return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            }
        }
        return {};
    }

    template <typename Attempt>
    void expectRefusal(Attempt attempt, const QString& code) {
        const qint64 before = rows();
        const qint64 audited = refusals();
        const domain::CheckStatus status = inspectedStatus();
        const auto result = attempt();
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().userMessage.isEmpty());
        QCOMPARE(rows(), before);
        QCOMPARE(refusals(), audited + 1);
        QCOMPARE(inspectedStatus(), status);
    }

private slots:
    // One demo workspace for the whole case; the slots run in order, refusals first.
    void initTestCase() {
        m_demo = std::make_unique<test::DemoFixture>();
        QVERIFY2(m_demo->ready(), qPrintable(m_demo->problem()));
        QCOMPARE(application().documents.size(), 1);
    }
    void cleanupTestCase() { m_demo.reset(); }

    void inspectionRefusals_R_DOC_1() {
        const qint64 document = currentDocument();
        expectRefusal([&] { return service().inspect(tanaka(), kExampleShop, document, kAllChecks.mid(1), {}); },
                      QStringLiteral("inspection.no-finding"));
        expectRefusal(
            [&] {
                return service().inspect(tanaka(), kExampleShop, document,
                                         kAllChecks + QStringList{QStringLiteral("vibes")}, {});
            },
            QStringLiteral("inspection.unknown-check"));
        expectRefusal(
            [&] {
                return service().inspect(tanaka(), kExampleShop, document,
                                         {QStringLiteral("issuer"), QStringLiteral("issuer"), QStringLiteral("dates"),
                                          QStringLiteral("content")},
                                         {});
            },
            QStringLiteral("inspection.unknown-check"));
        expectRefusal([&] { return service().inspect(tanaka(), kExampleShop, 999, kAllChecks, {}); },
                      QStringLiteral("document.not-current"));
        expectRefusal(
            [&] {
                return service().inspect(m_demo->user(QStringLiteral("suzuki")), kExampleShop, document, kAllChecks,
                                         {});
            },
            QStringLiteral("sod.not-the-validator"));
        // A bare tick of the item is refused: inspections decide it.
        const auto ticked = app::ApplicationService(workspace())
                                .recordCheck(tanaka(), kExampleShop, QStringLiteral("doc.inspected"),
                                             domain::CheckStatus::Passed, QStringLiteral("looked at it"));
        QCOMPARE(ticked.error().code, QStringLiteral("check.automatic"));
        // Nor can anything set it as an automatic check: its records decide it.
        QCOMPARE(app::ApplicationService(workspace())
                     .recordAutomaticCheck(QStringLiteral("ra-workstation"), kExampleShop,
                                           QStringLiteral("doc.inspected"), domain::CheckStatus::Passed, {})
                     .error()
                     .code,
                 QStringLiteral("check.decided-by-records"));
        QCOMPARE(inspectedStatus(), domain::CheckStatus::Pending);
    }

    void replacementRefusals_R_DOC_1() {
        const qint64 document = currentDocument();
        const QString html = writeFile(QStringLiteral("registry-extract.pdf"), "<html><body>not a PDF</body></html>");
        expectRefusal([&] { return service().replace(tanaka(), kExampleShop, document, html, {}); },
                      QStringLiteral("package.document-type"));
        const QString elf = writeFile(QStringLiteral("photo.png"), QByteArray("\x7f"
                                                                              "ELF\x02\x01\x01",
                                                                              7) +
                                                                       QByteArray(64, '\0'));
        expectRefusal([&] { return service().replace(tanaka(), kExampleShop, document, elf, {}); },
                      QStringLiteral("package.document-type"));
        const QString big = writeFile(QStringLiteral("big.png"), storedBytes(document));
        QFile(big).resize(workspace().settings().intake.maxDocumentBytes + 1);
        expectRefusal([&] { return service().replace(tanaka(), kExampleShop, document, big, {}); },
                      QStringLiteral("package.file-too-large"));
        const QString good = writeFile(QStringLiteral("office-photo-2.png"), storedBytes(document) + "\n");
        expectRefusal(
            [&] { return service().replace(m_demo->user(QStringLiteral("suzuki")), kExampleShop, document, good, {}); },
            QStringLiteral("sod.not-the-validator"));
    }

    void failedInspectionBlocksSubmission_R_DOC_1() {
        const auto failed = service().inspect(tanaka(), kExampleShop, currentDocument(),
                                              {QStringLiteral("issuer"), QStringLiteral("dates")},
                                              QStringLiteral("Address pasted over the original; fonts differ"));
        QVERIFY(failed);
        QVERIFY(!failed->passed);
        QCOMPARE(inspectedStatus(), domain::CheckStatus::Failed);
        QVERIFY(application().item(QStringLiteral("doc.inspected"))->note.contains(QStringLiteral("fonts differ")));
        QVERIFY(domain::Workflow::unmetItems(application(), domain::CheckGate::Submission)
                    .contains(QStringLiteral("doc.inspected")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE event_type = 'document.inspected' "
                                      "AND application_id = 2")),
                 1);
    }

    void aReplacementIsANewVersion_R_DOC_1() {
        const qint64 old = currentDocument();
        const QByteArray oldBytes = storedBytes(old);
        const QString file = writeFile(QStringLiteral("office-photo-2.png"), oldBytes + "\n");
        const auto version = service().replace(tanaka(), kExampleShop, old, file, {});
        QVERIFY2(version, version ? "" : qPrintable(version.error().userMessage));
        QCOMPARE(version->replaces, old);
        QCOMPARE(version->mediaType, QStringLiteral("image/png"));
        QCOMPARE(version->kind, application().documents.front().kind);
        // Both versions kept, the old one's bytes untouched; only the new one is relied upon.
        QCOMPARE(application().documents.size(), 2);
        QCOMPARE(storedBytes(old), oldBytes);
        QCOMPARE(currentDocument(), version->id);
        // The new version is uninspected: the failed inspection of the old one no longer decides.
        QCOMPARE(inspectedStatus(), domain::CheckStatus::Pending);
        // The old version is history: neither inspected nor replaced again.
        expectRefusal([&] { return service().inspect(tanaka(), kExampleShop, old, kAllChecks, {}); },
                      QStringLiteral("document.not-current"));
        expectRefusal([&] { return service().replace(tanaka(), kExampleShop, old, file, {}); },
                      QStringLiteral("document.not-current"));
        const auto passed = service().inspect(tanaka(), kExampleShop, version->id, kAllChecks, {});
        QVERIFY(passed && passed->passed);
        QCOMPARE(inspectedStatus(), domain::CheckStatus::Passed);
    }

    void aStoredFileAlteredOnDiskIsNotInspected_R_DOC_1() {
        const qint64 document = currentDocument();
        QString path;
        for (const domain::Document& candidate : application().documents) {
            path = candidate.id == document ? workspace().documentPath(candidate.sha256) : path;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("edited");
        file.close();
        expectRefusal([&] { return service().inspect(tanaka(), kExampleShop, document, kAllChecks, {}); },
                      QStringLiteral("document.altered"));
        // The inspection passed before the change no longer counts: decided again (as before
        // submission), the item fails and names the file.
        QCOMPARE(inspectedStatus(), domain::CheckStatus::Passed);
        QVERIFY(service().decide(QStringLiteral("tanaka"), kExampleShop));
        QCOMPARE(inspectedStatus(), domain::CheckStatus::Failed);
        QVERIFY(application().item(QStringLiteral("doc.inspected"))->note.contains(QStringLiteral("SHA-256")));
    }

    void recordsNeverChange_R_AUD_4() {
        QSqlQuery query(workspace().database().connection());
        QVERIFY(!query.exec(QStringLiteral("UPDATE document_inspections SET passed = 1")));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM document_inspections")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE documents SET sha256 = 'x'")));
        // A second version of the same document, written past the service: refused by the schema.
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO documents (application_id, file_name, kind, sha256, size, added_by, added_at, replaces) "
            "SELECT application_id, 'forged.png', kind, sha256, size, 'mallory', added_at, replaces FROM documents "
            "WHERE replaces IS NOT NULL")));
    }
};

QTEST_GUILESS_MAIN(TestDocuments)
#include "TestDocuments.moc"
