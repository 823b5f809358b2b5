// SPDX-License-Identifier: Apache-2.0
#include "app/JsonViews.h"

#include <QJsonArray>

namespace ra::app {

namespace {
QString isoTime(const QDateTime& time) {
    return time.isValid() ? domain::AuditEntry::formatTime(time) : QString();
}
} // namespace

QJsonObject toJson(const domain::CsrSummary& csr) {
    QJsonArray subject;
    for (const auto& [name, value] : csr.subject) {
        subject.append(QJsonArray{name, value});
    }
    return QJsonObject{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("dns_names"), QJsonArray::fromStringList(csr.dnsNames)},
        {QStringLiteral("other_names"), QJsonArray::fromStringList(csr.otherNames)},
        {QStringLiteral("key_type"), csr.keyType},
        {QStringLiteral("key_bits"), csr.keyBits},
        {QStringLiteral("curve"), csr.curve},
        {QStringLiteral("signature_algorithm"), csr.signatureAlgorithm},
        {QStringLiteral("signature_valid"), csr.signatureValid},
        {QStringLiteral("public_key_sha256"), csr.publicKeySha256},
        {QStringLiteral("public_key_der"), QString::fromLatin1(csr.publicKeyDer.toBase64())},
    };
}

domain::CsrSummary csrSummaryFromJson(const QJsonObject& object) {
    domain::CsrSummary csr;
    for (const QJsonValue& pair : object.value(QStringLiteral("subject")).toArray()) {
        csr.subject.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    }
    for (const QJsonValue& name : object.value(QStringLiteral("dns_names")).toArray()) {
        csr.dnsNames << name.toString();
    }
    for (const QJsonValue& name : object.value(QStringLiteral("other_names")).toArray()) {
        csr.otherNames << name.toString();
    }
    csr.keyType = object.value(QStringLiteral("key_type")).toString();
    csr.keyBits = object.value(QStringLiteral("key_bits")).toInt();
    csr.curve = object.value(QStringLiteral("curve")).toString();
    csr.signatureAlgorithm = object.value(QStringLiteral("signature_algorithm")).toString();
    csr.signatureValid = object.value(QStringLiteral("signature_valid")).toBool();
    csr.publicKeySha256 = object.value(QStringLiteral("public_key_sha256")).toString();
    csr.publicKeyDer = QByteArray::fromBase64(object.value(QStringLiteral("public_key_der")).toString().toLatin1());
    return csr;
}

QJsonObject toJson(const domain::CheckResult& result) {
    return QJsonObject{{QStringLiteral("id"), result.id},
                       {QStringLiteral("requirement"), result.requirementId},
                       {QStringLiteral("citation"), result.citation},
                       {QStringLiteral("status"), domain::checkStatusId(result.status)},
                       {QStringLiteral("message"), result.message}};
}

namespace {
domain::CheckResult checkResultFromJson(const QJsonObject& object) {
    return {object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("requirement")).toString(),
            object.value(QStringLiteral("citation")).toString(),
            domain::checkStatusFromId(object.value(QStringLiteral("status")).toString()),
            object.value(QStringLiteral("message")).toString()};
}

QJsonArray resultsToJson(const QList<domain::CheckResult>& results) {
    QJsonArray array;
    for (const domain::CheckResult& result : results) {
        array.append(toJson(result));
    }
    return array;
}

QList<domain::CheckResult> resultsFromJson(const QJsonArray& array) {
    QList<domain::CheckResult> results;
    for (const QJsonValue& value : array) {
        results << checkResultFromJson(value.toObject());
    }
    return results;
}
} // namespace

QJsonObject toJson(const domain::CsrCheckReport& report) {
    QJsonArray names;
    for (const domain::NameCheck& name : report.names) {
        names.append(QJsonObject{{QStringLiteral("requested"), name.requested},
                                 {QStringLiteral("ascii"), name.ascii},
                                 {QStringLiteral("registrable_domain"), name.registrableDomain},
                                 {QStringLiteral("ok"), name.ok()},
                                 {QStringLiteral("checks"), resultsToJson(name.results)}});
    }
    return QJsonObject{{QStringLiteral("ok"), report.allPassed()},
                       {QStringLiteral("key"), resultsToJson(report.key)},
                       {QStringLiteral("names"), names}};
}

domain::CsrCheckReport csrCheckReportFromJson(const QJsonObject& object) {
    domain::CsrCheckReport report;
    report.key = resultsFromJson(object.value(QStringLiteral("key")).toArray());
    for (const QJsonValue& value : object.value(QStringLiteral("names")).toArray()) {
        const QJsonObject name = value.toObject();
        report.names << domain::NameCheck{name.value(QStringLiteral("requested")).toString(),
                                          name.value(QStringLiteral("ascii")).toString(),
                                          name.value(QStringLiteral("registrable_domain")).toString(),
                                          resultsFromJson(name.value(QStringLiteral("checks")).toArray())};
    }
    return report;
}

