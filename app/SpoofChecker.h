// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/ISpoofChecker.h"

#include <memory>

struct USpoofChecker;

namespace ra::app {

// ICU's spoof checker (UTS #39): confusable skeletons and the "highly restrictive" level of mixed
// scripts, with which Japanese (Han, Hiragana, Katakana with Latin) passes and Latin mixed with
// Cyrillic or Greek does not. One checker is configured once and then only read, which ICU allows
// from several threads.
class SpoofChecker final : public domain::ISpoofChecker {
public:
    SpoofChecker();
    ~SpoofChecker() override;
    SpoofChecker(const SpoofChecker&) = delete;
    SpoofChecker& operator=(const SpoofChecker&) = delete;

    [[nodiscard]] QString skeleton(const QString& text) const override;
    [[nodiscard]] bool mixedScript(const QString& label) const override;

private:
    struct Close {
        void operator()(USpoofChecker* checker) const noexcept;
    };
    std::unique_ptr<USpoofChecker, Close> m_checker;
};

} // namespace ra::app
