// SPDX-License-Identifier: Apache-2.0
#include "app/lab/WebLab.h"

#include "app/lab/LabProcess.h"
#include "crypto/Digest.h"
#include "crypto/TlsAuthority.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace ra::app {

using domain::fail;

namespace {
QString nginx() {
    return labprocess::systemTool(QStringLiteral("nginx"));
}

} // namespace

WebLab::WebLab(QString directory, QString address)
    : m_directory(QDir(directory).filePath(QStringLiteral("web")))
    , m_address(std::move(address)) {}

QString WebLab::path(const QString& name) const {
    return QDir(m_directory).filePath(name);
}

qint64 WebLab::pid() const {
    return labprocess::readPidFile(path(QStringLiteral("nginx.pid")));
}

int WebLab::currentGeneration() const {
    QFile file(path(QStringLiteral("generation")));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : 0;
}

bool WebLab::running() const {
    return labprocess::alive(pid());
}

bool WebLab::portsFree(const QString& address) {
    return labprocess::canListen(address, 80) && labprocess::canListen(address, 443);
}

QString WebLab::freeLoopbackAddress() {
    for (;;) {
        const auto random = [] { return 1 + QRandomGenerator::global()->bounded(254); };
        const QString address = QStringLiteral("127.%1.%2.%3").arg(random()).arg(random()).arg(random());
        if (portsFree(address)) {
            return address;
        }
    }
}

domain::Status WebLab::writeConfiguration() {
    const int generation = currentGeneration() + 1; // each configuration tells itself apart
    // One server per host with routes (its paths answered by directives), one for all the others.
    QString servers;
    const QDir routes(path(QStringLiteral("routes")));
    for (const QString& host : routes.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        servers += QStringLiteral("    server {\n        listen %1:80;\n        listen %1:443 ssl;\n"
                                  "        server_name %2;\n        root %3;\n        include %4/*.conf;\n"
                                  "        location = /.lab-generation { return 200 \"%5\"; }\n    }\n")
                       .arg(m_address, host, path(QStringLiteral("www/") + host), routes.filePath(host))
                       .arg(generation);
    }
    // When root, nginx would hand its workers to "nobody", who cannot read the lab's folder.
    const QString user = ::geteuid() == 0 ? QStringLiteral("user root;\n") : QString();
    const QString config =
        QStringLiteral("daemon on;\nworker_processes 1;\n%1pid %2;\nerror_log %3 info;\n"
                       "events {\n    worker_connections 256;\n}\n"
                       "http {\n    access_log %4;\n    default_type text/plain;\n    server_tokens off;\n"
                       "    client_body_temp_path %5/body;\n    proxy_temp_path %5/proxy;\n"
                       "    fastcgi_temp_path %5/fastcgi;\n    uwsgi_temp_path %5/uwsgi;\n    scgi_temp_path %5/scgi;\n"
                       "    ssl_certificate %6;\n    ssl_certificate_key %7;\n"
                       "%8"
                       "    server {\n        listen %9:80 default_server;\n        listen %9:443 ssl default_server;\n"
                       "        server_name _;\n        root %10/$host;\n"
                       "        location = /.lab-generation { return 200 \"%11\"; }\n    }\n}\n")
            .arg(user, path(QStringLiteral("nginx.pid")), path(QStringLiteral("error.log")),
                 path(QStringLiteral("access.log")), path(QStringLiteral("tmp")), path(QStringLiteral("tls.pem")),
                 path(QStringLiteral("tls.key")), servers, m_address)
            .arg(path(QStringLiteral("www")))
            .arg(generation);
    if (auto written = labprocess::writeFile(path(QStringLiteral("nginx.conf")), config.toUtf8()); !written) {
        return written;
    }
    return labprocess::writeFile(path(QStringLiteral("generation")), QByteArray::number(generation));
}

bool WebLab::serves(int generation) const {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(m_address), 80);
    if (!socket.waitForConnected(500)) {
        return false;
    }
    socket.write("GET /.lab-generation HTTP/1.0\r\nHost: lab\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(500)) {
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 200") && answer.endsWith("\r\n\r\n" + QByteArray::number(generation));
}

