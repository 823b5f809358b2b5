// SPDX-License-Identifier: Apache-2.0
#include "app/ReadAccess.h"

#include "app/Workspace.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>

namespace ra::app {

domain::Status permitRead(Workspace& workspace, const domain::User& reader, domain::Permission permission,
                          const QString& what, qint64 applicationId) {
    if (reader.can(permission)) { // an enabled, enrolled account whose role allows it
        return {};
    }
    (void)workspace.record(
        reader.username, domain::audit_event::ActionRefused,
        {{QStringLiteral("action"), what}, {QStringLiteral("code"), QStringLiteral("role.not-allowed")}},
        applicationId);
    return domain::fail(QStringLiteral("role.not-allowed"),
                        QCoreApplication::translate("ReadAccess", "Your role (%1) may not do this: %2.")
                            .arg(domain::roleDisplayName(reader.role), what));
}

} // namespace ra::app
