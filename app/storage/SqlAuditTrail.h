// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Clock.h"
#include "domain/ports/IAuditTrail.h"

#include <QList>

#include <functional>

namespace ra::app {

class Database;

// What an auditor filters the log by (R-AUD-3). Empty fields do not filter.
struct AuditFilter {
    QDateTime from;
    QDateTime to;
    QString actor;
    QString eventType;
    qint64 applicationId = 0;
    QString text; // searched in the details
};

struct AuditHead {
    qint64 sequence = 0;
    QByteArray hash;
};

// The audit log in the workspace database: appends chained entries (R-AUD-2) and reads them back.
class SqlAuditTrail final : public domain::IAuditTrail {
public:
    SqlAuditTrail(Database& database, const domain::IClock& clock, QString workstation);

    // Must run inside Database::transaction, with the change the entry records.
    [[nodiscard]] domain::Result<domain::AuditEntry> append(domain::AuditEntry entry) override;
    // append(AuditEntry::about(...)), for callers that need only success or failure.
    [[nodiscard]] domain::Status appendEvent(const QString& actor, const QString& eventType,
                                             const QJsonObject& details = {}, qint64 applicationId = 0);

    [[nodiscard]] domain::Result<AuditHead> head() const;

    // Newest first, entries with sequence < `beforeSequence` (0: from the newest), at most `limit`.
    [[nodiscard]] domain::Result<QList<domain::AuditEntry>> page(const AuditFilter& filter, qint64 beforeSequence,
                                                                 int limit) const;
    [[nodiscard]] domain::Result<qint64> count(const AuditFilter& filter) const;
    // Every entry in sequence order, streamed; `visit` returns false to stop early.
    [[nodiscard]] domain::Status forEach(const std::function<bool(const domain::AuditEntry&)>& visit) const;
    // Every entry of one type, oldest first, for a reader that acts on them without walking the
    // chain: each must hash as stored and be linked to by the entry after it, which must hash as
    // stored too (or be the head). Changing one undetected takes a rewrite of the chain from there
    // on, which `audit verify` and the HSM-signed checkpoints show; this read does not walk that
    // far. Fails with audit.entry-altered at the first that is not.
    [[nodiscard]] domain::Result<QList<domain::AuditEntry>> linkedEntriesOfType(const QString& eventType) const;
    // The sequence of the newest entry of one type; 0 when there is none.
    [[nodiscard]] domain::Result<qint64> newestOfType(const QString& eventType) const;
    // R-AUD-2: checkpoints signed by the HSM's audit key, oldest first.
    [[nodiscard]] domain::Status addCheckpoint(const domain::AuditCheckpoint& checkpoint);
    [[nodiscard]] domain::Result<QList<domain::AuditCheckpoint>> checkpoints() const;
    [[nodiscard]] domain::Result<QStringList> eventTypes() const;
    [[nodiscard]] domain::Result<QStringList> actors() const;

private:
    Database& m_database;
    const domain::IClock& m_clock;
    QString m_workstation;
};

} // namespace ra::app
