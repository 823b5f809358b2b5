// SPDX-License-Identifier: Apache-2.0
#include "app/OrganizationService.h"

#include "app/JsonViews.h"
#include "app/RecordedDecision.h"
#include "app/Workspace.h"
#include "crypto/Digest.h"
#include "domain/AuditEntry.h"
#include "domain/CorporateNumber.h"
#include "domain/DatedRules.h"
#include "domain/SeparationOfDuties.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace ra::app {

using domain::fail;
using domain::Result;

namespace {
int reuseLimitDays(const QDateTime& now) {
    return domain::DatedRules::on(now.date()).organizationReuseDays; // R-DOC-2
}
} // namespace

Result<CorporateNumberAnswer> OrganizationService::askRegistry(const CorporateNumberApiSettings& settings,
                                                               const QString& corporateNumber, const QDateTime& now) {
    const auto number = domain::CorporateNumber::parse(corporateNumber);
    if (!number) {
        return std::unexpected(number.error());
    }
    return CorporateNumberApi(settings).byNumber(*number, now);
}

namespace {
constexpr qsizetype kMaxSearchNameChars = 150; // the Web-API's limit for name
}

Result<CorporateNumberAnswer> OrganizationService::askRegistryByName(const CorporateNumberApiSettings& settings,
                                                                     const QString& name, const QDateTime& now) {
    const QString searched = name.simplified();
    if (searched.isEmpty() || searched.size() > kMaxSearchNameChars) {
        return fail(
            QStringLiteral("registry.search-name"),
            QCoreApplication::translate("OrganizationService", "Type the name to search for, at most %1 characters.")
                .arg(kMaxSearchNameChars));
    }
    return CorporateNumberApi(settings).byName(searched, now);
}

Result<QList<domain::CorporateRecord>> OrganizationService::noteSearch(const domain::User& actor, qint64 applicationId,
                                                                       const QString& name,
                                                                       const Result<CorporateNumberAnswer>& answer) {
    const QString searched = name.simplified().left(kMaxSearchNameChars);
    if (auto allowed = mayRecord(actor, applicationId); !allowed) {
        return std::unexpected(refuse(actor, applicationId, domain::audit_event::RegistrySearchFailed,
                                      {{QStringLiteral("name"), searched}}, allowed.error())
                                   .error());
    }
    if (!answer) {
        return std::unexpected(refuse(actor, applicationId, domain::audit_event::RegistrySearchFailed,
                                      {{QStringLiteral("name"), searched}}, answer.error())
                                   .error());
    }
    QJsonArray numbers;
    for (const domain::CorporateRecord& record : answer->records) {
        if (numbers.size() < 50) {
            numbers.append(record.corporateNumber);
        }
    }
    // A search is not evidence, but who looked for whom stays traceable.
    if (auto audited = m_workspace.record(actor.username, domain::audit_event::RegistrySearched,
                                          {{QStringLiteral("name"), searched},
                                           {QStringLiteral("reference"), answer->reference.toString()},
                                           {QStringLiteral("hits"), answer->records.size()},
                                           {QStringLiteral("corporate_numbers"), numbers},
                                           {QStringLiteral("truncated"), answer->records.size() > numbers.size()}},
                                          applicationId);
        !audited) {
        return std::unexpected(audited.error());
    }
    return answer->records;
}

Result<QList<domain::CorporateRecord>> OrganizationService::searchByName(const domain::User& actor,
                                                                         qint64 applicationId, const QString& name) {
    if (auto allowed = mayRecord(actor, applicationId); !allowed) {
        return std::unexpected(refuse(actor, applicationId, domain::audit_event::RegistrySearchFailed,
                                      {{QStringLiteral("name"), name.simplified().left(kMaxSearchNameChars)}},
                                      allowed.error())
                                   .error());
    }
    return noteSearch(actor, applicationId, name,
                      askRegistryByName(m_workspace.corporateNumberApiSettings(), name, m_workspace.clock().nowUtc()));
}

