// SPDX-License-Identifier: Apache-2.0
#include "domain/DatedRules.h"

namespace ra::domain {

namespace {
// Before any entry: the earliest row of each table starts in the distant past.
const QDate kDistantPast(2000, 1, 1);
} // namespace

const QList<DatedStep>& DatedRules::certificateValidity() {
    // CP 6.3.2 defers to the CPS; BR 6.3.2: 398 days, 200 days from 2026-03-15, 100 from 2027-03-15, 47 from
    // 2029-03-15.
    static const QList<DatedStep> table{
        {kDistantPast, 398}, {QDate(2026, 3, 15), 200}, {QDate(2027, 3, 15), 100}, {QDate(2029, 3, 15), 47}};
    return table;
}

const QList<DatedStep>& DatedRules::organizationReuse() {
    // CP 4.2.1: 825 days; BR 4.2.1: 398 days from 2026-03-15.
    static const QList<DatedStep> table{{kDistantPast, 825}, {QDate(2026, 3, 15), 398}};
    return table;
}

const QList<DatedStep>& DatedRules::domainReuse() {
    // CP 4.2.1: 398 days; BR 4.2.1: 200 days from 2026-03-15, 100 from 2027-03-15, 10 from 2029-03-15.
    static const QList<DatedStep> table{
        {kDistantPast, 398}, {QDate(2026, 3, 15), 200}, {QDate(2027, 3, 15), 100}, {QDate(2029, 3, 15), 10}};
    return table;
}

const QList<DatedStep>& DatedRules::remotePerspectives() {
    // CP 3.2.2.9 phase-in of remote Network Perspectives.
    static const QList<DatedStep> table{{kDistantPast, 0},
                                        {QDate(2025, 3, 15), 2},
                                        {QDate(2026, 3, 15), 3},
                                        {QDate(2026, 6, 15), 4},
                                        {QDate(2026, 12, 15), 5}};
    return table;
}

const QList<DatedStep>& DatedRules::quorumEnforced() {
    // CP 3.2.2.9: quorum results are enforced from 2025-09-15 (1 = enforced).
    static const QList<DatedStep> table{{kDistantPast, 0}, {QDate(2025, 9, 15), 1}};
    return table;
}

const QList<DatedStep>& DatedRules::corroboratingRirs() {
    // CP 3.2.2.9: from 2026-03-15 the corroborating perspectives span at least two RIRs.
    static const QList<DatedStep> table{{kDistantPast, 1}, {QDate(2026, 3, 15), 2}};
    return table;
}

int DatedRules::valueOn(const QList<DatedStep>& table, QDate day) {
    int value = table.front().value;
    for (const DatedStep& step : table) {
        if (step.from <= day) {
            value = step.value;
        }
    }
    return value;
}

RuleSet DatedRules::on(QDate day) {
    RuleSet rules;
    rules.maxCertificateValidityDays = valueOn(certificateValidity(), day);
    rules.organizationReuseDays = valueOn(organizationReuse(), day);
    rules.domainReuseDays = valueOn(domainReuse(), day);
    rules.minRemotePerspectives = valueOn(remotePerspectives(), day);
    rules.mpicQuorumEnforced = valueOn(quorumEnforced(), day) != 0;
    rules.minCorroboratingRirs = valueOn(corroboratingRirs(), day);
    return rules;
}

} // namespace ra::domain
