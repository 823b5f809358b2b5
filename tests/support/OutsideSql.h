// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/AuditChain.h"
#include "domain/AuditEntry.h"

#include <QDebug>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace ra::test {

// One statement on a connection of the test's own to a workspace database: what an insider with
// the sqlite3 shell does, outside the application. False (and a warning) when SQLite refuses.
inline bool outsideExec(const QString& connection, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery query(QSqlDatabase::database(connection));
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

// Drops trigger `name` and returns the statement that makes it again, word for word, so that a
// test that needs the trigger out of the way can put the schema back as the migrations made it
// (issuance and `audit verify` check the schema); empty when there is no such trigger.
inline QString outsideDropTrigger(const QString& connection, const QString& name) {
    QSqlQuery definition(QSqlDatabase::database(connection));
    definition.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?"));
    definition.addBindValue(name);
    if (!definition.exec() || !definition.next()) {
        return {};
    }
    const QString sql = definition.value(0).toString();
    definition.finish();
    return outsideExec(connection, QStringLiteral("DROP TRIGGER %1").arg(name)) ? sql : QString();
}

// A copy of the workspace database at `path` for one attack, open on a connection named
// `connection` as the attacker's sqlite3 shell would open it; empty when it cannot be made.
inline QString outsideCopy(QSqlDatabase live, const QString& livePath, const QString& path, const QString& connection) {
    QFile::remove(path);
    QSqlQuery checkpointWal(live);
    (void)checkpointWal.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!QFile::copy(livePath, path)) {
        return {};
    }
    QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    copy.setDatabaseName(path);
    return copy.open() ? path : QString();
}

// Closes and forgets a connection opened by outsideCopy.
inline void outsideClose(const QString& connection) {
    QSqlDatabase::database(connection).close();
    QSqlDatabase::removeDatabase(connection);
}

// The log of the database at `path` rebuilt without the entries whose type is LIKE `eventTypes`,
// renumbered and relinked: what a workspace of a version before those entries holds. Its
// checkpoints go with them.
inline bool outsideRebuildLogWithout(const QString& path, const QString& eventTypes) {
    const QString connection = QStringLiteral("legacy");
    bool done = false;
    {
        QSqlDatabase legacy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        legacy.setDatabaseName(path);
        QList<domain::AuditEntry> kept;
        QSqlQuery rows(legacy);
        done = legacy.open() &&
               rows.prepare(QStringLiteral("SELECT time_utc, actor, workstation, event_type, application_id, "
                                           "certificate_serial, details FROM audit_log WHERE event_type NOT LIKE ? "
                                           "ORDER BY seq"));
        rows.addBindValue(eventTypes);
        done = done && rows.exec();
        QByteArray previous;
        while (done && rows.next()) {
            domain::AuditEntry entry;
            entry.sequence = kept.size() + 1;
            entry.time = rows.value(0).toString();
            entry.actor = rows.value(1).toString();
            entry.workstation = rows.value(2).toString();
            entry.eventType = rows.value(3).toString();
            entry.applicationId = rows.value(4).toLongLong();
            entry.certificateSerial = rows.value(5).toString();
            entry.detailsJson = rows.value(6).toString();
            entry.previousHash = previous;
            entry.entryHash = crypto::AuditChain::linkHash(entry);
            previous = entry.entryHash;
            kept.append(entry);
        }
        const QString logTrigger = outsideDropTrigger(connection, QStringLiteral("audit_log_append_only_delete"));
        const QString checkpointTrigger =
            outsideDropTrigger(connection, QStringLiteral("audit_checkpoints_append_only_delete"));
        done = done && !logTrigger.isEmpty() && !checkpointTrigger.isEmpty() &&
               outsideExec(connection, QStringLiteral("DELETE FROM audit_log")) &&
               outsideExec(connection, QStringLiteral("DELETE FROM audit_checkpoints"));
        for (const domain::AuditEntry& entry : kept) {
            done = done && outsideExec(connection,
                                       QStringLiteral("INSERT INTO audit_log (seq, time_utc, actor, workstation, "
                                                      "event_type, application_id, certificate_serial, details, "
                                                      "prev_hash, entry_hash) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                                       {entry.sequence, entry.time, entry.actor, entry.workstation, entry.eventType,
                                        entry.applicationId, entry.certificateSerial, entry.detailsJson,
                                        entry.previousHash.isEmpty() ? QStringLiteral("")
                                                                     : QString::fromLatin1(entry.previousHash),
                                        QString::fromLatin1(entry.entryHash)});
        }
        done = done &&
               outsideExec(connection, QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"),
                           {kept.size(), QString::fromLatin1(previous)}) &&
               outsideExec(connection, logTrigger) && outsideExec(connection, checkpointTrigger);
    }
    outsideClose(connection);
    return done;
}

} // namespace ra::test
