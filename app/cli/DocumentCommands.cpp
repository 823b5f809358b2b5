// SPDX-License-Identifier: Apache-2.0
// ra-cli doc …: documents relied upon (R-DOC-1): versions, inspections, replacements.
#include "app/DocumentService.h"
#include "app/cli/Cli.h"
#include "domain/DocumentReview.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ra::app {

namespace {
QJsonObject inspectionJson(const domain::DocumentInspection& inspection) {
    return {{QStringLiteral("id"), inspection.id},
            {QStringLiteral("document_id"), inspection.documentId},
            {QStringLiteral("document_sha256"), inspection.documentSha256},
            {QStringLiteral("confirmed"), QJsonArray::fromStringList(inspection.confirmed)},
            {QStringLiteral("passed"), inspection.passed},
            {QStringLiteral("finding"), inspection.finding},
            {QStringLiteral("inspected_by"), inspection.inspectedBy},
            {QStringLiteral("inspected_at"), inspection.inspectedAt.toUTC().toString(Qt::ISODate)}};
}

QJsonObject documentJson(const domain::Document& document, bool current) {
    return {{QStringLiteral("id"), document.id},
            {QStringLiteral("file"), document.fileName},
            {QStringLiteral("kind"), document.kind},
            {QStringLiteral("description"), document.description},
            {QStringLiteral("sha256"), document.sha256},
            {QStringLiteral("size"), document.size},
            {QStringLiteral("media_type"), document.mediaType},
            {QStringLiteral("added_by"), document.addedBy},
            {QStringLiteral("added_at"), document.addedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("replaces"), document.replaces},
            {QStringLiteral("current"), current}};
}
} // namespace

int Cli::document(const QStringList& args) {
    const QString sub = args.value(1);
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    bool documentOk = sub == QLatin1String("list");
    const qint64 documentId = args.value(3).toLongLong(&documentOk);
    if (!idOk || !((sub == QLatin1String("list") && args.size() == 3) ||
                   (documentOk && sub == QLatin1String("inspect") && args.size() == 5) ||
                   (documentOk && sub == QLatin1String("replace") && args.size() == 5))) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli doc list APPLICATION | doc inspect APPLICATION DOCUMENT all|CHECK,CHECK… "
                      "[--reason FINDING] --as OFFICER | doc replace APPLICATION DOCUMENT FILE --as OFFICER "
                      "(checks: issuer, dates, content, unaltered)"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    DocumentService service(*m_workspace);
    if (sub == QLatin1String("list")) {
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("doc list"), id)) {
            return Failure;
        }
        const auto application = m_workspace->applications().byId(id);
        const auto inspections = service.inspections(id);
        if (!application || !inspections) {
            return fail(application ? inspections.error() : application.error());
        }
        const QList<domain::Document> current = domain::DocumentReview::current(application->documents);
        QJsonArray json;
        QStringList lines;
        for (const domain::Document& document : application->documents) {
            const bool isCurrent = std::any_of(current.cbegin(), current.cend(),
                                               [&](const domain::Document& other) { return other.id == document.id; });
            QJsonObject entry = documentJson(document, isCurrent);
            QJsonArray its;
            QString last = QCoreApplication::translate("ra-cli", "uninspected");
            for (const domain::DocumentInspection& inspection : *inspections) {
                if (inspection.documentId == document.id) {
                    its.append(inspectionJson(inspection));
                    last = inspection.passed
                               ? QCoreApplication::translate("ra-cli", "passed")
                               : QCoreApplication::translate("ra-cli", "FAILED: %1").arg(inspection.finding);
                }
            }
            entry.insert(QStringLiteral("inspections"), its);
            json.append(entry);
            lines << QStringLiteral("#%1 %2 %3  %4  %5")
                         .arg(document.id)
                         .arg(isCurrent ? QStringLiteral("*") : QStringLiteral(" "), document.fileName,
                              document.sha256.left(16), last);
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    if (sub == QLatin1String("replace")) {
        const auto version = service.replace(*actor, id, documentId, args.at(4), QString());
        if (!version) {
            return fail(version.error());
        }
        print(documentJson(*version, true), QCoreApplication::translate("ra-cli", "Document #%1 (%2) replaces #%3.")
                                                .arg(version->id)
                                                .arg(version->fileName)
                                                .arg(documentId));
        return Ok;
    }
    QStringList confirmed;
    if (args.at(4) == QLatin1String("all")) {
        confirmed = domain::DocumentReview::standardCheckIds();
    } else {
        confirmed = args.at(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    const auto inspection = service.inspect(*actor, id, documentId, confirmed, m_parser.value(m_reasonOption));
    if (!inspection) {
        return fail(inspection.error());
    }
    print(inspectionJson(*inspection),
          inspection->passed ? QCoreApplication::translate("ra-cli", "Inspection #%1 of document #%2: passed.")
                                   .arg(inspection->id)
                                   .arg(documentId)
                             : QCoreApplication::translate("ra-cli", "Inspection #%1 of document #%2: FAILED (%3).")
                                   .arg(inspection->id)
                                   .arg(documentId)
                                   .arg(inspection->finding));
    return inspection->passed ? Ok : ProblemsFound;
}

} // namespace ra::app
