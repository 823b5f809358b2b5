// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/Workspace.h"
#include "domain/User.h"

namespace ra::app {

struct SettingRow {
    QString key;
    QString value;
    QString changedBy;
    QString changedAt; // UTC, as the audit entry has it
    qint64 sequence = 0;
};

// The security settings (domain/SecuritySettings.h, issue 12 item 7): changed by administrators
// only, each change audited with its old and new value in the chain that stores them.
class SettingsService {
public:
    explicit SettingsService(Workspace& workspace);

    // Refused, and the refusal audited, for anyone but an enabled administrator, for a key that
    // is not a security setting, and for a value the key cannot take.
    [[nodiscard]] domain::Status change(const domain::User& administrator, const QString& key, const QString& value);
    // The demo's lab pointing the workspace at itself (actor "lab"); refused, and audited, in any
    // workspace not created as a demo.
    [[nodiscard]] domain::Status changeForLab(const QList<std::pair<QString, QString>>& values);
    // The recorded settings with who set each and when, for those who may read the audit log.
    [[nodiscard]] domain::Result<QList<SettingRow>> list(const domain::User& reader) const;

private:
    Workspace& m_workspace;
};

} // namespace ra::app