QJsonObject toJson(const domain::Application& application) {
    const domain::Organization& org = application.organization;
    QJsonArray documents;
    for (const domain::Document& document : application.documents) {
        documents.append(QJsonObject{{QStringLiteral("id"), document.id},
                                     {QStringLiteral("file_name"), document.fileName},
                                     {QStringLiteral("kind"), document.kind},
                                     {QStringLiteral("description"), document.description},
                                     {QStringLiteral("sha256"), document.sha256},
                                     {QStringLiteral("size"), document.size},
                                     {QStringLiteral("media_type"), document.mediaType},
                                     {QStringLiteral("added_by"), document.addedBy},
                                     {QStringLiteral("added_at"), isoTime(document.addedAt)}});
    }
    QJsonArray checklist;
    for (const domain::ChecklistDefinition& definition : domain::Checklist::definitions()) {
        const domain::ChecklistItem* item = application.item(definition.code);
        checklist.append(QJsonObject{
            {QStringLiteral("code"), definition.code},
            {QStringLiteral("requirement"), definition.requirementId},
            {QStringLiteral("citation"), definition.citation},
            {QStringLiteral("status"), domain::checkStatusId(item ? item->status : domain::CheckStatus::Pending)},
            {QStringLiteral("decided_by"), item ? item->decidedBy : QString()},
            {QStringLiteral("decided_at"), item ? isoTime(item->decidedAt) : QString()},
            {QStringLiteral("note"), item ? item->note : QString()}});
    }
    return QJsonObject{
        {QStringLiteral("id"), application.id},
        {QStringLiteral("external_reference"), application.externalReference},
        {QStringLiteral("state"), domain::stateId(application.state)},
        {QStringLiteral("organization"), QJsonObject{{QStringLiteral("legal_name"), org.legalName},
                                                     {QStringLiteral("dba"), org.doingBusinessAs},
                                                     {QStringLiteral("street_address"), org.streetAddress},
                                                     {QStringLiteral("locality"), org.locality},
                                                     {QStringLiteral("state_or_province"), org.stateOrProvince},
                                                     {QStringLiteral("postal_code"), org.postalCode},
                                                     {QStringLiteral("country"), org.country}}},
        {QStringLiteral("representative"), QJsonObject{{QStringLiteral("name"), application.representative.name},
                                                       {QStringLiteral("title"), application.representative.title},
                                                       {QStringLiteral("email"), application.representative.email},
                                                       {QStringLiteral("phone"), application.representative.phone}}},
        {QStringLiteral("subscriber_agreement"),
         QJsonObject{{QStringLiteral("version"), application.agreement.version},
                     {QStringLiteral("accepted_at"), isoTime(application.agreement.acceptedAt)},
                     {QStringLiteral("accepted_by"), application.agreement.acceptedBy}}},
        {QStringLiteral("fqdns"), QJsonArray::fromStringList(application.fqdns)},
        {QStringLiteral("csr"), toJson(application.csr)},
        {QStringLiteral("csr_checks"), toJson(application.csrChecks)},
        {QStringLiteral("documents"), documents},
        {QStringLiteral("checklist"), checklist},
        {QStringLiteral("assigned_officer_id"), application.assignedOfficerId},
        {QStringLiteral("high_risk"), application.highRisk},
        {QStringLiteral("rejected_for_fraud"), application.rejectedForFraud},
        {QStringLiteral("last_reason"), application.lastReason},
        {QStringLiteral("received_at"), isoTime(application.receivedAt)},
        {QStringLiteral("updated_at"), isoTime(application.updatedAt)},
    };
}

QJsonObject toJson(const domain::User& user) {
    return QJsonObject{{QStringLiteral("id"), user.id},
                       {QStringLiteral("user"), user.username},
                       {QStringLiteral("display_name"), user.displayName},
                       {QStringLiteral("role"), domain::roleId(user.role)},
                       {QStringLiteral("key_custodian"), user.keyCustodian},
                       {QStringLiteral("disabled"), user.disabled},
                       {QStringLiteral("awaiting_enrolment"), user.awaitingEnrolment},
                       {QStringLiteral("awaiting_confirmation"), user.awaitingConfirmation},
                       {QStringLiteral("created_by"), user.createdBy},
                       {QStringLiteral("locked_until"), isoTime(user.lockedUntil)},
                       {QStringLiteral("created_at"), isoTime(user.createdAt)}};
}

QJsonObject toJson(const domain::AuditEntry& entry) {
    return QJsonObject{{QStringLiteral("seq"), entry.sequence},
                       {QStringLiteral("time"), entry.time},
                       {QStringLiteral("actor"), entry.actor},
                       {QStringLiteral("workstation"), entry.workstation},
                       {QStringLiteral("event"), entry.eventType},
                       {QStringLiteral("application_id"), entry.applicationId},
                       {QStringLiteral("certificate_serial"), entry.certificateSerial},
                       {QStringLiteral("details"), entry.details()},
                       {QStringLiteral("details_json"), entry.detailsJson},
                       {QStringLiteral("prev_hash"), QString::fromLatin1(entry.previousHash)},
                       {QStringLiteral("entry_hash"), QString::fromLatin1(entry.entryHash)}};
}

