// SPDX-License-Identifier: Apache-2.0
#include "domain/Caa.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ra::domain {

namespace {
constexpr quint8 kCriticalFlag = 0x80; // RFC 8659 4.1: bit 0 (128); the other bits are reserved
constexpr qint64 kMinimumValiditySeconds = 8 * 3600;

bool isTag(const CaaRecord& record, QLatin1String tag) {
    return record.tag.compare(tag, Qt::CaseInsensitive) == 0;
}

bool isKnownTag(const CaaRecord& record) {
    return isTag(record, QLatin1String("issue")) || isTag(record, QLatin1String("issuewild")) ||
           isTag(record, QLatin1String("iodef"));
}
} // namespace

QString caaVerdictId(CaaVerdict verdict) {
    switch (verdict) {
    case CaaVerdict::Allow:
        return QStringLiteral("allow");
    case CaaVerdict::Deny:
        return QStringLiteral("deny");
    case CaaVerdict::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<CaaVerdict> caaVerdictFromId(QStringView id) {
    for (const CaaVerdict verdict : {CaaVerdict::Allow, CaaVerdict::Deny, CaaVerdict::Error}) {
        if (caaVerdictId(verdict) == id) {
            return verdict;
        }
    }
    return std::nullopt;
}

QString dnssecStatusId(DnssecStatus status) {
    switch (status) {
    case DnssecStatus::Secure:
        return QStringLiteral("secure");
    case DnssecStatus::Insecure:
        return QStringLiteral("insecure");
    case DnssecStatus::Bogus:
        return QStringLiteral("bogus");
    case DnssecStatus::Indeterminate:
        return QStringLiteral("indeterminate");
    }
    return {};
}

DnssecStatus dnssecStatusFromId(QStringView id) {
    for (const DnssecStatus status : {DnssecStatus::Secure, DnssecStatus::Insecure, DnssecStatus::Bogus}) {
        if (dnssecStatusId(status) == id) {
            return status;
        }
    }
    return DnssecStatus::Indeterminate;
}

QDateTime CaaCheck::validUntil() const {
    return validUntil(checkedAt, ttl);
}

QDateTime CaaCheck::validUntil(const QDateTime& checkedAt, int ttl) {
    return checkedAt.addSecs(std::max<qint64>(ttl, kMinimumValiditySeconds));
}

std::optional<QString> Caa::issuerDomainName(const QByteArray& value) {
    // issue-value = *WSP [issuer-domain-name *WSP] [";" *WSP [parameters *WSP]]
    static const QRegularExpression domain(
        QStringLiteral(R"(^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$)"));
    static const QRegularExpression parameter(QStringLiteral(R"(^[A-Za-z0-9]+=[\x21-\x3A\x3C-\x7E]*$)"));
    for (const char byte : value) {
        if (static_cast<unsigned char>(byte) > 0x7e) {
            return std::nullopt; // not ASCII: malformed
        }
    }
    const QString text = QString::fromLatin1(value);
    const qsizetype semicolon = text.indexOf(QLatin1Char(';'));
    const QString name = text.left(semicolon).trimmed();
    if (semicolon >= 0) {
        for (const QString& part : text.mid(semicolon + 1).split(QLatin1Char(';'))) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty() && !parameter.match(trimmed).hasMatch()) {
                return std::nullopt; // unknown parameters are ignored, malformed ones are not
            }
        }
    }
    if (name.isEmpty()) {
        return QString(); // ";" alone: no CA may issue
    }
    if (!domain.match(name).hasMatch()) {
        return std::nullopt;
    }
    return name.toLower();
}

