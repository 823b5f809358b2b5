// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/Role.h"
#include "domain/User.h"

#include <QString>

namespace ra::app {

class Workspace;

// Who may read what, whichever front end asks (R-ROLE-1, issue 12 item 11): an enabled account,
// signed in, whose role allows `permission`. The GUI asks it by showing a page only to those
// roles; ra-cli asks it for every read of the workspace. A refusal is audited with `what` was asked
// (an application's id when there is one) and returns role.not-allowed.
[[nodiscard]] domain::Status permitRead(Workspace& workspace, const domain::User& reader, domain::Permission permission,
                                        const QString& what, qint64 applicationId = 0);

} // namespace ra::app
