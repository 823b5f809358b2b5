// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Callback.h"
#include "domain/Error.h"
#include "domain/OrganizationVerification.h"

#include <QList>

namespace ra::domain {

// The representative's authority (R-ORG-5, CP 3.2.5): what a call-back record must hold and how
// the call-backs decide `authority.callback`.
class AuthorityVerification {
public:
    static constexpr qsizetype kMaxFieldLength = 500;

    // Refuses a record that is incomplete, dated in the future or before the application arrived,
    // or that used the application's own contact: that would confirm the applicant with itself.
    [[nodiscard]] static Status validate(const Callback& callback, const Application& application,
                                         const QDateTime& now);
    // Whether two contacts of a channel are the same: telephone numbers by their digits (a leading
    // 0 and the +81 country code are the same trunk), addresses case- and space-insensitively.
    [[nodiscard]] static bool sameContact(CallbackChannel channel, const QString& a, const QString& b);
    // A denial fails the item and stands; otherwise a confirmation (the latest call) passes it; calls
    // that reached nobody, and call-backs whose source has been withdrawn, decide nothing.
    [[nodiscard]] static EvidenceDecision decide(const QList<Callback>& callbacks);
};

} // namespace ra::domain
