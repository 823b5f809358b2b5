// SPDX-License-Identifier: Apache-2.0
#include "app/RecordedDecision.h"

#include "app/Workspace.h"
#include "domain/AuditEntry.h"

namespace ra::app {

domain::Status storeDecision(Workspace& workspace, const QString& actor, domain::Application& application,
                             const domain::EvidenceDecision& decision, const QString& recordKey) {
    const domain::ChecklistItem* item = application.item(decision.code);
    if ((item ? item->status : domain::CheckStatus::Pending) == decision.status &&
        (!item || item->note == decision.note)) {
        return {};
    }
    application.record(decision.code, decision.status, actor, workspace.clock().nowUtc(), decision.note);
    if (auto saved = workspace.applications().save(application); !saved) {
        return saved;
    }
    return workspace.audit().appendEvent(actor, domain::audit_event::CheckRecorded,
                                         {{QStringLiteral("code"), decision.code},
                                          {QStringLiteral("status"), domain::checkStatusId(decision.status)},
                                          {recordKey, decision.evidenceId},
                                          {QStringLiteral("note"), decision.note}},
                                         application.id);
}

domain::Status decideWhileInReview(Workspace& workspace, qint64 applicationId,
                                   const std::function<domain::Status(domain::Application&)>& decideIn) {
    auto application = workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (application->state != domain::ApplicationState::InReview) {
        return {};
    }
    return decideIn(*application);
}

} // namespace ra::app
