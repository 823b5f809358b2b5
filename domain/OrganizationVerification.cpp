// SPDX-License-Identifier: Apache-2.0
#include "domain/OrganizationVerification.h"

#include "domain/DocumentReview.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace ra::domain {

namespace {
FieldComparison field(const char* id, const QString& claimed, const QString& registry) {
    const bool same =
        !registry.isEmpty() && OrganizationVerification::folded(claimed) == OrganizationVerification::folded(registry);
    return {QString::fromLatin1(id), claimed, registry, same};
}

bool usable(const Evidence& evidence, const QDateTime& now, int reuseLimitDays) {
    return evidence.reusableAt(now, reuseLimitDays) && evidence.obtainedAt <= now;
}

// A piece of evidence that counts now, with what it may confirm.
struct Counted {
    const Evidence* evidence;
    EvidenceConfirms confirms;
};

// The evidence that counts, newest first, usable now. Of the registry's answers only the newest
// counts: an answer that no longer confirms (closed, renamed, moved) is never outvoted by an older
// one, and two corporations never combine. Evidence the officer entered counts beside it but never
// outweighs it: when the newest answer confirms nothing (closed, merged, another corporation),
// nothing counts; when it does not confirm the name, no entered evidence confirms the name.
QList<Counted> counting(const QList<Evidence>& evidence, const QDateTime& now, int reuseLimitDays) {
    const Evidence* registry = nullptr;
    for (auto it = evidence.crbegin(); it != evidence.crend() && !registry; ++it) {
        if (usable(*it, now, reuseLimitDays) && !it->corporateNumber.isEmpty()) {
            registry = &*it;
        }
    }
    if (registry && !registry->confirms.any()) {
        return {};
    }
    QList<Counted> result;
    for (auto it = evidence.crbegin(); it != evidence.crend(); ++it) {
        if (!usable(*it, now, reuseLimitDays) || (!it->corporateNumber.isEmpty() && &*it != registry)) {
            continue;
        }
        Counted counted{&*it, it->confirms};
        if (registry && &*it != registry && !registry->confirms.name) {
            counted.confirms.name = false;
        }
        result << counted;
    }
    return result;
}

QString fieldTitle(const QString& field) {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("legal_name"), QT_TRANSLATE_NOOP("OrganizationVerification", "Legal name")},
        {QStringLiteral("state_or_province"), QT_TRANSLATE_NOOP("OrganizationVerification", "Prefecture")},
        {QStringLiteral("locality"), QT_TRANSLATE_NOOP("OrganizationVerification", "City")},
        {QStringLiteral("street_address"), QT_TRANSLATE_NOOP("OrganizationVerification", "Street")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("OrganizationVerification", "Postal code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("OrganizationVerification", "Country")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("OrganizationVerification", "Status")},
        {QStringLiteral("tradename"), QT_TRANSLATE_NOOP("OrganizationVerification", "Tradename")},
    };
    const char* text = titles.value(field, nullptr);
    return text ? QCoreApplication::translate("OrganizationVerification", text) : field;
}
} // namespace

QString FieldComparison::title() const {
    return fieldTitle(field);
}

const Evidence* OrganizationVerification::reusableAnswer(const QList<Evidence>& answers, qint64 applicationId,
                                                         const QDateTime& now, int reuseLimitDays) {
    const Evidence* newest = nullptr;
    for (const Evidence& answer : answers) {
        if (answer.corporateNumber.isEmpty() || answer.obtainedAt > now) {
            continue;
        }
        // A reused copy keeps its original's date: the original, not a copy, stays the newest.
        if (!newest || answer.obtainedAt > newest->obtainedAt ||
            (answer.obtainedAt == newest->obtainedAt && answer.id < newest->id)) {
            newest = &answer;
        }
    }
    if (!newest || !newest->confirms.any() || newest->applicationId == applicationId ||
        !usable(*newest, now, reuseLimitDays)) {
        return nullptr;
    }
    return newest;
}

