// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SettingsLedger.h"

#include "domain/SecuritySettings.h"

namespace ra::app {

using domain::Result;

SettingsLedger::SettingsLedger(SqlAuditTrail& audit)
    : m_audit(audit) {}

Result<QMap<QString, RecordedSetting>> SettingsLedger::current() const {
    const auto entries = m_audit.linkedEntriesOfType(domain::audit_event::SettingChanged);
    if (!entries) {
        return std::unexpected(entries.error());
    }
    QMap<QString, RecordedSetting> settings;
    for (const domain::AuditEntry& entry : *entries) {
        const QJsonObject details = entry.details();
        const QString key = details.value(QStringLiteral("key")).toString();
        const QString value = details.value(QStringLiteral("new")).toString();
        if (value.isEmpty()) {
            settings.remove(key);
        } else {
            settings.insert(key, {value, entry.actor, entry.time, entry.sequence});
        }
    }
    return settings;
}

Result<int> SettingsLedger::record(const QString& actor, const QList<std::pair<QString, QString>>& values,
                                   const QString& source) {
    auto settings = current();
    if (!settings) {
        return std::unexpected(settings.error());
    }
    int recorded = 0;
    for (const auto& [key, value] : values) {
        // Every path checks the value, not only an administrator's: the lab's, the CA set-up's and
        // the upgrade's too.
        if (const auto problem = domain::securitySettingProblem(key, value)) {
            return domain::fail(QStringLiteral("settings.invalid"), *problem);
        }
        const QString old = settings->value(key).value;
        if (old == value) {
            continue;
        }
        QJsonObject details{{QStringLiteral("key"), key}, {QStringLiteral("old"), old}, {QStringLiteral("new"), value}};
        if (!source.isEmpty()) {
            details.insert(QStringLiteral("source"), source);
        }
        if (auto appended = m_audit.appendEvent(actor, domain::audit_event::SettingChanged, details); !appended) {
            return std::unexpected(appended.error());
        }
        if (value.isEmpty()) {
            settings->remove(key);
        } else {
            settings->insert(key, {value, actor, {}, 0});
        }
        ++recorded;
    }
    return recorded;
}

Result<bool> SettingsLedger::recordingBegan() const {
    // Any recorded change counts as well as the mark: a mark renamed or removed does not make a
    // workspace that records its settings take workspace.ini again.
    for (const QString& type : {domain::audit_event::SettingsRecordingBegan, domain::audit_event::SettingChanged}) {
        const auto newest = m_audit.newestOfType(type);
        if (!newest) {
            return std::unexpected(newest.error());
        }
        if (*newest > 0) {
            return true;
        }
    }
    return false;
}

Result<qint64> SettingsLedger::newestChange() const {
    return m_audit.newestOfType(domain::audit_event::SettingChanged);
}

} // namespace ra::app
