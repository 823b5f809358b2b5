// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Checklist.h"

#include <QList>
#include <QString>

namespace ra::domain {

// The outcome of one automatic check, with the rule it enforces and where that rule is written,
// so the screen, the audit entry and the test all name the same thing.
struct CheckResult {
    QString id;            // stable: "key.rsa-exponent", "name.no-wildcard"
    QString requirementId; // "R-CSR-2"
    QString citation;      // "BR 6.1.6"
    CheckStatus status = CheckStatus::Pending;
    QString message; // translated, says what was found

    [[nodiscard]] bool failed() const { return status == CheckStatus::Failed; }
};

[[nodiscard]] inline bool allPassed(const QList<CheckResult>& results) {
    return std::none_of(results.cbegin(), results.cend(), [](const CheckResult& result) { return result.failed(); });
}

} // namespace ra::domain
