// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/Evidence.h"
#include "domain/ReliableDataSource.h"

#include <QList>

namespace ra::app {

class Database;
class RecordSeals;

// Reliable Data Sources and organization evidence in the workspace database (migration 8). Writes
// run inside the caller's transaction; evidence is never changed or deleted, a source only
// withdrawn (the schema's triggers enforce it).
class SqlOrganizationEvidence {
public:
    SqlOrganizationEvidence(Database& database, RecordSeals& seals)
        : m_database(database)
        , m_seals(seals) {}

    [[nodiscard]] domain::Status addSource(domain::ReliableDataSource& source);
    [[nodiscard]] domain::Status withdrawSource(qint64 id, const QString& by, const QDateTime& at);
    [[nodiscard]] domain::Result<QList<domain::ReliableDataSource>> sources() const;
    [[nodiscard]] domain::Result<domain::ReliableDataSource> source(qint64 id) const;

    // Stores the evidence (and the registry's exact answer, if any) and sets its id.
    [[nodiscard]] domain::Status add(domain::Evidence& evidence, const QByteArray& response);
    // The application's evidence, oldest first.
    [[nodiscard]] domain::Result<QList<domain::Evidence>> forApplication(qint64 applicationId) const;
    // Evidence of the organization with this verified corporate number, from any application,
    // oldest first (R-DOC-2 reuse: matched by number, never by a typed name).
    [[nodiscard]] domain::Result<QList<domain::Evidence>> forCorporateNumber(const QString& corporateNumber) const;
    // The registry's answer kept with evidence `id` (empty when it has none).
    [[nodiscard]] domain::Result<QByteArray> response(qint64 id) const;

private:
    [[nodiscard]] domain::Result<QList<domain::Evidence>> select(const QString& where, const QVariant& value) const;
    Database& m_database;
    RecordSeals& m_seals; // every write of a sealed table is sealed in its transaction
};

} // namespace ra::app
