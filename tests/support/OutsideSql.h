// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDebug>
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

} // namespace ra::test
