// SPDX-License-Identifier: Apache-2.0
#include "domain/HighRisk.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace ra::domain {

QString HighRiskMatch::kindId() const {
    switch (kind) {
    case Kind::RevokedCertificate:
        return QStringLiteral("revoked-certificate");
    case Kind::RejectedApplication:
        return QStringLiteral("rejected-application");
    case Kind::HighRiskName:
        return QStringLiteral("high-risk-name");
    case Kind::LookAlike:
        return QStringLiteral("look-alike");
    case Kind::MixedScript:
        return QStringLiteral("mixed-script");
    }
    return {};
}

QString HighRiskMatch::describe() const {
    switch (kind) {
    case Kind::RevokedCertificate:
        return QCoreApplication::translate("HighRisk", "%1: as revoked certificate %2 (%3)")
            .arg(name, matchedWith, detail);
    case Kind::RejectedApplication:
        return QCoreApplication::translate("HighRisk", "%1: as application %2 rejected for suspected fraud (%3)")
            .arg(name, matchedWith, detail);
    case Kind::HighRiskName:
        return QCoreApplication::translate("HighRisk", "%1: contains the high-risk name \"%2\" (%3)")
            .arg(name, matchedWith, detail);
    case Kind::LookAlike:
        return QCoreApplication::translate("HighRisk", "%1: looks like %2 (%3)").arg(name, matchedWith, detail);
    case Kind::MixedScript:
        return QCoreApplication::translate("HighRisk", "%1: the label \"%2\" mixes scripts").arg(name, matchedWith);
    }
    return {};
}

std::optional<QString> HighRiskRules::listableName(const QString& typed) {
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('.'))) {
        return std::nullopt;
    }
    const QByteArray ace = QUrl::toAce(trimmed, QUrl::IgnoreIDNWhitelist).toLower();
    static const QRegularExpression ldh(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    if (ace.isEmpty() || ace.size() > 63 || !ldh.match(QString::fromLatin1(ace)).hasMatch()) {
        return std::nullopt;
    }
    const QString unicode = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
    return unicode.isEmpty() ? QString::fromLatin1(ace) : unicode;
}

RequestedName HighRiskRules::describe(const QString& fqdn, const QString& registrableDomain,
                                      const ISpoofChecker& spoof) {
    RequestedName requested;
    requested.fqdn = fqdn;
    requested.registrableDomain = registrableDomain;
    // The labels below the public suffix: "login.paypal" of "login.paypal.co.jp".
    const qsizetype suffixLabels = registrableDomain.isEmpty() ? 1 : registrableDomain.count(QLatin1Char('.'));
    QStringList labels = fqdn.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    labels = labels.mid(0, qMax<qsizetype>(0, labels.size() - suffixLabels));
    for (const QString& label : labels) {
        // Every A-label is decoded, whatever Qt's display whitelist of IDN top-level domains says.
        const QString unicode = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
        requested.labels << (unicode.isEmpty() ? label : unicode);
        requested.skeletons << spoof.skeleton(requested.labels.last());
    }
    return requested;
}

QList<HighRiskMatch> HighRiskRules::nameMatches(const RequestedName& name, const QList<HighRiskName>& list,
                                                const ISpoofChecker& spoof) {
    QList<HighRiskMatch> matches;
    // What is compared: each label as it is and without its hyphens ("pay-pal"), and all labels
    // below the suffix run together ("pay.pal.example.jp").
    struct Candidate {
        QString label;
        QString skeleton;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < name.labels.size(); ++i) {
        const QString& label = name.labels.at(i);
        if (spoof.mixedScript(label)) {
            matches.append({HighRiskMatch::Kind::MixedScript, name.fqdn, label, QString()});
        }
        candidates.append({label, name.skeletons.at(i)});
        if (label.contains(QLatin1Char('-'))) {
            candidates.append({label, spoof.skeleton(QString(label).remove(QLatin1Char('-')))});
        }
    }
    if (name.labels.size() > 1) {
        const QString joined = name.labels.join(QString()).remove(QLatin1Char('-'));
        candidates.append({name.labels.join(QLatin1Char('.')), spoof.skeleton(joined)});
    }
    for (const HighRiskName& listed : list) {
        for (const Candidate& candidate : candidates) {
            const bool whole = candidate.skeleton == listed.skeleton;
            const bool inside =
                listed.skeleton.size() >= kMinContainedLength && candidate.skeleton.contains(listed.skeleton);
            if (!whole && !inside) {
                continue;
            }
            const QString plain = QString(candidate.label).remove(QLatin1Char('-')).remove(QLatin1Char('.')).toLower();
            if (plain.contains(listed.name.toLower())) {
                matches.append({HighRiskMatch::Kind::HighRiskName, name.fqdn, listed.name,
                                whole ? QStringLiteral("label %1").arg(candidate.label)
                                      : QStringLiteral("inside %1").arg(candidate.label)});
            } else {
                matches.append({HighRiskMatch::Kind::LookAlike, name.fqdn, listed.name,
                                QStringLiteral("%1, confusable skeleton %2").arg(candidate.label, listed.skeleton)});
            }
            break; // one match per listed name and requested name
        }
    }
    return matches;
}

QString HighRiskRules::note(const QList<HighRiskMatch>& matches) {
    QStringList lines;
    for (const HighRiskMatch& match : matches) {
        lines << match.describe();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ra::domain