domain::AuditEntry auditEntryFromJson(const QJsonObject& object) {
    domain::AuditEntry entry;
    entry.sequence = object.value(QStringLiteral("seq")).toInteger();
    entry.time = object.value(QStringLiteral("time")).toString();
    entry.actor = object.value(QStringLiteral("actor")).toString();
    entry.workstation = object.value(QStringLiteral("workstation")).toString();
    entry.eventType = object.value(QStringLiteral("event")).toString();
    entry.applicationId = object.value(QStringLiteral("application_id")).toInteger();
    entry.certificateSerial = object.value(QStringLiteral("certificate_serial")).toString();
    entry.detailsJson = object.value(QStringLiteral("details_json")).toString();
    entry.previousHash = object.value(QStringLiteral("prev_hash")).toString().toLatin1();
    entry.entryHash = object.value(QStringLiteral("entry_hash")).toString().toLatin1();
    return entry;
}

QJsonObject toJson(const domain::ReliableDataSource& source) {
    return {{QStringLiteral("id"), source.id},
            {QStringLiteral("name"), source.name},
            {QStringLiteral("kind"), domain::ReliableDataSource::kindId(source.kind)},
            {QStringLiteral("provider"), source.provider},
            {QStringLiteral("url"), source.url},
            {QStringLiteral("purpose"), source.purpose},
            {QStringLiteral("data_age"), source.dataAge},
            {QStringLiteral("update_frequency"), source.updateFrequency},
            {QStringLiteral("public_accessibility"), source.publicAccessibility},
            {QStringLiteral("falsification_difficulty"), source.falsificationDifficulty},
            {QStringLiteral("approved_by"), source.approvedBy},
            {QStringLiteral("approved_at"), source.approvedAt.toString(Qt::ISODate)},
            {QStringLiteral("withdrawn_by"), source.withdrawnBy},
            {QStringLiteral("withdrawn_at"), source.withdrawnAt.toString(Qt::ISODate)},
            {QStringLiteral("citable"), source.citable()}};
}

QJsonObject toJson(const domain::Callback& callback) {
    return {{QStringLiteral("id"), callback.id},
            {QStringLiteral("application_id"), callback.applicationId},
            {QStringLiteral("channel"), domain::callbackChannelId(callback.channel)},
            {QStringLiteral("contact"), callback.contact},
            {QStringLiteral("data_source_id"), callback.dataSourceId},
            {QStringLiteral("data_source"), callback.dataSourceName},
            {QStringLiteral("source_reference"), callback.sourceReference},
            {QStringLiteral("person_reached"), callback.personReached},
            {QStringLiteral("person_title"), callback.personTitle},
            {QStringLiteral("reached_at"), callback.reachedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("outcome"), domain::callbackOutcomeId(callback.outcome)},
            {QStringLiteral("note"), callback.note},
            {QStringLiteral("recorded_by"), callback.recordedBy},
            {QStringLiteral("recorded_at"), callback.recordedAt.toUTC().toString(Qt::ISODate)}};
}

QJsonObject toJson(const domain::VerifiedOrganization& verified) {
    return {{QStringLiteral("legal_name"), verified.legalName},
            {QStringLiteral("state_or_province"), verified.stateOrProvince},
            {QStringLiteral("locality"), verified.locality},
            {QStringLiteral("street_address"), verified.streetAddress},
            {QStringLiteral("country"), verified.country},
            {QStringLiteral("tradename"), verified.tradename}};
}

QJsonObject toJson(const domain::Evidence& evidence) {
    QJsonArray documents;
    for (const qint64 id : evidence.documentIds) {
        documents.append(id);
    }
    return {{QStringLiteral("id"), evidence.id},
            {QStringLiteral("application"), evidence.applicationId},
            {QStringLiteral("source"), domain::evidenceSourceId(evidence.source)},
            {QStringLiteral("data_source"), evidence.dataSourceName},
            {QStringLiteral("corporate_number"), evidence.corporateNumber},
            {QStringLiteral("reference"), evidence.reference},
            {QStringLiteral("response_sha256"), evidence.responseSha256},
            {QStringLiteral("confirms"), evidence.confirms.id()},
            {QStringLiteral("verified"), toJson(evidence.verified)},
            {QStringLiteral("documents"), documents},
            {QStringLiteral("obtained_at"), evidence.obtainedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("recorded_by"), evidence.recordedBy},
            {QStringLiteral("note"), evidence.note}};
}

QJsonObject toJson(const domain::CorporateRecord& record) {
    return {{QStringLiteral("corporate_number"), record.corporateNumber},
            {QStringLiteral("name"), record.name},
            {QStringLiteral("en_name"), record.enName},
            {QStringLiteral("prefecture"), record.prefectureName},
            {QStringLiteral("city"), record.cityName},
            {QStringLiteral("street"), record.streetNumber},
            {QStringLiteral("address_outside"), record.addressOutside},
            {QStringLiteral("closed"), record.closed()},
            {QStringLiteral("close_date"), record.closeDate.toString(Qt::ISODate)},
            {QStringLiteral("successor"), record.successorCorporateNumber}};
}

} // namespace ra::app
