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