domain::Status OrganizationService::mayRecord(const domain::User& actor, qint64 applicationId) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    return domain::SeparationOfDuties::mayRecordEvidence(actor, *application);
}

domain::Status OrganizationService::refuse(const domain::User& actor, qint64 applicationId,
                                           const QString& corporateNumber, const domain::Error& error) {
    return refuse(actor, applicationId, domain::audit_event::RegistryLookupFailed,
                  {{QStringLiteral("corporate_number"), corporateNumber.left(40)}}, error);
}

domain::Status OrganizationService::refuse(const domain::User& actor, qint64 applicationId, const QString& eventType,
                                           QJsonObject asked, const domain::Error& error) {
    // The refusal is audited on its own; what went wrong is the error the caller gets.
    asked.insert(QStringLiteral("code"), error.code);
    asked.insert(QStringLiteral("detail"), error.detail.left(500));
    (void)m_workspace.record(actor.username, eventType, asked, applicationId);
    return std::unexpected(error);
}

Result<RegistryLookup> OrganizationService::lookUpByNumber(const domain::User& actor, qint64 applicationId,
                                                           const QString& corporateNumber) {
    if (auto allowed = mayRecord(actor, applicationId); !allowed) {
        return std::unexpected(refuse(actor, applicationId, corporateNumber, allowed.error()).error());
    }
    return record(actor, applicationId, corporateNumber,
                  askRegistry(m_workspace.corporateNumberApiSettings(), corporateNumber, m_workspace.clock().nowUtc()));
}

