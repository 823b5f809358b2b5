// SPDX-License-Identifier: Apache-2.0
#include "app/ApplicationService.h"

#include "app/AuthorityService.h"
#include "app/DocumentService.h"
#include "app/HighRiskService.h"
#include "app/Workspace.h"
#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>

namespace ra::app {

using domain::Result;

Result<domain::Application> ApplicationService::load(qint64 id) {
    return m_workspace.applications().byId(id);
}

Result<domain::ApplicationState> ApplicationService::perform(const domain::User& actor, qint64 applicationId,
                                                             domain::WorkflowRequest request) {
    request.at = m_workspace.clock().nowUtc();
    request.requiredApprovals = m_workspace.settings().requiredApprovals;
    // R-IN-3: matched again before submission — records rejected or revoked since intake count, and
    // the organization is now known by its verified corporate number. Kept even when the
    // submission is then refused for it.
    if (request.action == domain::WorkflowAction::SubmitForApproval) {
        if (auto matched = rematchHighRisk(applicationId); !matched) {
            return std::unexpected(matched.error());
        }
        // R-ORG-5, R-DOC-1: decided again from the records as they are now — a source withdrawn
        // since, a stored file changed on disk, a tick left from before these items had records.
        if (auto decided = AuthorityService(m_workspace).decide(actor.username, applicationId); !decided) {
            return std::unexpected(decided.error());
        }
        if (auto decided = DocumentService(m_workspace).decide(actor.username, applicationId); !decided) {
            return std::unexpected(decided.error());
        }
    }
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
        // R-APR-2: content approved before going back may change; its candidate is void.
        if (newState == domain::ApplicationState::InReview || domain::isFinal(newState) ||
            newState == domain::ApplicationState::Returned) {
            const auto voided = m_workspace.certificates().voidCandidates(applicationId);
            if (!voided) {
                return std::unexpected(voided.error());
            }
            for (const QString& serial : *voided) {
                if (auto logged =
                        m_workspace.audit().appendEvent(actor.username, domain::audit_event::IssuanceVoided,
                                                        {{QStringLiteral("serial"), serial},
                                                         {QStringLiteral("reason"), domain::actionId(request.action)}},
                                                        applicationId);
                    !logged) {
                    return logged;
                }
            }
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
    const bool refusedByTheRules = !done && (done.error().code.startsWith(QLatin1String("workflow.")) ||
                                             done.error().code.startsWith(QLatin1String("sod.")));
    if (refusedByTheRules) {
        // Issue 12 item 11: a move the rules refuse is kept in the log, with who tried it.
        (void)m_workspace.record(
            actor.username, domain::audit_event::ActionRefused,
            {{QStringLiteral("action"), domain::actionId(request.action)}, {QStringLiteral("code"), done.error().code}},
            applicationId);
        return std::unexpected(done.error());
    }
    return newState;
}

domain::Status ApplicationService::rematchHighRisk(qint64 applicationId) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        auto application = m_workspace.applications().byId(applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        if (application->state != domain::ApplicationState::InReview) {
            return {}; // the workflow refuses the submission itself
        }
        const domain::ChecklistItem* before = application->item(u"intake.high-risk-match");
        const domain::CheckStatus previousStatus = before ? before->status : domain::CheckStatus::Pending;
        const QString previousNote = before ? before->note : QString();
        if (auto decided = HighRiskService(m_workspace).decide(*application, QStringLiteral("system")); !decided) {
            return decided;
        }
        const domain::ChecklistItem* after = application->item(u"intake.high-risk-match");
        if (after->status == previousStatus && after->note == previousNote) {
            return {};
        }
        if (auto saved = m_workspace.applications().save(*application); !saved) {
            return saved;
        }
        return m_workspace.audit().appendEvent(QStringLiteral("system"), domain::audit_event::CheckRecorded,
                                               {{QStringLiteral("code"), after->code},
                                                {QStringLiteral("status"), domain::checkStatusId(after->status)},
                                                {QStringLiteral("note"), after->note}},
                                               applicationId);
    });
}

domain::Status
ApplicationService::storeCheck(const QString& actor, qint64 applicationId, const QString& code,
                               domain::CheckStatus status, const QString& note,
                               const std::function<domain::Status(const domain::Application&)>& allowed) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        auto application = m_workspace.applications().byId(applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        if (auto ok = allowed(*application); !ok) {
            return ok;
        }
        application->record(code, status, actor, m_workspace.clock().nowUtc(), note);
        if (auto saved = m_workspace.applications().save(*application); !saved) {
            return saved;
        }
        return m_workspace.audit().appendEvent(actor, domain::audit_event::CheckRecorded,
                                               {{QStringLiteral("code"), code},
                                                {QStringLiteral("status"), domain::checkStatusId(status)},
                                                {QStringLiteral("note"), note}},
                                               applicationId);
    });
}

domain::Status ApplicationService::recordCheck(const domain::User& actor, qint64 applicationId, const QString& code,
                                               domain::CheckStatus status, const QString& note) {
    const domain::Status recorded = [&]() -> domain::Status {
        const domain::ChecklistDefinition* definition = domain::Checklist::find(code);
        if (!definition) {
            return domain::fail(
                QStringLiteral("check.unknown"),
                QCoreApplication::translate("ApplicationService", "There is no check %1.").arg(code.left(60)));
        }
        // Never a bare tick: the decision says what it rests on (the additional verification done),
        // and the note stays with the item and in the audit log.
        if (note.trimmed().isEmpty() || note.size() > 2000) {
            return domain::fail(QStringLiteral("check.no-note"),
                                QCoreApplication::translate(
                                    "ApplicationService", "Say what the decision rests on (at most 2000 characters)."));
        }
        return storeCheck(actor.username, applicationId, code, status, note,
                          [&](const domain::Application& application) {
                              return domain::SeparationOfDuties::mayRecordCheck(actor, application, *definition);
                          });
    }();
    if (!recorded) {
        (void)m_workspace.record(actor.username, domain::audit_event::ActionRefused,
                                 {{QStringLiteral("action"), QStringLiteral("check")},
                                  {QStringLiteral("check"), code.left(60)},
                                  {QStringLiteral("code"), recorded.error().code}},
                                 applicationId);
    }
    return recorded;
}

domain::Status ApplicationService::recordAutomaticCheck(const QString& checker, qint64 applicationId,
                                                        const QString& code, domain::CheckStatus status,
                                                        const QString& note) {
    if (domain::Checklist::decidedByRecords(code)) {
        return domain::fail(QStringLiteral("check.decided-by-records"),
                            QCoreApplication::translate("ApplicationService",
                                                        "%1 is decided by its evidence records, not set directly.")
                                .arg(code));
    }
    return storeCheck(checker, applicationId, code, status, note,
                      [](const domain::Application&) { return domain::Status(); });
}

} // namespace ra::app
