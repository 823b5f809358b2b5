// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace ra::domain {

// The Public Suffix List (R-CSR-4). Names are ASCII (A-labels), lower case, without a trailing dot.
class IPublicSuffixList {
public:
    virtual ~IPublicSuffixList() = default;
    [[nodiscard]] virtual bool isPublicSuffix(const QString& name) const = 0;
    // The public suffix plus one label ("sample.co.jp" for "www.sample.co.jp"); empty when the
    // name is a public suffix itself or ends in no suffix the list knows (an Internal Name).
    [[nodiscard]] virtual QString registrableDomain(const QString& name) const = 0;
    // Whether the name's last label is a top-level domain the list knows at all.
    [[nodiscard]] virtual bool hasKnownTopLevelDomain(const QString& name) const = 0;
};

} // namespace ra::domain
