// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Callback.h"
#include "domain/Error.h"

#include <QList>

namespace ra::app {

class Database;

// Call-back records in the workspace database (migration 10). add() runs inside the caller's
// transaction; a record is never changed or deleted (the schema's triggers enforce it).
class SqlCallbacks {
public:
    explicit SqlCallbacks(Database& database)
        : m_database(database) {}

    // Stores the call-back and sets its id.
    [[nodiscard]] domain::Status add(domain::Callback& callback);
    // The application's call-backs, oldest first, each with its source's name.
    [[nodiscard]] domain::Result<QList<domain::Callback>> forApplication(qint64 applicationId) const;

private:
    Database& m_database;
};

} // namespace ra::app
