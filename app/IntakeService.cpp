// SPDX-License-Identifier: Apache-2.0
#include "app/IntakeService.h"

#include "app/CertificatePreviewService.h"
#include "app/CsrCheckService.h"
#include "app/HighRiskService.h"
#include "app/JsonViews.h"
#include "app/PackageReader.h"
#include "app/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace ra::app {

using domain::CheckStatus;
using domain::fail;
using domain::Result;
namespace event = domain::audit_event;

namespace {
// The intake checks the tool decides itself (R-IN-1, R-CSR-1, R-DOC-1). "system" decides them,
// so they never count as a person's validation under R-ROLE-2.
void recordIntakeChecks(domain::Application& app, const QDateTime& now) {
    const QString by = QStringLiteral("system");
    app.record(QStringLiteral("intake.csr-readable"), CheckStatus::Passed, by, now,
               app.csr.keyType + QLatin1Char(' ') + QString::number(app.csr.keyBits));
    app.record(QStringLiteral("csr.proof-of-possession"),
               app.csr.signatureValid ? CheckStatus::Passed : CheckStatus::Failed, by, now,
               app.csr.signatureValid ? QString() : QStringLiteral("CSR signature does not verify"));
    app.record(QStringLiteral("intake.subscriber-agreement"),
               app.agreement.isExecuted() ? CheckStatus::Passed : CheckStatus::Failed, by, now, app.agreement.version);
    app.record(QStringLiteral("intake.names-requested"),
               app.fqdns.isEmpty() ? CheckStatus::Failed : CheckStatus::Passed, by, now,
               app.fqdns.join(QStringLiteral(", ")));
    // R-CSR-2..4: the key and the names, checked once here and kept with the application.
    const domain::CsrCheckReport& checks = app.csrChecks;
    const QString separator = QStringLiteral(", ");
    app.record(QStringLiteral("csr.key-quality"), checks.keyQualityPassed() ? CheckStatus::Passed : CheckStatus::Failed,
               by, now, checks.keyQualityFailures().join(separator));
    app.record(QStringLiteral("csr.weak-key"), checks.weakKeyPassed() ? CheckStatus::Passed : CheckStatus::Failed, by,
               now, checks.weakKeyFailures().join(separator));
    app.record(QStringLiteral("csr.names"), checks.namesPassed() ? CheckStatus::Passed : CheckStatus::Failed, by, now,
               checks.nameFailures().join(separator));
    if (!app.documents.isEmpty()) {
        app.record(QStringLiteral("doc.attached"), CheckStatus::Passed, by, now,
                   QStringLiteral("%1 document(s)").arg(app.documents.size()));
    }
}

// Copies a document into the workspace's content-addressed store. Returns whether it created the
// file (so a failed import removes only what it added), or an Error.
} // namespace

