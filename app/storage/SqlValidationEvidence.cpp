// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlValidationEvidence.h"

#include "app/storage/Database.h"
#include "app/storage/RecordSeals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

namespace {
QString outcomeId(domain::PerspectiveObservation::Outcome outcome) {
    switch (outcome) {
    case domain::PerspectiveObservation::Outcome::Corroborates:
        return QStringLiteral("corroborates");
    case domain::PerspectiveObservation::Outcome::Differs:
        return QStringLiteral("differs");
    case domain::PerspectiveObservation::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(sqlError(
        QStringLiteral("storage.query-failed"),
        QCoreApplication::translate("SqlValidationEvidence", "The validation evidence cannot be read or written."),
        query));
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

bool CaaEvidence::permitsIssuanceAt(const QDateTime& at) const {
    return verdict == domain::CaaVerdict::Allow && corroborated && at >= checkedAt && at < validUntil;
}

QList<StoredObservation> roundAt(const QList<StoredObservation>& observations, const QDateTime& at) {
    QList<StoredObservation> round;
    for (const StoredObservation& observation : observations) {
        if (observation.observedAt == at) {
            round.append(observation);
        }
    }
    return round;
}

QHash<QString, CaaEvidence> latestCaaChecks(const QList<CaaEvidence>& checks) {
    QHash<QString, CaaEvidence> latest;
    for (const CaaEvidence& check : checks) {
        latest.insert(check.fqdn, check); // a later check replaces an earlier one
    }
    return latest;
}

domain::Status SqlValidationEvidence::addRound(qint64 dcvAttemptId, qint64 caaCheckId, const MpicRoundResult& round,
                                               const QDateTime& at) {
    QList<std::pair<QString, const PerspectiveReport*>> rows{{QStringLiteral("primary"), &round.primary}};
    for (qsizetype i = 0; i < round.remote.size(); ++i) {
        rows.append({outcomeId(round.observations.value(i).outcome), &round.remote.at(i)});
    }
    for (const auto& [outcome, report] : rows) {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO perspective_observations (dcv_attempt_id, caa_check_id, perspective, "
                                     "region, rir, outcome, report, observed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(idOrNull(dcvAttemptId));
        query.addBindValue(idOrNull(caaCheckId));
        bindAll(query,
                {report->perspective, report->region, report->rir, outcome,
                 QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact)), storedTime(at)});
        if (!query.exec()) {
            return failed(query);
        }
        if (auto sealed = m_seals.seal(QStringLiteral("perspective_observations"), query.lastInsertId().toLongLong());
            !sealed) {
            return sealed;
        }
    }
    return {};
}

domain::Result<QList<StoredObservation>> SqlValidationEvidence::observations(const char* column, qint64 id) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT outcome, report, observed_at FROM perspective_observations WHERE %1 = ? "
                                 "ORDER BY id")
                      .arg(QLatin1String(column)));
    query.addBindValue(id);
    if (!query.exec()) {
        return failed(query);
    }
    QList<StoredObservation> list;
    while (query.next()) {
        const auto report =
            PerspectiveReport::fromJson(QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
        list.append({query.value(0).toString(), report.value_or(PerspectiveReport{}), timeFromStored(query.value(2))});
    }
    return list;
}

domain::Result<QList<StoredObservation>> SqlValidationEvidence::forAttempt(qint64 dcvAttemptId) const {
    return observations("dcv_attempt_id", dcvAttemptId);
}

domain::Result<QList<StoredObservation>> SqlValidationEvidence::forCaaCheck(qint64 caaCheckId) const {
    return observations("caa_check_id", caaCheckId);
}

domain::Status SqlValidationEvidence::addCaaCheck(CaaEvidence& check) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO caa_checks (application_id, fqdn, issuer_domain, verdict, relevant_name, "
                                 "records, dnssec, ttl, reason, corroborated, corroboration, checked_at, valid_until, "
                                 "checked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(query,
            {check.applicationId, check.fqdn, check.issuerDomain, domain::caaVerdictId(check.verdict),
             check.relevantName,
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(check.records)).toJson(QJsonDocument::Compact)),
             domain::dnssecStatusId(check.dnssec), check.ttl, check.reason, check.corroborated ? 1 : 0,
             check.corroboration, storedTime(check.checkedAt), storedTime(check.validUntil), check.checkedBy});
    if (!query.exec()) {
        return failed(query);
    }
    check.id = query.lastInsertId().toLongLong();
    return m_seals.seal(QStringLiteral("caa_checks"), check.id);
}

domain::Result<QList<CaaEvidence>> SqlValidationEvidence::caaChecks(qint64 applicationId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT id, application_id, fqdn, issuer_domain, verdict, relevant_name, records, "
                       "dnssec, ttl, reason, corroborated, corroboration, checked_at, valid_until, checked_by "
                       "FROM caa_checks WHERE application_id = ? ORDER BY id"));
    query.addBindValue(applicationId);
    if (!query.exec()) {
        return failed(query);
    }
    QList<CaaEvidence> list;
    while (query.next()) {
        CaaEvidence check;
        check.id = query.value(0).toLongLong();
        check.applicationId = query.value(1).toLongLong();
        check.fqdn = query.value(2).toString();
        check.issuerDomain = query.value(3).toString();
        check.verdict = domain::caaVerdictFromId(query.value(4).toString()).value_or(domain::CaaVerdict::Error);
        check.relevantName = query.value(5).toString();
        for (const QJsonValue& record : QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array()) {
            check.records << record.toString();
        }
        check.dnssec = domain::dnssecStatusFromId(query.value(7).toString());
        check.ttl = query.value(8).toInt();
        check.reason = query.value(9).toString();
        check.corroborated = query.value(10).toInt() != 0;
        check.corroboration = query.value(11).toString();
        check.checkedAt = timeFromStored(query.value(12));
        check.validUntil = timeFromStored(query.value(13));
        check.checkedBy = query.value(14).toString();
        list.append(check);
    }
    return list;
}

} // namespace ra::app
