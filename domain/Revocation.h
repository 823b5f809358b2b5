// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ra::domain {

// R-REV-1, CP 7.2.2: the only reasons this CA revokes for. certificateHold is never used.
enum class RevocationReason {
    Unspecified,          // written as no reasonCode at all
    KeyCompromise,        // 1
    AffiliationChanged,   // 3
    Superseded,           // 4
    CessationOfOperation, // 5
    PrivilegeWithdrawn,   // 9: chosen by the CA, never offered to the subscriber
};

[[nodiscard]] QString revocationReasonId(RevocationReason reason); // RFC 5280 spelling: "keyCompromise"
[[nodiscard]] std::optional<RevocationReason> revocationReasonFromId(QStringView id);
[[nodiscard]] QStringList revocationReasonIds();
// The RFC 5280 CRLReason code, or -1 for Unspecified (no reasonCode extension, CP 7.2.2).
[[nodiscard]] int crlReasonCode(RevocationReason reason);
[[nodiscard]] bool offeredToSubscriber(RevocationReason reason);

} // namespace ra::domain
