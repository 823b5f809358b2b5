// SPDX-License-Identifier: Apache-2.0
// ra-cli settings …: the security settings, kept in the audit chain (issue 12 item 7).
#include "app/SettingsService.h"
#include "app/cli/Cli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ra::app {

int Cli::settings(const QStringList& args) {
    const QString sub = args.value(1);
    const bool list = sub == QLatin1String("list") && args.size() == 2;
    const bool set = sub == QLatin1String("set") && args.size() == 4;
    if (!list && !set) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli settings list | settings set KEY VALUE --as ADMINISTRATOR (an empty VALUE "
                      "removes the setting)"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    SettingsService service(*m_workspace);
    if (list) {
        const auto user = reader(domain::Permission::ViewAuditLog, QStringLiteral("settings list"));
        if (!user) {
            return Failure;
        }
        const auto rows = service.list(*user);
        if (!rows) {
            return fail(rows.error());
        }
        QJsonArray json;
        QString text;
        for (const SettingRow& row : *rows) {
            json.append(QJsonObject{{QStringLiteral("key"), row.key},
                                    {QStringLiteral("value"), row.value},
                                    {QStringLiteral("changed_by"), row.changedBy},
                                    {QStringLiteral("changed_at"), row.changedAt},
                                    {QStringLiteral("audit_sequence"), row.sequence}});
            text += QStringLiteral("%1 = %2  (%3, %4, #%5)\n")
                        .arg(row.key, row.value, row.changedBy, row.changedAt)
                        .arg(row.sequence);
        }
        print(json, text.trimmed());
        return Ok;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    const QString old =
        m_workspace->settingsLedger().current().value_or(QMap<QString, RecordedSetting>()).value(args.at(2)).value;
    if (auto changed = service.change(*actor, args.at(2), args.at(3)); !changed) {
        return fail(changed.error());
    }
    print(QJsonObject{{QStringLiteral("key"), args.at(2)},
                      {QStringLiteral("old"), old},
                      {QStringLiteral("new"), args.at(3)}},
          QCoreApplication::translate("ra-cli", "%1 is now “%2” (was “%3”); the audit log records the change.")
              .arg(args.at(2), args.at(3), old));
    return Ok;
}

} // namespace ra::app
