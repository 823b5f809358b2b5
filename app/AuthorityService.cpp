// SPDX-License-Identifier: Apache-2.0
#include "app/AuthorityService.h"

#include "app/RecordedDecision.h"
#include "app/Workspace.h"
#include "domain/AuditEntry.h"
#include "domain/AuthorityVerification.h"
#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>

namespace ra::app {

domain::Result<domain::Callback> AuthorityService::recordCallback(const domain::User& actor,
                                                                  domain::Callback callback) {
    const QDateTime now = m_workspace.clock().nowUtc();
    callback.recordedBy = actor.username;
    callback.recordedAt = now;
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        auto application = m_workspace.applications().byId(callback.applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        // Inside the transaction: another workstation may have taken or submitted it meanwhile.
        if (auto allowed = domain::SeparationOfDuties::mayRecordEvidence(actor, *application); !allowed) {
            return allowed;
        }
        if (auto valid = domain::AuthorityVerification::validate(callback, *application, now); !valid) {
            return valid;
        }
        // R-ORG-4: the number or address comes from an approved source, never a withdrawn one.
        const auto source = m_workspace.organizationEvidence().source(callback.dataSourceId);
        if (!source || !source->citable()) {
            return domain::fail(QStringLiteral("rds.not-approved"),
                                QCoreApplication::translate("AuthorityService",
                                                            "Data source #%1 is not an approved Reliable Data Source: "
                                                            "a call-back cannot rely on it.")
                                    .arg(callback.dataSourceId));
        }
        callback.dataSourceName = source->name;
        if (auto added = m_workspace.callbacks().add(callback); !added) {
            return added;
        }
        if (auto logged = m_workspace.audit().appendEvent(
                actor.username, domain::audit_event::CallbackRecorded,
                {{QStringLiteral("callback_id"), callback.id},
                 {QStringLiteral("channel"), domain::callbackChannelId(callback.channel)},
                 {QStringLiteral("contact"), callback.contact},
                 {QStringLiteral("source"), source->name},
                 {QStringLiteral("source_reference"), callback.sourceReference},
                 {QStringLiteral("person_reached"), callback.personReached},
                 {QStringLiteral("person_title"), callback.personTitle},
                 {QStringLiteral("note"), callback.note},
                 {QStringLiteral("reached_at"), callback.reachedAt.toUTC().toString(Qt::ISODate)},
                 {QStringLiteral("outcome"), domain::callbackOutcomeId(callback.outcome)}},
                callback.applicationId);
            !logged) {
            return logged;
        }
        return decideIn(actor.username, *application);
    });
    if (!stored) {
        (void)m_workspace.record(actor.username, domain::audit_event::CallbackRefused,
                                 {{QStringLiteral("code"), stored.error().code},
                                  {QStringLiteral("detail"), stored.error().userMessage.left(500)}},
                                 callback.applicationId);
        return std::unexpected(stored.error());
    }
    return callback;
}

domain::Status AuthorityService::decideIn(const QString& actor, domain::Application& application) {
    const auto all = m_workspace.callbacks().forApplication(application.id);
    if (!all) {
        return std::unexpected(all.error());
    }
    return storeDecision(m_workspace, actor, application, domain::AuthorityVerification::decide(*all),
                         QStringLiteral("callback_id"));
}

domain::Status AuthorityService::decide(const QString& actor, qint64 applicationId) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        return decideWhileInReview(m_workspace, applicationId,
                                   [&](domain::Application& application) { return decideIn(actor, application); });
    });
}

domain::Result<QList<domain::Callback>> AuthorityService::callbacks(qint64 applicationId) {
    return m_workspace.callbacks().forApplication(applicationId);
}

} // namespace ra::app
