// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/User.h"

namespace ra::app {

class Workspace;

struct ImportResult {
    qint64 applicationId = 0;
    QString externalReference;
};

// Intake (R-IN-1, R-IN-2): reads a package, checks it, and stores application, documents and the
// audit entry together. A refused package leaves nothing behind but the audit entry of its refusal.
class IntakeService {
public:
    explicit IntakeService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<ImportResult> importPackage(const QString& path, const domain::User& actor);

private:
    [[nodiscard]] domain::Result<ImportResult> tryImport(const QString& path, const domain::User& actor);
    Workspace& m_workspace;
};

} // namespace ra::app