CaaVerdict Caa::authorizes(const QList<CaaRecord>& relevant, const QString& issuerDomain, bool wildcard,
                           QString* reason) {
    const auto explain = [reason](const QString& text) {
        if (reason) {
            *reason = text;
        }
    };
    for (const CaaRecord& record : relevant) {
        if ((record.flags & kCriticalFlag) != 0 && !isKnownTag(record)) {
            explain(QCoreApplication::translate(
                        "Caa", "The record set has the critical property \"%1\", which this CA does not know: "
                               "issuance is forbidden (RFC 8659 4.1).")
                        .arg(record.tag));
            return CaaVerdict::Deny;
        }
    }
    QList<CaaRecord> properties;
    const QLatin1String tag = wildcard ? QLatin1String("issuewild") : QLatin1String("issue");
    for (const CaaRecord& record : relevant) {
        if (isTag(record, tag)) {
            properties << record;
        }
    }
    if (wildcard && properties.isEmpty()) {
        for (const CaaRecord& record : relevant) {
            if (isTag(record, QLatin1String("issue"))) {
                properties << record; // RFC 8659 4.3: without issuewild, issue applies to wildcards too
            }
        }
    }
    if (properties.isEmpty()) {
        explain(QCoreApplication::translate("Caa", "The record set has no issue property: any CA may issue."));
        return CaaVerdict::Allow;
    }
    const QString wanted = issuerDomain.toLower();
    for (const CaaRecord& record : properties) {
        if (issuerDomainName(record.value) == wanted) {
            explain(QCoreApplication::translate("Caa", "\"%1 %2\" authorizes %3.")
                        .arg(record.tag, QString::fromLatin1(record.value), issuerDomain));
            return CaaVerdict::Allow;
        }
    }
    explain(QCoreApplication::translate("Caa", "No %1 property names %2; issuance is not authorized.")
                .arg(QString(tag), issuerDomain));
    return CaaVerdict::Deny;
}

CaaCheck Caa::check(ICaaResolver& resolver, const QString& fqdn, const QString& issuerDomain, const QDateTime& at) {
    CaaCheck check;
    check.fqdn = fqdn.toLower();
    check.checkedAt = at;
    QString name = check.fqdn;
    while (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    // RFC 8659 3: the FQDN, then each parent up to (not including) the root.
    while (!name.isEmpty()) {
        check.queried << name;
        const CaaLookup lookup = resolver.lookupCaa(name);
        check.dnssec = lookup.dnssec;
        if (lookup.dnssec == DnssecStatus::Bogus) {
            check.verdict = CaaVerdict::Error;
            check.reason = QCoreApplication::translate(
                               "Caa", "DNSSEC validation failed (bogus) for %1: never counted as permission "
                                      "(R-CAA-2).")
                               .arg(name);
            return check;
        }
        if (lookup.outcome == CaaLookup::Outcome::Failed) {
            // R-CAA-2: permission only outside our infrastructure, after a retry, in an insecure zone.
            if (!lookup.failureInsideOurInfrastructure && lookup.attempts >= 2 &&
                lookup.dnssec == DnssecStatus::Insecure) {
                check.verdict = CaaVerdict::Allow;
                check.reason = QCoreApplication::translate(
                                   "Caa", "The CAA lookup for %1 failed outside our infrastructure after %2 attempts "
                                          "and the zone is DNSSEC-insecure: treated as permission (R-CAA-2).")
                                   .arg(name)
                                   .arg(lookup.attempts);
            } else {
                check.verdict = CaaVerdict::Error;
                check.reason = QCoreApplication::translate(
                                   "Caa", "The CAA lookup for %1 failed (%2); issuance is blocked until it succeeds "
                                          "(R-CAA-2).")
                                   .arg(name, lookup.detail);
            }
            return check;
        }
        if (lookup.outcome == CaaLookup::Outcome::Records) {
            check.relevantName = name;
            check.relevantRecords = lookup.records;
            check.ttl = lookup.ttl;
            check.verdict = authorizes(lookup.records, issuerDomain, false, &check.reason);
            return check;
        }
        const qsizetype dot = name.indexOf(QLatin1Char('.'));
        name = dot < 0 ? QString() : name.mid(dot + 1);
    }
    check.verdict = CaaVerdict::Allow;
    check.reason =
        QCoreApplication::translate("Caa", "No CAA record set up to the top-level domain: any CA may issue.");
    return check;
}

} // namespace ra::domain
