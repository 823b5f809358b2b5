// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/MpicRound.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace ra::app {

namespace {
constexpr qint64 kMaxReportBytes = 256 * 1024; // a report is a few kilobytes; more is hostile

QString translate(const char* text) {
    return QCoreApplication::translate("MpicRound", text);
}

// A request to one agent: HTTP/1.1 over mutual TLS, no redirects followed, bounded in time.
QNetworkRequest agentRequest(const PerspectiveEndpoint& endpoint, const QString& path, const QSslConfiguration& tls,
                             int timeoutMs) {
    QNetworkRequest request(endpoint.url.resolved(QUrl(path)));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return request;
}

// Whether the agent's certificate names this perspective (the authority issues one per agent).
bool namesPerspective(const QNetworkReply* reply, const PerspectiveEndpoint& endpoint) {
    return reply->sslConfiguration().peerCertificate().subjectInfo(QSslCertificate::CommonName).contains(endpoint.name);
}

// Reads one agent's answer, trusting nothing in it that the channel did not prove.
PerspectiveReport reportFrom(QNetworkReply* reply, const PerspectiveEndpoint& endpoint, const PerspectiveTask& task) {
    if (reply->error() != QNetworkReply::NoError) {
        // Cancelled: by us (too large, deadline; the reason is on the reply) or by the transfer
        // timeout, which sets none.
        const QString why = reply->property("why").toString();
        const QString detail = reply->error() != QNetworkReply::OperationCanceledError ? reply->errorString()
                               : why.isEmpty() ? translate("The perspective did not answer in time.")
                                               : why;
        return PerspectiveReport::failure(endpoint.name, task.attemptId, detail);
    }
    if (!namesPerspective(reply, endpoint)) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        return PerspectiveReport::failure(
            endpoint.name, task.attemptId,
            translate("The agent's certificate names %1, not this perspective.")
                .arg(peer.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "))));
    }
    const QByteArray body = reply->read(kMaxReportBytes + 1);
    if (body.size() > kMaxReportBytes) {
        return PerspectiveReport::failure(endpoint.name, task.attemptId, translate("The agent's answer is too large."));
    }
    const auto report = PerspectiveReport::fromJson(QJsonDocument::fromJson(body).object());
    if (!report) {
        return PerspectiveReport::failure(endpoint.name, task.attemptId,
                                          translate("The agent's answer is unreadable."));
    }
    if (report->perspective != endpoint.name || report->attemptId != task.attemptId) {
        return PerspectiveReport::failure(endpoint.name, task.attemptId,
                                          translate("The agent answered for another perspective or attempt."));
    }
    return *report;
}

} // namespace

QJsonObject MpicRoundResult::toJson() const {
    QJsonArray perspectives;
    for (qsizetype i = 0; i < remote.size(); ++i) {
        QJsonObject report = remote.at(i).toJson();
        const auto outcome = observations.value(i).outcome;
        report.insert(QStringLiteral("outcome"),
                      outcome == domain::PerspectiveObservation::Outcome::Corroborates ? QStringLiteral("corroborates")
                      : outcome == domain::PerspectiveObservation::Outcome::Differs    ? QStringLiteral("differs")
                                                                                       : QStringLiteral("failed"));
        perspectives.append(report);
    }
    return {{QStringLiteral("primary"), primary.toJson()},
            {QStringLiteral("perspectives"), perspectives},
            {QStringLiteral("corroborated"), decision.corroborated},
            {QStringLiteral("remote_perspectives"), decision.remotePerspectives},
            {QStringLiteral("corroborating"), decision.corroborating},
            {QStringLiteral("non_corroborating"), decision.nonCorroborating},
            {QStringLiteral("allowed_non_corroborations"), decision.allowedNonCorroborations},
            {QStringLiteral("corroborating_rirs"), QJsonArray::fromStringList(decision.corroboratingRirs)},
            {QStringLiteral("reason"), decision.reason},
            {QStringLiteral("elapsed_ms"), elapsedMs}};
}

QStringList MpicRound::online(const MpicSettings& settings, int timeoutMs) {
    const std::optional<QSslConfiguration> tls = mutualTlsConfiguration(settings.tls);
    if (!tls || settings.perspectives.isEmpty()) {
        return {};
    }
    // Declared before the network: replies it aborts when it goes still report into these.
    QStringList answered;
    qsizetype outstanding = settings.perspectives.size();
    QEventLoop loop;
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    for (const PerspectiveEndpoint& endpoint : settings.perspectives) {
        QNetworkReply* reply = network.get(agentRequest(endpoint, QStringLiteral("/v1/health"), *tls, timeoutMs));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, endpoint] {
            const QJsonObject health = QJsonDocument::fromJson(reply->read(kMaxReportBytes)).object();
            if (reply->error() == QNetworkReply::NoError && namesPerspective(reply, endpoint) &&
                health.value(QStringLiteral("perspective")).toString() == endpoint.name) {
                answered << endpoint.name;
            }
            reply->deleteLater();
            if (--outstanding == 0) {
                loop.quit();
            }
        });
    }
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return answered;
}

