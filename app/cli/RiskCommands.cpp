// SPDX-License-Identifier: Apache-2.0
// ra-cli risk …: the high-risk name list (R-IN-4) and an application's matches (R-IN-3).
#include "app/HighRiskService.h"
#include "app/cli/Cli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ra::app {

int Cli::risk(const QStringList& args) {
    const QString sub = args.value(1);
    const QString what = args.value(2);
    const bool list = sub == QLatin1String("names") && what == QLatin1String("list") && args.size() == 3;
    const bool add = sub == QLatin1String("names") && what == QLatin1String("add") && args.size() == 4;
    const bool remove = sub == QLatin1String("names") && what == QLatin1String("remove") && args.size() == 4;
    const bool check = sub == QLatin1String("check") && args.size() == 3;
    if (!list && !add && !remove && !check) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli risk names list | risk names add NAME --reason TEXT --as ADMINISTRATOR | "
                      "risk names remove ID --reason TEXT --as ADMINISTRATOR | risk check APPLICATION"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    HighRiskService service(*m_workspace);
    if (list) {
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("risk names list"))) {
            return Failure;
        }
        const auto names = service.names();
        if (!names) {
            return fail(names.error());
        }
        QJsonArray json;
        QString text;
        for (const domain::HighRiskName& name : *names) {
            json.append(QJsonObject{{QStringLiteral("id"), name.id},
                                    {QStringLiteral("name"), name.name},
                                    {QStringLiteral("skeleton"), name.skeleton},
                                    {QStringLiteral("reason"), name.reason}});
            text += QStringLiteral("%1  %2  %3\n").arg(name.id).arg(name.name, name.reason);
        }
        print(json, text.trimmed());
        return Ok;
    }
    if (check) {
        // What the matching finds now, without recording anything.
        bool numeric = false;
        const qint64 id = args.at(2).toLongLong(&numeric);
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("risk check"), id)) {
            return Failure;
        }
        const auto application =
            numeric ? m_workspace->applications().byId(id)
                    : domain::Result<domain::Application>(
                          std::unexpected(domain::Error{QStringLiteral("usage"), QStringLiteral("not a number"), {}}));
        if (!application) {
            return fail(application.error());
        }
        const auto matches = service.assess(*application);
        if (!matches) {
            return fail(matches.error());
        }
        QJsonArray json;
        for (const domain::HighRiskMatch& match : *matches) {
            json.append(QJsonObject{{QStringLiteral("kind"), match.kindId()},
                                    {QStringLiteral("name"), match.name},
                                    {QStringLiteral("matched_with"), match.matchedWith},
                                    {QStringLiteral("detail"), match.detail}});
        }
        print(json, matches->isEmpty() ? QCoreApplication::translate("ra-cli", "No high-risk match.")
                                       : domain::HighRiskRules::note(*matches));
        return matches->isEmpty() ? Ok : ProblemsFound;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    if (remove) {
        bool numeric = false;
        const qint64 id = args.at(3).toLongLong(&numeric);
        if (!numeric) {
            return usage(QCoreApplication::translate("ra-cli", "Not a high-risk name id: %1").arg(args.at(3)));
        }
        const auto removed = service.removeName(*actor, id, m_parser.value(m_reasonOption));
        if (!removed) {
            return fail(removed.error());
        }
        print(QJsonObject{{QStringLiteral("removed"), id},
                          {QStringLiteral("name"), removed->name},
                          {QStringLiteral("skeleton"), removed->skeleton}},
              QCoreApplication::translate("ra-cli", "High-risk name %1 removed from the list: %2")
                  .arg(id)
                  .arg(removed->name));
        return Ok;
    }
    const auto added = service.addName(*actor, args.at(3), m_parser.value(m_reasonOption));
    if (!added) {
        return fail(added.error());
    }
    print(QJsonObject{{QStringLiteral("id"), added->id},
                      {QStringLiteral("name"), added->name},
                      {QStringLiteral("skeleton"), added->skeleton}},
          QCoreApplication::translate("ra-cli", "High-risk name %1 added: %2").arg(added->id).arg(added->name));
    return Ok;
}

} // namespace ra::app
