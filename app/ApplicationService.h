// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Workflow.h"

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

private:
    Workspace& m_workspace;
};

} // namespace ra::app
