// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Document.h"
#include "domain/DocumentInspection.h"
#include "domain/Error.h"
#include "domain/OrganizationVerification.h"

#include <QList>

namespace ra::domain {

// One thing an officer looks for in a document before relying on it (R-DOC-1, CP 3.2.2).
struct InspectionCheck {
    QString id; // stable, untranslated
    [[nodiscard]] QString title() const;
};

// Documents relied upon (R-DOC-1): versions, inspections, and how they decide `doc.inspected`.
class DocumentReview {
public:
    static constexpr qsizetype kMaxFindingLength = 2000;

    [[nodiscard]] static const QList<InspectionCheck>& standardChecks();
    // Their ids: what an inspection that confirms everything lists.
    [[nodiscard]] static QStringList standardCheckIds();
    // The versions relied upon now: every document no later version replaces.
    [[nodiscard]] static QList<Document> current(const QList<Document>& documents);
    // Whether a document may be replaced: it exists and is current (a version is replaced once).
    [[nodiscard]] static Status mayReplace(const QList<Document>& documents, qint64 documentId);
    // The newest inspection of this version of the document (its bytes), or nullptr.
    [[nodiscard]] static const DocumentInspection* newestInspection(const Document& document,
                                                                    const QList<DocumentInspection>& inspections);
    // Checks an inspection before it is recorded and fills in its result: unknown or repeated
    // checks are refused, and a failed inspection must say what was found.
    [[nodiscard]] static Status complete(DocumentInspection& inspection);
    // doc.inspected: passes when every current version's newest inspection passed; fails when
    // one failed; pending while one is uninspected (or there are no documents).
    // `altered`: current versions whose stored bytes no longer match their SHA-256 — they fail.
    [[nodiscard]] static EvidenceDecision decide(const QList<Document>& documents,
                                                 const QList<DocumentInspection>& inspections,
                                                 const QList<qint64>& altered = {});
};

} // namespace ra::domain
