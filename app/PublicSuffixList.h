// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/IPublicSuffixList.h"

#include <memory>

struct psl_ctx_st;

namespace ra::app {

// The Public Suffix List through libpsl, from Debian's publicsuffix package (or the copy built
// into libpsl, whichever is newer).
class PublicSuffixList final : public domain::IPublicSuffixList {
public:
    PublicSuffixList();
    ~PublicSuffixList() override;
    PublicSuffixList(const PublicSuffixList&) = delete;
    PublicSuffixList& operator=(const PublicSuffixList&) = delete;

    [[nodiscard]] bool isLoaded() const { return m_context != nullptr; }
    [[nodiscard]] bool isPublicSuffix(const QString& name) const override;
    [[nodiscard]] QString registrableDomain(const QString& name) const override;
    [[nodiscard]] bool hasKnownTopLevelDomain(const QString& name) const override;

private:
    struct Free {
        void operator()(psl_ctx_st* context) const noexcept;
    };
    std::unique_ptr<psl_ctx_st, Free> m_context;
};

} // namespace ra::app