QString OrganizationVerification::folded(const QString& text) {
    QString result = text.normalized(QString::NormalizationForm_KC).toLower();
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{30FB}\\x{00B7}]+"));
    result.remove(spaces);
    // Hyphen look-alikes: U+2010..U+2015, U+2212 (minus), and the long vowel mark between digits.
    static const QRegularExpression dashes(QStringLiteral("[\\x{2010}-\\x{2015}\\x{2212}]"));
    result.replace(dashes, QStringLiteral("-"));
    static const QRegularExpression blockWords(QStringLiteral("(?<=\\d)(?:丁目|番地|番|号|\\x{30FC}|の)(?=\\d|$)"));
    result.replace(blockWords, QStringLiteral("-"));
    while (result.endsWith(QLatin1Char('-'))) {
        result.chop(1);
    }
    return result;
}

RegistryComparison OrganizationVerification::compare(const Organization& claims, const CorporateRecord& record) {
    RegistryComparison comparison;
    FieldComparison name = field("legal_name", claims.legalName, record.name);
    if (!name.same && !record.enName.isEmpty() && folded(claims.legalName) == folded(record.enName)) {
        name.same = true; // the applicant gave the English name the corporation registered
        name.registry = record.name + QStringLiteral(" (") + record.enName + QLatin1Char(')');
    }
    const FieldComparison prefecture = field("state_or_province", claims.stateOrProvince, record.prefectureName);
    const FieldComparison city = field("locality", claims.locality, record.cityName);
    const FieldComparison street = field("street_address", claims.streetAddress, record.streetNumber);
    FieldComparison postal = field("postal_code", claims.postalCode, record.postCode);
    postal.same = !record.postCode.isEmpty() && QString(claims.postalCode).remove(QLatin1Char('-')) == record.postCode;
    const QString registryCountry = record.domestic() ? QStringLiteral("JP") : QString();
    const FieldComparison country = field("country", claims.country, registryCountry);
    FieldComparison status{QStringLiteral("status"), QString(), QString(), !record.closed()};
    if (record.closed()) {
        status.registry = QCoreApplication::translate("OrganizationVerification", "closed on %1 (cause %2)")
                              .arg(record.closeDate.toString(Qt::ISODate), record.closeCause);
        if (!record.successorCorporateNumber.isEmpty()) {
            status.registry +=
                QLatin1Char(' ') + QCoreApplication::translate("OrganizationVerification", "successor %1")
                                       .arg(record.successorCorporateNumber);
        }
    } else {
        status.registry = QCoreApplication::translate("OrganizationVerification", "active");
    }
    comparison.fields = {name, prefecture, city, street, postal, country, status};

    comparison.verified = {record.name,         record.prefectureName, record.cityName,
                           record.streetNumber, registryCountry,       QString()};
    if (record.closed()) {
        comparison.problems << QCoreApplication::translate(
            "OrganizationVerification",
            "The registry lists the corporation as closed or merged: it cannot be certified.");
        return comparison; // confirms nothing
    }
    comparison.confirms.name = name.same;
    comparison.confirms.address = prefecture.same && city.same && street.same;
    comparison.confirms.country = country.same;
    if (!name.same) {
        comparison.problems << QCoreApplication::translate(
            "OrganizationVerification", "The registry's name differs from the application's: return the application "
                                        "for correction or verify the name otherwise.");
    }
    if (!comparison.confirms.address) {
        comparison.problems << QCoreApplication::translate(
            "OrganizationVerification", "The registry's address differs from the application's (moved, or mistyped).");
    }
    if (!country.same) {
        comparison.problems << QCoreApplication::translate("OrganizationVerification",
                                                           "The registry does not confirm the country.");
    }
    return comparison;
}

