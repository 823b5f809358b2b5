// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ra::crypto {

// A certificate and its private key, both PEM.
struct TlsCredentials {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

// The workspace's own small authority for the perspectives' mutual TLS (R-MPIC-1). It is not the
// public CA and has nothing to do with its HSM: it only tells the workstation and its perspective
// agents apart from anything else on the network. ECDSA P-256 keys, SHA-256 signatures.
class TlsAuthority {
public:
    enum class Role { Server, Client };

    // A new self-signed authority valid `days` from `now`.
    [[nodiscard]] static domain::Result<TlsAuthority> create(const QString& commonName, const QDateTime& now, int days);
    [[nodiscard]] static domain::Result<TlsAuthority> load(const TlsCredentials& credentials);

    // A new key and an end-entity certificate for `commonName`. Server certificates name
    // `commonName`, localhost and 127.0.0.1 (agents run on loopback in the lab).
    [[nodiscard]] domain::Result<TlsCredentials> issue(const QString& commonName, Role role, const QDateTime& now,
                                                       int days) const;

    [[nodiscard]] const TlsCredentials& credentials() const { return m_credentials; }

private:
    explicit TlsAuthority(TlsCredentials credentials)
        : m_credentials(std::move(credentials)) {}
    TlsCredentials m_credentials;
};

} // namespace ra::crypto
