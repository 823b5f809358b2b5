// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

struct sqlite3;

namespace ra::app {

class Database;
class SqlAuditTrail;

// The rows that decide issuance, bound to the audit chain (issue 12 item 11, R-AUD-4): each write
// of one is followed, in the same transaction, by a record.sealed entry holding the row's digest,
// so that `audit verify` finds a row written, changed or deleted outside the application even
// when the schema's append-only triggers were dropped first. Other tables are not sealed:
// applications change on every step and are judged through these rows and the signed approvals.
namespace record_seals {
// Every sealed table. A table added here is sealed from the workspace's next open on.
[[nodiscard]] const QList<QString>& tables();

// The digest a seal holds for one row: SHA-256 over the table, the rowid and each column as name,
// SQLite type and value. NULL and empty values are left out, so a column that a later migration
// adds (NULL or '' in the rows before it) leaves earlier seals valid, and so is an `id` that is
// the rowid itself (migration 20 gave two tables one). A migration that adds a column with
// another default to a sealed table must reseal its rows.
struct RowDigest {
    qint64 row = 0;
    qint64 applicationId = 0; // the row's application_id, 0 where the table has none
    QByteArray sha256;        // hex
};

// The digest of one row as stored now; an empty sha256 when the row does not exist.
[[nodiscard]] domain::Result<RowDigest> digestOf(sqlite3* database, const QString& table, qint64 row);
// Every row of `table` in rowid order, until `visit` returns false; with `applicationId`, only
// that application's rows, found by the database (none in a table without application_id).
[[nodiscard]] domain::Status forEachRow(sqlite3* database, const QString& table,
                                        const std::function<bool(const RowDigest&)>& visit, qint64 applicationId = 0);

// What `audit verify` found when it compared the sealed tables with the seals in the chain.
struct Check {
    qint64 rowsChecked = 0;
    QString table; // of the first row that does not match; empty when every row matched
    qint64 row = 0;
    // SchemaChanged: every row matches its seal, but a trigger, view, index or table is not what
    // the application's migrations made: a planted trigger could have changed rows before the
    // application sealed them, and a changed view changes what sealed rows mean.
    enum class Finding { None, Unsealed, Altered, Deleted, SchemaChanged } finding = Finding::None;
};
// Compares every row of the sealed tables with the newest seal for it in the audit log, and then
// the schema with the one the migrations make. Reads on `database` as it stands (the caller's read
// transaction: the snapshot whose chain it verified). With `applicationId`, only that
// application's rows and seals (what issuance rests on; tables without application_id are left to
// `audit verify`).
// `onlyTables`, when given, limits the rows compared to those tables.
[[nodiscard]] domain::Result<Check> check(sqlite3* database, qint64 applicationId = 0,
                                          const QList<QString>& onlyTables = {});
} // namespace record_seals

// Appends the seals: used by the storage classes that write sealed tables.
class RecordSeals {
public:
    RecordSeals(Database& database, SqlAuditTrail& audit)
        : m_database(database)
        , m_audit(audit) {}

    // Seals row `row` of `table` as it stands now. Runs inside Database::transaction, right after
    // the write, so that a write and its seal commit or vanish together.
    [[nodiscard]] domain::Status seal(const QString& table, qint64 row);
    // At a workspace's first open since sealing began (created or upgraded): seals the rows
    // already there, trusting them as the first open finds them, and marks the log so that this
    // happens once. Every later open checks the mark only.
    [[nodiscard]] domain::Status beginIfNeeded();
    // Whether row `row` of `table` is as its newest seal says: for evidence of another application
    // that issuance reuses. It reads seals inside the chain's numbering and does not walk the chain
    // (that is `audit verify`'s work): it stops a row written without the application, not a seal
    // forged into a relinked chain.
    [[nodiscard]] domain::Result<bool> holds(const QString& table, qint64 row);
    // check() for one application, on this connection: what issuance asks of the records it rests
    // on (inserted, changed or deleted rows of the application, or a changed schema).
    [[nodiscard]] domain::Result<record_seals::Check> checkApplication(qint64 applicationId,
                                                                       const QList<QString>& onlyTables = {});

private:
    // The row's digest on this connection, in its transaction.
    [[nodiscard]] domain::Result<record_seals::RowDigest> digestNow(const QString& table, qint64 row);
    Database& m_database;
    SqlAuditTrail& m_audit;
};

} // namespace ra::app
