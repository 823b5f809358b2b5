// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqliteAuditScan.h"

#include "app/storage/SqliteStatement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace ra::app {

namespace {
using Statement = SqliteStatement;

// A text column's UTF-8 bytes as SQLite holds them. Read as a blob: sqlite3_column_text would
// first copy every value that is not NUL-terminated in the page, which costs more than hashing it.
QByteArrayView textOf(sqlite3_stmt* statement, int column) {
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(statement, column));
    return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(statement, column)) : QByteArrayView();
}

QString stringOf(sqlite3_stmt* statement, int column) {
    const QByteArrayView text = textOf(statement, column);
    return QString::fromUtf8(text.data(), text.size());
}
} // namespace

domain::Result<std::unique_ptr<SqliteAuditScan>> SqliteAuditScan::open(const QString& databasePath) {
    sqlite3* database = nullptr;
    const int opened = sqlite3_open_v2(databasePath.toUtf8().constData(), &database,
                                       SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    std::unique_ptr<SqliteAuditScan> scan(new SqliteAuditScan(database)); // closes even a failed open
    if (opened != SQLITE_OK) {
        return std::unexpected(scan->failure(databasePath));
    }
    sqlite3_busy_timeout(database, 5000);
    // One snapshot: an append by another process cannot fall between the head and the entries.
    if (sqlite3_exec(database, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        return std::unexpected(scan->failure(databasePath));
    }
    // The bytes handed over are the UTF-8 the chain hashes only in a UTF-8 database.
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(database, "PRAGMA encoding", -1, &raw, nullptr) != SQLITE_OK) {
        return std::unexpected(scan->failure(databasePath));
    }
    const Statement encoding(raw);
    if (sqlite3_step(raw) != SQLITE_ROW || textOf(raw, 0) != QByteArrayView("UTF-8")) {
        return domain::fail(QStringLiteral("storage.audit-scan"),
                            QCoreApplication::translate("SqliteAuditScan", "The audit log cannot be read."),
                            databasePath + QStringLiteral(": not a UTF-8 database"));
    }
    return scan;
}

SqliteAuditScan::~SqliteAuditScan() {
    if (m_database) {
        sqlite3_exec(m_database, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(m_database);
}

domain::Error SqliteAuditScan::failure(const QString& what) const {
    return {QStringLiteral("storage.audit-scan"),
            QCoreApplication::translate("SqliteAuditScan", "The audit log cannot be read."),
            what + QStringLiteral(": ") + QString::fromUtf8(m_database ? sqlite3_errmsg(m_database) : "out of memory")};
}

domain::Result<AuditHead> SqliteAuditScan::head() {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_database, "SELECT seq, hash FROM audit_head WHERE id = 1", -1, &raw, nullptr) !=
        SQLITE_OK) {
        return std::unexpected(failure(QStringLiteral("audit_head")));
    }
    const Statement statement(raw);
    const int step = sqlite3_step(raw);
    if (step == SQLITE_DONE) {
        return domain::fail(QStringLiteral("audit.head-missing"),
                            QCoreApplication::translate("SqlAuditTrail", "The audit log has lost its head record."));
    }
    if (step != SQLITE_ROW) {
        return std::unexpected(failure(QStringLiteral("audit_head")));
    }
    return AuditHead{sqlite3_column_int64(raw, 0), textOf(raw, 1).toByteArray()};
}

domain::Result<QList<domain::AuditCheckpoint>> SqliteAuditScan::checkpoints() {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_database,
                           "SELECT seq, time_utc, head_hash, signature, reason FROM audit_checkpoints ORDER BY id", -1,
                           &raw, nullptr) != SQLITE_OK) {
        return std::unexpected(failure(QStringLiteral("audit_checkpoints")));
    }
    const Statement statement(raw);
    QList<domain::AuditCheckpoint> all;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        const auto* signature = static_cast<const char*>(sqlite3_column_blob(raw, 3));
        all.append({sqlite3_column_int64(raw, 0), stringOf(raw, 1), textOf(raw, 2).toByteArray(),
                    QByteArray(signature, signature ? sqlite3_column_bytes(raw, 3) : 0), stringOf(raw, 4)});
    }
    if (step != SQLITE_DONE) {
        return std::unexpected(failure(QStringLiteral("audit_checkpoints")));
    }
    return all;
}