domain::Status WebLab::start(const QDateTime& now) {
    if (running()) {
        return fail(QStringLiteral("lab.running"),
                    QCoreApplication::translate("WebLab", "The lab's web server runs already (PID %1).").arg(pid()));
    }
    if (nginx().isEmpty()) {
        return fail(QStringLiteral("lab.no-nginx"),
                    QCoreApplication::translate("WebLab", "nginx is not installed (Debian package nginx)."));
    }
    if (!portsFree(m_address)) {
        return fail(QStringLiteral("lab.port-in-use"),
                    QCoreApplication::translate("WebLab", "Port 80 or 443 on %1 is in use or may not be used by this "
                                                          "user; choose another address with --web-address.")
                        .arg(m_address));
    }
    QDir().mkpath(path(QStringLiteral("tmp")));
    QDir().mkpath(path(QStringLiteral("www")));
    // https on the lab's hosts from a throw-away authority: the HTTP methods do not check the
    // certificate, RDAP does, and finds it names its host when it trusts authority.pem.
    const auto authority = crypto::TlsAuthority::create(QStringLiteral("RA lab web authority"), now, 30);
    const auto tls =
        authority ? authority->issue(QString::fromLatin1(kCertifiedHost), crypto::TlsAuthority::Role::Server, now, 30)
                  : std::unexpected(authority.error());
    if (!tls) {
        return std::unexpected(tls.error());
    }
    for (const auto& [name, content] :
         {std::pair{QStringLiteral("tls.pem"), tls->certificatePem},
          std::pair{QStringLiteral("tls.key"), tls->privateKeyPem},
          std::pair{QStringLiteral("authority.pem"), authority->credentials().certificatePem}}) {
        if (auto written = labprocess::writeFile(path(name), content); !written) {
            return written;
        }
    }
    QFile::setPermissions(path(QStringLiteral("tls.key")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto written = writeConfiguration(); !written) {
        return written;
    }
    QProcess server;
    server.start(nginx(),
                 {QStringLiteral("-c"), path(QStringLiteral("nginx.conf")), QStringLiteral("-p"), m_directory});
    if (!server.waitForFinished(30000) || server.exitCode() != 0) {
        return fail(QStringLiteral("lab.start"),
                    QCoreApplication::translate("WebLab", "The lab's web server did not start; see %1.")
                        .arg(path(QStringLiteral("error.log"))),
                    QString::fromLocal8Bit(server.readAllStandardError()));
    }
    for (int i = 0; i < 200; ++i) {
        if (serves(currentGeneration())) {
            return {};
        }
        QThread::msleep(50);
    }
    (void)stop();
    return fail(QStringLiteral("lab.start"),
                QCoreApplication::translate("WebLab", "The lab's web server did not start; "
                                                      "see %1.")
                    .arg(path(QStringLiteral("error.log"))));
}

domain::Status WebLab::stop() {
    const qint64 process = pid();
    if (!labprocess::alive(process)) {
        return {};
    }
    // SIGTERM makes nginx's master stop its workers first, then itself.
    if (!labprocess::end(process, 10000)) {
        return fail(QStringLiteral("lab.stop"),
                    QCoreApplication::translate("WebLab", "The lab's web server (PID %1) did not stop.").arg(process));
    }
    QFile::remove(path(QStringLiteral("nginx.pid")));
    return {};
}

domain::Status WebLab::reload() {
    if (auto written = writeConfiguration(); !written) {
        return written;
    }
    if (!running()) {
        return {}; // the next start reads it
    }
    ::kill(pid_t(pid()), SIGHUP);
    // nginx answers with the new configuration once its new worker runs, and only with it once
    // the old worker is gone (until then both accept connections): wait for both.
    for (int i = 0; i < 400; ++i) {
        if (serves(currentGeneration()) && labprocess::childCount(pid()) == 1) {
            return {};
        }
        QThread::msleep(25);
    }
    return fail(QStringLiteral("lab.reload"),
                QCoreApplication::translate("WebLab", "The lab's web server did not take the new configuration; see "
                                                      "%1.")
                    .arg(path(QStringLiteral("error.log"))));
}

domain::Status WebLab::publish(const QUrl& url, const QByteArray& content) {
    const QString host = url.host().toLower();
    const QString file = QDir::cleanPath(url.path());
    if (!labprocess::isDomainName(host) || !file.startsWith(QLatin1Char('/')) || file.contains(QLatin1String("/../"))) {
        return fail(
            QStringLiteral("lab.url"),
            QCoreApplication::translate("WebLab", "%1 is not a URL the lab serves.").arg(url.toDisplayString()));
    }
    return labprocess::writeFile(path(QStringLiteral("www/") + host + file), content);
}

domain::Status WebLab::setRoute(const QString& host, const QString& routePath, const QString& directives) {
    if (!labprocess::isDomainName(host) || !routePath.startsWith(QLatin1Char('/')) ||
        routePath.contains(QLatin1Char(' '))) {
        return fail(QStringLiteral("lab.url"),
                    QCoreApplication::translate("WebLab", "%1%2 is not a URL the lab serves.").arg(host, routePath));
    }
    const QString file = path(QStringLiteral("routes/%1/%2.conf").arg(host, crypto::sha256Hex(routePath.toUtf8())));
    if (directives.isEmpty()) {
        QFile::remove(file);
        QDir(path(QStringLiteral("routes"))).rmdir(host); // only when it was the host's last route
    } else if (auto written = labprocess::writeFile(
                   file, QStringLiteral("location = %1 {\n    %2\n}\n").arg(routePath, directives).toUtf8());
               !written) {
        return written;
    }
    return reload();
}

} // namespace ra::app
