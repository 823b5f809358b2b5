// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlOrganizationEvidence.h"

#include "app/storage/Database.h"
#include "app/storage/RecordSeals.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

namespace {
std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(sqlError(
        QStringLiteral("storage.query-failed"),
        QCoreApplication::translate("SqlOrganizationEvidence", "The organization evidence cannot be read or written."),
        query));
}

const QString kSourceColumns =
    QStringLiteral("id, name, kind, provider, url, purpose, data_age, update_frequency, public_accessibility, "
                   "falsification_difficulty, approved_by, approved_at, withdrawn_by, withdrawn_at");

domain::ReliableDataSource sourceFrom(const QSqlQuery& query) {
    domain::ReliableDataSource source;
    source.id = query.value(0).toLongLong();
    source.name = query.value(1).toString();
    source.kind = query.value(2).toString() == QLatin1String("nta-corporate-number")
                      ? domain::ReliableDataSource::Kind::NtaCorporateNumber
                      : domain::ReliableDataSource::Kind::Other;
    source.provider = query.value(3).toString();
    source.url = query.value(4).toString();
    source.purpose = query.value(5).toString();
    source.dataAge = query.value(6).toString();
    source.updateFrequency = query.value(7).toString();
    source.publicAccessibility = query.value(8).toString();
    source.falsificationDifficulty = query.value(9).toString();
    source.approvedBy = query.value(10).toString();
    source.approvedAt = timeFromStored(query.value(11));
    source.withdrawnBy = query.value(12).toString();
    source.withdrawnAt = timeFromStored(query.value(13));
    return source;
}
} // namespace

domain::Status SqlOrganizationEvidence::addSource(domain::ReliableDataSource& source) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO reliable_data_sources (name, kind, provider, url, purpose, data_age, "
                                 "update_frequency, public_accessibility, falsification_difficulty, approved_by, "
                                 "approved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(query, {source.name, domain::ReliableDataSource::kindId(source.kind), source.provider, source.url,
                    source.purpose, source.dataAge, source.updateFrequency, source.publicAccessibility,
                    source.falsificationDifficulty, source.approvedBy, storedTime(source.approvedAt)});
    if (!query.exec()) {
        return failed(query);
    }
    source.id = query.lastInsertId().toLongLong();
    return {};
}

domain::Status SqlOrganizationEvidence::withdrawSource(qint64 id, const QString& by, const QDateTime& at) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE reliable_data_sources SET withdrawn_by = ?, withdrawn_at = ? "
                                 "WHERE id = ? AND withdrawn_at IS NULL"));
    bindAll(query, {by, storedTime(at), id});
    if (!query.exec()) {
        return failed(query);
    }
    if (query.numRowsAffected() != 1) {
        return domain::fail(
            QStringLiteral("rds.unknown"),
            QCoreApplication::translate("SqlOrganizationEvidence", "There is no approved data source #%1.").arg(id));
    }
    return {};
}

domain::Result<QList<domain::ReliableDataSource>> SqlOrganizationEvidence::sources() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM reliable_data_sources ORDER BY id").arg(kSourceColumns))) {
        return failed(query);
    }
    QList<domain::ReliableDataSource> all;
    while (query.next()) {
        all.append(sourceFrom(query));
    }
    return all;
}

domain::Result<domain::ReliableDataSource> SqlOrganizationEvidence::source(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM reliable_data_sources WHERE id = ?").arg(kSourceColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        return failed(query);
    }
    if (!query.next()) {
        return domain::fail(
            QStringLiteral("rds.unknown"),
            QCoreApplication::translate("SqlOrganizationEvidence", "There is no approved data source #%1.").arg(id));
    }
    return sourceFrom(query);
}

