// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlKeyBlocklist.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

QString SqlKeyBlocklist::kindId(Kind kind) {
    return kind == Kind::SpkiSha256 ? QStringLiteral("spki-sha256") : QStringLiteral("debian");
}

bool SqlKeyBlocklist::contains(Kind kind, const QString& value) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM key_blocklist WHERE kind = ? AND value = ?"));
    query.addBindValue(kindId(kind));
    query.addBindValue(value.toLower());
    // A list that cannot be read must not let a key through: treat it as listed.
    return !query.exec() || query.next();
}

bool SqlKeyBlocklist::containsSpkiSha256(const QString& hex) const {
    return contains(Kind::SpkiSha256, hex);
}

bool SqlKeyBlocklist::containsDebianFingerprint(const QString& fingerprint) const {
    return contains(Kind::Debian, fingerprint);
}

domain::Result<int> SqlKeyBlocklist::add(Kind kind, const QStringList& values, const QString& source,
                                         const QString& actor, const QString& at) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO key_blocklist (kind, value, source, imported_by, imported_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    int added = 0;
    for (const QString& value : values) {
        bindAll(query, {kindId(kind), value.toLower(), source, actor, at});
        if (!query.exec()) {
            return std::unexpected(sqlError(
                QStringLiteral("blocklist.storage-failed"),
                QCoreApplication::translate("SqlKeyBlocklist", "The key blocklist cannot be written."), query));
        }
        added += query.numRowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

domain::Result<qint64> SqlKeyBlocklist::count(Kind kind) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM key_blocklist WHERE kind = ?"));
    query.addBindValue(kindId(kind));
    if (!query.exec() || !query.next()) {
        return std::unexpected(
            sqlError(QStringLiteral("blocklist.storage-failed"),
                     QCoreApplication::translate("SqlKeyBlocklist", "The key blocklist cannot be read."), query));
    }
    return query.value(0).toLongLong();
}

} // namespace ra::app