Result<RegistryLookup> OrganizationService::record(const domain::User& actor, qint64 applicationId,
                                                   const QString& corporateNumber,
                                                   const Result<CorporateNumberAnswer>& answer,
                                                   const domain::Evidence* reusedFrom) {
    const auto refused = [&](const domain::Error& error) -> Result<RegistryLookup> {
        return std::unexpected(refuse(actor, applicationId, corporateNumber, error).error());
    };
    if (auto allowed = mayRecord(actor, applicationId); !allowed) {
        return refused(allowed.error());
    }
    const auto number = domain::CorporateNumber::parse(corporateNumber);
    if (!number) {
        return refused(number.error());
    }
    // R-ORG-4: the registry must be an approved, not withdrawn, Reliable Data Source.
    const auto sources = m_workspace.organizationEvidence().sources();
    if (!sources) {
        return refused(sources.error());
    }
    const domain::ReliableDataSource* source = nullptr;
    for (const domain::ReliableDataSource& candidate : *sources) {
        if (candidate.kind == domain::ReliableDataSource::Kind::NtaCorporateNumber && candidate.citable()) {
            source = &candidate;
        }
    }
    if (!source) {
        return refused(
            fail(QStringLiteral("rds.not-approved"),
                 QCoreApplication::translate(
                     "OrganizationService", "The corporate-number registry is not an approved Reliable Data Source: an "
                                            "administrator must evaluate and approve it first (CP 3.2.2.7)."))
                .error());
    }
    if (!answer) {
        return refused(answer.error());
    }
    if (answer->records.isEmpty()) {
        return refused(fail(QStringLiteral("registry.not-found"),
                            QCoreApplication::translate("OrganizationService",
                                                        "The registry has no corporation with the number %1.")
                                .arg(*number))
                           .error());
    }
    if (answer->records.size() > 1) {
        return refused(fail(QStringLiteral("registry.ambiguous"),
                            QCoreApplication::translate(
                                "OrganizationService",
                                "The registry answered with %1 corporations for one number; nothing was recorded.")
                                .arg(answer->records.size()))
                           .error());
    }
    const domain::CorporateRecord& corporation = answer->records.front();
    if (corporation.corporateNumber != *number) {
        return refused(fail(QStringLiteral("registry.other-number"),
                            QCoreApplication::translate(
                                "OrganizationService",
                                "The registry answered about another corporation (%1); nothing was recorded.")
                                .arg(corporation.corporateNumber.left(20)))
                           .error());
    }
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return refused(application.error());
    }

    RegistryLookup lookup;
    lookup.record = corporation;
    lookup.comparison = domain::OrganizationVerification::compare(application->organization, corporation);
    domain::Evidence& evidence = lookup.evidence;
    evidence.applicationId = applicationId;
    evidence.source = domain::EvidenceSource::ReliableDataSource;
    evidence.dataSourceId = source->id;
    evidence.dataSourceName = source->name;
    evidence.confirms = lookup.comparison.confirms;
    evidence.verified = lookup.comparison.verified;
    evidence.corporateNumber = *number;
    evidence.reference = answer->reference.toString(); // never holds the application ID
    evidence.responseSha256 = crypto::sha256Hex(answer->body);
    evidence.obtainedAt = answer->receivedAt;
    evidence.recordedBy = actor.username;
    evidence.recordedAt = m_workspace.clock().nowUtc();
    evidence.note = lookup.comparison.problems.join(QLatin1Char('\n'));
    if (reusedFrom) {
        evidence.note.prepend(QCoreApplication::translate(
                                  "OrganizationService", "Reused: the answer kept as evidence #%1 for application #%2, "
                                                         "compared again with this application's claims.\n")
                                  .arg(reusedFrom->id)
                                  .arg(reusedFrom->applicationId));
    }

    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        // Again inside the transaction: another workstation may have submitted it meanwhile.
        const auto current = m_workspace.applications().byId(applicationId);
        if (!current) {
            return std::unexpected(current.error());
        }
        if (auto allowed = domain::SeparationOfDuties::mayRecordEvidence(actor, *current); !allowed) {
            return allowed;
        }
        if (auto added = m_workspace.organizationEvidence().add(evidence, answer->body); !added) {
            return added;
        }
        QJsonArray differences;
        for (const domain::FieldComparison& field : lookup.comparison.fields) {
            if (!field.same) {
                differences.append(field.field);
            }
        }
        if (auto logged =
                m_workspace.audit().appendEvent(actor.username, domain::audit_event::EvidenceRecorded,
                                                {{QStringLiteral("evidence_id"), evidence.id},
                                                 {QStringLiteral("source"), source->name},
                                                 {QStringLiteral("corporate_number"), evidence.corporateNumber},
                                                 {QStringLiteral("reference"), evidence.reference},
                                                 {QStringLiteral("response_sha256"), evidence.responseSha256},
                                                 {QStringLiteral("confirms"), evidence.confirms.id()},
                                                 {QStringLiteral("differences"), differences},
                                                 {QStringLiteral("reused_from"), reusedFrom ? reusedFrom->id : 0}},
                                                applicationId);
            !logged) {
            return logged;
        }
        return decideWhileInReview(m_workspace, applicationId,
                                   [&](domain::Application& decided) { return decideIn(actor.username, decided); });
    });
    if (!stored) {
        return refused(stored.error());
    }
    return lookup;
}

