// SPDX-License-Identifier: Apache-2.0
#include "app/DocumentService.h"

#include "app/PackageReader.h"
#include "app/RecordedDecision.h"
#include "app/Workspace.h"
#include "crypto/Digest.h"
#include "domain/AuditEntry.h"
#include "domain/DocumentReview.h"
#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ra::app {

namespace {
const domain::Document* findDocument(const domain::Application& application, qint64 documentId) {
    for (const domain::Document& document : application.documents) {
        if (document.id == documentId) {
            return &document;
        }
    }
    return nullptr;
}
} // namespace

bool DocumentService::storedIntact(const domain::Document& document) const {
    QFile file(m_workspace.documentPath(document.sha256));
    if (!file.open(QIODevice::ReadOnly) || file.size() != document.size) {
        return false;
    }
    return crypto::sha256Hex(file.readAll()) == document.sha256;
}

domain::Status DocumentService::refused(const domain::User& actor, qint64 applicationId, qint64 documentId,
                                        const domain::Error& error) {
    (void)m_workspace.record(actor.username, domain::audit_event::DocumentRefused,
                             {{QStringLiteral("document_id"), documentId},
                              {QStringLiteral("code"), error.code},
                              {QStringLiteral("detail"), error.userMessage.left(500)}},
                             applicationId);
    return std::unexpected(error);
}

domain::Result<domain::DocumentInspection> DocumentService::inspect(const domain::User& actor, qint64 applicationId,
                                                                    qint64 documentId, const QStringList& confirmed,
                                                                    const QString& finding) {
    domain::DocumentInspection inspection;
    inspection.applicationId = applicationId;
    inspection.documentId = documentId;
    inspection.confirmed = confirmed;
    inspection.finding = finding;
    inspection.inspectedBy = actor.username;
    inspection.inspectedAt = m_workspace.clock().nowUtc();
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto application = m_workspace.applications().byId(applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        if (auto allowed = domain::SeparationOfDuties::mayRecordEvidence(actor, *application); !allowed) {
            return allowed;
        }
        const domain::Document* document = findDocument(*application, documentId);
        if (!document || !domain::DocumentReview::mayReplace(application->documents, documentId)) {
            return domain::fail(QStringLiteral("document.not-current"),
                                QCoreApplication::translate("DocumentService",
                                                            "Document #%1 is not a current document of this "
                                                            "application: only the version relied upon is inspected.")
                                    .arg(documentId));
        }
        if (!storedIntact(*document)) {
            return domain::fail(QStringLiteral("document.altered"),
                                QCoreApplication::translate("DocumentService",
                                                            "The stored file of %1 is missing or no longer matches its "
                                                            "SHA-256: it cannot be inspected. Report it.")
                                    .arg(document->fileName));
        }
        inspection.documentSha256 = document->sha256;
        if (auto complete = domain::DocumentReview::complete(inspection); !complete) {
            return complete;
        }
        if (auto added = m_workspace.documents().addInspection(inspection); !added) {
            return added;
        }
        if (auto logged = m_workspace.audit().appendEvent(
                actor.username, domain::audit_event::DocumentInspected,
                {{QStringLiteral("inspection_id"), inspection.id},
                 {QStringLiteral("document_id"), documentId},
                 {QStringLiteral("file"), document->fileName},
                 {QStringLiteral("sha256"), document->sha256},
                 {QStringLiteral("confirmed"), inspection.confirmed.join(QLatin1Char(','))},
                 {QStringLiteral("passed"), inspection.passed},
                 {QStringLiteral("finding"), inspection.finding}},
                applicationId);
            !logged) {
            return logged;
        }
        return decideWhileInReview(m_workspace, applicationId,
                                   [&](domain::Application& current) { return decideIn(actor.username, current); });
    });
    if (!stored) {
        return std::unexpected(refused(actor, applicationId, documentId, stored.error()).error());
    }
    return inspection;
}

