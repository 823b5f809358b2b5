// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/ICaaResolver.h"

#include <QStringList>

namespace ra::domain {

// What one TXT query returned (DCV method 3, R-DCV-2).
struct TxtLookup {
    bool answered = false; // NOERROR or NXDOMAIN; false: the lookup failed
    QStringList texts;     // each record's strings joined
    DnssecStatus dnssec = DnssecStatus::Indeterminate;
    QString detail;
};

class ITxtResolver {
public:
    virtual ~ITxtResolver() = default;
    [[nodiscard]] virtual TxtLookup lookupTxt(const QString& name) = 0;
};

} // namespace ra::domain
