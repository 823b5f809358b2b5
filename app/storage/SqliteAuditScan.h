// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/RecordSeals.h"
#include "app/storage/SqlAuditTrail.h"
#include "domain/AuditEntry.h"
#include "domain/Error.h"

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace ra::app {

// The whole audit log of a workspace's SQLite file read straight through the SQLite C API, on a
// read-only connection of its own and in one read transaction, so that the head, the checkpoints
// and the entries are one snapshot: each entry is handed over as the bytes its hash covers, no
// string made of them, so that verifying a million entries costs little more than hashing them
// (R-AUD-2; QtSql's row reading made it 16 times slower). A scan is used by one thread at a time;
// two scans of one file may run on two threads.
class SqliteAuditScan {
public:
    // One entry as the chain hashes it: `chained` is `previousHash` followed by the entry's
    // canonical encoding (domain::AuditEntry::appendCanonical).
    struct ChainedEntry {
        qint64 sequence = 0;
        QByteArrayView previousHash;
        QByteArrayView chained;
        QByteArrayView entryHash;
        bool wellTyped = true; // integers where appends write integers, text everywhere else
    };
    using Visitor = std::function<bool(const ChainedEntry& entry)>;

    [[nodiscard]] static domain::Result<std::unique_ptr<SqliteAuditScan>> open(const QString& databasePath);
    ~SqliteAuditScan();
    SqliteAuditScan(const SqliteAuditScan&) = delete;
    SqliteAuditScan& operator=(const SqliteAuditScan&) = delete;

    [[nodiscard]] domain::Result<AuditHead> head();
    [[nodiscard]] domain::Result<QList<domain::AuditCheckpoint>> checkpoints();
    // Rows whose sequence number is not an integer (possible only in a table rebuilt by hand):
    // forEach never reaches them.
    [[nodiscard]] domain::Result<qint64> rowsWithoutSequence();
    // The highest sequence number in the log (0 when empty), whatever the head says.
    [[nodiscard]] domain::Result<qint64> lastSequence();
    // The entries numbered `first` to `last` (zero and negative numbers included), in sequence order, until `visit`
    // returns false; the views live for the call only.
    [[nodiscard]] domain::Status forEach(qint64 first, qint64 last, const Visitor& visit);
    // The rows that decide issuance compared with their seals in this snapshot (RecordSeals);
    // nullopt when the log shows no sealing began (a workspace not opened since the upgrade).
    [[nodiscard]] domain::Result<std::optional<record_seals::Check>> recordSeals();

private:
    explicit SqliteAuditScan(sqlite3* database)
        : m_database(database) {}
    [[nodiscard]] domain::Error failure(const QString& what) const;
    sqlite3* m_database = nullptr;
};

} // namespace ra::app
