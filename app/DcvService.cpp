// SPDX-License-Identifier: Apache-2.0
#include "app/DcvService.h"

#include "app/ApplicationService.h"
#include "app/Workspace.h"
#include "crypto/Base32.h"
#include "crypto/Random.h"
#include "domain/AuditEntry.h"
#include "domain/DomainChecks.h"

#include <QCoreApplication>

namespace ra::app {

using domain::DcvAttempt;
using domain::fail;
namespace event = domain::audit_event;

namespace {
constexpr int kRandomBytes = 20; // 160 bits from the CSPRNG (R-DCV-1: at least 112)
static_assert(kRandomBytes * 8 >= domain::RandomValue::kMinimumBits);

QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

domain::Status DcvService::mayValidate(const domain::User& actor, const domain::Application& application) {
    if (actor.disabled || !actor.can(domain::Permission::ReviewApplication) || application.validatorId != actor.id ||
        application.state != domain::ApplicationState::InReview) {
        return fail(QStringLiteral("dcv.not-allowed"),
                    QCoreApplication::translate("DcvService",
                                                "Only the officer validating this application, while it is in review, "
                                                "validates its domains."));
    }
    return {};
}

domain::Result<QString> DcvService::requestedName(const domain::Application& application, const QString& fqdn) {
    const QString name = fqdn.toLower();
    if (!application.fqdns.contains(name)) {
        return fail(QStringLiteral("dcv.not-requested"),
                    QCoreApplication::translate("DcvService", "%1 is not one of the names this application requests.")
                        .arg(name));
    }
    return name;
}

domain::Status DcvService::updateChecklist(qint64 applicationId) {
    const auto application = m_workspace.applications().byId(applicationId);
    const auto attempts = m_workspace.dcvAttempts().forApplication(applicationId);
    const auto caaChecks = m_workspace.validationEvidence().caaChecks(applicationId);
    if (!application || !attempts || !caaChecks) {
        return std::unexpected(!application ? application.error() : !attempts ? attempts.error() : caaChecks.error());
    }
    const QHash<QString, CaaEvidence> latestCaa = latestCaaChecks(*caaChecks);
    QList<domain::NameEvidence> names;
    for (const QString& fqdn : application->fqdns) {
        domain::NameEvidence name;
        name.fqdn = fqdn;
        for (const DcvAttempt& attempt : *attempts) {
            if (attempt.fqdn == fqdn && attempt.status == DcvAttempt::Status::Passed &&
                attempt.random.expiresAt() > name.dcvRandomValueExpires) {
                name.dcvPassed = true;
                name.dcvRandomValueExpires = attempt.random.expiresAt();
            }
        }
        if (const auto check = latestCaa.constFind(fqdn); check != latestCaa.cend()) {
            name.caaChecked = true;
            name.caaVerdict = check->verdict;
            name.caaCorroborated = check->corroborated;
            name.caaValidUntil = check->validUntil;
        }
        names.append(name);
    }
    const domain::DomainCheckDecision decision = domain::DomainChecks::decide(names, m_workspace.clock().nowUtc());
    ApplicationService service(m_workspace);
    for (const auto& [code, status, note] :
         {std::tuple{QStringLiteral("dcv.validated"), decision.dcv, decision.dcvNote},
          std::tuple{QStringLiteral("caa.checked"), decision.caa, decision.caaNote},
          std::tuple{QStringLiteral("mpic.corroborated"), decision.mpic, decision.mpicNote}}) {
        const domain::ChecklistItem* item = application->item(code);
        if (item && item->status == status && item->note == note) {
            continue;
        }
        if (auto recorded =
                service.recordAutomaticCheck(QStringLiteral("ra-workstation"), applicationId, code, status, note);
            !recorded) {
            return recorded;
        }
    }
    return {};
}

domain::Result<QList<DcvAttempt>> DcvService::attempts(qint64 applicationId) {
    return m_workspace.dcvAttempts().forApplication(applicationId);
}

domain::Status DcvService::store(DcvAttempt& attempt, const QString& actor, const QString& eventType,
                                 const QJsonObject& details, const MpicRoundResult* round) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.dcvAttempts().save(attempt); !saved) {
            return saved;
        }
        if (round) {
            if (auto saved = m_workspace.validationEvidence().addRound(attempt.id, 0, *round, attempt.checkedAt);
                !saved) {
                return saved;
            }
        }
        QJsonObject all = details;
        all.insert(QStringLiteral("attempt"), attempt.id);
        all.insert(QStringLiteral("fqdn"), attempt.fqdn);
        all.insert(QStringLiteral("method"), domain::dcvMethodId(attempt.method));
        all.insert(QStringLiteral("citation"), domain::dcvMethodCitation(attempt.method));
        all.insert(QStringLiteral("status"), domain::dcvStatusId(attempt.status));
        return m_workspace.audit().appendEvent(actor, eventType, all, attempt.applicationId);
    });
}

