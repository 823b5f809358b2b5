// SPDX-License-Identifier: Apache-2.0
// ra-cli org … and rds …: organization verification (R-ORG-1..4) and the Reliable Data Sources.
#include "app/JsonViews.h"
#include "app/OrganizationService.h"
#include "app/cli/Cli.h"
#include "domain/DatedRules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ra::app {

namespace {
QJsonObject evidenceJson(const domain::Evidence& evidence, const QDateTime& now) {
    const int limit = domain::DatedRules::on(now.date()).organizationReuseDays;
    QJsonObject json = toJson(evidence);
    json.insert(QStringLiteral("age_days"), evidence.ageInDays(now));
    json.insert(QStringLiteral("usable_until"), evidence.obtainedAt.addDays(limit).toUTC().toString(Qt::ISODate));
    return json;
}

// Evidence an officer entered (ra-cli org record), as the JSON file states it.
std::optional<domain::Evidence> enteredEvidence(const QJsonObject& json, qint64 applicationId) {
    const auto kind = domain::evidenceSourceFromId(json.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return std::nullopt;
    }
    domain::Evidence evidence;
    evidence.applicationId = applicationId;
    evidence.source = *kind;
    evidence.dataSourceId = json.value(QStringLiteral("data_source_id")).toInteger();
    evidence.reference = json.value(QStringLiteral("reference")).toString();
    // With its offset or Z: a bare local time would mean the time zone of whichever host ran ra-cli.
    evidence.obtainedAt = QDateTime::fromString(json.value(QStringLiteral("obtained_at")).toString(), Qt::ISODate);
    if (evidence.obtainedAt.timeSpec() == Qt::LocalTime) {
        evidence.obtainedAt = {};
    }
    evidence.confirms = domain::EvidenceConfirms::fromId(json.value(QStringLiteral("confirms")).toString());
    const QJsonObject verified = json.value(QStringLiteral("verified")).toObject();
    evidence.verified = {verified.value(QStringLiteral("legal_name")).toString(),
                         verified.value(QStringLiteral("state_or_province")).toString(),
                         verified.value(QStringLiteral("locality")).toString(),
                         verified.value(QStringLiteral("street_address")).toString(),
                         verified.value(QStringLiteral("country")).toString(),
                         verified.value(QStringLiteral("tradename")).toString()};
    for (const QJsonValue& id : json.value(QStringLiteral("documents")).toArray()) {
        evidence.documentIds << id.toInteger();
    }
    evidence.note = json.value(QStringLiteral("note")).toString();
    return evidence;
}

} // namespace

int Cli::organization(const QStringList& args) {
    const QString sub = args.value(1);
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    if (!idOk ||
        !((sub == QLatin1String("lookup") && args.size() == 4) ||
          (sub == QLatin1String("record") && args.size() == 4) || (sub == QLatin1String("reuse") && args.size() == 4) ||
          (sub == QLatin1String("search") && args.size() == 4) ||
          (sub == QLatin1String("evidence") && args.size() == 3))) {
        return usage(QCoreApplication::translate(
            "ra-cli",
            "Usage: ra-cli org search APPLICATION NAME --as OFFICER | org lookup APPLICATION CORPORATE_NUMBER "
            "--as OFFICER | org reuse APPLICATION "
            "CORPORATE_NUMBER --as OFFICER | org record APPLICATION "
            "EVIDENCE.json --as OFFICER (EVIDENCE.json: kind (government-agency, reliable-data-source, "
            "site-visit, attestation-letter, identification-document), data_source_id, reference, "
            "obtained_at, confirms (name+address+country+tradename), verified {legal_name, "
            "state_or_province, locality, street_address, country, tradename}, documents [ids], note; - "
            "reads stdin) | org evidence APPLICATION"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    OrganizationService service(*m_workspace);
    const QDateTime now = m_workspace->clock().nowUtc();
    if (sub == QLatin1String("evidence")) {
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("org evidence"), id)) {
            return Failure;
        }
        const auto evidence = service.evidence(id);
        if (!evidence) {
            return fail(evidence.error());
        }
        QJsonArray json;
        QString text;
        for (const domain::Evidence& item : *evidence) {
            json.append(evidenceJson(item, now));
            text += QStringLiteral("#%1  %2  %3  %4  %5\n")
                        .arg(item.id)
                        .arg(item.obtainedAt.toString(Qt::ISODate), item.corporateNumber, item.confirms.id(),
                             item.dataSourceName);
        }
        print(json, text.trimmed());
        return Ok;
    }
    if (sub == QLatin1String("record")) {
        const auto json = readJsonObject(args.at(3));
        if (!json) {
            return Failure;
        }
        const auto entered = enteredEvidence(*json, id);
        if (!entered) {
            return usage(QCoreApplication::translate("ra-cli",
                                                     "kind is government-agency, reliable-data-source, site-visit, "
                                                     "attestation-letter or identification-document."));
        }
        const auto actor = authenticate(true);
        if (!actor) {
            return Failure;
        }
        const auto recorded = service.recordEvidence(*actor, *entered);
        if (!recorded) {
            return fail(recorded.error());
        }
        print(evidenceJson(*recorded, now),
              QCoreApplication::translate("ra-cli", "Evidence #%1 recorded: %2 %3, confirms %4")
                  .arg(recorded->id)
                  .arg(domain::evidenceSourceDisplayName(recorded->source), recorded->reference,
                       recorded->confirms.id()));
        return Ok;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    if (sub == QLatin1String("search")) {
        const auto found = service.searchByName(*actor, id, args.at(3));
        if (!found) {
            return fail(found.error());
        }
        QJsonArray json;
        QString text;
        for (const domain::CorporateRecord& record : *found) {
            json.append(toJson(record));
            text += QStringLiteral("%1  %2  %3%4%5%6\n")
                        .arg(record.corporateNumber, record.name, record.prefectureName, record.cityName,
                             record.streetNumber,
                             record.closed() ? QCoreApplication::translate("ra-cli", "  (closed)") : QString());
        }
        print(json, found->isEmpty() ? QCoreApplication::translate("ra-cli", "The registry has no corporation of "
                                                                             "that name.")
                                     : text.trimmed());
        return found->isEmpty() ? ProblemsFound : Ok;
    }
    const auto lookup = sub == QLatin1String("reuse") ? service.reuseAnswer(*actor, id, args.at(3))
                                                      : service.lookUpByNumber(*actor, id, args.at(3));
    if (!lookup) {
        return fail(lookup.error());
    }
    QJsonObject json = evidenceJson(lookup->evidence, now);
    QJsonArray fields;
    QString text = QCoreApplication::translate("ra-cli", "Evidence #%1 recorded: %2 (%3), confirms %4\n")
                       .arg(lookup->evidence.id)
                       .arg(lookup->record.name, lookup->evidence.corporateNumber, lookup->evidence.confirms.id());
    for (const domain::FieldComparison& field : lookup->comparison.fields) {
        fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                  {QStringLiteral("claimed"), field.claimed},
                                  {QStringLiteral("registry"), field.registry},
                                  {QStringLiteral("same"), field.same}});
        text += QStringLiteral("  %1 %2: %3 | %4\n")
                    .arg(field.same ? QStringLiteral("=") : QStringLiteral("≠"), field.title(), field.claimed,
                         field.registry);
    }
    json.insert(QStringLiteral("fields"), fields);
    json.insert(QStringLiteral("problems"), QJsonArray::fromStringList(lookup->comparison.problems));
    print(json, (text + lookup->comparison.problems.join(QLatin1Char('\n'))).trimmed());
    const domain::EvidenceConfirms& confirms = lookup->evidence.confirms;
    return confirms.name && confirms.address && confirms.country ? Ok : ProblemsFound;
}

