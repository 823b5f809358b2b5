// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Document.h"
#include "domain/DocumentInspection.h"
#include "domain/Error.h"

#include <QList>

namespace ra::app {

class Database;
class RecordSeals;

// Document versions and their inspections in the workspace database (R-DOC-1). Writes run inside
// the caller's transaction; neither is ever changed or deleted (the schema's triggers enforce it).
class SqlDocuments {
public:
    SqlDocuments(Database& database, RecordSeals& seals)
        : m_database(database)
        , m_seals(seals) {}

    // Stores a version (the file itself is in the workspace's documents folder) and sets its id.
    [[nodiscard]] domain::Status add(qint64 applicationId, domain::Document& document);
    [[nodiscard]] domain::Status addInspection(domain::DocumentInspection& inspection);
    // The application's inspections, oldest first.
    [[nodiscard]] domain::Result<QList<domain::DocumentInspection>> inspections(qint64 applicationId) const;

private:
    Database& m_database;
    RecordSeals& m_seals; // every write of a sealed table is sealed in its transaction
};

} // namespace ra::app
