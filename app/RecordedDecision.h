// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Error.h"
#include "domain/OrganizationVerification.h"

namespace ra::app {

class Workspace;

// Writes a checklist item decided by records (call-backs, inspections): only when its status or
// note changed, with a check.recorded audit entry naming the record (`recordKey`: "callback_id",
// "inspection_id"). Runs inside the caller's transaction; `application` is saved.
[[nodiscard]] domain::Status storeDecision(Workspace& workspace, const QString& actor, domain::Application& application,
                                           const domain::EvidenceDecision& decision, const QString& recordKey);

} // namespace ra::app
