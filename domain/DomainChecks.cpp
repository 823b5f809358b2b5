// SPDX-License-Identifier: Apache-2.0
#include "domain/DomainChecks.h"

#include "domain/DatedRules.h"

#include <QCoreApplication>

namespace ra::domain {

QDateTime DomainChecks::validationUsableUntil(const QDateTime& validatedAt, const QDateTime& at) {
    return validatedAt.addDays(DatedRules::on(at.toUTC().date()).domainReuseDays);
}

DomainCheckDecision DomainChecks::decide(const QList<NameEvidence>& names, const QDateTime& at) {
    DomainCheckDecision decision;
    QStringList unvalidated;
    QStringList uncheckedCaa;
    QStringList deniedCaa;
    for (const NameEvidence& name : names) {
        if (!name.dcvPassed || at >= validationUsableUntil(name.dcvValidatedAt, at)) {
            unvalidated << name.fqdn;
        }
        if (name.caaChecked && name.caaVerdict == CaaVerdict::Deny) {
            deniedCaa << name.fqdn;
        } else if (!name.caaChecked || name.caaVerdict != CaaVerdict::Allow || !name.caaCorroborated ||
                   at >= name.caaValidUntil) {
            uncheckedCaa << name.fqdn;
        }
    }
    const QString list = QStringLiteral(", ");
    if (names.isEmpty()) {
        return decision;
    }
    if (unvalidated.isEmpty()) {
        decision.dcv = CheckStatus::Passed;
        decision.dcvNote = QCoreApplication::translate("DomainChecks", "Every name validated, corroborated.");
    } else {
        decision.dcvNote =
            QCoreApplication::translate("DomainChecks", "Not validated yet: %1.").arg(unvalidated.join(list));
    }
    if (!deniedCaa.isEmpty()) {
        decision.caa = CheckStatus::Failed;
        decision.caaNote = QCoreApplication::translate("DomainChecks", "CAA forbids issuance for %1 (CP 3.2.2.8).")
                               .arg(deniedCaa.join(list));
    } else if (uncheckedCaa.isEmpty()) {
        decision.caa = CheckStatus::Passed;
        decision.caaNote = QCoreApplication::translate("DomainChecks", "CAA allows every name, corroborated.");
    } else {
        decision.caaNote = QCoreApplication::translate("DomainChecks", "No current, corroborated CAA permission for "
                                                                       "%1.")
                               .arg(uncheckedCaa.join(list));
    }
    if (decision.dcv == CheckStatus::Passed && decision.caa == CheckStatus::Passed) {
        decision.mpic = CheckStatus::Passed;
        decision.mpicNote = QCoreApplication::translate("DomainChecks", "Remote perspectives corroborated every "
                                                                        "validation and CAA check.");
    } else {
        decision.mpicNote =
            QCoreApplication::translate("DomainChecks", "Waiting for corroborated validation and CAA of every name.");
    }
    return decision;
}

} // namespace ra::domain
