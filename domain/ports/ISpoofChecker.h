// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ra::domain {

// Look-alike detection (R-IN-4) as Unicode UTS #39 defines it: ICU's spoof checker in the app
// layer, never a hand-written table.
class ISpoofChecker {
public:
    virtual ~ISpoofChecker() = default;
    // The confusable skeleton: two strings that look alike have the same skeleton ("paypa1",
    // "pаypal" with a Cyrillic а, and "paypal" all give one).
    [[nodiscard]] virtual QString skeleton(const QString& text) const = 0;
    // Whether one label mixes scripts beyond what a single language uses (Latin with Cyrillic or
    // Greek; Japanese kana with Han and Latin stays allowed).
    [[nodiscard]] virtual bool mixedScript(const QString& label) const = 0;
};

} // namespace ra::domain
