// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/MutualTls.h"

#include <QFile>
#include <QSslKey>

namespace ra::app {

QByteArray readFileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::optional<QSslConfiguration> mutualTlsConfiguration(const MutualTlsFiles& files) {
    const QList<QSslCertificate> own = QSslCertificate::fromData(readFileBytes(files.certificateFile));
    const QSslKey key(readFileBytes(files.keyFile), QSsl::Ec);
    const QList<QSslCertificate> authority = QSslCertificate::fromData(readFileBytes(files.caCertificateFile));
    if (own.isEmpty() || key.isNull() || authority.isEmpty()) {
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(own.first());
    tls.setPrivateKey(key);
    tls.setCaCertificates(authority);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace ra::app
