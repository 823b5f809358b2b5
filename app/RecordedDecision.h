// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Error.h"
#include "domain/OrganizationVerification.h"

#include <functional>

namespace ra::app {

class Workspace;

// Writes a checklist item decided by records (call-backs, inspections): only when its status or
// note changed, with a check.recorded audit entry naming the record (`recordKey`: "callback_id",
// "inspection_id"). Runs inside the caller's transaction; `application` is saved.
[[nodiscard]] domain::Status storeDecision(Workspace& workspace, const QString& actor, domain::Application& application,
                                           const domain::EvidenceDecision& decision, const QString& recordKey);

// Loads the application and, while it is still in review, lets `decideIn` decide its items again
// from the records; once it left review its decisions are frozen. Runs inside the caller's
// transaction.
[[nodiscard]] domain::Status decideWhileInReview(Workspace& workspace, qint64 applicationId,
                                                 const std::function<domain::Status(domain::Application&)>& decideIn);

} // namespace ra::app
