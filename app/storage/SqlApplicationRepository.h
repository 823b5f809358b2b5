// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/IApplicationRepository.h"

namespace ra::app {

class Database;

class SqlApplicationRepository final : public domain::IApplicationRepository {
public:
    explicit SqlApplicationRepository(Database& database)
        : m_database(database) {}

    [[nodiscard]] domain::Result<qint64> add(const domain::Application& application) override;
    [[nodiscard]] domain::Result<domain::Application> byId(qint64 id) override;
    [[nodiscard]] domain::Result<bool> externalReferenceExists(const QString& reference) override;
    [[nodiscard]] domain::Status save(domain::Application& application) override;
    [[nodiscard]] domain::Result<bool> packageDigestExists(const QString& digest);

private:
    [[nodiscard]] domain::Status saveChecklist(const domain::Application& application);
    [[nodiscard]] domain::Status saveApprovals(const domain::Application& application);
    Database& m_database;
};

} // namespace ra::app