domain::Result<qint64> SqliteAuditScan::rowsWithoutSequence() {
    const auto number = [&](const char* sql) -> domain::Result<qint64> {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_database, sql, -1, &raw, nullptr) != SQLITE_OK) {
            return std::unexpected(failure(QStringLiteral("audit_log")));
        }
        const Statement statement(raw);
        if (sqlite3_step(raw) != SQLITE_ROW) {
            return std::unexpected(failure(QStringLiteral("audit_log")));
        }
        return sqlite3_column_int64(raw, 0);
    };
    // With seq the table's one INTEGER PRIMARY KEY, as the schema makes it, every row has an
    // integer number: only a table rebuilt otherwise needs the scan.
    const auto asBuilt = number("SELECT SUM(pk > 0) = 1 AND SUM(name = 'seq' AND pk = 1 AND upper(type) = 'INTEGER') "
                                "= 1 FROM pragma_table_info('audit_log')");
    if (!asBuilt || *asBuilt == 1) {
        return asBuilt ? domain::Result<qint64>(0) : asBuilt;
    }
    return number("SELECT COUNT(*) FROM audit_log WHERE typeof(seq) <> 'integer'");
}

domain::Result<qint64> SqliteAuditScan::lastSequence() {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_database, "SELECT COALESCE(MAX(seq), 0) FROM audit_log", -1, &raw, nullptr) != SQLITE_OK) {
        return std::unexpected(failure(QStringLiteral("audit_log")));
    }
    const Statement statement(raw);
    if (sqlite3_step(raw) != SQLITE_ROW) {
        return std::unexpected(failure(QStringLiteral("audit_log")));
    }
    return sqlite3_column_int64(raw, 0);
}

domain::Status SqliteAuditScan::forEach(qint64 first, qint64 last, const Visitor& visit) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_database,
                           "SELECT seq, time_utc, actor, workstation, event_type, application_id, certificate_serial, "
                           "details, prev_hash, entry_hash FROM audit_log WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq",
                           -1, &raw, nullptr) != SQLITE_OK) {
        return std::unexpected(failure(QStringLiteral("audit_log")));
    }
    const Statement statement(raw);
    sqlite3_bind_int64(raw, 1, first);
    sqlite3_bind_int64(raw, 2, last);
    QByteArray chained; // the previous hash and the canonical encoding of the entry at hand
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        // Numbers as numbers, the rest as the UTF-8 SQLite stores: what SqlAuditTrail reads,
        // without making strings of it.
        const domain::AuditEntryBytes fields{
            sqlite3_column_int64(raw, 0), textOf(raw, 1), textOf(raw, 2), textOf(raw, 3), textOf(raw, 4),
            sqlite3_column_int64(raw, 5), textOf(raw, 6), textOf(raw, 7)};
        // A number stored as text ('11abc' reads as 11 here, as 0 elsewhere) or text stored as a
        // blob would hash as the entry did yet read differently: only the types appends write count.
        bool wellTyped = sqlite3_column_type(raw, 0) == SQLITE_INTEGER && sqlite3_column_type(raw, 5) == SQLITE_INTEGER;
        for (const int column : {1, 2, 3, 4, 6, 7, 8, 9}) {
            wellTyped = wellTyped && sqlite3_column_type(raw, column) == SQLITE_TEXT;
        }
        const QByteArrayView previousHash = textOf(raw, 8);
        chained.resize(previousHash.size());
        std::copy(previousHash.begin(), previousHash.end(), chained.begin());
        domain::AuditEntry::appendCanonical(fields, chained);
        if (!visit({fields.sequence, previousHash, chained, textOf(raw, 9), wellTyped})) {
            return {};
        }
    }
    if (step != SQLITE_DONE) {
        return std::unexpected(failure(QStringLiteral("audit_log")));
    }
    return {};
}

domain::Result<std::optional<record_seals::Check>> SqliteAuditScan::recordSeals() {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(m_database, "SELECT 1 FROM audit_log WHERE event_type = ?1 LIMIT 1", -1, &raw, nullptr) !=
        SQLITE_OK) {
        return std::unexpected(failure(QStringLiteral("audit_log")));
    }
    const Statement statement(raw);
    const QByteArray began = domain::audit_event::RecordSealingBegan.toUtf8();
    sqlite3_bind_text(raw, 1, began.constData(), int(began.size()), SQLITE_TRANSIENT);
    const int step = sqlite3_step(raw);
    if (step == SQLITE_DONE) {
        return std::nullopt;
    }
    if (step != SQLITE_ROW) {
        return std::unexpected(failure(QStringLiteral("audit_log")));
    }
    auto check = record_seals::check(m_database);
    if (!check) {
        return std::unexpected(check.error());
    }
    return std::optional<record_seals::Check>(*check);
}

} // namespace ra::app