MpicRoundResult MpicRound::run(const MpicSettings& settings, const PerspectiveTask& task,
                               const Corroborates& corroborates, QDate day, const Progress& progress) {
    QElapsedTimer timer;
    timer.start();
    MpicRoundResult result;
    QEventLoop loop;
    int outstanding = 1 + int(settings.perspectives.size());
    const auto done = [&] {
        if (--outstanding == 0) {
            loop.quit();
        }
    };

    // The primary looks on a thread of its own while the agents look at their sites.
    const ObserverOptions primaryOptions = settings.primary;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::unique_ptr<QThread> primary(QThread::create([&result, task, primaryOptions, now] {
        result.primary = observe(task, primaryOptions, now);
        result.primary.perspective = QStringLiteral("primary");
    }));
    QObject::connect(primary.get(), &QThread::finished, &loop, [&] {
        if (progress) {
            progress(result.primary);
        }
        done();
    });

    const std::optional<QSslConfiguration> tls = mutualTlsConfiguration(settings.tls);
    const QString tlsProblem =
        tls ? QString() : translate("The workstation's perspective certificate, key or authority cannot be read.");
    QNetworkAccessManager network;
    // Straight to the agents: mutual TLS end to end, and no per-request proxy look-up in the way.
    network.setProxy(QNetworkProxy::NoProxy);
    result.remote.resize(settings.perspectives.size());
    const QByteArray body = QJsonDocument(task.toJson()).toJson(QJsonDocument::Compact);
    for (qsizetype i = 0; i < settings.perspectives.size(); ++i) {
        const PerspectiveEndpoint& endpoint = settings.perspectives.at(i);
        if (!tlsProblem.isEmpty()) {
            result.remote[i] = PerspectiveReport::failure(endpoint.name, task.attemptId, tlsProblem);
            --outstanding;
            continue;
        }
        QNetworkReply* reply =
            network.post(agentRequest(endpoint, QStringLiteral("/v1/observe"), *tls, settings.timeoutMs), body);
        // Too large announced or received: stop reading at once.
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
            if (received > kMaxReportBytes || total > kMaxReportBytes) {
                reply->setProperty("why", translate("The agent's answer is too large."));
                reply->abort();
            }
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
            result.remote[i] = reportFrom(reply, settings.perspectives.at(i), task);
            result.remote[i].region = settings.perspectives.at(i).region;
            result.remote[i].rir = domain::rirId(settings.perspectives.at(i).rir);
            // Who answered, as the channel proved it (issue 12 item 10): what the agent wrote is replaced.
            result.remote[i].endpoint = settings.perspectives.at(i).url.toString();
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            result.remote[i].certificateSha256 =
                peer.isNull() ? QString() : QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
            reply->deleteLater();
            if (progress) {
                progress(result.remote[i]);
            }
            done();
        });
    }
    // Past the deadline every reply still open is aborted: a timeout is a non-corroboration.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&network] {
        for (QNetworkReply* reply : network.findChildren<QNetworkReply*>()) {
            if (reply->isRunning()) {
                reply->setProperty("why", translate("The perspective did not answer in time."));
                reply->abort();
            }
        }
    });
    deadline.start(settings.timeoutMs + 1000);
    primary->start();
    if (outstanding > 0) {
        loop.exec();
    }
    primary->wait();

    for (qsizetype i = 0; i < settings.perspectives.size(); ++i) {
        const PerspectiveReport& report = result.remote.at(i);
        domain::PerspectiveObservation observation;
        observation.perspective = settings.perspectives.at(i).name;
        observation.rir = settings.perspectives.at(i).rir;
        observation.attemptId = task.attemptId;
        observation.observed = report.observedText();
        observation.outcome = !report.answered ? domain::PerspectiveObservation::Outcome::Failed
                              : corroborates && corroborates(report, result.primary)
                                  ? domain::PerspectiveObservation::Outcome::Corroborates
                                  : domain::PerspectiveObservation::Outcome::Differs;
        result.observations.append(observation);
    }
    result.decision = domain::Mpic::decide(result.observations, task.attemptId, day);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace ra::app
