// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CsrSummary.h"
#include "domain/Error.h"

#include <QByteArray>

namespace ra::crypto {

// Reads a PKCS#10 request (PEM, or DER as a fallback) and tells what it holds, including
// whether its signature verifies with its own key (R-CSR-1). Never throws; garbage gives an Error.
class CsrParser {
public:
    static constexpr qsizetype kMaxSize = qsizetype(64) * 1024; // a CSR is a few KiB; anything larger is refused

    [[nodiscard]] static ra::domain::Result<ra::domain::CsrSummary> parse(const QByteArray& data);
};

} // namespace ra::crypto
