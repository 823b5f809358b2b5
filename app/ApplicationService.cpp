// SPDX-License-Identifier: Apache-2.0
#include "app/ApplicationService.h"

#include "app/Workspace.h"

namespace ra::app {

using domain::Result;

Result<domain::Application> ApplicationService::load(qint64 id) {
    return m_workspace.applications().byId(id);
}

Result<domain::ApplicationState> ApplicationService::perform(const domain::User& actor, qint64 applicationId,
                                                             domain::WorkflowRequest request) {
    request.at = m_workspace.clock().nowUtc();
    request.requiredApprovals = m_workspace.settings().requiredApprovals;
    domain::ApplicationState newState{};
    const domain::Status done = m_workspace.database().transaction([&]() -> domain::Status {
        auto application = m_workspace.applications().byId(applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        const domain::ApplicationState before = application->state;
        const auto moved = domain::Workflow::apply(*application, actor, request);
        if (!moved) {
            return std::unexpected(moved.error());
        }
        newState = *moved;
        if (auto saved = m_workspace.applications().save(*application); !saved) {
            return saved;
        }
        QJsonObject details{{QStringLiteral("action"), domain::actionId(request.action)},
                            {QStringLiteral("from"), domain::stateId(before)},
                            {QStringLiteral("to"), domain::stateId(newState)}};
        if (!request.reason.isEmpty()) {
            details.insert(QStringLiteral("reason"), request.reason);
        }
        return m_workspace.audit().appendEvent(actor.username, domain::audit_event::StateChanged, details,
                                               applicationId);
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return newState;
}

} // namespace ra::app
