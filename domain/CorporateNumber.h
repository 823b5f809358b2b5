// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QString>

namespace ra::domain {

// The 13-digit corporate number (法人番号) the National Tax Agency assigns to every Japanese
// corporation: a check digit followed by the 12-digit base number (Act on the Use of Numbers to
// Identify a Specific Individual, art. 39; Cabinet Office ordinance art. 1 for the check digit).
// Organizations are identified by it, never by the name an applicant typed (R-ORG-1, R-DOC-2).
class CorporateNumber {
public:
    static constexpr int kDigits = 13;

    // The number in its canonical form (13 ASCII digits) from what a person typed: full-width
    // digits, spaces and hyphens are accepted. Refuses anything else, and a wrong check digit.
    [[nodiscard]] static Result<QString> parse(QStringView text);
    // The check digit of a 12-digit base number: 9 - (Σ Pn·Qn mod 9), Pn the n-th digit counted
    // from the lowest, Qn 1 for odd n and 2 for even n. -1 when `base` is not 12 ASCII digits.
    [[nodiscard]] static int checkDigit(QStringView base);
    // A valid number for a 12-digit base (the lab and tests make their own numbers with it).
    [[nodiscard]] static QString fromBase(QStringView base);
};

} // namespace ra::domain
