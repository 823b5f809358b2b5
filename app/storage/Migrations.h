// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QStringList>

namespace ra::app {

// Schema migrations, applied in order at start-up. A released migration is never edited:
// a change to the schema is a new entry at the end.
struct Migration {
    int version;
    QStringList statements;
};

[[nodiscard]] const QList<Migration>& migrations();
// The table that records which migrations ran; made before the first one.
inline constexpr const char* kSchemaMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)";

} // namespace ra::app
