// SPDX-License-Identifier: Apache-2.0
#include "app/CaaService.h"

#include "app/Workspace.h"
#include "crypto/Random.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>

namespace ra::app {

using domain::fail;

domain::Result<ValidationRound> CaaService::round(const domain::Application& application, const QString& fqdn) {
    const auto name = DcvService::requestedName(application, fqdn);
    if (!name) {
        return std::unexpected(name.error());
    }
    ValidationRound round;
    round.applicationId = application.id;
    round.fqdn = *name;
    // R-MPIC-3: every CAA round has its own id, so no answer is ever counted for another round.
    const QByteArray id = crypto::randomBytes(6);
    round.task.attemptId = qint64(id.toHex().toULongLong(nullptr, 16)) + 1;
    round.task.kind = PerspectiveTask::Kind::Caa;
    round.task.name = *name;
    round.task.issuerDomain = m_workspace.settings().caaIssuerDomain;
    round.settings = m_workspace.mpicSettings();
    round.day = m_workspace.clock().nowUtc().date();
    return round;
}

domain::Result<ValidationRound> CaaService::prepareCheck(const domain::User& actor, qint64 applicationId,
                                                         const QString& fqdn) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = DcvService::mayValidate(actor, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    return round(*application, fqdn);
}

domain::Result<CaaEvidence> CaaService::recheckForIssuance(const QString& actor, qint64 applicationId,
                                                           const QString& fqdn) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (application->state != domain::ApplicationState::Approved) {
        return fail(QStringLiteral("issue.not-approved"),
                    QCoreApplication::translate("CaaService", "CAA is checked again at issuance of approved "
                                                              "applications only."));
    }
    const auto prepared = round(*application, fqdn);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    return record(actor, *prepared, observe(*prepared));
}

MpicRoundResult CaaService::observe(const ValidationRound& round, const MpicRound::Progress& progress) {
    // R-MPIC-1: a perspective corroborates when it, too, finds that CAA lets the CA issue.
    return MpicRound::run(
        round.settings, round.task,
        [](const PerspectiveReport& report, const PerspectiveReport& /*primary*/) {
            return report.caaVerdict == domain::caaVerdictId(domain::CaaVerdict::Allow);
        },
        round.day, progress);
}

domain::Result<CaaEvidence> CaaService::recordCheck(const domain::User& actor, const ValidationRound& round,
                                                    const MpicRoundResult& result) {
    // The officer may have lost the application while the round ran: check again.
    const auto application = m_workspace.applications().byId(round.applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = DcvService::mayValidate(actor, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    return record(actor.username, round, result);
}

domain::Result<CaaEvidence> CaaService::record(const QString& actor, const ValidationRound& round,
                                               const MpicRoundResult& result) {
    CaaEvidence evidence;
    evidence.applicationId = round.applicationId;
    evidence.fqdn = round.fqdn;
    evidence.issuerDomain = round.task.issuerDomain;
    evidence.verdict = domain::caaVerdictFromId(result.primary.caaVerdict).value_or(domain::CaaVerdict::Error);
    evidence.relevantName = result.primary.relevantName;
    evidence.records = result.primary.values;
    evidence.dnssec = domain::dnssecStatusFromId(result.primary.dnssec);
    evidence.ttl = result.primary.ttl;
    evidence.reason = result.primary.detail;
    evidence.corroborated = result.decision.corroborated;
    evidence.corroboration = result.decision.reason;
    evidence.checkedAt = m_workspace.clock().nowUtc();
    evidence.validUntil = domain::CaaCheck::validUntil(evidence.checkedAt, evidence.ttl);
    evidence.checkedBy = actor;
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.validationEvidence().addCaaCheck(evidence); !saved) {
            return saved;
        }
        if (auto saved = m_workspace.validationEvidence().addRound(0, evidence.id, result, evidence.checkedAt);
            !saved) {
            return saved;
        }
        return m_workspace.audit().appendEvent(
            actor, domain::audit_event::CaaChecked,
            {{QStringLiteral("caa_check"), evidence.id},
             {QStringLiteral("fqdn"), evidence.fqdn},
             {QStringLiteral("issuer_domain"), evidence.issuerDomain},
             {QStringLiteral("verdict"), domain::caaVerdictId(evidence.verdict)},
             {QStringLiteral("valid_until"), evidence.validUntil.toString(Qt::ISODate)},
             {QStringLiteral("citation"), QStringLiteral("CP 3.2.2.8")},
             {QStringLiteral("mpic"), result.toJson()}},
            round.applicationId);
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    // The checklist belongs to the review; at issuance the evidence speaks for itself.
    const auto application = m_workspace.applications().byId(round.applicationId);
    if (application && application->state == domain::ApplicationState::InReview) {
        if (auto updated = DcvService(m_workspace).updateChecklist(round.applicationId); !updated) {
            return std::unexpected(updated.error());
        }
    }
    return evidence;
}

domain::Result<CaaEvidence> CaaService::check(const domain::User& actor, qint64 applicationId, const QString& fqdn,
                                              const MpicRound::Progress& progress) {
    const auto round = prepareCheck(actor, applicationId, fqdn);
    if (!round) {
        return std::unexpected(round.error());
    }
    return recordCheck(actor, *round, observe(*round, progress));
}

domain::Result<QList<CaaEvidence>> CaaService::checks(qint64 applicationId) {
    return m_workspace.validationEvidence().caaChecks(applicationId);
}

domain::Result<QList<StoredObservation>> CaaService::observations(qint64 caaCheckId) {
    return m_workspace.validationEvidence().forCaaCheck(caaCheckId);
}

} // namespace ra::app
