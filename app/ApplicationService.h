// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Workflow.h"

#include <functional>

namespace ra::app {

class Workspace;

// Moves applications through the workflow (R-APR-1): the domain decides, this stores the result
// and its audit entry in one transaction.
class ApplicationService {
public:
    explicit ApplicationService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<domain::Application> load(qint64 id);
    // `request.at` and `request.requiredApprovals` are filled in here from the clock and settings.
    [[nodiscard]] domain::Result<domain::ApplicationState> perform(const domain::User& actor, qint64 applicationId,
                                                                   domain::WorkflowRequest request);

    // The validating officer's decision on a manual checklist item (R-APR-1).
    [[nodiscard]] domain::Status recordCheck(const domain::User& actor, qint64 applicationId, const QString& code,
                                             domain::CheckStatus status, const QString& note);
    // The result of an automatic check, recorded by whatever ran it (`checker`).
    [[nodiscard]] domain::Status recordAutomaticCheck(const QString& checker, qint64 applicationId, const QString& code,
                                                      domain::CheckStatus status, const QString& note);

private:
    [[nodiscard]] domain::Status rematchHighRisk(qint64 applicationId);
    [[nodiscard]] domain::Status storeCheck(const QString& actor, qint64 applicationId, const QString& code,
                                            domain::CheckStatus status, const QString& note,
                                            const std::function<domain::Status(const domain::Application&)>& allowed);
    Workspace& m_workspace;
};

} // namespace ra::app
