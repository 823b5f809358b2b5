// SPDX-License-Identifier: Apache-2.0
#include "app/storage/ApplicationQueue.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

using domain::Result;

namespace {
std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(sqlError(QStringLiteral("storage.query-failed"),
                                    QCoreApplication::translate("ApplicationQueue", "The queue cannot be read."),
                                    query));
}

QString whereClause(const QueueFilter& filter, const QDateTime& now, QVariantList& values) {
    QStringList conditions;
    if (filter.state) {
        conditions << QStringLiteral("a.state = ?");
        values << domain::stateId(*filter.state);
    }
    if (filter.officerId != 0) {
        conditions << QStringLiteral("a.assigned_officer_id = ?");
        values << filter.officerId;
    }
    if (filter.minAgeDays > 0) {
        conditions << QStringLiteral("a.received_at <= ?");
        values << now.addDays(-filter.minAgeDays).toString(Qt::ISODateWithMs);
    }
    if (filter.text.size() >= 3) {
        // The trigram index answers substrings of three characters or more (migration 2).
        conditions << QStringLiteral("a.id IN (SELECT rowid FROM application_search WHERE application_search MATCH ?)");
        QString phrase = filter.text;
        values << QStringLiteral("\"%1\"").arg(phrase.replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    } else if (!filter.text.isEmpty()) {
        conditions << QStringLiteral(
            "(instr(lower(a.external_reference), lower(?)) > 0 OR "
            "instr(lower(a.org_legal_name), lower(?)) > 0 OR instr(lower(a.org_dba), lower(?)) > 0 OR "
            "EXISTS (SELECT 1 FROM application_fqdns f WHERE f.application_id = a.id AND instr(f.fqdn, lower(?)) > "
            "0))");
        values << filter.text << filter.text << filter.text << filter.text;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString orderBy(QueueColumn column) {
    switch (column) {
    case QueueColumn::Id:
        return QStringLiteral("a.id");
    case QueueColumn::Reference:
        return QStringLiteral("a.external_reference");
    case QueueColumn::Organization:
        return QStringLiteral("a.org_legal_name");
    case QueueColumn::Domains:
        return QStringLiteral("fqdns");
    case QueueColumn::State:
        return QStringLiteral("a.state");
    case QueueColumn::Officer:
        return QStringLiteral("officer");
    case QueueColumn::Age:
        return QStringLiteral("a.received_at");
    case QueueColumn::Risk:
        return QStringLiteral("a.high_risk");
    }
    return QStringLiteral("a.id");
}
} // namespace

Result<QList<QueueRow>> ApplicationQueue::fetch(const QueueFilter& filter, QueueColumn sortColumn, bool ascending,
                                                int offset, int limit) const {
    QVariantList values;
    const QString where = whereClause(filter, m_clock.nowUtc(), values);
    // "Age" ascending means youngest first, which is the newest received_at first.
    const bool sqlAscending = sortColumn == QueueColumn::Age ? !ascending : ascending;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT a.id, a.external_reference, a.org_legal_name, "
            "(SELECT group_concat(fqdn, ', ') FROM application_fqdns f WHERE f.application_id = a.id) AS fqdns, "
            "a.state, COALESCE(u.username, '') AS officer, a.received_at, a.high_risk "
            "FROM applications a LEFT JOIN users u ON u.id = a.assigned_officer_id%1 "
            "ORDER BY %2 %3, a.id %3 LIMIT ? OFFSET ?")
            .arg(where, orderBy(sortColumn), sqlAscending ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec()) {
        return failed(query);
    }
    QList<QueueRow> rows;
    while (query.next()) {
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(),
                     domain::stateFromId(query.value(4).toString()).value_or(domain::ApplicationState::Received),
                     query.value(5).toString(), QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs),
                     query.value(7).toBool()});
    }
    return rows;
}

Result<qint64> ApplicationQueue::count(const QueueFilter& filter) const {
    QVariantList values;
    const QString where = whereClause(filter, m_clock.nowUtc(), values);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM applications a") + where);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return failed(query);
    }
    return query.value(0).toLongLong();
}

Result<QList<QPair<qint64, QString>>> ApplicationQueue::officers() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, username FROM users WHERE role = 'officer' ORDER BY username"))) {
        return failed(query);
    }
    QList<QPair<qint64, QString>> officers;
    while (query.next()) {
        officers.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return officers;
}

} // namespace ra::app
