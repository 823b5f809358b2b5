// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/IApplicationRepository.h"

namespace ra::app {

class Database;
class RecordSeals;

class SqlApplicationRepository final : public domain::IApplicationRepository {
public:
    SqlApplicationRepository(Database& database, RecordSeals& seals)
        : m_database(database)
        , m_seals(seals) {}

    [[nodiscard]] domain::Result<qint64> add(const domain::Application& application) override;
    [[nodiscard]] domain::Result<domain::Application> byId(qint64 id) override;
    [[nodiscard]] domain::Result<bool> externalReferenceExists(const QString& reference) override;
    [[nodiscard]] domain::Status save(domain::Application& application) override;
    [[nodiscard]] domain::Result<bool> packageDigestExists(const QString& digest);

private:
    [[nodiscard]] domain::Status saveChecklist(const domain::Application& application);
    [[nodiscard]] domain::Status saveApprovals(const domain::Application& application);
    Database& m_database;
    RecordSeals& m_seals; // every write of a sealed table is sealed in its transaction
};

} // namespace ra::app
