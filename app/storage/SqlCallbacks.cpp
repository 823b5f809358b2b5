// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlCallbacks.h"

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
        QCoreApplication::translate("SqlCallbacks", "The call-back records cannot be read or written."), query));
}
} // namespace

domain::Status SqlCallbacks::add(domain::Callback& callback) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO authority_callbacks (application_id, channel, contact, data_source_id, source_reference, "
        "person_reached, person_title, reached_at, outcome, note, recorded_by, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(query, {callback.applicationId, domain::callbackChannelId(callback.channel), callback.contact,
                    callback.dataSourceId, callback.sourceReference, callback.personReached, callback.personTitle,
                    storedTime(callback.reachedAt), domain::callbackOutcomeId(callback.outcome), callback.note,
                    callback.recordedBy, storedTime(callback.recordedAt)});
    if (!query.exec()) {
        return failed(query);
    }
    callback.id = query.lastInsertId().toLongLong();
    return m_seals.seal(QStringLiteral("authority_callbacks"), callback.id);
}

domain::Result<QList<domain::Callback>> SqlCallbacks::forApplication(qint64 applicationId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.id, c.application_id, c.channel, c.contact, c.data_source_id, COALESCE(s.name, ''), "
        "c.source_reference, c.person_reached, c.person_title, c.reached_at, c.outcome, c.note, c.recorded_by, "
        "c.recorded_at, s.withdrawn_at IS NOT NULL FROM authority_callbacks c LEFT JOIN reliable_data_sources s ON "
        "s.id = c.data_source_id "
        "WHERE c.application_id = ? ORDER BY c.id"));
    query.addBindValue(applicationId);
    if (!query.exec()) {
        return failed(query);
    }
    QList<domain::Callback> all;
    while (query.next()) {
        domain::Callback callback;
        callback.id = query.value(0).toLongLong();
        callback.applicationId = query.value(1).toLongLong();
        // An unknown value read back (a hand-edited row) never passes: it reads as nobody reached.
        callback.channel =
            domain::callbackChannelFromId(query.value(2).toString()).value_or(domain::CallbackChannel::Telephone);
        callback.contact = query.value(3).toString();
        callback.dataSourceId = query.value(4).toLongLong();
        callback.dataSourceName = query.value(5).toString();
        callback.sourceReference = query.value(6).toString();
        callback.personReached = query.value(7).toString();
        callback.personTitle = query.value(8).toString();
        callback.reachedAt = timeFromStored(query.value(9));
        callback.outcome =
            domain::callbackOutcomeFromId(query.value(10).toString()).value_or(domain::CallbackOutcome::NotReached);
        callback.note = query.value(11).toString();
        callback.recordedBy = query.value(12).toString();
        callback.recordedAt = timeFromStored(query.value(13));
        callback.dataSourceWithdrawn = query.value(14).toInt() != 0 || query.value(5).toString().isEmpty();
        all.append(callback);
    }
    return all;
}

} // namespace ra::app
