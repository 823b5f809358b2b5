// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Document.h"
#include "domain/DocumentInspection.h"
#include "domain/Error.h"
#include "domain/User.h"

#include <QList>

namespace ra::app {

class Workspace;

// Documents relied upon (R-DOC-1): the validating officer's alteration/falsification inspection of
// each version and replacements as new versions; `doc.inspected` is decided by the inspections
// in the same transaction. Refusals are audited.
class DocumentService {
public:
    explicit DocumentService(Workspace& workspace)
        : m_workspace(workspace) {}

    // Records an inspection of a current version after checking its stored bytes still match its
    // SHA-256; `confirmed` holds ids of DocumentReview::standardChecks().
    [[nodiscard]] domain::Result<domain::DocumentInspection> inspect(const domain::User& actor, qint64 applicationId,
                                                                     qint64 documentId, const QStringList& confirmed,
                                                                     const QString& finding);
    // Adds `file` as a new version of current document `replacesId` (same kind); the old version
    // stays, with its inspections, in the history.
    [[nodiscard]] domain::Result<domain::Document> replace(const domain::User& actor, qint64 applicationId,
                                                           qint64 replacesId, const QString& file,
                                                           const QString& description);
    [[nodiscard]] domain::Result<QList<domain::DocumentInspection>> inspections(qint64 applicationId);
    // Whether the stored bytes of `document` are still those attached (R-DOC-1).
    [[nodiscard]] bool storedIntact(const domain::Document& document) const;

    // Decides doc.inspected again from the records and the stored files as they are now; run
    // before submission. Does nothing once the application left review.
    [[nodiscard]] domain::Status decide(const QString& actor, qint64 applicationId);

private:
    [[nodiscard]] domain::Status decideIn(const QString& actor, domain::Application& application);
    [[nodiscard]] domain::Status refused(const domain::User& actor, qint64 applicationId, qint64 documentId,
                                         const domain::Error& error);
    Workspace& m_workspace;
};

} // namespace ra::app
