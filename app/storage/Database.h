// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace ra::app {

// One QtSql connection to a workspace database. A connection belongs to the thread that opened
// it, so background work opens its own Database on the same file.
class Database {
public:
    enum class Migrate { Yes, No };

    // Opens (creating if needed) an SQLite database: WAL, foreign keys on, and the schema
    // migrated to the newest version when `migrate` says so.
    [[nodiscard]] static domain::Result<std::unique_ptr<Database>> openSqlite(const QString& path,
                                                                              Migrate migrate = Migrate::Yes);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] QString path() const { return m_path; }

    // Runs `work` in one write transaction: committed when it succeeds, rolled back (leaving no
    // trace) when it fails. Every state change and its audit entries go through here together.
    [[nodiscard]] domain::Status transaction(const std::function<domain::Status()>& work);

    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] static int latestSchemaVersion();

private:
    Database(QString connectionName, QString path);
    [[nodiscard]] domain::Status migrate();

    QString m_connectionName;
    QString m_path;
};

// Binds values in order. A null QString is bound as '' rather than NULL: Qt uses null strings
// for "no text" where our NOT NULL text columns mean empty.
void bindAll(class QSqlQuery& query, const QVariantList& values);

// Times are stored as UTC ISO 8601 with milliseconds, so that they sort as text.
[[nodiscard]] QString storedTime(const QDateTime& at);
// A stored time; an invalid QDateTime for NULL.
[[nodiscard]] QDateTime timeFromStored(const QVariant& value);

// The error of a failed query, for Error::detail.
[[nodiscard]] domain::Error sqlError(const QString& code, const QString& userMessage, const class QSqlQuery& query);

} // namespace ra::app
