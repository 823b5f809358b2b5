// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/Perspective.h"

#include "app/dns/UnboundResolver.h"
#include "domain/Caa.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace ra::app {

namespace {
QString kindId(PerspectiveTask::Kind kind) {
    return kind == PerspectiveTask::Kind::Caa ? QStringLiteral("caa") : QStringLiteral("txt");
}

QStringList strings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        out.append(item.toString());
    }
    return out;
}
} // namespace

QJsonObject PerspectiveTask::toJson() const {
    return {{QStringLiteral("attempt"), attemptId},
            {QStringLiteral("kind"), kindId(kind)},
            {QStringLiteral("name"), name},
            {QStringLiteral("issuer"), issuerDomain}};
}

std::optional<PerspectiveTask> PerspectiveTask::fromJson(const QJsonObject& json) {
    PerspectiveTask task;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == kindId(Kind::Caa)) {
        task.kind = Kind::Caa;
    } else if (kind != kindId(Kind::Txt)) {
        return std::nullopt;
    }
    task.attemptId = json.value(QStringLiteral("attempt")).toInteger();
    task.name = json.value(QStringLiteral("name")).toString();
    task.issuerDomain = json.value(QStringLiteral("issuer")).toString();
    // A DNS name is at most 253 characters; anything else is not a task.
    if (task.attemptId <= 0 || task.name.isEmpty() || task.name.size() > 253 ||
        (task.kind == Kind::Caa && task.issuerDomain.isEmpty())) {
        return std::nullopt;
    }
    return task;
}

QJsonObject PerspectiveReport::toJson() const {
    return {{QStringLiteral("perspective"), perspective},
            {QStringLiteral("region"), region},
            {QStringLiteral("rir"), rir},
            {QStringLiteral("attempt"), attemptId},
            {QStringLiteral("answered"), answered},
            {QStringLiteral("values"), QJsonArray::fromStringList(values)},
            {QStringLiteral("caa_verdict"), caaVerdict},
            {QStringLiteral("relevant_name"), relevantName},
            {QStringLiteral("dnssec"), dnssec},
            {QStringLiteral("ttl"), ttl},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("elapsed_ms"), elapsedMs}};
}

std::optional<PerspectiveReport> PerspectiveReport::fromJson(const QJsonObject& json) {
    if (!json.value(QStringLiteral("perspective")).isString() || !json.value(QStringLiteral("answered")).isBool() ||
        !json.value(QStringLiteral("values")).isArray()) {
        return std::nullopt;
    }
    PerspectiveReport report;
    report.perspective = json.value(QStringLiteral("perspective")).toString();
    report.region = json.value(QStringLiteral("region")).toString();
    report.rir = json.value(QStringLiteral("rir")).toString();
    report.attemptId = json.value(QStringLiteral("attempt")).toInteger();
    report.answered = json.value(QStringLiteral("answered")).toBool();
    report.values = strings(json.value(QStringLiteral("values")));
    report.caaVerdict = json.value(QStringLiteral("caa_verdict")).toString();
    report.relevantName = json.value(QStringLiteral("relevant_name")).toString();
    report.dnssec = json.value(QStringLiteral("dnssec")).toString();
    report.ttl = json.value(QStringLiteral("ttl")).toInt();
    report.detail = json.value(QStringLiteral("detail")).toString();
    report.elapsedMs = json.value(QStringLiteral("elapsed_ms")).toInteger();
    return report;
}

QString PerspectiveReport::observedText() const {
    if (!answered) {
        return detail;
    }
    if (caaVerdict.isEmpty()) {
        return values.join(QStringLiteral(" | "));
    }
    return values.isEmpty() ? caaVerdict : caaVerdict + QStringLiteral(": ") + values.join(QStringLiteral("; "));
}

PerspectiveReport PerspectiveReport::failure(const QString& perspective, qint64 attemptId, const QString& detail) {
    PerspectiveReport report;
    report.perspective = perspective;
    report.attemptId = attemptId;
    report.detail = detail;
    report.dnssec = domain::dnssecStatusId(domain::DnssecStatus::Indeterminate);
    return report;
}

PerspectiveReport observe(const PerspectiveTask& task, const ObserverOptions& options, const QDateTime& now) {
    QElapsedTimer timer;
    timer.start();
    UnboundResolver resolver({options.forwarder, options.trustAnchorFile, 2, options.stubZones});
    PerspectiveReport report;
    report.attemptId = task.attemptId;
    if (task.kind == PerspectiveTask::Kind::Txt) {
        const domain::TxtLookup lookup = resolver.lookupTxt(task.name);
        report.answered = lookup.answered;
        report.values = lookup.texts;
        report.dnssec = domain::dnssecStatusId(lookup.dnssec);
        report.detail = lookup.detail;
    } else {
        const domain::CaaCheck check = domain::Caa::check(resolver, task.name, task.issuerDomain, now);
        report.answered = check.verdict != domain::CaaVerdict::Error;
        report.caaVerdict = domain::caaVerdictId(check.verdict);
        report.relevantName = check.relevantName;
        for (const domain::CaaRecord& record : check.relevantRecords) {
            report.values.append(
                QStringLiteral("%1 %2 \"%3\"").arg(record.flags).arg(record.tag, QString::fromLatin1(record.value)));
        }
        report.dnssec = domain::dnssecStatusId(check.dnssec);
        report.ttl = check.ttl;
        report.detail = check.reason;
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace ra::app
