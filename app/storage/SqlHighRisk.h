// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/HighRisk.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ra::app {

class Database;

// An earlier record that shares something with an application (R-IN-3).
struct PriorRecordMatch {
    domain::HighRiskMatch::Kind kind = domain::HighRiskMatch::Kind::RevokedCertificate;
    qint64 applicationId = 0;
    QString reference; // the certificate's serial, or the application's reference
    QString via;       // "key", "fqdn", "registrable-domain", "corporate-number"
    QString value;     // what they share
    QString detail;    // the revocation reason code, or the rejection's reason
};

// The records high-risk matching reads (migration 9): indexed so one application is matched against
// hundreds of thousands of earlier ones with a few lookups. Writes run inside the caller's transaction.
class SqlHighRisk {
public:
    explicit SqlHighRisk(Database& database)
        : m_database(database) {}

    // What later applications are matched against: the application's names and key.
    [[nodiscard]] domain::Status index(qint64 applicationId, const QList<domain::RequestedName>& names,
                                       const QString& spkiSha256);

    [[nodiscard]] domain::Result<QList<domain::HighRiskName>> names() const; // not removed
    [[nodiscard]] domain::Status addName(domain::HighRiskName& name, const QString& by, const QDateTime& at);
    // Marks the name removed, with the administrator's reason; the row stays.
    [[nodiscard]] domain::Status removeName(qint64 id, const QString& reason, const QString& by, const QDateTime& at);

    // Revoked certificates, and applications rejected for suspected fraud, of other applications
    // sharing a name, registrable domain, key or verified corporate number (R-IN-3).
    [[nodiscard]] domain::Result<QList<PriorRecordMatch>> priorRecords(qint64 applicationId, const QStringList& fqdns,
                                                                       const QStringList& registrableDomains,
                                                                       const QString& spkiSha256,
                                                                       const QStringList& corporateNumbers) const;
    // Earlier customers' registrable domains (not rejected, not high risk) whose registrable label
    // has this skeleton (R-IN-4).
    [[nodiscard]] domain::Result<QStringList> lookAlikeDomains(qint64 applicationId, const QString& skeleton,
                                                               const QString& registrableDomain) const;

private:
    Database& m_database;
};

} // namespace ra::app
