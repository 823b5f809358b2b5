// SPDX-License-Identifier: Apache-2.0
#include "domain/OrganizationVerification.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

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

// The evidence that counts, newest first: usable now, about the corporation of the newest registry
// answer only, and of that corporation only its newest answer — an answer that no longer confirms
// (closed, renamed, moved) is never outvoted by an older one, and two corporations never combine.
QList<const Evidence*> counting(const QList<Evidence>& evidence, const QDateTime& now, int reuseLimitDays) {
    QList<const Evidence*> result;
    QString corporation;
    for (auto it = evidence.crbegin(); it != evidence.crend(); ++it) {
        if (!usable(*it, now, reuseLimitDays)) {
            continue;
        }
        if (!it->corporateNumber.isEmpty()) {
            if (!corporation.isEmpty()) {
                continue; // superseded by a newer answer, or about another corporation
            }
            corporation = it->corporateNumber;
        }
        result << &*it;
    }
    return result;
}
} // namespace

QString FieldComparison::title() const {
    static const QHash<QString, const char*> titles{
        {QStringLiteral("legal_name"), QT_TRANSLATE_NOOP("OrganizationVerification", "Legal name")},
        {QStringLiteral("state_or_province"), QT_TRANSLATE_NOOP("OrganizationVerification", "Prefecture")},
        {QStringLiteral("locality"), QT_TRANSLATE_NOOP("OrganizationVerification", "City")},
        {QStringLiteral("street_address"), QT_TRANSLATE_NOOP("OrganizationVerification", "Street")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("OrganizationVerification", "Postal code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("OrganizationVerification", "Country")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("OrganizationVerification", "Status")},
    };
    const char* text = titles.value(field, nullptr);
    return text ? QCoreApplication::translate("OrganizationVerification", text) : field;
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
                                      {QStringLiteral("org.country"), CheckStatus::Pending, QString(), 0}};
    for (const Evidence* it : counting(evidence, now, reuseLimitDays)) {
        const bool confirmed[] = {it->confirms.name, it->confirms.address, it->confirms.country};
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
    for (const Evidence* it : counting(evidence, now, reuseLimitDays)) {
        if (it->confirms.name && it->confirms.address && !it->verified.legalName.isEmpty()) {
            return it;
        }
    }
    return nullptr;
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
    }
    return {};
}

std::optional<EvidenceSource> evidenceSourceFromId(QStringView id) {
    for (EvidenceSource source :
         {EvidenceSource::GovernmentAgency, EvidenceSource::ReliableDataSource, EvidenceSource::SiteVisit,
          EvidenceSource::AttestationLetter, EvidenceSource::ReliableCommunication}) {
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
