// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace ra::app {

// The workstation's or an agent's side of the perspectives' mutual TLS: its certificate and key,
// and the workspace authority that issued every certificate on the channel.
struct MutualTlsFiles {
    QString certificateFile;
    QString keyFile;
    QString caCertificateFile;
};

// TLS 1.2 or later, this certificate and key, and only the workspace authority to verify the
// peer with (never the system's CAs); a peer without a certificate from it fails the handshake
// (R-MPIC-1). Nothing when a file cannot be read.
[[nodiscard]] std::optional<QSslConfiguration> mutualTlsConfiguration(const MutualTlsFiles& files);

// A file's bytes, or nothing when it cannot be read.
[[nodiscard]] QByteArray readFileBytes(const QString& path);

} // namespace ra::app
