// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlAuditTrail.h"

#include <QMap>

namespace ra::app {

struct RecordedSetting {
    QString value;
    QString actor;
    QString time;
    qint64 sequence = 0; // the setting.changed entry that set it
};

// The security settings (domain/SecuritySettings.h) as the audit chain records them, issue 12 item
// 7: each change is a `setting.changed` entry with the old and the new value, and a key's value is
// its newest entry's. The chain is the store, so a change made in the database shows as a broken
// link (SqlAuditTrail::linkedEntriesOfType) rather than as a new value.
class SettingsLedger {
public:
    explicit SettingsLedger(SqlAuditTrail& audit);

    // Key → newest value; a key set to "" is absent.
    [[nodiscard]] domain::Result<QMap<QString, RecordedSetting>> current() const;
    // Must run inside Database::transaction. One entry per key whose value changes, by `actor`;
    // `source` says where an unattended value came from ("workspace.ini", "lab"), empty for a
    // person's. Refuses, whoever asks, a key the workstation does not read and a value the key
    // cannot take (domain::securitySettingProblem). Returns the number of entries.
    [[nodiscard]] domain::Result<int> record(const QString& actor, const QList<std::pair<QString, QString>>& values,
                                             const QString& source = {});
    // Whether the chain holds the settings yet: false only in a workspace from before, until its
    // first open records what workspace.ini said.
    [[nodiscard]] domain::Result<bool> recordingBegan() const;
    // The sequence of the newest change (0: none), to tell cheaply whether current() moved on.
    [[nodiscard]] domain::Result<qint64> newestChange() const;

private:
    SqlAuditTrail& m_audit;
};

} // namespace ra::app
