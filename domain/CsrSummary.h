// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ra::domain {

// What the RA learns from a PKCS#10 request, in plain values (the parsing lives in crypto/).
struct CsrSummary {
    QList<QPair<QString, QString>> subject; // attribute short name and value, in order
    QStringList dnsNames;                   // subjectAltName dNSName entries
    QStringList otherNames;                 // other SAN entries, described (IP:..., email:...)
    QString keyType;                        // "RSA", "EC", ...
    int keyBits = 0;
    QString curve;               // EC curve name, when EC
    QString signatureAlgorithm;  // e.g. "sha256WithRSAEncryption"
    bool signatureValid = false; // R-CSR-1 proof of possession
    QString publicKeySha256;     // hex SHA-256 of the DER SubjectPublicKeyInfo
    QByteArray publicKeyDer;     // the DER SubjectPublicKeyInfo, for the key checks

    [[nodiscard]] QString subjectText() const {
        QStringList parts;
        for (const auto& [name, value] : subject) {
            parts << name + QLatin1Char('=') + value;
        }
        return parts.join(QStringLiteral(", "));
    }
};

} // namespace ra::domain
