// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/Callback.h"
#include "domain/Error.h"
#include "domain/User.h"

#include <QList>

namespace ra::app {

class Workspace;

// The representative's authority (R-ORG-5, CP 3.2.5): call-backs recorded by the validating
// officer, each deciding `authority.callback`.
class AuthorityService {
public:
    explicit AuthorityService(Workspace& workspace)
        : m_workspace(workspace) {}

    // Records a call-back after checking it (AuthorityVerification::validate), that its source is
    // an approved, not withdrawn Reliable Data Source, and that `actor` validates the application
    // in review; decides authority.callback in the same transaction. Refusals are audited.
    [[nodiscard]] domain::Result<domain::Callback> recordCallback(const domain::User& actor, domain::Callback callback);
    [[nodiscard]] domain::Result<QList<domain::Callback>> callbacks(qint64 applicationId);
    // Decides authority.callback again from the records as they are now (a source withdrawn since
    // no longer counts); run before submission. Does nothing once the application left review.
    [[nodiscard]] domain::Status decide(const QString& actor, qint64 applicationId);

private:
    [[nodiscard]] domain::Status decideIn(const QString& actor, domain::Application& application);
    Workspace& m_workspace;
};

} // namespace ra::app