QList<EvidenceDecision> OrganizationVerification::decide(const QList<Evidence>& evidence, const QDateTime& now,
                                                         int reuseLimitDays) {
    QList<EvidenceDecision> decisions{{QStringLiteral("org.identity"), CheckStatus::Pending, QString(), 0},
                                      {QStringLiteral("org.address"), CheckStatus::Pending, QString(), 0},
                                      {QStringLiteral("org.country"), CheckStatus::Pending, QString(), 0},
                                      {QStringLiteral("org.dba"), CheckStatus::Pending, QString(), 0}};
    for (const auto& [it, confirms] : counting(evidence, now, reuseLimitDays)) {
        const bool confirmed[] = {confirms.name, confirms.address, confirms.country, confirms.tradename};
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            if (decisions[i].status == CheckStatus::Pending && confirmed[i]) {
                decisions[i].status = CheckStatus::Passed;
                decisions[i].evidenceId = it->id;
                decisions[i].note =
                    QCoreApplication::translate("OrganizationVerification", "Evidence #%1: %2 %3, obtained %4")
                        .arg(it->id)
                        .arg(it->dataSourceName.isEmpty() ? evidenceSourceDisplayName(it->source) : it->dataSourceName,
                             it->reference, it->obtainedAt.toString(Qt::ISODate));
            }
        }
    }
    return decisions;
}

const Evidence* OrganizationVerification::subjectSource(const QList<Evidence>& evidence, const QDateTime& now,
                                                        int reuseLimitDays) {
    // The registry's own spelling first; else the newest entered evidence (its O, ST, L are the claims).
    const Evidence* entered = nullptr;
    for (const auto& [it, confirms] : counting(evidence, now, reuseLimitDays)) {
        if (confirms.name && confirms.address && !it->verified.legalName.isEmpty()) {
            if (!it->corporateNumber.isEmpty()) {
                return it;
            }
            entered = entered ? entered : it;
        }
    }
    return entered;
}

QList<EvidenceSource> OrganizationVerification::enteredKinds() {
    return {EvidenceSource::GovernmentAgency, EvidenceSource::ReliableDataSource, EvidenceSource::SiteVisit,
            EvidenceSource::AttestationLetter, EvidenceSource::IdentificationDocument};
}