domain::Status SqlOrganizationEvidence::add(domain::Evidence& evidence, const QByteArray& response) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO organization_evidence (application_id, source, data_source_id, confirms, corporate_number, "
        "reference, verified_name, verified_state, verified_locality, verified_street, verified_country, "
        "verified_tradename, response, response_sha256, obtained_at, recorded_by, recorded_at, note) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const domain::VerifiedOrganization& v = evidence.verified;
    bindAll(query,
            {evidence.applicationId, domain::evidenceSourceId(evidence.source),
             evidence.dataSourceId > 0 ? QVariant(evidence.dataSourceId) : QVariant(QMetaType::fromType<qint64>()),
             evidence.confirms.id(), evidence.corporateNumber, evidence.reference, v.legalName, v.stateOrProvince,
             v.locality, v.streetAddress, v.country, v.tradename,
             response.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(response),
             evidence.responseSha256, storedTime(evidence.obtainedAt), evidence.recordedBy,
             storedTime(evidence.recordedAt), evidence.note});
    if (!query.exec()) {
        return failed(query);
    }
    evidence.id = query.lastInsertId().toLongLong();
    if (auto sealed = m_seals.seal(QStringLiteral("organization_evidence"), evidence.id); !sealed) {
        return sealed;
    }
    for (const qint64 documentId : evidence.documentIds) {
        QSqlQuery cited(m_database.connection());
        cited.prepare(
            QStringLiteral("INSERT INTO organization_evidence_documents (evidence_id, document_id) VALUES (?, ?)"));
        bindAll(cited, {evidence.id, documentId});
        if (!cited.exec()) {
            return failed(cited);
        }
        if (auto sealed =
                m_seals.seal(QStringLiteral("organization_evidence_documents"), cited.lastInsertId().toLongLong());
            !sealed) {
            return sealed;
        }
    }
    return {};
}

domain::Result<QList<domain::Evidence>> SqlOrganizationEvidence::select(const QString& where,
                                                                        const QVariant& value) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT e.id, e.application_id, e.source, e.data_source_id, COALESCE(s.name, ''), e.confirms, "
                       "e.corporate_number, e.reference, e.verified_name, e.verified_state, e.verified_locality, "
                       "e.verified_street, e.verified_country, e.verified_tradename, e.response_sha256, "
                       "e.obtained_at, e.recorded_by, e.recorded_at, e.note, (SELECT group_concat(d.document_id) FROM "
                       "organization_evidence_documents d WHERE d.evidence_id = e.id) FROM organization_evidence e "
                       "LEFT JOIN reliable_data_sources s ON s.id = e.data_source_id WHERE %1 ORDER BY e.id")
            .arg(where));
    query.addBindValue(value);
    if (!query.exec()) {
        return failed(query);
    }
    QList<domain::Evidence> all;
    while (query.next()) {
        domain::Evidence evidence;
        evidence.id = query.value(0).toLongLong();
        evidence.applicationId = query.value(1).toLongLong();
        evidence.source =
            domain::evidenceSourceFromId(query.value(2).toString()).value_or(domain::EvidenceSource::GovernmentAgency);
        evidence.dataSourceId = query.value(3).toLongLong();
        evidence.dataSourceName = query.value(4).toString();
        evidence.confirms = domain::EvidenceConfirms::fromId(query.value(5).toString());
        evidence.corporateNumber = query.value(6).toString();
        evidence.reference = query.value(7).toString();
        evidence.verified = {query.value(8).toString(),  query.value(9).toString(),  query.value(10).toString(),
                             query.value(11).toString(), query.value(12).toString(), query.value(13).toString()};
        evidence.responseSha256 = query.value(14).toString();
        evidence.obtainedAt = timeFromStored(query.value(15));
        evidence.recordedBy = query.value(16).toString();
        evidence.recordedAt = timeFromStored(query.value(17));
        evidence.note = query.value(18).toString();
        for (const QString& documentId : query.value(19).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            evidence.documentIds << documentId.toLongLong();
        }
        all.append(evidence);
    }
    return all;
}

domain::Result<QList<domain::Evidence>> SqlOrganizationEvidence::forApplication(qint64 applicationId) const {
    return select(QStringLiteral("e.application_id = ?"), applicationId);
}

domain::Result<QList<domain::Evidence>>
SqlOrganizationEvidence::forCorporateNumber(const QString& corporateNumber) const {
    return select(QStringLiteral("e.corporate_number = ?"), corporateNumber);
}

domain::Result<QByteArray> SqlOrganizationEvidence::response(qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT response FROM organization_evidence WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return failed(query);
    }
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

} // namespace ra::app
