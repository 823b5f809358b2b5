// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/PerspectiveServer.h"

#include "app/mpic/MutualTls.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>
#include <QSslSocket>
#include <QTimer>

namespace ra::app {

namespace {
constexpr qsizetype kMaxRequestBytes = 64 * 1024; // a task is a few hundred bytes
constexpr int kRequestTimeoutMs = 10000;          // a client that sends nothing in time is dropped
constexpr int kParallelLookups = 16;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    default:
        return "Error";
    }
}

} // namespace

std::optional<PerspectiveServer::Config> PerspectiveServer::readConfig(const QString& path, QString* error) {
    if (!QFileInfo::exists(path)) {
        *error = QStringLiteral("no configuration file at %1").arg(path);
        return std::nullopt;
    }
    QSettings ini(path, QSettings::IniFormat);
    const QDir base = QFileInfo(path).absoluteDir();
    const auto file = [&](const char* key) {
        const QString value = ini.value(QStringLiteral("perspective/") + QLatin1String(key)).toString();
        return value.isEmpty() ? value : base.absoluteFilePath(value);
    };
    Config config;
    config.name = ini.value(QStringLiteral("perspective/name")).toString();
    config.region = ini.value(QStringLiteral("perspective/region")).toString();
    config.rir = ini.value(QStringLiteral("perspective/rir")).toString();
    const QString listen = ini.value(QStringLiteral("perspective/listen")).toString();
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    config.address = listen.left(colon);
    config.port = quint16(listen.mid(colon + 1).toUInt());
    config.certificateFile = file("certificate");
    config.keyFile = file("key");
    config.caCertificateFile = file("ca_certificate");
    config.observer.forwarder = ini.value(QStringLiteral("perspective/resolver")).toString();
    config.observer.trustAnchorFile = configuredTrustAnchor(file("trust_anchor"));
    // An agent reaches loopback and private targets only when its own configuration says so (the lab's).
    config.observer.allowLoopbackTargets =
        ini.value(QStringLiteral("perspective/allow_loopback_targets"), false).toBool();
    config.observer.stubZones =
        ini.value(QStringLiteral("perspective/stub_zones")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    config.simulatedLatencyMs =
        std::clamp(ini.value(QStringLiteral("perspective/simulated_latency_ms")).toInt(), 0, 5000);
    if (config.name.isEmpty() || config.rir.isEmpty() || colon <= 0 || config.port == 0 ||
        config.certificateFile.isEmpty() || config.keyFile.isEmpty() || config.caCertificateFile.isEmpty()) {
        *error = QStringLiteral("%1 must set name, rir, listen (ADDRESS:PORT), certificate, key and ca_certificate")
                     .arg(path);
        return std::nullopt;
    }
    return config;
}

PerspectiveServer::PerspectiveServer(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config)) {
    m_lookups.setMaxThreadCount(kParallelLookups);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &PerspectiveServer::accept);
}

bool PerspectiveServer::listen(QString* error) {
    // Only the workspace's authority: a client without a certificate from it is refused in the
    // handshake (R-MPIC-1).
    const auto tls = mutualTlsConfiguration({m_config.certificateFile, m_config.keyFile, m_config.caCertificateFile});
    if (!tls) {
        *error = QStringLiteral("cannot read the certificate, key or CA certificate");
        return false;
    }
    m_server.setSslConfiguration(*tls);
    if (!m_server.listen(QHostAddress(m_config.address), m_config.port)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void PerspectiveServer::accept() {
    while (m_server.hasPendingConnections()) {
        auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
        if (!socket) {
            continue;
        }
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { read(socket); });
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] {
            if (!socket->property("busy").toBool()) { // a task being performed has its own time limits
                socket->abort();
            }
        });
        read(socket); // data may have arrived with the handshake
    }
}

void PerspectiveServer::read(QSslSocket* socket) {
    if (socket->property("busy").toBool()) {
        return; // one task per connection; the answer closes it
    }
    const QByteArray pending = socket->peek(kMaxRequestBytes + 1);
    if (pending.size() > kMaxRequestBytes) {
        answer(socket, 413, {{QStringLiteral("error"), QStringLiteral("request too large")}});
        return;
    }
    const qsizetype headerEnd = pending.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return; // wait for the rest of the header
    }
    const QList<QByteArray> lines = pending.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    qsizetype contentLength = -1;
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
            bool ok = false;
            contentLength = line.mid(colon + 1).trimmed().toLongLong(&ok);
            contentLength = ok ? contentLength : -1;
        }
    }
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, {{QStringLiteral("error"), QStringLiteral("not an HTTP/1 request")}});
        return;
    }
    if (requestLine.at(0) == "GET" && requestLine.at(1) == "/v1/health") {
        answer(socket, 200,
               {{QStringLiteral("perspective"), m_config.name},
                {QStringLiteral("region"), m_config.region},
                {QStringLiteral("rir"), m_config.rir}});
        return;
    }
    if (requestLine.at(0) != "POST" || requestLine.at(1) != "/v1/observe") {
        answer(socket, 404, {{QStringLiteral("error"), QStringLiteral("only POST /v1/observe")}});
        return;
    }
    if (contentLength < 0 || contentLength > kMaxRequestBytes) {
        answer(socket, 400, {{QStringLiteral("error"), QStringLiteral("Content-Length missing or too large")}});
        return;
    }
    if (pending.size() < headerEnd + 4 + contentLength) {
        return; // wait for the body
    }
    const QJsonDocument body = QJsonDocument::fromJson(pending.mid(headerEnd + 4, contentLength));
    const auto task = PerspectiveTask::fromJson(body.object());
    if (!task) {
        answer(socket, 400, {{QStringLiteral("error"), QStringLiteral("not a validation task")}});
        return;
    }
    socket->setProperty("busy", true);
    perform(socket, *task);
}

void PerspectiveServer::perform(QSslSocket* socket, const PerspectiveTask& task) {
    const QPointer<QSslSocket> guard(socket);
    const ObserverOptions options = m_config.observer;
    m_lookups.start([this, guard, task, options] {
        PerspectiveReport report = observe(task, options, QDateTime::currentDateTimeUtc());
        QMetaObject::invokeMethod(
            this,
            [this, guard, report]() mutable {
                report.perspective = m_config.name;
                report.region = m_config.region;
                report.rir = m_config.rir;
                QTimer::singleShot(m_config.simulatedLatencyMs, this, [this, guard, report] {
                    if (guard) { // else the client gave up
                        answer(guard, 200, report.toJson());
                    }
                });
            },
            Qt::QueuedConnection);
    });
}

void PerspectiveServer::answer(QSslSocket* socket, int status, const QJsonObject& body) {
    socket->setProperty("busy", true);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                  "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(json.size()) + "\r\n\r\n" + json);
    socket->disconnectFromHost();
}

} // namespace ra::app