Status OrganizationVerification::validateEntered(const Evidence& evidence, const Application& application,
                                                 const QList<DocumentInspection>& inspections, const QDateTime& now,
                                                 int reuseLimitDays) {
    const auto refuse = [](const char* code, const QString& message) {
        return fail(QString::fromLatin1(code), message);
    };
    const EvidenceConfirms& confirms = evidence.confirms;
    if (!enteredKinds().contains(evidence.source)) {
        return refuse("evidence.kind", QCoreApplication::translate("OrganizationVerification",
                                                                   "A call-back is recorded on the Authority page."));
    }
    if (!evidence.corporateNumber.isEmpty() || !evidence.responseSha256.isEmpty()) {
        return refuse(
            "evidence.registry-only",
            QCoreApplication::translate("OrganizationVerification",
                                        "A corporate number is verified only by looking it up in the registry."));
    }
    if (!confirms.any()) {
        return refuse(
            "evidence.confirms-nothing",
            QCoreApplication::translate("OrganizationVerification",
                                        "Say what the source confirms: name, address, country or tradename."));
    }
    // CP 3.2.2.2 (5): bills, statements and tax documents may show a tradename, not an identity.
    if (evidence.source == EvidenceSource::IdentificationDocument &&
        (confirms.name || confirms.address || confirms.country)) {
        return refuse("evidence.kind",
                      QCoreApplication::translate(
                          "OrganizationVerification",
                          "A bill, statement or tax document can confirm a tradename only (CP 3.2.2.2)."));
    }
    // CP 3.2.2.2 lists no site visit among the ways to verify a tradename.
    if (evidence.source == EvidenceSource::SiteVisit && confirms.tradename) {
        return refuse("evidence.kind",
                      QCoreApplication::translate("OrganizationVerification",
                                                  "A site visit cannot verify a tradename (CP 3.2.2.2)."));
    }
    const QSet<qint64> cited(evidence.documentIds.cbegin(), evidence.documentIds.cend());
    const qsizetype documentsNeeded =
        evidence.source == EvidenceSource::AttestationLetter && confirms.tradename ? 2 : 1;
    if (cited.size() < documentsNeeded || cited.size() != evidence.documentIds.size()) {
        return refuse("evidence.no-document",
                      documentsNeeded == 2
                          ? QCoreApplication::translate("OrganizationVerification",
                                                        "An Attestation Letter for a tradename needs its documentary "
                                                        "support: cite the letter and at least one more document.")
                          : QCoreApplication::translate("OrganizationVerification",
                                                        "Cite the documents the evidence relies on, each once."));
    }
    // CP 3.2.2: a document relied upon is inspected for alteration or falsification first.
    const QList<Document> current = DocumentReview::current(application.documents);
    for (const qint64 id : evidence.documentIds) {
        const auto document =
            std::find_if(current.cbegin(), current.cend(), [id](const Document& d) { return d.id == id; });
        if (document == current.cend()) {
            return refuse("evidence.document-unknown",
                          QCoreApplication::translate("OrganizationVerification",
                                                      "Document #%1 is not a current document of this application.")
                              .arg(id));
        }
        const DocumentInspection* inspection = DocumentReview::newestInspection(*document, inspections);
        if (!inspection || !inspection->passed) {
            return refuse("evidence.document-uninspected",
                          QCoreApplication::translate("OrganizationVerification",
                                                      "%1 has not passed its inspection: inspect it on the Documents "
                                                      "page before relying on it (CP 3.2.2).")
                              .arg(document->fileName));
        }
    }
    if (evidence.reference.trimmed().isEmpty() || evidence.reference.size() > 500) {
        return refuse("evidence.no-reference",
                      QCoreApplication::translate("OrganizationVerification",
                                                  "Give the source's reference (at most 500 characters): the agency "
                                                  "and file number, the visit report, the letter's reference."));
    }
    if (evidence.note.size() > 2000) {
        return refuse("evidence.too-long", QCoreApplication::translate("OrganizationVerification",
                                                                       "The note is longer than 2000 characters."));
    }
    if (!evidence.obtainedAt.isValid() || evidence.obtainedAt > now || !evidence.reusableAt(now, reuseLimitDays)) {
        return refuse("evidence.obtained-at",
                      QCoreApplication::translate("OrganizationVerification",
                                                  "The evidence must have been obtained before now and within the "
                                                  "last %1 days (R-DOC-2).")
                          .arg(reuseLimitDays));
    }
    const VerifiedOrganization& v = evidence.verified;
    const Organization& claims = application.organization;
    for (const QString* value :
         {&v.legalName, &v.stateOrProvince, &v.locality, &v.streetAddress, &v.country, &v.tradename}) {
        if (value->size() > 200) {
            return refuse("evidence.too-long", QCoreApplication::translate("OrganizationVerification",
                                                                           "A value is longer than 200 characters."));
        }
    }
    // What the source states must be given for each part it confirms (an address in full), and
    // only for those.
    const bool stated[] = {!v.legalName.isEmpty(),
                           !v.stateOrProvince.isEmpty() || !v.locality.isEmpty() || !v.streetAddress.isEmpty(),
                           !v.country.isEmpty(), !v.tradename.isEmpty()};
    const bool claimed[] = {confirms.name, confirms.address, confirms.country, confirms.tradename};
    const bool addressComplete =
        !confirms.address || (!v.stateOrProvince.isEmpty() && !v.locality.isEmpty() && !v.streetAddress.isEmpty());
    if (!addressComplete || !std::equal(std::begin(stated), std::end(stated), std::begin(claimed))) {
        return refuse("evidence.values",
                      QCoreApplication::translate(
                          "OrganizationVerification",
                          "Enter what the source states for each part it confirms (an address with its prefecture, "
                          "city and street), and nothing for the parts it does not."));
    }
    // Evidence that says something else confirms nothing: the application goes back for
    // correction rather than the certificate carrying values nobody applied for. O, ST and L go
    // into the certificate as typed here, so they must be exactly the claims; the street and the
    // tradename may differ in notation (full-width digits, 丁目/番地).
    QStringList differences;
    const auto compareWith = [&](const char* fieldId, const QString& verified, const QString& claim, bool exact) {
        const bool same = exact ? verified == claim.trimmed() : folded(verified) == folded(claim);
        if (!verified.isEmpty() && !same) {
            differences << QStringLiteral("%1: “%2” ≠ “%3”")
                               .arg(fieldTitle(QString::fromLatin1(fieldId)), verified.left(80), claim.left(80));
        }
    };
    compareWith("legal_name", v.legalName, claims.legalName, true);
    compareWith("state_or_province", v.stateOrProvince, claims.stateOrProvince, true);
    compareWith("locality", v.locality, claims.locality, true);
    compareWith("street_address", v.streetAddress, claims.streetAddress, false);
    compareWith("country", v.country, claims.country, true);
    compareWith("tradename", v.tradename, claims.doingBusinessAs, false);
    if (!differences.isEmpty()) {
        return refuse("evidence.differs",
                      QCoreApplication::translate("OrganizationVerification",
                                                  "The source states other values than the application claims (%1): "
                                                  "return the application for correction.")
                          .arg(differences.join(QStringLiteral("; "))));
    }
    return {};
}

