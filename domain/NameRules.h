// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CheckResult.h"
#include "domain/ports/IPublicSuffixList.h"

namespace ra::domain {

// What the name rules found for one requested name.
struct NameCheck {
    QString requested;         // as the applicant wrote it
    QString ascii;             // lower-case A-label form (IDNs converted to punycode, CP 3.1.1 item 5)
    QString registrableDomain; // shown to the officer; empty when there is none
    QList<CheckResult> results;

    [[nodiscard]] bool ok() const { return allPassed(results); }
};

// R-CSR-4: every requested name must be a certifiable FQDN.
class NameRules {
public:
    static constexpr int kMaxLabelLength = 63;
    static constexpr int kMaxNameLength = 253;

    [[nodiscard]] static NameCheck check(const QString& requested, const IPublicSuffixList& suffixes);
};

} // namespace ra::domain