domain::Result<domain::Document> DocumentService::replace(const domain::User& actor, qint64 applicationId,
                                                          qint64 replacesId, const QString& file,
                                                          const QString& description) {
    const auto refuse = [&](const domain::Error& error) -> domain::Result<domain::Document> {
        return std::unexpected(refused(actor, applicationId, replacesId, error).error());
    };
    const QFileInfo info(file);
    const qint64 limit = m_workspace.settings().intake.maxDocumentBytes;
    if (!info.isFile() || info.isSymLink()) {
        return refuse(domain::Error{
            QStringLiteral("document.unreadable"),
            QCoreApplication::translate("DocumentService", "%1 is not a readable file.").arg(info.fileName()),
            {}});
    }
    // Read once: the bytes judged, hashed and stored are the same bytes, whatever happens to the
    // file meanwhile.
    QFile source(file);
    if (!source.open(QIODevice::ReadOnly)) {
        return refuse(domain::Error{
            QStringLiteral("document.unreadable"),
            QCoreApplication::translate("DocumentService", "%1 is not a readable file.").arg(info.fileName()),
            source.errorString()});
    }
    const QByteArray bytes = source.read(limit + 1);
    source.close();
    if (bytes.size() > limit) {
        return refuse(domain::Error{QStringLiteral("package.file-too-large"),
                                    QCoreApplication::translate("DocumentService", "%1 is larger than %2 bytes.")
                                        .arg(info.fileName(), QString::number(limit)),
                                    {}});
    }
    const auto mediaType = PackageReader::documentMediaType(info.fileName(), bytes);
    if (!mediaType) {
        return refuse(mediaType.error());
    }
    domain::Document version;
    version.fileName = info.fileName();
    version.description = description.left(500);
    version.sha256 = crypto::sha256Hex(bytes);
    version.size = bytes.size();
    version.mediaType = *mediaType;
    version.addedBy = actor.username;
    version.addedAt = m_workspace.clock().nowUtc();
    version.replaces = replacesId;
    // Stored before the row: a file no row names is harmless, a row without its file is not.
    if (auto copied = m_workspace.storeDocument(bytes, version.sha256); !copied) {
        return refuse(copied.error());
    }
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto application = m_workspace.applications().byId(applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        if (auto allowed = domain::SeparationOfDuties::mayRecordEvidence(actor, *application); !allowed) {
            return allowed;
        }
        if (auto replaceable = domain::DocumentReview::mayReplace(application->documents, replacesId); !replaceable) {
            return replaceable;
        }
        const domain::Document* previous = findDocument(*application, replacesId);
        version.kind = previous->kind;
        if (version.description.isEmpty()) {
            version.description = previous->description;
        }
        if (auto added = m_workspace.documents().add(applicationId, version); !added) {
            return added;
        }
        if (auto logged = m_workspace.audit().appendEvent(actor.username, domain::audit_event::DocumentReplaced,
                                                          {{QStringLiteral("document_id"), version.id},
                                                           {QStringLiteral("replaces"), replacesId},
                                                           {QStringLiteral("file"), version.fileName},
                                                           {QStringLiteral("sha256"), version.sha256},
                                                           {QStringLiteral("media_type"), version.mediaType}},
                                                          applicationId);
            !logged) {
            return logged;
        }
        return decideWhileInReview(m_workspace, applicationId,
                                   [&](domain::Application& current) { return decideIn(actor.username, current); });
    });
    if (!stored) {
        return refuse(stored.error());
    }
    return version;
}

domain::Result<QList<domain::DocumentInspection>> DocumentService::inspections(qint64 applicationId) {
    return m_workspace.documents().inspections(applicationId);
}

domain::Status DocumentService::decideIn(const QString& actor, domain::Application& application) {
    const auto all = m_workspace.documents().inspections(application.id);
    if (!all) {
        return std::unexpected(all.error());
    }
    // R-DOC-1: a stored file changed on disk since its inspection is not the document inspected.
    QList<qint64> altered;
    for (const domain::Document& document : domain::DocumentReview::current(application.documents)) {
        if (!storedIntact(document)) {
            altered << document.id;
        }
    }
    return storeDecision(m_workspace, actor, application,
                         domain::DocumentReview::decide(application.documents, *all, altered),
                         QStringLiteral("inspection_id"));
}

domain::Status DocumentService::decide(const QString& actor, qint64 applicationId) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        return decideWhileInReview(m_workspace, applicationId,
                                   [&](domain::Application& application) { return decideIn(actor, application); });
    });
}

} // namespace ra::app