Result<ImportResult> IntakeService::importPackage(const QString& path, const domain::User& actor) {
    Result<ImportResult> result = tryImport(path, actor);
    if (!result) {
        // Bad input is audited too; what was refused and why.
        (void)m_workspace.record(actor.username, event::ImportRefused,
                                 {{QStringLiteral("package"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("code"), result.error().code},
                                  {QStringLiteral("reason"), result.error().userMessage},
                                  {QStringLiteral("detail"), result.error().detail}});
    }
    return result;
}

Result<ImportResult> IntakeService::tryImport(const QString& path, const domain::User& actor) {
    if (!actor.can(domain::Permission::ImportApplication)) {
        return fail(QStringLiteral("intake.not-allowed"),
                    QCoreApplication::translate("IntakeService", "Only an RA officer may import applications."));
    }
    auto package = PackageReader::read(path, m_workspace.settings().intake);
    if (!package) {
        return std::unexpected(package.error());
    }
    domain::Application& app = package->application;
    const QDateTime now = m_workspace.clock().nowUtc();
    app.receivedAt = now;
    app.updatedAt = now;
    for (const PackagedDocument& packaged : package->documents) {
        domain::Document document = packaged.document;
        document.addedBy = actor.username;
        document.addedAt = now;
        app.documents << document;
    }
    app.csrChecks = CsrCheckService(m_workspace).check(app.csr, app.fqdns);
    recordIntakeChecks(app, now);
    // R-ISS-2: the certificate this application would get, linted now, so a problem shows at once.
    const CertificatePreviewReport preview =
        CertificatePreviewService(m_workspace).preview(app, CertificatePreviewService::Subject::ClaimsUntilVerified);
    QStringList lintErrors;
    for (const domain::CheckResult& result : preview.lint) {
        if (result.failed()) {
            lintErrors << result.id;
        }
    }
    app.record(QStringLiteral("csr.profile-lint"), preview.passed() ? CheckStatus::Passed : CheckStatus::Failed,
               QStringLiteral("system"), now, preview.built ? lintErrors.join(QStringLiteral(", ")) : preview.problem);

    QStringList created;
    for (const PackagedDocument& packaged : package->documents) {
        const auto stored = m_workspace.storeDocument(packaged.sourcePath, packaged.document.sha256);
        if (!stored) {
            for (const QString& file : created) {
                QFile::remove(file);
            }
            return std::unexpected(stored.error());
        }
        if (*stored) {
            created << m_workspace.documentPath(packaged.document.sha256);
        }
    }

    ImportResult result{0, app.externalReference};
    const domain::Status saved = m_workspace.database().transaction([&]() -> domain::Status {
        const auto referenceTaken = m_workspace.applications().externalReferenceExists(app.externalReference);
        const auto packageSeen = m_workspace.applications().packageDigestExists(app.packageDigest);
        if (!referenceTaken || !packageSeen) {
            return std::unexpected(referenceTaken ? packageSeen.error() : referenceTaken.error());
        }
        if (*referenceTaken || *packageSeen) {
            return fail(QStringLiteral("package.duplicate"),
                        QCoreApplication::translate("IntakeService", "Application \"%1\" has been imported already.")
                            .arg(app.externalReference),
                        app.packageDigest);
        }
        // R-IN-3, R-IN-4: matched against earlier records before it joins them.
        if (auto decided = HighRiskService(m_workspace).decide(app, QStringLiteral("system")); !decided) {
            return decided;
        }
        const auto id = m_workspace.applications().add(app);
        if (!id) {
            return std::unexpected(id.error());
        }
        result.applicationId = *id;
        app.id = *id;
        if (auto indexed = HighRiskService(m_workspace).index(app); !indexed) {
            return indexed;
        }
        QJsonArray documents;
        for (const domain::Document& document : app.documents) {
            documents.append(QJsonObject{{QStringLiteral("file"), document.fileName},
                                         {QStringLiteral("sha256"), document.sha256},
                                         {QStringLiteral("size"), document.size}});
        }
        return m_workspace.audit().appendEvent(
            actor.username, event::ApplicationImported,
            {{QStringLiteral("reference"), app.externalReference},
             {QStringLiteral("package_sha256"), app.packageDigest},
             {QStringLiteral("organization"), app.organization.legalName},
             {QStringLiteral("fqdns"), QJsonArray::fromStringList(app.fqdns)},
             {QStringLiteral("csr_key"), app.csr.keyType + QLatin1Char(' ') + QString::number(app.csr.keyBits)},
             {QStringLiteral("csr_signature_valid"), app.csr.signatureValid},
             {QStringLiteral("public_key_sha256"), app.csr.publicKeySha256},
             {QStringLiteral("csr_checks"), toJson(app.csrChecks)},
             {QStringLiteral("documents"), documents}},
            *id);
    });
    if (!saved) {
        for (const QString& file : created) {
            QFile::setPermissions(file, QFileDevice::WriteOwner | QFileDevice::ReadOwner);
            QFile::remove(file);
        }
        return std::unexpected(saved.error());
    }
    return result;
}

} // namespace ra::app
