// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mpic/MpicRound.h"
#include "domain/Caa.h"
#include "domain/Error.h"

#include <QHash>

namespace ra::app {

class Database;
class RecordSeals;

// One perspective's report as stored: the primary's, or a remote one with its outcome.
struct StoredObservation {
    QString outcome; // "primary", "corroborates", "differs", "failed"
    PerspectiveReport report;
    QDateTime observedAt;
};

// A CAA check kept as evidence for one name of one application (R-CAA-1..3, R-MPIC-1).
struct CaaEvidence {
    qint64 id = 0;
    qint64 applicationId = 0;
    QString fqdn;
    QString issuerDomain;
    domain::CaaVerdict verdict = domain::CaaVerdict::Error;
    QString relevantName;
    QStringList records; // "flags tag \"value\""
    domain::DnssecStatus dnssec = domain::DnssecStatus::Indeterminate;
    int ttl = 0;
    QString reason;
    bool corroborated = false;
    QString corroboration; // the MPIC decision's reason
    QDateTime checkedAt;
    QDateTime validUntil; // R-CAA-3: max(TTL, 8 hours) after the check
    QString checkedBy;

    // Whether this check lets issuance go ahead at `at` (allowed, corroborated, not stale).
    [[nodiscard]] bool permitsIssuanceAt(const QDateTime& at) const;
};

// The reports of the round stored at `at`: a check stores its round with the check's own time,
// so an attempt checked several times keeps each round apart.
[[nodiscard]] QList<StoredObservation> roundAt(const QList<StoredObservation>& observations, const QDateTime& at);

// The latest CAA check of each name, from checks oldest first (as caaChecks() gives them).
[[nodiscard]] QHash<QString, CaaEvidence> latestCaaChecks(const QList<CaaEvidence>& checks);

// Perspective observations and CAA checks in the workspace database; writes run inside the
// caller's transaction and nothing is ever changed or deleted (migration 6 enforces it).
class SqlValidationEvidence {
public:
    SqlValidationEvidence(Database& database, RecordSeals& seals)
        : m_database(database)
        , m_seals(seals) {}

    // Stores a round's primary and remote reports for a DCV attempt or a CAA check.
    [[nodiscard]] domain::Status addRound(qint64 dcvAttemptId, qint64 caaCheckId, const MpicRoundResult& round,
                                          const QDateTime& at);
    [[nodiscard]] domain::Result<QList<StoredObservation>> forAttempt(qint64 dcvAttemptId) const;
    [[nodiscard]] domain::Result<QList<StoredObservation>> forCaaCheck(qint64 caaCheckId) const;

    [[nodiscard]] domain::Status addCaaCheck(CaaEvidence& check);
    // Every CAA check of the application, oldest first.
    [[nodiscard]] domain::Result<QList<CaaEvidence>> caaChecks(qint64 applicationId) const;

private:
    [[nodiscard]] domain::Result<QList<StoredObservation>> observations(const char* column, qint64 id) const;
    Database& m_database;
    RecordSeals& m_seals; // every write of a sealed table is sealed in its transaction
};

} // namespace ra::app