domain::Result<DcvAttempt> DcvService::start(const domain::User& actor, qint64 applicationId, const QString& fqdn,
                                             domain::DcvMethod method, const QString& authorizationDomain,
                                             const QString& label) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = mayValidate(actor, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    const auto requested = requestedName(*application, fqdn);
    if (!requested) {
        return std::unexpected(requested.error());
    }
    const QString& name = *requested;
    if (method != domain::DcvMethod::DnsChange) { // the other methods come with the lab's web and mail servers
        return fail(QStringLiteral("dcv.method-not-built"),
                    QCoreApplication::translate("DcvService", "Only the DNS change method (%1) can be used so far.")
                        .arg(domain::dcvMethodCitation(domain::DcvMethod::DnsChange)));
    }
    const QString adn = authorizationDomain.isEmpty() ? name : authorizationDomain.toLower();
    if (auto checked = domain::Dcv::checkAuthorizationDomain(name, adn, label, m_workspace.publicSuffixList());
        !checked) {
        return std::unexpected(checked.error());
    }
    DcvAttempt attempt;
    attempt.applicationId = applicationId;
    attempt.fqdn = name;
    attempt.authorizationDomain = adn;
    attempt.label = label;
    attempt.method = method;
    attempt.random = {QString::fromLatin1(crypto::base32Encode(crypto::randomBytes(kRandomBytes))).toLower(),
                      m_workspace.clock().nowUtc()};
    attempt.createdBy = actor.username;
    if (auto stored = store(attempt, actor.username, event::DcvStarted,
                            {{QStringLiteral("authorization_domain"), adn},
                             {QStringLiteral("publish_at"), domain::Dcv::dnsChangeName(adn, label)},
                             {QStringLiteral("random_value"), attempt.random.value},
                             {QStringLiteral("expires_at"), iso(attempt.random.expiresAt())}});
        !stored) {
        return std::unexpected(stored.error());
    }
    return attempt;
}

domain::Result<ValidationRound> DcvService::prepareCheck(const domain::User& actor, qint64 attemptId) {
    auto attempt = m_workspace.dcvAttempts().byId(attemptId);
    if (!attempt) {
        return std::unexpected(attempt.error());
    }
    const auto application = m_workspace.applications().byId(attempt->applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto allowed = mayValidate(actor, *application); !allowed) {
        return std::unexpected(allowed.error());
    }
    if (attempt->status == DcvAttempt::Status::Passed || attempt->status == DcvAttempt::Status::Expired) {
        return fail(QStringLiteral("dcv.decided"),
                    QCoreApplication::translate("DcvService", "Attempt %1 is decided (%2); start a new attempt to "
                                                              "validate %3 again.")
                        .arg(attempt->id)
                        .arg(domain::dcvStatusId(attempt->status), attempt->fqdn));
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    const QString name = domain::Dcv::dnsChangeName(attempt->authorizationDomain, attempt->label);
    if (attempt->random.expiredAt(now)) {
        attempt->status = DcvAttempt::Status::Expired; // R-DCV-1: valid 30 days from creation
        attempt->checkedAt = now;
        attempt->observed.clear();
        if (auto stored = store(*attempt, actor.username, event::DcvChecked, {{QStringLiteral("name"), name}});
            !stored) {
            return std::unexpected(stored.error());
        }
        return fail(QStringLiteral("dcv.expired"),
                    QCoreApplication::translate("DcvService", "The random value expired on %1; start a new attempt.")
                        .arg(iso(attempt->random.expiresAt())));
    }
    ValidationRound round;
    round.applicationId = attempt->applicationId;
    round.fqdn = attempt->fqdn;
    round.attempt = *attempt;
    round.task.attemptId = attempt->id;
    round.task.kind = PerspectiveTask::Kind::Txt;
    round.task.name = name;
    round.settings = m_workspace.mpicSettings();
    round.day = now.date();
    return round;
}

MpicRoundResult DcvService::observe(const ValidationRound& round, const MpicRound::Progress& progress) {
    const domain::RandomValue random = round.attempt.random;
    // R-MPIC-1: a perspective corroborates only when it sees the same random value.
    return MpicRound::run(
        round.settings, round.task,
        [random](const PerspectiveReport& report) { return domain::Dcv::dnsChangeMatches(report.values, random); },
        round.day, progress);
}

domain::Result<DcvAttempt> DcvService::recordCheck(const domain::User& actor, const ValidationRound& round,
                                                   const MpicRoundResult& result) {
    // The attempt may have been decided elsewhere while the round ran: check again.
    auto prepared = prepareCheck(actor, round.attempt.id);
    if (!prepared) {
        return std::unexpected(prepared.error());
    }
    DcvAttempt attempt = prepared->attempt;
    attempt.checkedAt = m_workspace.clock().nowUtc();
    const PerspectiveReport& primary = result.primary;
    const bool primarySees = primary.answered && domain::Dcv::dnsChangeMatches(primary.values, attempt.random);
    attempt.observed = primary.answered ? primary.values.join(QStringLiteral(" | "))
                                        : QStringLiteral("lookup failed: ") + primary.detail;
    attempt.corroboration = result.decision.reason;
    attempt.status =
        primarySees && result.decision.corroborated ? DcvAttempt::Status::Passed : DcvAttempt::Status::Failed;
    if (auto stored =
            store(attempt, actor.username, event::DcvChecked,
                  {{QStringLiteral("name"), round.task.name}, {QStringLiteral("mpic"), result.toJson()}}, &result);
        !stored) {
        return std::unexpected(stored.error());
    }
    return attempt;
}

domain::Result<DcvAttempt> DcvService::check(const domain::User& actor, qint64 attemptId,
                                             const MpicRound::Progress& progress) {
    const auto round = prepareCheck(actor, attemptId);
    if (!round) {
        return std::unexpected(round.error());
    }
    return recordCheck(actor, *round, observe(*round, progress));
}

domain::Result<QList<StoredObservation>> DcvService::observations(qint64 attemptId) {
    return m_workspace.validationEvidence().forAttempt(attemptId);
}

} // namespace ra::app
