// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Error.h"

#include <QList>

namespace ra::domain {

class IApplicationRepository {
public:
    virtual ~IApplicationRepository() = default;
    // Stores a new application with its documents and checklist; returns its id.
    [[nodiscard]] virtual Result<qint64> add(const Application& application) = 0;
    [[nodiscard]] virtual Result<Application> byId(qint64 id) = 0;
    [[nodiscard]] virtual Result<bool> externalReferenceExists(const QString& reference) = 0;
    // Saves state, assignment, approvals and checklist. Fails with "storage.conflict" when
    // someone else saved a newer version first (optimistic concurrency).
    [[nodiscard]] virtual Status save(Application& application) = 0;
};

} // namespace ra::domain
