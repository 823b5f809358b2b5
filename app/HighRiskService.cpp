// SPDX-License-Identifier: Apache-2.0
#include "app/HighRiskService.h"

#include "app/SpoofChecker.h"
#include "app/Workspace.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QUrl>

namespace ra::app {

namespace {
const SpoofChecker& spoofChecker() {
    static const SpoofChecker checker; // configured once, then only read
    return checker;
}

} // namespace

std::unexpected<domain::Error> HighRiskService::refusal(const domain::User& user, const QString& action,
                                                        const QString& code, const QString& message) {
    (void)m_workspace.record(user.username, domain::audit_event::ActionRefused,
                             {{QStringLiteral("action"), action}, {QStringLiteral("code"), code}});
    return std::unexpected(domain::Error{code, message, {}});
}

domain::Status HighRiskService::onlyAdministrators(const domain::User& user, const QString& action) {
    if (!user.disabled && user.can(domain::Permission::ManageDataSources)) {
        return {};
    }
    return refusal(
        user, action, QStringLiteral("role.not-allowed"),
        QCoreApplication::translate("HighRiskService", "Only an administrator keeps the high-risk name list."));
}

QList<domain::RequestedName> HighRiskService::requestedNames(const domain::Application& application) const {
    QList<domain::RequestedName> names;
    for (const domain::NameCheck& name : application.csrChecks.names) {
        if (!name.ascii.isEmpty()) {
            names << domain::HighRiskRules::describe(name.ascii, name.registrableDomain, spoofChecker());
        }
    }
    return names;
}

domain::Result<QList<domain::HighRiskMatch>> HighRiskService::assess(const domain::Application& application) {
    const QList<domain::RequestedName> names = requestedNames(application);
    QStringList fqdns;
    QStringList registrables;
    for (const domain::RequestedName& name : names) {
        fqdns << name.fqdn;
        if (!name.registrableDomain.isEmpty() && !registrables.contains(name.registrableDomain)) {
            registrables << name.registrableDomain;
        }
    }
    // The organization by its verified corporate number only, never by a typed name.
    QStringList corporateNumbers;
    if (application.id > 0) {
        const auto evidence = m_workspace.organizationEvidence().forApplication(application.id);
        if (!evidence) {
            return std::unexpected(evidence.error());
        }
        for (const domain::Evidence& item : *evidence) {
            if (item.confirms.any() && !item.corporateNumber.isEmpty() &&
                !corporateNumbers.contains(item.corporateNumber)) {
                corporateNumbers << item.corporateNumber;
            }
        }
    }
    const QString spki = application.csr.publicKeySha256;

    QList<domain::HighRiskMatch> matches;
    const auto prior = m_workspace.highRisk().priorRecords(application.id, fqdns, registrables, spki, corporateNumbers);
    if (!prior) {
        return std::unexpected(prior.error());
    }
    for (const PriorRecordMatch& record : *prior) {
        matches.append({record.kind, record.via == QLatin1String("key") ? QStringLiteral("public key") : record.value,
                        record.reference,
                        QStringLiteral("same %1 as application #%2; %3")
                            .arg(record.via)
                            .arg(record.applicationId)
                            .arg(record.detail)});
    }
    const auto listed = m_workspace.highRisk().names();
    if (!listed) {
        return std::unexpected(listed.error());
    }
    QStringList seenRegistrables;
    for (const domain::RequestedName& name : names) {
        matches << domain::HighRiskRules::nameMatches(name, *listed, spoofChecker());
        if (name.registrableDomain.isEmpty() || seenRegistrables.contains(name.registrableDomain)) {
            continue;
        }
        seenRegistrables << name.registrableDomain;
        const auto alike =
            m_workspace.highRisk().lookAlikeDomains(application.id, name.registrableSkeleton(), name.registrableDomain);
        if (!alike) {
            return std::unexpected(alike.error());
        }
        for (const QString& domain : *alike) {
            matches.append({domain::HighRiskMatch::Kind::LookAlike, name.registrableDomain, domain,
                            QStringLiteral("an earlier application's domain, confusable skeleton %1")
                                .arg(name.registrableSkeleton())});
        }
    }
    return matches;
}

domain::Status HighRiskService::decide(domain::Application& application, const QString& checker) {
    const auto matches = assess(application);
    if (!matches) {
        return std::unexpected(matches.error());
    }
    // Once high risk, always high risk: a later clean run does not lift the flag (R-IN-4).
    application.highRisk = application.highRisk || !matches->isEmpty();
    const QString note = domain::HighRiskRules::note(*matches);
    const domain::ChecklistItem* before = application.item(u"intake.high-risk-match");
    // Matches the officer has not seen void an additional verification recorded for others.
    if (before && before->note != note && application.item(u"risk.additional-verification")) {
        application.record(QStringLiteral("risk.additional-verification"), domain::CheckStatus::Pending, checker,
                           m_workspace.clock().nowUtc(), QStringLiteral("new high-risk matches: verify again"));
    }
    application.record(QStringLiteral("intake.high-risk-match"), domain::HighRiskRules::status(*matches), checker,
                       m_workspace.clock().nowUtc(), note);
    return {};
}

domain::Status HighRiskService::index(const domain::Application& application) {
    return m_workspace.highRisk().index(application.id, requestedNames(application), application.csr.publicKeySha256);
}

domain::Result<domain::HighRiskName> HighRiskService::addName(const domain::User& administrator, const QString& name,
                                                              const QString& reason) {
    if (auto allowed = onlyAdministrators(administrator, QStringLiteral("risk.add-name")); !allowed) {
        return std::unexpected(allowed.error());
    }
    const std::optional<QString> label = domain::HighRiskRules::listableName(name);
    if (!label || reason.trimmed().isEmpty()) {
        return refusal(administrator, QStringLiteral("risk.add-name"), QStringLiteral("risk.bad-name"),
                       QCoreApplication::translate("HighRiskService",
                                                   "A high-risk name is one label (letters, digits and hyphens, "
                                                   "at most 63 characters), with the reason it is on the list."));
    }
    domain::HighRiskName listed{0, *label, spoofChecker().skeleton(*label), reason.trimmed()};
    std::optional<domain::HighRiskName> already;
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        // Checked in the transaction, so two administrators adding look-alikes at once list one.
        const auto current = m_workspace.highRisk().names();
        if (!current) {
            return std::unexpected(current.error());
        }
        for (const domain::HighRiskName& other : *current) {
            if (other.skeleton == listed.skeleton) {
                already = other;
                return {};
            }
        }
        if (auto added = m_workspace.highRisk().addName(listed, administrator.username, m_workspace.clock().nowUtc());
            !added) {
            return added;
        }
        return m_workspace.audit().appendEvent(administrator.username, domain::audit_event::HighRiskNameAdded,
                                               {{QStringLiteral("id"), listed.id},
                                                {QStringLiteral("name"), listed.name},
                                                {QStringLiteral("skeleton"), listed.skeleton},
                                                {QStringLiteral("reason"), listed.reason}});
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    if (already) {
        // A look-alike of a listed name already matches everything it would: listing it twice
        // would only make one removal leave the other behind unnoticed.
        return refusal(administrator, QStringLiteral("risk.add-name"), QStringLiteral("risk.duplicate-name"),
                       QCoreApplication::translate("HighRiskService",
                                                   "\"%1\" (%2 in DNS) looks the same as \"%3\", already on "
                                                   "the list (#%4).")
                           .arg(listed.name, QString::fromLatin1(QUrl::toAce(listed.name)), already->name)
                           .arg(already->id));
    }
    return listed;
}

domain::Result<domain::HighRiskName> HighRiskService::removeName(const domain::User& administrator, qint64 id,
                                                                 const QString& reason) {
    if (auto allowed = onlyAdministrators(administrator, QStringLiteral("risk.remove-name")); !allowed) {
        return std::unexpected(allowed.error());
    }
    if (reason.trimmed().isEmpty()) {
        return refusal(
            administrator, QStringLiteral("risk.remove-name"), QStringLiteral("risk.no-reason"),
            QCoreApplication::translate("HighRiskService", "Say why the name comes off the high-risk list."));
    }
    domain::HighRiskName removed;
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto current = m_workspace.highRisk().names();
        if (!current) {
            return std::unexpected(current.error());
        }
        for (const domain::HighRiskName& listed : *current) {
            if (listed.id == id) {
                removed = listed;
            }
        }
        if (auto marked = m_workspace.highRisk().removeName(id, reason.trimmed(), administrator.username,
                                                            m_workspace.clock().nowUtc());
            !marked) {
            return marked;
        }
        return m_workspace.audit().appendEvent(administrator.username, domain::audit_event::HighRiskNameRemoved,
                                               {{QStringLiteral("id"), id},
                                                {QStringLiteral("name"), removed.name},
                                                {QStringLiteral("skeleton"), removed.skeleton},
                                                {QStringLiteral("reason"), reason.trimmed()}});
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    return removed;
}

domain::Result<QList<domain::HighRiskName>> HighRiskService::names() {
    return m_workspace.highRisk().names();
}

} // namespace ra::app
