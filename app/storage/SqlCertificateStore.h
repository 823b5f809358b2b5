// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ra::app {

class Database;

// One of the CA's keys in the token and, for the CA and the OCSP responder, its certificate.
struct CaKeyRecord {
    QString purpose; // root, issuing, ocsp, audit
    QString keyLabel;
    QByteArray publicKeyDer;
    QByteArray certificateDer; // empty for the audit key
    QDateTime createdAt;
};

// A certificate from candidate to issued (R-ISS-3). `candidate` is the approved content, signed
// with the throwaway key; its tbsCertificate is what the approvals cover.
struct CertificateRecord {
    enum class State { Candidate, Issuing, Issued, Void };
    QString serial; // lower-case hex
    qint64 applicationId = 0;
    State state = State::Candidate;
    QByteArray candidate;
    QString tbsSha256;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray precertificate;
    QByteArray certificate;
    QDateTime createdAt;
    QDateTime issuingAt;
    QDateTime issuedAt;
    QDateTime revokedAt;       // invalid: not revoked
    int revocationReason = -1; // RFC 5280 CRLReason; -1: unspecified (no reasonCode)
    QString revokedBy;

    [[nodiscard]] bool revoked() const { return revokedAt.isValid(); }
};

[[nodiscard]] QString certificateStateId(CertificateRecord::State state);

// The CA's keys, certificates and CRLs in the workspace database; writes run inside the caller's
// transaction.
class SqlCertificateStore {
public:
    explicit SqlCertificateStore(Database& database)
        : m_database(database) {}

    [[nodiscard]] domain::Status saveCaKey(const CaKeyRecord& key);
    [[nodiscard]] domain::Result<std::optional<CaKeyRecord>> caKey(const QString& purpose) const;

    [[nodiscard]] domain::Status insert(const CertificateRecord& record);
    // Writes the state, the signed certificates and the revocation of `record.serial`.
    [[nodiscard]] domain::Status update(const CertificateRecord& record);
    [[nodiscard]] domain::Result<std::optional<CertificateRecord>> bySerial(const QString& serial) const;
    // The application's newest certificate that is not void.
    [[nodiscard]] domain::Result<std::optional<CertificateRecord>> currentFor(qint64 applicationId) const;
    // Voids the application's candidates (never signed); returns their serials.
    [[nodiscard]] domain::Result<QStringList> voidCandidates(qint64 applicationId);
    [[nodiscard]] domain::Result<QList<CertificateRecord>> inState(CertificateRecord::State state) const;
    // Issued certificates (with their revocation), newest first; `visit` returns false to stop.
    [[nodiscard]] domain::Status forEachIssued(const std::function<bool(const CertificateRecord&)>& visit) const;

    [[nodiscard]] domain::Result<quint64> lastCrlNumber() const;
    [[nodiscard]] domain::Status saveCrl(quint64 number, const QDateTime& thisUpdate, const QDateTime& nextUpdate,
                                         int entries, const QByteArray& der, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace ra::app
