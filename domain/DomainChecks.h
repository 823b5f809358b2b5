// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Caa.h"
#include "domain/Checklist.h"

#include <QDateTime>
#include <QList>

namespace ra::domain {

// What the evidence says about one requested name: its DCV attempts and its latest CAA check.
struct NameEvidence {
    QString fqdn;
    bool dcvPassed = false;   // a passed attempt (primary saw the value, perspectives corroborated)
    QDateTime dcvValidatedAt; // when it passed: this application's, or one reused (R-DOC-2)
    bool caaChecked = false;
    CaaVerdict caaVerdict = CaaVerdict::Error;
    bool caaCorroborated = false;
    QDateTime caaValidUntil; // R-CAA-3
};

// The Domains step's automatic checklist items, decided from evidence only.
struct DomainCheckDecision {
    CheckStatus dcv = CheckStatus::Pending;  // dcv.validated (R-DCV-2)
    CheckStatus caa = CheckStatus::Pending;  // caa.checked (R-CAA-1..3)
    CheckStatus mpic = CheckStatus::Pending; // mpic.corroborated (R-MPIC-1)
    QString dcvNote;
    QString caaNote;
    QString mpicNote;
};

class DomainChecks {
public:
    // dcv.validated passes when every name has a passed attempt still usable at `at` (R-DOC-2); caa.checked fails when
    // a name's latest check denies, passes when every name's latest check allows, is corroborated and not stale at
    // `at`; mpic.corroborated passes when both others pass (each counts only corroborated evidence). Anything else
    // stays pending.
    [[nodiscard]] static DomainCheckDecision decide(const QList<NameEvidence>& names, const QDateTime& at);
    // R-DOC-2: until when a validation completed at `validatedAt` may be used, under the domain
    // reuse limit in force on `at`'s day (CP 398 days; BR 200 from 2026-03-15, 100 from
    // 2027-03-15, 10 from 2029-03-15; the stricter applies).
    [[nodiscard]] static QDateTime validationUsableUntil(const QDateTime& validatedAt, const QDateTime& at);
};

} // namespace ra::domain
