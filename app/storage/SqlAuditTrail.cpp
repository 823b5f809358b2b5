// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlAuditTrail.h"

#include "app/storage/Database.h"
#include "crypto/AuditChain.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

using domain::AuditEntry;
using domain::Result;

namespace {
std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(
        sqlError(QStringLiteral("audit.storage-failed"),
                 QCoreApplication::translate("SqlAuditTrail", "The audit log cannot be read or written."), query));
}

const QString kColumns = QStringLiteral("seq, time_utc, actor, workstation, event_type, application_id, "
                                        "certificate_serial, details, prev_hash, entry_hash");

// The entry whose kColumns start at column `first` of the row.
AuditEntry entryFrom(const QSqlQuery& query, int first = 0) {
    AuditEntry entry;
    entry.sequence = query.value(first + 0).toLongLong();
    entry.time = query.value(first + 1).toString();
    entry.actor = query.value(first + 2).toString();
    entry.workstation = query.value(first + 3).toString();
    entry.eventType = query.value(first + 4).toString();
    entry.applicationId = query.value(first + 5).toLongLong();
    entry.certificateSerial = query.value(first + 6).toString();
    entry.detailsJson = query.value(first + 7).toString();
    entry.previousHash = query.value(first + 8).toString().toLatin1();
    entry.entryHash = query.value(first + 9).toString().toLatin1();
    return entry;
}

// Builds the WHERE clause of a filter; every value is bound, none is pasted into the SQL.
QString whereClause(const AuditFilter& filter, QVariantList& values) {
    QStringList conditions;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("time_utc >= ?");
        values << AuditEntry::formatTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("time_utc <= ?");
        values << AuditEntry::formatTime(filter.to);
    }
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ?");
        values << filter.actor;
    }
    if (!filter.eventType.isEmpty()) {
        conditions << QStringLiteral("event_type = ?");
        values << filter.eventType;
    }
    if (filter.applicationId != 0) {
        conditions << QStringLiteral("application_id = ?");
        values << filter.applicationId;
    }
    if (!filter.text.isEmpty()) {
        conditions << QStringLiteral("instr(lower(details), lower(?)) > 0");
        values << filter.text;
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QStringList distinctColumn(Database& database, const QString& column, bool* ok) {
    QSqlQuery query(database.connection());
    QStringList values;
    *ok = query.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column));
    while (*ok && query.next()) {
        values << query.value(0).toString();
    }
    return values;
}
} // namespace

SqlAuditTrail::SqlAuditTrail(Database& database, const domain::IClock& clock, QString workstation)
    : m_database(database)
    , m_clock(clock)
    , m_workstation(std::move(workstation)) {}

Result<AuditHead> SqlAuditTrail::head() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"))) {
        return failed(query);
    }
    if (!query.next()) {
        return domain::fail(QStringLiteral("audit.head-missing"),
                            QCoreApplication::translate("SqlAuditTrail", "The audit log has lost its head record."));
    }
    return AuditHead{query.value(0).toLongLong(), query.value(1).toString().toLatin1()};
}

Result<AuditEntry> SqlAuditTrail::append(AuditEntry entry) {
    const Result<AuditHead> current = head();
    if (!current) {
        return std::unexpected(current.error());
    }
    const QDateTime now = m_clock.nowUtc();
    // An entry dated before the head would let a moved clock date actions in the past, where no
    // one looks for them: the log runs forwards only (R-AUD-2, R-TIME-1).
    if (current->sequence > 0) {
        QSqlQuery last(m_database.connection());
        last.prepare(QStringLiteral("SELECT time_utc FROM audit_log WHERE seq = ?"));
        last.addBindValue(current->sequence);
        if (!last.exec() || !last.next()) {
            return failed(last);
        }
        const QDateTime headTime = QDateTime::fromString(last.value(0).toString(), Qt::ISODateWithMs);
        if (!headTime.isValid()) {
            return domain::fail(QStringLiteral("audit.head-unreadable"),
                                QCoreApplication::translate("SqlAuditTrail",
                                                            "The last audit entry has no readable time; nothing was "
                                                            "done. Run audit verify."));
        }
        if (now < headTime) {
            return domain::fail(
                QStringLiteral("audit.clock-behind"),
                QCoreApplication::translate("SqlAuditTrail",
                                            "The clock reads %1, earlier than the last audit entry (%2); nothing "
                                            "was done. Check this computer's clock.")
                    .arg(now.toString(Qt::ISODate), headTime.toString(Qt::ISODate)));
        }
    }
    entry.sequence = current->sequence + 1;
    entry.previousHash = current->hash;
    entry.time = AuditEntry::formatTime(now);
    entry.workstation = m_workstation;
    if (entry.detailsJson.isEmpty()) {
        entry.detailsJson = QStringLiteral("{}");
    }
    entry.entryHash = crypto::AuditChain::linkHash(entry);

    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?,?,?,?,?,?,?,?,?,?)").arg(kColumns));
    bindAll(insert, QVariantList{entry.sequence, entry.time, entry.actor, entry.workstation, entry.eventType,
                                 entry.applicationId, entry.certificateSerial, entry.detailsJson,
                                 QString::fromLatin1(entry.previousHash), QString::fromLatin1(entry.entryHash)});
    if (!insert.exec()) {
        return failed(insert);
    }
    QSqlQuery moveHead(m_database.connection());
    moveHead.prepare(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1 AND seq = ?"));
    moveHead.addBindValue(entry.sequence);
    moveHead.addBindValue(QString::fromLatin1(entry.entryHash));
    moveHead.addBindValue(current->sequence);
    if (!moveHead.exec() || moveHead.numRowsAffected() != 1) {
        return failed(moveHead);
    }
    return entry;
}

