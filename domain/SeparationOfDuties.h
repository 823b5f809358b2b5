// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Error.h"
#include "domain/User.h"

namespace ra::domain {

// R-ROLE-2, enforced here in the domain and re-checked by the signing module before it signs.
class SeparationOfDuties {
public:
    // An officer may validate an application nobody else has taken.
    [[nodiscard]] static Status mayValidate(const User& user, const Application& application);

    // A supervisor who did not validate, and has not approved it already, may approve.
    [[nodiscard]] static Status mayApprove(const User& user, const Application& application);

    // The validating officer records the manual checklist items of an application in review; the
    // automatic ones are recorded by the services that run them, never by hand.
    // Evidence (organization, documents, call-back) is recorded by the validating officer while the
    // application is in review, like the checks it decides.
    [[nodiscard]] static Status mayRecordEvidence(const User& user, const Application& application);
    [[nodiscard]] static Status mayRecordCheck(const User& user, const Application& application,
                                               const ChecklistDefinition& definition);

    // Whether `administrator` may give `target` this role and custodian flag. An administrator
    // never changes their own role: that is how one would grant themself a role that approves.
    [[nodiscard]] static Status mayAssignRole(const User& administrator, const User& target, Role role,
                                              bool keyCustodian);

    // Whether `administrator` may create a new account with this role and custodian flag.
    [[nodiscard]] static Status mayCreateUser(const User& administrator, Role role, bool keyCustodian);

    // R-ROLE-1: a grant that lets one person approve, hold a share of the key's PIN or create
    // accounts is never one administrator's alone; a second one confirms it.
    [[nodiscard]] static bool grantNeedsSecondAdministrator(Role role, bool keyCustodian);
    // Whether `administrator` may confirm the grant of `target`: an active administrator who is
    // neither the one who asked for it nor the account itself.
    [[nodiscard]] static Status mayConfirmGrant(const User& administrator, const User& target);
};

} // namespace ra::domain
