// SPDX-License-Identifier: Apache-2.0
// ra-cli authority …: the representative's authority confirmed by call-back (R-ORG-5).
#include "app/AuthorityService.h"
#include "app/JsonViews.h"
#include "app/cli/Cli.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ra::app {

namespace {
QString callbackLine(const domain::Callback& callback) {
    return QStringLiteral("#%1  %2  %3 %4  %5 (%6)  %7")
        .arg(callback.id)
        .arg(callback.reachedAt.toUTC().toString(Qt::ISODate), domain::callbackChannelId(callback.channel),
             callback.contact, callback.personReached, callback.dataSourceName,
             domain::callbackOutcomeId(callback.outcome));
}
} // namespace

int Cli::authority(const QStringList& args) {
    const QString sub = args.value(1);
    bool idOk = false;
    const qint64 id = args.value(2).toLongLong(&idOk);
    if (!idOk || !((sub == QLatin1String("list") && args.size() == 3) ||
                   (sub == QLatin1String("callback") && args.size() == 4))) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli authority list APPLICATION | authority callback APPLICATION CALLBACK.json "
                      "--as OFFICER (CALLBACK.json: channel, contact, data_source_id, source_reference, "
                      "person_reached, person_title, reached_at, outcome, note; - reads stdin)"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    AuthorityService service(*m_workspace);
    if (sub == QLatin1String("list")) {
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("authority list"), id)) {
            return Failure;
        }
        const auto callbacks = service.callbacks(id);
        if (!callbacks) {
            return fail(callbacks.error());
        }
        QJsonArray json;
        QStringList lines;
        for (const domain::Callback& callback : *callbacks) {
            json.append(toJson(callback));
            lines << callbackLine(callback);
        }
        print(json, lines.join(QLatin1Char('\n')));
        return Ok;
    }
    const auto read = readJsonObject(args.at(3));
    if (!read) {
        return Failure;
    }
    const QJsonObject& json = *read;
    const auto channel = domain::callbackChannelFromId(json.value(QStringLiteral("channel")).toString());
    const auto outcome = domain::callbackOutcomeFromId(json.value(QStringLiteral("outcome")).toString());
    if (!channel || !outcome) {
        return usage(QCoreApplication::translate(
            "ra-cli", "channel is telephone, email or postal; outcome is confirmed, denied or not-reached."));
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    domain::Callback callback;
    callback.applicationId = id;
    callback.channel = *channel;
    callback.outcome = *outcome;
    callback.contact = json.value(QStringLiteral("contact")).toString();
    callback.dataSourceId = json.value(QStringLiteral("data_source_id")).toInteger();
    callback.sourceReference = json.value(QStringLiteral("source_reference")).toString();
    callback.personReached = json.value(QStringLiteral("person_reached")).toString();
    callback.personTitle = json.value(QStringLiteral("person_title")).toString();
    callback.reachedAt = QDateTime::fromString(json.value(QStringLiteral("reached_at")).toString(), Qt::ISODate);
    callback.note = json.value(QStringLiteral("note")).toString();
    const auto recorded = service.recordCallback(*actor, callback);
    if (!recorded) {
        return fail(recorded.error());
    }
    print(toJson(*recorded),
          QCoreApplication::translate("ra-cli", "Call-back recorded: %1").arg(callbackLine(*recorded)));
    return Ok;
}

} // namespace ra::app