QString evidenceSourceId(EvidenceSource source) {
    switch (source) {
    case EvidenceSource::GovernmentAgency:
        return QStringLiteral("government-agency");
    case EvidenceSource::ReliableDataSource:
        return QStringLiteral("reliable-data-source");
    case EvidenceSource::SiteVisit:
        return QStringLiteral("site-visit");
    case EvidenceSource::AttestationLetter:
        return QStringLiteral("attestation-letter");
    case EvidenceSource::ReliableCommunication:
        return QStringLiteral("reliable-communication");
    case EvidenceSource::IdentificationDocument:
        return QStringLiteral("identification-document");
    }
    return {};
}

std::optional<EvidenceSource> evidenceSourceFromId(QStringView id) {
    for (EvidenceSource source : {EvidenceSource::GovernmentAgency, EvidenceSource::ReliableDataSource,
                                  EvidenceSource::SiteVisit, EvidenceSource::AttestationLetter,
                                  EvidenceSource::ReliableCommunication, EvidenceSource::IdentificationDocument}) {
        if (id == evidenceSourceId(source)) {
            return source;
        }
    }
    return std::nullopt;
}

QString evidenceSourceDisplayName(EvidenceSource source) {
    switch (source) {
    case EvidenceSource::GovernmentAgency:
        return QCoreApplication::translate("OrganizationVerification", "Government agency");
    case EvidenceSource::ReliableDataSource:
        return QCoreApplication::translate("OrganizationVerification", "Reliable Data Source");
    case EvidenceSource::SiteVisit:
        return QCoreApplication::translate("OrganizationVerification", "Site visit");
    case EvidenceSource::AttestationLetter:
        return QCoreApplication::translate("OrganizationVerification", "Attestation Letter");
    case EvidenceSource::ReliableCommunication:
        return QCoreApplication::translate("OrganizationVerification", "Reliable Method of Communication");
    case EvidenceSource::IdentificationDocument:
        return QCoreApplication::translate("OrganizationVerification", "Bill, statement or tax document");
    }
    return {};
}

QString EvidenceConfirms::id() const {
    QStringList parts;
    if (name) {
        parts << QStringLiteral("name");
    }
    if (address) {
        parts << QStringLiteral("address");
    }
    if (country) {
        parts << QStringLiteral("country");
    }
    if (tradename) {
        parts << QStringLiteral("tradename");
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char('+'));
}

EvidenceConfirms EvidenceConfirms::fromId(QStringView id) {
    EvidenceConfirms confirms;
    for (const QStringView part : id.split(QLatin1Char('+'))) {
        confirms.name |= part == QLatin1String("name");
        confirms.address |= part == QLatin1String("address");
        confirms.country |= part == QLatin1String("country");
        confirms.tradename |= part == QLatin1String("tradename");
    }
    return confirms;
}

} // namespace ra::domain
