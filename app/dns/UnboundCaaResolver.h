// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/ICaaResolver.h"

#include <memory>

namespace ra::app {

// CAA lookups through libunbound (DESIGN.md): one resolver context per instance, so no cache is
// shared between checks or perspectives, DNSSEC validation on when a trust anchor is given.
class UnboundCaaResolver final : public domain::ICaaResolver {
public:
    struct Options {
        QString forwarder;       // "ADDR@PORT" (the lab, a site resolver); empty: full recursion
        QString trustAnchorFile; // DNSSEC trust anchor; empty: no validation, status indeterminate
        int attempts = 2;        // R-CAA-2: a failed lookup is retried before anything is decided
    };

    explicit UnboundCaaResolver(Options options);
    ~UnboundCaaResolver() override;
    UnboundCaaResolver(const UnboundCaaResolver&) = delete;
    UnboundCaaResolver& operator=(const UnboundCaaResolver&) = delete;

    [[nodiscard]] domain::CaaLookup lookupCaa(const QString& name) override;

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    Options m_options;
};

} // namespace ra::app