Result<domain::Evidence> OrganizationService::recordEvidence(const domain::User& actor, domain::Evidence entered) {
    const QDateTime now = m_workspace.clock().nowUtc();
    entered.id = 0;
    entered.recordedBy = actor.username;
    entered.recordedAt = now;
    entered.dataSourceName.clear();
    entered.obtainedAt = entered.obtainedAt.toUTC(); // judged and stored in one time zone
    const QJsonValue documents = toJson(entered).value(QStringLiteral("documents"));
    // What was typed, kept in the audit even when refused (values longer than 200 are refused).
    domain::VerifiedOrganization tried = entered.verified;
    for (QString* value : {&tried.legalName, &tried.stateOrProvince, &tried.locality, &tried.streetAddress,
                           &tried.country, &tried.tradename}) {
        value->truncate(200);
    }
    const QJsonObject stated = toJson(tried);
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto application = m_workspace.applications().byId(entered.applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        if (auto allowed = domain::SeparationOfDuties::mayRecordEvidence(actor, *application); !allowed) {
            return allowed;
        }
        // R-ORG-4: another Reliable Data Source is cited only while approved. The registry the tool
        // looks up itself is not cited by hand; and whatever is typed, a registry answer that says
        // the corporation is closed or named otherwise still decides (OrganizationVerification).
        if (entered.source == domain::EvidenceSource::ReliableDataSource) {
            const auto source = m_workspace.organizationEvidence().source(entered.dataSourceId);
            if (!source || !source->citable() || source->kind != domain::ReliableDataSource::Kind::Other) {
                return fail(QStringLiteral("rds.not-approved"),
                            QCoreApplication::translate("OrganizationService",
                                                        "Data source #%1 cannot be cited here: it is not an approved "
                                                        "Reliable Data Source, or it is the registry the workstation "
                                                        "looks up itself.")
                                .arg(entered.dataSourceId));
            }
            entered.dataSourceName = source->name;
        } else {
            entered.dataSourceId = 0;
        }
        const auto inspections = m_workspace.documents().inspections(entered.applicationId);
        if (!inspections) {
            return std::unexpected(inspections.error());
        }
        if (auto valid = domain::OrganizationVerification::validateEntered(entered, *application, *inspections, now,
                                                                           reuseLimitDays(now));
            !valid) {
            return valid;
        }
        if (auto added = m_workspace.organizationEvidence().add(entered, {}); !added) {
            return added;
        }
        if (auto logged = m_workspace.audit().appendEvent(
                actor.username, domain::audit_event::EvidenceRecorded,
                {{QStringLiteral("evidence_id"), entered.id},
                 {QStringLiteral("kind"), domain::evidenceSourceId(entered.source)},
                 {QStringLiteral("source"), entered.dataSourceName},
                 {QStringLiteral("reference"), entered.reference},
                 {QStringLiteral("obtained_at"), entered.obtainedAt.toString(Qt::ISODate)},
                 {QStringLiteral("confirms"), entered.confirms.id()},
                 {QStringLiteral("documents"), documents},
                 {QStringLiteral("stated"), stated},
                 {QStringLiteral("note"), entered.note}},
                entered.applicationId);
            !logged) {
            return logged;
        }
        return decideWhileInReview(m_workspace, entered.applicationId,
                                   [&](domain::Application& current) { return decideIn(actor.username, current); });
    });
    if (!stored) {
        (void)m_workspace.record(actor.username, domain::audit_event::EvidenceRefused,
                                 {{QStringLiteral("kind"), domain::evidenceSourceId(entered.source)},
                                  {QStringLiteral("reference"), entered.reference.left(500)},
                                  {QStringLiteral("obtained_at"), entered.obtainedAt.toString(Qt::ISODate)},
                                  {QStringLiteral("confirms"), entered.confirms.id()},
                                  {QStringLiteral("documents"), documents},
                                  {QStringLiteral("stated"), stated},
                                  {QStringLiteral("code"), stored.error().code},
                                  {QStringLiteral("detail"), stored.error().userMessage.left(500)}},
                                 entered.applicationId);
        return std::unexpected(stored.error());
    }
    return entered;
}

std::optional<domain::Evidence> OrganizationService::reusableAnswer(qint64 applicationId,
                                                                    const QString& corporateNumber) {
    const auto number = domain::CorporateNumber::parse(corporateNumber);
    if (!number) {
        return std::nullopt;
    }
    const auto answers = m_workspace.organizationEvidence().forCorporateNumber(*number);
    const QDateTime now = m_workspace.clock().nowUtc();
    const domain::Evidence* reusable =
        answers ? domain::OrganizationVerification::reusableAnswer(*answers, applicationId, now, reuseLimitDays(now))
                : nullptr;
    return reusable ? std::optional<domain::Evidence>(*reusable) : std::nullopt;
}

