// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Callback.h"
#include "domain/Error.h"

#include <QList>

namespace ra::app {

class Database;
class RecordSeals;

// Call-back records in the workspace database (migration 10). add() runs inside the caller's
// transaction; a record is never changed or deleted (the schema's triggers enforce it).
class SqlCallbacks {
public:
    SqlCallbacks(Database& database, RecordSeals& seals)
        : m_database(database)
        , m_seals(seals) {}

    // Stores the call-back and sets its id.
    [[nodiscard]] domain::Status add(domain::Callback& callback);
    // The application's call-backs, oldest first, each with its source's name.
    [[nodiscard]] domain::Result<QList<domain::Callback>> forApplication(qint64 applicationId) const;

private:
    Database& m_database;
    RecordSeals& m_seals; // every write of a sealed table is sealed in its transaction
};

} // namespace ra::app
