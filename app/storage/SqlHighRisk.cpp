// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlHighRisk.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

namespace {
std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(sqlError(
        QStringLiteral("storage.query-failed"),
        QCoreApplication::translate("SqlHighRisk", "The high-risk records cannot be read or written."), query));
}

QString placeholders(qsizetype count) {
    QStringList marks(qMax<qsizetype>(count, 1), QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

void bindList(QSqlQuery& query, const QStringList& values) {
    if (values.isEmpty()) {
        query.addBindValue(QString()); // matches nothing: no stored value is empty
    }
    for (const QString& value : values) {
        query.addBindValue(value);
    }
}
} // namespace

domain::Status SqlHighRisk::index(qint64 applicationId, const QList<domain::RequestedName>& names,
                                  const QString& spkiSha256) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO application_names (application_id, fqdn, registrable_domain, "
                                 "skeleton) VALUES (?, ?, ?, ?)"));
    for (const domain::RequestedName& name : names) {
        bindAll(query, {applicationId, name.fqdn, name.registrableDomain, name.registrableSkeleton()});
        if (!query.exec()) {
            return failed(query);
        }
    }
    QSqlQuery key(m_database.connection());
    key.prepare(QStringLiteral("UPDATE applications SET spki_sha256 = ? WHERE id = ?"));
    bindAll(key, {spkiSha256, applicationId});
    return key.exec() ? domain::Status() : failed(key);
}

domain::Result<QList<domain::HighRiskName>> SqlHighRisk::names() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral(
            "SELECT id, name, skeleton, reason FROM high_risk_names WHERE removed_at IS NULL ORDER BY id"))) {
        return failed(query);
    }
    QList<domain::HighRiskName> all;
    while (query.next()) {
        all.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString()});
    }
    return all;
}

domain::Status SqlHighRisk::addName(domain::HighRiskName& name, const QString& by, const QDateTime& at) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO high_risk_names (name, skeleton, reason, added_by, added_at) VALUES (?, ?, ?, ?, ?)"));
    bindAll(query, {name.name, name.skeleton, name.reason, by, storedTime(at)});
    if (!query.exec()) {
        return failed(query);
    }
    name.id = query.lastInsertId().toLongLong();
    return {};
}

domain::Status SqlHighRisk::removeName(qint64 id, const QString& reason, const QString& by, const QDateTime& at) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE high_risk_names SET removed_by = ?, removed_at = ?, removal_reason = ? "
                                 "WHERE id = ? AND removed_at IS NULL"));
    bindAll(query, {by, storedTime(at), reason, id});
    if (!query.exec()) {
        return failed(query);
    }
    if (query.numRowsAffected() != 1) {
        return domain::fail(QStringLiteral("risk.unknown-name"),
                            QCoreApplication::translate("SqlHighRisk", "There is no high-risk name #%1.").arg(id));
    }
    return {};
}

domain::Result<QList<PriorRecordMatch>> SqlHighRisk::priorRecords(qint64 applicationId, const QStringList& fqdns,
                                                                  const QStringList& registrableDomains,
                                                                  const QString& spkiSha256,
                                                                  const QStringList& corporateNumbers) const {
    // Each way two applications can be the same subject, as (earlier application, via, value).
    const QString shared =
        QStringLiteral(
            "SELECT a.id AS application_id, 'key' AS via, a.spki_sha256 AS value FROM applications a "
            "WHERE a.spki_sha256 = ? AND a.spki_sha256 <> '' "
            "UNION SELECT n.application_id, 'fqdn', n.fqdn FROM application_names n WHERE n.fqdn IN (%1) "
            "UNION SELECT n.application_id, 'registrable-domain', n.registrable_domain FROM application_names n "
            "WHERE n.registrable_domain IN (%2) AND n.registrable_domain <> '' "
            "UNION SELECT e.application_id, 'corporate-number', e.corporate_number FROM organization_evidence e "
            "WHERE e.corporate_number IN (%3) AND e.confirms <> 'none'")
            .arg(placeholders(fqdns.size()), placeholders(registrableDomains.size()),
                 placeholders(corporateNumbers.size()));
    const QString sql =
        QStringLiteral("SELECT 'revoked', c.serial, s.application_id, s.via, s.value, COALESCE(c.revocation_reason, 0) "
                       "FROM (%1) s JOIN certificates c ON c.application_id = s.application_id "
                       "WHERE c.revoked_at IS NOT NULL AND s.application_id <> ? "
                       "UNION ALL SELECT 'rejected', a.external_reference, s.application_id, s.via, s.value, "
                       "a.last_reason FROM (%1) s JOIN applications a ON a.id = s.application_id "
                       "WHERE a.rejected_for_fraud = 1 AND s.application_id <> ? "
                       "ORDER BY 1, 2, 4 LIMIT 200")
            .arg(shared);
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (int pass = 0; pass < 2; ++pass) {
        query.addBindValue(spkiSha256);
        bindList(query, fqdns);
        bindList(query, registrableDomains);
        bindList(query, corporateNumbers);
        query.addBindValue(applicationId);
    }
    if (!query.exec()) {
        return failed(query);
    }
    QList<PriorRecordMatch> matches;
    while (query.next()) {
        const bool revoked = query.value(0).toString() == QLatin1String("revoked");
        matches.append({revoked ? domain::HighRiskMatch::Kind::RevokedCertificate
                                : domain::HighRiskMatch::Kind::RejectedApplication,
                        query.value(2).toLongLong(), query.value(1).toString(), query.value(3).toString(),
                        query.value(4).toString(),
                        revoked ? QStringLiteral("reasonCode %1").arg(query.value(5).toInt())
                                : query.value(5).toString().left(200)});
    }
    return matches;
}

domain::Result<QStringList> SqlHighRisk::lookAlikeDomains(qint64 applicationId, const QString& skeleton,
                                                          const QString& registrableDomain) const {
    QSqlQuery query(m_database.connection());
    // Customers' domains: not those of rejected or high-risk applications, so a flagged look-alike
    // never turns the genuine owner's next application into a match.
    query.prepare(QStringLiteral("SELECT DISTINCT n.registrable_domain FROM application_names n JOIN applications a ON "
                                 "a.id = n.application_id WHERE n.skeleton = ? AND n.registrable_domain <> ? AND "
                                 "n.application_id <> ? AND a.high_risk = 0 AND a.state <> 'rejected' ORDER BY 1 "
                                 "LIMIT 20"));
    bindAll(query, {skeleton, registrableDomain, applicationId});
    if (!query.exec()) {
        return failed(query);
    }
    QStringList domains;
    while (query.next()) {
        domains << query.value(0).toString();
    }
    return domains;
}

} // namespace ra::app