Result<RegistryLookup> OrganizationService::reuseAnswer(const domain::User& actor, qint64 applicationId,
                                                        const QString& corporateNumber) {
    const std::optional<domain::Evidence> earlier = reusableAnswer(applicationId, corporateNumber);
    if (!earlier) {
        return std::unexpected(
            refuse(actor, applicationId, corporateNumber,
                   fail(QStringLiteral("evidence.not-reusable"),
                        QCoreApplication::translate("OrganizationService",
                                                    "No earlier registry answer about this corporation may be reused "
                                                    "today: look it up in the registry."))
                       .error())
                .error());
    }
    // The kept bytes, parsed and compared again with this application's claims; the answer keeps
    // its own date, so its age counts from when the registry gave it (R-DOC-2).
    const auto body = m_workspace.organizationEvidence().response(earlier->id);
    Result<CorporateNumberAnswer> answer =
        body ? CorporateNumberApi::parse(*body) : Result<CorporateNumberAnswer>(std::unexpected(body.error()));
    if (answer) {
        answer->receivedAt = earlier->obtainedAt;
        answer->reference = QUrl(earlier->reference);
    }
    return record(actor, applicationId, corporateNumber, answer, &*earlier);
}

Result<QList<domain::Evidence>> OrganizationService::evidence(qint64 applicationId) {
    return m_workspace.organizationEvidence().forApplication(applicationId);
}

std::optional<RegistryLookup> OrganizationService::latestRegistryLookup(qint64 applicationId) {
    const auto all = evidence(applicationId);
    const auto application = m_workspace.applications().byId(applicationId);
    if (!all || !application) {
        return std::nullopt;
    }
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->responseSha256.isEmpty()) {
            continue;
        }
        const auto body = m_workspace.organizationEvidence().response(it->id);
        if (!body) {
            return std::nullopt;
        }
        const auto answer = CorporateNumberApi::parse(*body);
        if (!answer || answer->records.size() != 1) {
            return std::nullopt;
        }
        RegistryLookup lookup;
        lookup.record = answer->records.front();
        lookup.comparison = domain::OrganizationVerification::compare(application->organization, lookup.record);
        lookup.evidence = *it;
        return lookup;
    }
    return std::nullopt;
}

