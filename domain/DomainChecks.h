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
    bool dcvPassed = false;          // a passed attempt (primary saw the value, perspectives corroborated)
    QDateTime dcvRandomValueExpires; // of that attempt
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
    // dcv.validated passes when every name has a passed attempt whose random value is still
    // valid at `at`; caa.checked fails when a name's latest check denies, passes when every name's
    // latest check allows, is corroborated and not stale at `at`; mpic.corroborated passes when
    // both others pass (each counts only corroborated evidence). Anything else stays pending.
    [[nodiscard]] static DomainCheckDecision decide(const QList<NameEvidence>& names, const QDateTime& at);
};

} // namespace ra::domain
