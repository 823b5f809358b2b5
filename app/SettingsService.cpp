// SPDX-License-Identifier: Apache-2.0
#include "app/SettingsService.h"

#include "domain/SecuritySettings.h"

#include <QCoreApplication>

namespace ra::app {

using domain::fail;

SettingsService::SettingsService(Workspace& workspace)
    : m_workspace(workspace) {}

domain::Status SettingsService::change(const domain::User& administrator, const QString& key, const QString& value) {
    const domain::Status allowed = [&]() -> domain::Status {
        if (administrator.disabled || !administrator.can(domain::Permission::ManageSettings)) {
            return fail(
                QStringLiteral("role.not-allowed"),
                QCoreApplication::translate("SettingsService", "Only an administrator changes the security settings."));
        }
        if (const auto problem = domain::securitySettingProblem(key, value)) {
            return fail(QStringLiteral("settings.invalid"), *problem);
        }
        return {};
    }();
    if (!allowed) {
        (void)m_workspace.record(administrator.username, domain::audit_event::ActionRefused,
                                 {{QStringLiteral("action"), QStringLiteral("settings.change")},
                                  {QStringLiteral("key"), key.left(200)},
                                  {QStringLiteral("code"), allowed.error().code}});
        return allowed;
    }
    return m_workspace.changeSettings(administrator.username, {{key, value}});
}

domain::Status SettingsService::changeForLab(const QList<std::pair<QString, QString>>& values) {
    if (m_workspace.purpose() != WorkspacePurpose::Demo) {
        (void)m_workspace.record(QStringLiteral("lab"), domain::audit_event::ActionRefused,
                                 {{QStringLiteral("action"), QStringLiteral("settings.change")},
                                  {QStringLiteral("code"), QStringLiteral("lab.not-demo")}});
        return fail(QStringLiteral("lab.not-demo"),
                    QCoreApplication::translate("SettingsService",
                                                "Only a demo workspace has a lab that may point its settings at "
                                                "itself; here an administrator changes them."));
    }
    QList<std::pair<QString, QString>> security;
    QList<std::pair<QString, QString>> local;
    for (const auto& value : values) {
        (domain::isSecuritySetting(value.first) ? security : local).append(value);
    }
    if (auto changed = m_workspace.changeLocalSettings(local); !changed) {
        return changed;
    }
    return m_workspace.changeSettings(QStringLiteral("lab"), security, QStringLiteral("lab"));
}

domain::Result<QList<SettingRow>> SettingsService::list(const domain::User& reader) const {
    if (reader.disabled || !reader.can(domain::Permission::ViewAuditLog)) {
        return fail(QStringLiteral("role.not-allowed"),
                    QCoreApplication::translate("SettingsService",
                                                "Only auditors, supervisors and administrators read the settings."));
    }
    const auto recorded = m_workspace.settingsLedger().current();
    if (!recorded) {
        return std::unexpected(recorded.error());
    }
    QList<SettingRow> rows;
    for (auto it = recorded->cbegin(); it != recorded->cend(); ++it) {
        rows.append({it.key(), it->value, it->actor, it->time, it->sequence});
    }
    return rows;
}

} // namespace ra::app
