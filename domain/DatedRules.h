// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QList>

namespace ra::domain {

// The values of all rules that change on fixed dates, as they stand on one day (R-TIME-1).
// Where the CP and the Baseline Requirements differ the stricter value is kept (CP 1.1).
struct RuleSet {
    int maxCertificateValidityDays = 0; // R-ISS-1, CP 6.3.2 / BR 6.3.2
    int organizationReuseDays = 0;      // R-DOC-2, CP 4.2.1 / BR 4.2.1
    int domainReuseDays = 0;            // R-DOC-2, CP 4.2.1 / BR 4.2.1
    int minRemotePerspectives = 0;      // R-MPIC-2, CP 3.2.2.9
    bool mpicQuorumEnforced = false;    // R-MPIC-2
    int minCorroboratingRirs = 0;       // R-MPIC-2
};

// One dated rule: the value that applies from `from` (inclusive) until the next step.
struct DatedStep {
    QDate from;
    int value = 0;
};

class DatedRules {
public:
    // The rule set in force on `day` (a UTC calendar date).
    [[nodiscard]] static RuleSet on(QDate day);

    // The raw tables, exposed so the UI and tests can show where each value comes from.
    [[nodiscard]] static const QList<DatedStep>& certificateValidity();
    [[nodiscard]] static const QList<DatedStep>& organizationReuse();
    [[nodiscard]] static const QList<DatedStep>& domainReuse();
    [[nodiscard]] static const QList<DatedStep>& remotePerspectives();
    [[nodiscard]] static const QList<DatedStep>& quorumEnforced();
    [[nodiscard]] static const QList<DatedStep>& corroboratingRirs();

    // The value of one table on one day.
    [[nodiscard]] static int valueOn(const QList<DatedStep>& table, QDate day);
};

} // namespace ra::domain
