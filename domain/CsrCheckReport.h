// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CheckResult.h"
#include "domain/NameRules.h"

namespace ra::domain {

// Every automatic check of an application's key and names (R-CSR-2, R-CSR-3, R-CSR-4), kept with
// the application so the page shows exactly what was decided at intake.
struct CsrCheckReport {
    QList<CheckResult> key;
    QList<NameCheck> names;

    // The checklist items these results decide.
    [[nodiscard]] bool keyQualityPassed() const { return passedAmong(kKeyQualityChecks); }
    [[nodiscard]] bool weakKeyPassed() const { return passedAmong(kWeakKeyChecks); }
    [[nodiscard]] bool namesPassed() const {
        return !names.isEmpty() &&
               std::all_of(names.cbegin(), names.cend(), [](const NameCheck& name) { return name.ok(); });
    }
    [[nodiscard]] bool allPassed() const { return keyQualityPassed() && weakKeyPassed() && namesPassed(); }
    // The failed checks behind each item, for its note: check ids, and "name:id" for names.
    [[nodiscard]] QStringList keyQualityFailures() const { return failedAmong(kKeyQualityChecks); }
    [[nodiscard]] QStringList weakKeyFailures() const { return failedAmong(kWeakKeyChecks); }
    [[nodiscard]] QStringList nameFailures() const {
        QStringList failed;
        for (const NameCheck& name : names) {
            for (const CheckResult& result : name.results) {
                if (result.failed()) {
                    failed << name.requested + QLatin1Char(':') + result.id;
                }
            }
        }
        return failed;
    }

private:
    static inline const QStringList kKeyQualityChecks{
        QStringLiteral("key.type-size"),       QStringLiteral("key.rsa-exponent"),
        QStringLiteral("key.rsa-modulus-odd"), QStringLiteral("key.rsa-small-factors"),
        QStringLiteral("key.rsa-prime-power"), QStringLiteral("key.ec-point")};
    static inline const QStringList kWeakKeyChecks{QStringLiteral("key.roca"), QStringLiteral("key.fermat"),
                                                   QStringLiteral("key.debian-weak"),
                                                   QStringLiteral("key.compromised")};

    [[nodiscard]] QStringList failedAmong(const QStringList& ids) const {
        QStringList failed;
        for (const CheckResult& result : key) {
            if (ids.contains(result.id) && result.failed()) {
                failed << result.id;
            }
        }
        return failed;
    }

    [[nodiscard]] bool passedAmong(const QStringList& ids) const {
        bool any = false;
        for (const CheckResult& result : key) {
            if (ids.contains(result.id)) {
                any = true;
                if (result.failed()) {
                    return false;
                }
            }
        }
        return any;
    }
};

} // namespace ra::domain