domain::Status OrganizationService::decideIn(const QString& actor, domain::Application& application) {
    const auto evidence = m_workspace.organizationEvidence().forApplication(application.id);
    if (!evidence) {
        return std::unexpected(evidence.error());
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    for (const domain::EvidenceDecision& decision :
         domain::OrganizationVerification::decide(*evidence, now, reuseLimitDays(now))) {
        if (auto stored = storeDecision(m_workspace, actor, application, decision, QStringLiteral("evidence_id"));
            !stored) {
            return stored;
        }
    }
    return {};
}

domain::Status OrganizationService::decideChecks(const QString& actor, qint64 applicationId) {
    return m_workspace.database().transaction([&]() -> domain::Status {
        return decideWhileInReview(m_workspace, applicationId,
                                   [&](domain::Application& application) { return decideIn(actor, application); });
    });
}

std::optional<domain::Evidence> OrganizationService::subjectEvidence(qint64 applicationId) {
    const auto evidence = m_workspace.organizationEvidence().forApplication(applicationId);
    if (!evidence) {
        return std::nullopt;
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    const domain::Evidence* source =
        domain::OrganizationVerification::subjectSource(*evidence, now, reuseLimitDays(now));
    return source ? std::optional<domain::Evidence>(*source) : std::nullopt;
}

Result<domain::ReliableDataSource> OrganizationService::approveSource(const domain::User& administrator,
                                                                      domain::ReliableDataSource source) {
    const domain::Status allowed = [&]() -> domain::Status {
        if (administrator.disabled || !administrator.can(domain::Permission::ManageDataSources)) {
            return fail(
                QStringLiteral("role.not-allowed"),
                QCoreApplication::translate("OrganizationService",
                                            "Only an administrator evaluates and approves Reliable Data Sources."));
        }
        for (const QString* criterion :
             {&source.name, &source.provider, &source.purpose, &source.dataAge, &source.updateFrequency,
              &source.publicAccessibility, &source.falsificationDifficulty}) {
            if (criterion->trimmed().isEmpty() || criterion->size() > 2000) {
                return fail(QStringLiteral("rds.evaluation-incomplete"),
                            QCoreApplication::translate(
                                "OrganizationService",
                                "Every criterion of CP 3.2.2.7 must be evaluated: name, provider and purpose, age of "
                                "the data, update frequency, public accessibility, difficulty of falsification."));
            }
        }
        return {};
    }();
    if (!allowed) {
        (void)m_workspace.record(administrator.username, domain::audit_event::ActionRefused,
                                 {{QStringLiteral("action"), QStringLiteral("rds.approve")},
                                  {QStringLiteral("name"), source.name.left(200)},
                                  {QStringLiteral("code"), allowed.error().code}});
        return std::unexpected(allowed.error());
    }
    source.approvedBy = administrator.username;
    source.approvedAt = m_workspace.clock().nowUtc();
    source.withdrawnBy.clear();
    source.withdrawnAt = {};
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        if (auto added = m_workspace.organizationEvidence().addSource(source); !added) {
            return added;
        }
        return m_workspace.audit().appendEvent(administrator.username, domain::audit_event::DataSourceApproved,
                                               toJson(source));
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return source;
}

domain::Status OrganizationService::withdrawSource(const domain::User& administrator, qint64 sourceId) {
    if (administrator.disabled || !administrator.can(domain::Permission::ManageDataSources)) {
        (void)m_workspace.record(
            administrator.username, domain::audit_event::ActionRefused,
            {{QStringLiteral("action"), QStringLiteral("rds.withdraw")}, {QStringLiteral("source_id"), sourceId}});
        return fail(QStringLiteral("role.not-allowed"),
                    QCoreApplication::translate("OrganizationService",
                                                "Only an administrator evaluates and approves Reliable Data Sources."));
    }
    return m_workspace.database().transaction([&]() -> domain::Status {
        if (auto withdrawn = m_workspace.organizationEvidence().withdrawSource(sourceId, administrator.username,
                                                                               m_workspace.clock().nowUtc());
            !withdrawn) {
            return withdrawn;
        }
        return m_workspace.audit().appendEvent(administrator.username, domain::audit_event::DataSourceWithdrawn,
                                               {{QStringLiteral("source_id"), sourceId}});
    });
}

Result<QList<domain::ReliableDataSource>> OrganizationService::sources() {
    return m_workspace.organizationEvidence().sources();
}

domain::ReliableDataSource OrganizationService::ntaRegistryEvaluation(const QString& url) {
    domain::ReliableDataSource source;
    source.name = QStringLiteral("NTA Corporate Number Publication Site (Web-API v4)");
    source.kind = domain::ReliableDataSource::Kind::NtaCorporateNumber;
    source.provider = QStringLiteral("National Tax Agency of Japan (国税庁)");
    source.url = url;
    source.purpose = QStringLiteral("Publishes the name, address and status of every corporation registered in Japan "
                                    "under the Corporate Number Act; collected for identification, not for sale.");
    source.dataAge = QStringLiteral("Changes registered at the Legal Affairs Bureau appear within days; each record "
                                    "carries its update and change dates.");
    source.updateFrequency = QStringLiteral("Updated every business day.");
    source.publicAccessibility = QStringLiteral("Public: anyone may search the site or use the API with an "
                                                "application ID.");
    source.falsificationDifficulty = QStringLiteral("Maintained by a government agency from the commercial "
                                                    "register; an applicant cannot change it.");
    return source;
}

} // namespace ra::app