domain::Status SqlAuditTrail::appendEvent(const QString& actor, const QString& eventType, const QJsonObject& details,
                                          qint64 applicationId) {
    return domain::toStatus(append(AuditEntry::about(actor, eventType, details, applicationId)));
}

Result<QList<AuditEntry>> SqlAuditTrail::page(const AuditFilter& filter, qint64 beforeSequence, int limit) const {
    QVariantList values;
    QString where = whereClause(filter, values);
    if (beforeSequence > 0) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("seq < ?");
        values << beforeSequence;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq DESC LIMIT ?").arg(kColumns, where));
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    query.addBindValue(limit);
    if (!query.exec()) {
        return failed(query);
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        entries << entryFrom(query);
    }
    return entries;
}

Result<qint64> SqlAuditTrail::count(const AuditFilter& filter) const {
    QVariantList values;
    const QString where = whereClause(filter, values);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return failed(query);
    }
    return query.value(0).toLongLong();
}

domain::Status SqlAuditTrail::forEach(const std::function<bool(const AuditEntry&)>& visit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns))) {
        return failed(query);
    }
    while (query.next()) {
        if (!visit(entryFrom(query))) {
            break;
        }
    }
    return {};
}

Result<QList<AuditEntry>> SqlAuditTrail::linkedEntriesOfType(const QString& eventType) const {
    // One statement, so the entries, their successors and the head are read in one snapshot (a
    // desk appending meanwhile is not taken for an alteration).
    const auto columns = [](const QString& table) {
        QStringList qualified;
        for (const QString& column : kColumns.split(QStringLiteral(", "))) {
            qualified << table + QLatin1Char('.') + column;
        }
        return qualified.join(QStringLiteral(", "));
    };
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1, %2, head.seq, head.hash FROM audit_log entry "
                                 "LEFT JOIN audit_log successor ON successor.seq = entry.seq + 1 "
                                 "CROSS JOIN audit_head head WHERE head.id = 1 AND entry.event_type = ? "
                                 "ORDER BY entry.seq")
                      .arg(columns(QStringLiteral("entry")), columns(QStringLiteral("successor"))));
    query.addBindValue(eventType);
    if (!query.exec()) {
        return failed(query);
    }
    constexpr int kSuccessor = 10;
    constexpr int kHead = 20;
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry = entryFrom(query);
        bool linked = false;
        if (query.value(kSuccessor).isNull()) {
            linked = entry.sequence == query.value(kHead).toLongLong() &&
                     entry.entryHash == query.value(kHead + 1).toString().toLatin1();
        } else {
            // The successor must link to this entry and hash as stored itself, so that changing the
            // entry takes more than relinking the one after it.
            const AuditEntry successor = entryFrom(query, kSuccessor);
            linked = successor.previousHash == entry.entryHash && crypto::AuditChain::linkMatches(successor);
        }
        if (!crypto::AuditChain::linkMatches(entry) || !linked) {
            return domain::fail(QStringLiteral("audit.entry-altered"),
                                QCoreApplication::translate("SqlAuditTrail",
                                                            "Audit entry %1 was changed outside the application: "
                                                            "run `ra-cli audit verify`.")
                                    .arg(entry.sequence),
                                eventType);
        }
        entries << std::move(entry);
    }
    return entries;
}

Result<qint64> SqlAuditTrail::newestOfType(const QString& eventType) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM audit_log WHERE event_type = ?"));
    query.addBindValue(eventType);
    if (!query.exec() || !query.next()) {
        return failed(query);
    }
    return query.value(0).toLongLong();
}

domain::Status SqlAuditTrail::addCheckpoint(const domain::AuditCheckpoint& checkpoint) {
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO audit_checkpoints (seq, time_utc, head_hash, signature, reason) VALUES (?,?,?,?,?)"));
    bindAll(insert, QVariantList{checkpoint.sequence, checkpoint.time, QString::fromLatin1(checkpoint.headHash),
                                 checkpoint.signature, checkpoint.reason});
    if (!insert.exec()) {
        return failed(insert);
    }
    return {};
}

Result<QList<domain::AuditCheckpoint>> SqlAuditTrail::checkpoints() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT seq, time_utc, head_hash, signature, reason FROM audit_checkpoints ORDER BY id"))) {
        return failed(query);
    }
    QList<domain::AuditCheckpoint> all;
    while (query.next()) {
        all.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString().toLatin1(),
                    query.value(3).toByteArray(), query.value(4).toString()});
    }
    return all;
}

Result<QStringList> SqlAuditTrail::eventTypes() const {
    bool ok = false;
    QStringList values = distinctColumn(m_database, QStringLiteral("event_type"), &ok);
    return ok ? Result<QStringList>(values)
              : domain::fail(QStringLiteral("audit.storage-failed"),
                             QCoreApplication::translate("SqlAuditTrail", "The audit log cannot be read or written."));
}

Result<QStringList> SqlAuditTrail::actors() const {
    bool ok = false;
    QStringList values = distinctColumn(m_database, QStringLiteral("actor"), &ok);
    return ok ? Result<QStringList>(values)
              : domain::fail(QStringLiteral("audit.storage-failed"),
                             QCoreApplication::translate("SqlAuditTrail", "The audit log cannot be read or written."));
}

} // namespace ra::app
