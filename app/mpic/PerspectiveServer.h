// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mpic/Perspective.h"

#include <QObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QThreadPool>

namespace ra::app {

// The agent's HTTPS service (R-MPIC-1): mutual TLS with certificates from the workspace's
// authority only, one POST /v1/observe per task, answered with what this perspective's own
// resolver saw. Requests are bounded in size and time; lookups run on a thread pool so a slow
// name does not hold other requests.
class PerspectiveServer : public QObject {
    Q_OBJECT

public:
    struct Config {
        QString name;
        QString region;
        QString rir;
        QString address = QStringLiteral("127.0.0.1");
        quint16 port = 0;
        QString certificateFile;
        QString keyFile;
        QString caCertificateFile;
        ObserverOptions observer;
        // The lab only: how long the agent waits before answering, standing in for the distance
        // between real perspective sites (they are at least 500 km apart, R-MPIC-2).
        int simulatedLatencyMs = 0;
    };

    // Reads the agent's INI file ([perspective] name, region, rir, listen, certificate, key,
    // ca_certificate, resolver, stub_zones, trust_anchor, simulated_latency_ms); relative paths are relative
    // to the file.
    [[nodiscard]] static std::optional<Config> readConfig(const QString& path, QString* error);

    explicit PerspectiveServer(Config config, QObject* parent = nullptr);

    [[nodiscard]] bool listen(QString* error);

private:
    void accept();
    void read(QSslSocket* socket);
    void answer(QSslSocket* socket, int status, const QJsonObject& body);
    void perform(QSslSocket* socket, const PerspectiveTask& task);

    Config m_config;
    QSslServer m_server;
    QThreadPool m_lookups;
};

} // namespace ra::app
