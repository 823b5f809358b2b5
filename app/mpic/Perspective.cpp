// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/Perspective.h"

#include "app/dns/UnboundResolver.h"
#include "app/mpic/HttpFetch.h"
#include "domain/Caa.h"
#include "domain/Dcv.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>

namespace ra::app {

namespace {
QString kindId(PerspectiveTask::Kind kind) {
    switch (kind) {
    case PerspectiveTask::Kind::Caa:
        return QStringLiteral("caa");
    case PerspectiveTask::Kind::Http:
        return QStringLiteral("http");
    case PerspectiveTask::Kind::Txt:
        break;
    }
    return QStringLiteral("txt");
}

constexpr PerspectiveTask::Kind kKinds[] = {PerspectiveTask::Kind::Txt, PerspectiveTask::Kind::Caa,
                                            PerspectiveTask::Kind::Http};

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
            {QStringLiteral("issuer"), issuerDomain},
            {QStringLiteral("urls"), QJsonArray::fromStringList(QUrl::toStringList(urls))}};
}

std::optional<PerspectiveTask> PerspectiveTask::fromJson(const QJsonObject& json) {
    PerspectiveTask task;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const auto known = std::find_if(std::begin(kKinds), std::end(kKinds),
                                    [&kind](Kind candidate) { return kindId(candidate) == kind; });
    if (known == std::end(kKinds)) {
        return std::nullopt;
    }
    task.kind = *known;
    task.attemptId = json.value(QStringLiteral("attempt")).toInteger();
    task.name = json.value(QStringLiteral("name")).toString();
    task.issuerDomain = json.value(QStringLiteral("issuer")).toString();
    task.urls = QUrl::fromStringList(strings(json.value(QStringLiteral("urls"))));
    // A DNS name is at most 253 characters; an HTTP task fetches only authorized URLs on its
    // name (R-DCV-3); anything else is not a task.
    const bool urlsFit = std::all_of(task.urls.cbegin(), task.urls.cend(), [&task](const QUrl& url) {
        return domain::Dcv::isAuthorizedUrl(url) && url.host() == task.name;
    });
    if (task.attemptId <= 0 || task.name.isEmpty() || task.name.size() > 253 ||
        (task.kind == Kind::Caa && task.issuerDomain.isEmpty()) ||
        (task.kind == Kind::Http && (task.urls.isEmpty() || task.urls.size() > kMaxUrls || !urlsFit))) {
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
            {QStringLiteral("elapsed_ms"), elapsedMs},
            {QStringLiteral("endpoint"), endpoint},
            {QStringLiteral("certificate_sha256"), certificateSha256}};
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
    report.endpoint = json.value(QStringLiteral("endpoint")).toString();
    report.certificateSha256 = json.value(QStringLiteral("certificate_sha256")).toString();
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

QString configuredTrustAnchor(const QString& named) {
    return named.isEmpty() ? QString::fromLatin1(UnboundResolver::kRootTrustAnchor) : named;
}

UnboundResolver::Options resolverOptions(const ObserverOptions& options) {
    return {options.forwarder, options.trustAnchorFile, 2, options.stubZones};
}

PerspectiveReport observe(const PerspectiveTask& task, const ObserverOptions& options, const QDateTime& now) {
    QElapsedTimer timer;
    timer.start();
    UnboundResolver resolver(resolverOptions(options));
    PerspectiveReport report;
    report.attemptId = task.attemptId;
    if (task.kind == PerspectiveTask::Kind::Http) {
        // Every URL is tried (method 6 may be served over http or https); each 2xx body is a value.
        const QDeadlineTimer deadline(domain::Dcv::kFetchTimeoutMs);
        QStringList hops;
        for (const QUrl& url : task.urls) {
            const HttpFetchResult fetched =
                fetchForValidation(url, resolver, deadline, FetchRules::validation(options.allowLoopbackTargets));
            hops << fetched.hops;
            if (fetched.fetched) {
                report.answered = true;
                report.values << QString::fromUtf8(fetched.body);
            } else {
                hops << fetched.detail;
            }
        }
        report.dnssec = domain::dnssecStatusId(domain::DnssecStatus::Indeterminate);
        report.detail = hops.join(QStringLiteral("; "));
    } else if (task.kind == PerspectiveTask::Kind::Txt) {
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
