// SPDX-License-Identifier: Apache-2.0
#pragma once

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

} // namespace ra::test
