// SPDX-License-Identifier: Apache-2.0
#include "domain/DocumentReview.h"

#include <QCoreApplication>
#include <QSet>

namespace ra::domain {

QString InspectionCheck::title() const {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("issuer"),
         QT_TRANSLATE_NOOP("DocumentReview", "Issuer, seal and signature consistent with the issuing authority")},
        {QStringLiteral("dates"), QT_TRANSLATE_NOOP("DocumentReview", "Dates plausible and the document current")},
        {QStringLiteral("content"),
         QT_TRANSLATE_NOOP("DocumentReview", "Names, numbers and addresses agree with the application and evidence")},
        {QStringLiteral("unaltered"),
         QT_TRANSLATE_NOOP("DocumentReview",
                           "No sign of alteration: fonts, alignment, overlays, erasures, file metadata")},
    };
    return QCoreApplication::translate("DocumentReview", titles.value(id, ""));
}

const QList<InspectionCheck>& DocumentReview::standardChecks() {
    static const QList<InspectionCheck> checks{{QStringLiteral("issuer")},
                                               {QStringLiteral("dates")},
                                               {QStringLiteral("content")},
                                               {QStringLiteral("unaltered")}};
    return checks;
}

QStringList DocumentReview::standardCheckIds() {
    QStringList ids;
    for (const InspectionCheck& check : standardChecks()) {
        ids << check.id;
    }
    return ids;
}

QList<Document> DocumentReview::current(const QList<Document>& documents) {
    QSet<qint64> replaced;
    for (const Document& document : documents) {
        if (document.replaces != 0) {
            replaced.insert(document.replaces);
        }
    }
    QList<Document> result;
    for (const Document& document : documents) {
        if (!replaced.contains(document.id)) {
            result.append(document);
        }
    }
    return result;
}

Status DocumentReview::mayReplace(const QList<Document>& documents, qint64 documentId) {
    for (const Document& document : current(documents)) {
        if (document.id == documentId) {
            return {};
        }
    }
    return fail(QStringLiteral("document.not-current"),
                QCoreApplication::translate(
                    "DocumentReview", "Document #%1 is not a current document of this application: only the version "
                                      "relied upon now can be replaced.")
                    .arg(documentId));
}

Status DocumentReview::complete(DocumentInspection& inspection) {
    QSet<QString> known;
    for (const InspectionCheck& check : standardChecks()) {
        known.insert(check.id);
    }
    QSet<QString> seen;
    for (const QString& id : inspection.confirmed) {
        if (!known.contains(id) || seen.contains(id)) {
            return fail(QStringLiteral("inspection.unknown-check"),
                        QCoreApplication::translate("DocumentReview", "There is no inspection check \"%1\" (or it is "
                                                                      "named twice).")
                            .arg(id.left(40)));
        }
        seen.insert(id);
    }
    inspection.passed = seen.size() == known.size();
    inspection.finding = inspection.finding.trimmed();
    if (!inspection.passed && inspection.finding.isEmpty()) {
        return fail(QStringLiteral("inspection.no-finding"),
                    QCoreApplication::translate("DocumentReview", "A check was not confirmed: say what was found."));
    }
    if (inspection.finding.size() > kMaxFindingLength) {
        return fail(QStringLiteral("inspection.too-long"),
                    QCoreApplication::translate("DocumentReview", "The finding is too long."));
    }
    return {};
}

const DocumentInspection* DocumentReview::newestInspection(const Document& document,
                                                           const QList<DocumentInspection>& inspections) {
    const DocumentInspection* newest = nullptr;
    for (const DocumentInspection& inspection : inspections) {
        // An inspection counts for the bytes it saw: a version is never modified, so a different
        // hash means a record that does not belong to this version.
        if (inspection.documentId == document.id && inspection.documentSha256 == document.sha256) {
            newest = &inspection;
        }
    }
    return newest;
}

EvidenceDecision DocumentReview::decide(const QList<Document>& documents, const QList<DocumentInspection>& inspections,
                                        const QList<qint64>& altered) {
    EvidenceDecision decision;
    decision.code = QStringLiteral("doc.inspected");
    const QList<Document> relied = current(documents);
    if (relied.isEmpty()) {
        return decision;
    }
    QStringList uninspected;
    QStringList inspected;
    for (const Document& document : relied) {
        if (altered.contains(document.id)) {
            decision.status = CheckStatus::Failed;
            decision.note = QCoreApplication::translate("DocumentReview",
                                                        "The stored file of %1 no longer matches its SHA-256: it is "
                                                        "not the document inspected. Report it.")
                                .arg(document.fileName);
            return decision;
        }
        const DocumentInspection* newest = newestInspection(document, inspections);
        if (!newest) {
            uninspected << document.fileName;
            continue;
        }
        if (!newest->passed) {
            decision.status = CheckStatus::Failed;
            decision.evidenceId = newest->id;
            decision.note =
                QCoreApplication::translate("DocumentReview", "%1 failed inspection #%2 by %3: %4")
                    .arg(document.fileName, QString::number(newest->id), newest->inspectedBy, newest->finding);
            return decision;
        }
        inspected << QCoreApplication::translate("DocumentReview", "%1 (inspection #%2 by %3)")
                         .arg(document.fileName, QString::number(newest->id), newest->inspectedBy);
        decision.evidenceId = newest->id;
    }
    if (!uninspected.isEmpty()) {
        decision.evidenceId = 0;
        decision.note = QCoreApplication::translate("DocumentReview", "Not inspected yet: %1")
                            .arg(uninspected.join(QStringLiteral(", ")));
        return decision;
    }
    decision.status = CheckStatus::Passed;
    decision.note =
        QCoreApplication::translate("DocumentReview", "Inspected: %1").arg(inspected.join(QStringLiteral("; ")));
    return decision;
}

} // namespace ra::domain
