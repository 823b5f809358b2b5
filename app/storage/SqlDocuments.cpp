// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlDocuments.h"

#include "app/storage/Database.h"
#include "app/storage/RecordSeals.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

namespace {
std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(
        sqlError(QStringLiteral("storage.query-failed"),
                 QCoreApplication::translate("SqlDocuments", "The documents cannot be read or written."), query));
}
} // namespace

domain::Status SqlDocuments::add(qint64 applicationId, domain::Document& document) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO documents (application_id, file_name, kind, description, sha256, size, "
                                 "media_type, added_by, added_at, replaces) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    bindAll(query, {applicationId, document.fileName, document.kind, document.description, document.sha256,
                    document.size, document.mediaType, document.addedBy, storedTime(document.addedAt),
                    document.replaces != 0 ? QVariant(document.replaces) : QVariant(QMetaType::fromType<qint64>())});
    if (!query.exec()) {
        return failed(query);
    }
    document.id = query.lastInsertId().toLongLong();
    return m_seals.seal(QStringLiteral("documents"), document.id);
}

domain::Status SqlDocuments::addInspection(domain::DocumentInspection& inspection) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO document_inspections (application_id, document_id, document_sha256, "
                                 "confirmed, passed, finding, inspected_by, inspected_at) VALUES (?,?,?,?,?,?,?,?)"));
    bindAll(query, {inspection.applicationId, inspection.documentId, inspection.documentSha256,
                    inspection.confirmed.join(QLatin1Char(',')), inspection.passed ? 1 : 0, inspection.finding,
                    inspection.inspectedBy, storedTime(inspection.inspectedAt)});
    if (!query.exec()) {
        return failed(query);
    }
    inspection.id = query.lastInsertId().toLongLong();
    return m_seals.seal(QStringLiteral("document_inspections"), inspection.id);
}

domain::Result<QList<domain::DocumentInspection>> SqlDocuments::inspections(qint64 applicationId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, application_id, document_id, document_sha256, confirmed, passed, finding, "
                                 "inspected_by, inspected_at FROM document_inspections WHERE application_id = ? "
                                 "ORDER BY id"));
    query.addBindValue(applicationId);
    if (!query.exec()) {
        return failed(query);
    }
    QList<domain::DocumentInspection> all;
    while (query.next()) {
        domain::DocumentInspection inspection;
        inspection.id = query.value(0).toLongLong();
        inspection.applicationId = query.value(1).toLongLong();
        inspection.documentId = query.value(2).toLongLong();
        inspection.documentSha256 = query.value(3).toString();
        inspection.confirmed = query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        inspection.passed = query.value(5).toInt() == 1;
        inspection.finding = query.value(6).toString();
        inspection.inspectedBy = query.value(7).toString();
        inspection.inspectedAt = timeFromStored(query.value(8));
        all.append(inspection);
    }
    return all;
}

} // namespace ra::app