int Cli::dataSource(const QStringList& args) {
    const QString sub = args.value(1);
    if (!((sub == QLatin1String("list") && args.size() == 2) || (sub == QLatin1String("approve") && args.size() == 3) ||
          (sub == QLatin1String("withdraw") && args.size() == 3))) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli rds list | rds approve EVALUATION.json --as "
                                                           "ADMINISTRATOR | rds withdraw ID --as ADMINISTRATOR"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    OrganizationService service(*m_workspace);
    if (sub == QLatin1String("list")) {
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("rds list"))) {
            return Failure;
        }
        const auto sources = service.sources();
        if (!sources) {
            return fail(sources.error());
        }
        QJsonArray json;
        QString text;
        for (const domain::ReliableDataSource& source : *sources) {
            json.append(toJson(source));
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(source.id)
                        .arg(source.citable()
                                 ? QCoreApplication::translate("ra-cli", "approved by %1").arg(source.approvedBy)
                                 : QCoreApplication::translate("ra-cli", "withdrawn by %1").arg(source.withdrawnBy),
                             domain::ReliableDataSource::kindId(source.kind), source.name);
        }
        print(json, text.trimmed());
        return Ok;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    if (sub == QLatin1String("withdraw")) {
        bool idOk = false;
        const qint64 id = args.at(2).toLongLong(&idOk);
        if (!idOk) {
            return usage(QCoreApplication::translate("ra-cli", "Not a data source id: %1").arg(args.at(2)));
        }
        if (auto withdrawn = service.withdrawSource(*actor, id); !withdrawn) {
            return fail(withdrawn.error());
        }
        print(QJsonObject{{QStringLiteral("withdrawn"), id}},
              QCoreApplication::translate("ra-cli", "Data source %1 withdrawn: it can no longer be cited.").arg(id));
        return Ok;
    }
    const auto read = readJsonObject(args.at(2));
    if (!read) {
        return Failure;
    }
    const QJsonObject& json = *read;
    domain::ReliableDataSource source;
    source.name = json.value(QStringLiteral("name")).toString();
    source.kind = json.value(QStringLiteral("kind")).toString() == QLatin1String("nta-corporate-number")
                      ? domain::ReliableDataSource::Kind::NtaCorporateNumber
                      : domain::ReliableDataSource::Kind::Other;
    source.provider = json.value(QStringLiteral("provider")).toString();
    source.url = json.value(QStringLiteral("url")).toString();
    source.purpose = json.value(QStringLiteral("purpose")).toString();
    source.dataAge = json.value(QStringLiteral("data_age")).toString();
    source.updateFrequency = json.value(QStringLiteral("update_frequency")).toString();
    source.publicAccessibility = json.value(QStringLiteral("public_accessibility")).toString();
    source.falsificationDifficulty = json.value(QStringLiteral("falsification_difficulty")).toString();
    const auto approved = service.approveSource(*actor, source);
    if (!approved) {
        return fail(approved.error());
    }
    print(toJson(*approved),
          QCoreApplication::translate("ra-cli", "Data source %1 approved: %2").arg(approved->id).arg(approved->name));
    return Ok;
}

} // namespace ra::app
