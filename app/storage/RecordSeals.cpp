// SPDX-License-Identifier: Apache-2.0
#include "app/storage/RecordSeals.h"

#include "app/storage/Database.h"
#include "app/storage/Migrations.h"
#include "app/storage/SqlAuditTrail.h"
#include "app/storage/SqliteStatement.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <memory>
#include <mutex>

namespace ra::app::record_seals {

const QList<QString>& tables() {
    // What issuance rests on: the checklist, the approvals, domain control and CAA with their
    // perspectives, the organization's evidence, the call-backs, the documents and their inspection.
    static const QList<QString> sealed{QStringLiteral("checklist_decisions"),
                                       QStringLiteral("approval_records"),
                                       QStringLiteral("dcv_attempts"),
                                       QStringLiteral("dcv_emails"),
                                       QStringLiteral("caa_checks"),
                                       QStringLiteral("perspective_observations"),
                                       QStringLiteral("organization_evidence"),
                                       QStringLiteral("organization_evidence_documents"),
                                       QStringLiteral("authority_callbacks"),
                                       QStringLiteral("documents"),
                                       QStringLiteral("document_inspections")};
    return sealed;
}

namespace {
using Statement = SqliteStatement;

domain::Error failure(sqlite3* database, const QString& what) {
    return {QStringLiteral("storage.record-seal"),
            QCoreApplication::translate("RecordSeals", "The records that decide issuance cannot be read."),
            what + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(database))};
}

void appendField(QCryptographicHash& hash, QByteArrayView bytes) {
    // Each field with its length first, so that no two rows encode alike.
    std::array<char, 8> length{};
    qToBigEndian(quint64(bytes.size()), length.data());
    hash.addData(QByteArrayView(length.data(), length.size()));
    hash.addData(bytes);
}

// The row under the statement's cursor; column 0 is its rowid.
RowDigest digestOfCurrent(sqlite3_stmt* statement, const QString& table) {
    RowDigest digest;
    digest.row = sqlite3_column_int64(statement, 0);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    appendField(hash, "ra-record-seal-v1");
    appendField(hash, table.toUtf8());
    appendField(hash, QByteArray::number(digest.row));
    for (int column = 1; column < sqlite3_column_count(statement); ++column) {
        const int type = sqlite3_column_type(statement, column);
        const QByteArrayView name(sqlite3_column_name(statement, column));
        if (type == SQLITE_NULL ||
            ((type == SQLITE_TEXT || type == SQLITE_BLOB) && sqlite3_column_bytes(statement, column) == 0)) {
            continue;
        }
        if (type == SQLITE_INTEGER && name == QByteArrayView("id") &&
            sqlite3_column_int64(statement, column) == digest.row) {
            continue; // the rowid itself, in the digest already
        }
        if (type == SQLITE_INTEGER && name == QByteArrayView("application_id")) {
            digest.applicationId = sqlite3_column_int64(statement, column);
        }
        appendField(hash, name);
        // INTEGER and REAL as SQLite writes them as text; TEXT and BLOB as their bytes.
        const auto* bytes =
            static_cast<const char*>(type == SQLITE_INTEGER || type == SQLITE_FLOAT
                                         ? static_cast<const void*>(sqlite3_column_text(statement, column))
                                         : sqlite3_column_blob(statement, column));
        const int size = sqlite3_column_bytes(statement, column);
        appendField(hash, QByteArray::number(type));
        appendField(hash, QByteArrayView(bytes, bytes ? size : 0));
    }
    digest.sha256 = hash.result().toHex();
    return digest;
}

domain::Result<Statement> prepare(sqlite3* database, const QString& sql) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(database, sql.toUtf8().constData(), -1, &raw, nullptr) != SQLITE_OK) {
        return std::unexpected(failure(database, sql));
    }
    return Statement(raw);
}

// The schema as (type, name, table, SQL) of every object but SQLite's statistics.
domain::Result<QByteArray> schemaDigest(sqlite3* database) {
    auto statement = prepare(database, QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM "
                                                      "sqlite_schema WHERE name NOT LIKE 'sqlite_stat%' "
                                                      "ORDER BY type, name"));
    if (!statement) {
        return std::unexpected(statement.error());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement->get())) == SQLITE_ROW) {
        for (int column = 0; column < 4; ++column) {
            const auto* text = static_cast<const char*>(sqlite3_column_blob(statement->get(), column));
            appendField(hash, QByteArrayView(text, text ? sqlite3_column_bytes(statement->get(), column) : 0));
        }
    }
    if (step != SQLITE_DONE) {
        return std::unexpected(failure(database, QStringLiteral("sqlite_schema")));
    }
    return hash.result().toHex();
}

struct DatabaseCloser {
    void operator()(sqlite3* database) const { sqlite3_close_v2(database); }
};

// The digest of the schema the migrations up to `version` make, built in memory once per version.
domain::Result<QByteArray> migratedSchemaDigest(int version) {
    static std::mutex guard;
    static QHash<int, QByteArray> built;
    const std::lock_guard lock(guard);
    if (const auto known = built.constFind(version); known != built.cend()) {
        return *known;
    }
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open(":memory:", &raw);
    const std::unique_ptr<sqlite3, DatabaseCloser> memory(raw);
    if (opened != SQLITE_OK || sqlite3_exec(raw, kSchemaMigrationsTable, nullptr, nullptr, nullptr) != SQLITE_OK) {
        return std::unexpected(failure(raw, QStringLiteral("schema")));
    }
    for (const Migration& migration : migrations()) {
        if (migration.version > version) {
            break;
        }
        for (const QString& sql : migration.statements) {
            if (sqlite3_exec(raw, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
                return std::unexpected(failure(raw, QStringLiteral("migration %1").arg(migration.version)));
            }
        }
    }
    auto digest = schemaDigest(raw);
    if (digest) {
        built.insert(version, *digest);
    }
    return digest;
}

// Whether the schema is the one the migrations recorded in it make.
domain::Result<bool> schemaAsMigrated(sqlite3* database) {
    auto version = prepare(database, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version) {
        return std::unexpected(version.error());
    }
    if (sqlite3_step(version->get()) != SQLITE_ROW) {
        return std::unexpected(failure(database, QStringLiteral("schema_migrations")));
    }
    const auto expected = migratedSchemaDigest(sqlite3_column_int(version->get(), 0));
    const auto actual = schemaDigest(database);
    if (!expected || !actual) {
        return std::unexpected(!expected ? expected.error() : actual.error());
    }
    return *expected == *actual;
}

// Table names come from tables() only; quoted all the same.
QString rowsOf(const QString& table) {
    return QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(table);
}
} // namespace

domain::Result<RowDigest> digestOf(sqlite3* database, const QString& table, qint64 row) {
    auto statement = prepare(database, rowsOf(table) + QStringLiteral(" WHERE rowid = ?1"));
    if (!statement) {
        return std::unexpected(statement.error());
    }
    sqlite3_bind_int64(statement->get(), 1, row);
    const int step = sqlite3_step(statement->get());
    if (step == SQLITE_DONE) {
        return RowDigest{row, 0, {}};
    }
    if (step != SQLITE_ROW) {
        return std::unexpected(failure(database, table));
    }
    return digestOfCurrent(statement->get(), table);
}

domain::Status forEachRow(sqlite3* database, const QString& table, const std::function<bool(const RowDigest&)>& visit,
                          qint64 applicationId) {
    if (applicationId > 0) {
        // Issuance asks for one application's rows: read those, not every application's.
        auto column = prepare(database, QStringLiteral("SELECT 1 FROM pragma_table_info('%1') WHERE name = "
                                                       "'application_id'")
                                            .arg(table));
        if (!column) {
            return std::unexpected(column.error());
        }
        const int step = sqlite3_step(column->get());
        if (step == SQLITE_DONE) {
            return {};
        }
        if (step != SQLITE_ROW) {
            return std::unexpected(failure(database, table));
        }
    }
    auto statement = prepare(
        database, rowsOf(table) + (applicationId > 0 ? QStringLiteral(" WHERE application_id = ?1") : QString()) +
                      QStringLiteral(" ORDER BY rowid"));
    if (!statement) {
        return std::unexpected(statement.error());
    }
    if (applicationId > 0) {
        sqlite3_bind_int64(statement->get(), 1, applicationId);
    }
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement->get())) == SQLITE_ROW) {
        if (!visit(digestOfCurrent(statement->get(), table))) {
            return {};
        }
    }
    if (step != SQLITE_DONE) {
        return std::unexpected(failure(database, table));
    }
    return {};
}

domain::Result<Check> check(sqlite3* database, qint64 applicationId, const QList<QString>& onlyTables) {
    // The newest seal of each row, among the entries the chain numbers (a row added outside its
    // numbering is no entry).
    auto seals =
        prepare(database, QStringLiteral("SELECT details FROM audit_log WHERE event_type = ?1 AND seq > 0 "
                                         "AND seq <= (SELECT seq FROM audit_head WHERE id = 1)%1 "
                                         "ORDER BY seq")
                              .arg(applicationId > 0 ? QStringLiteral(" AND application_id = ?2") : QString()));
    if (!seals) {
        return std::unexpected(seals.error());
    }
    const QByteArray sealed = domain::audit_event::RecordSealed.toUtf8();
    sqlite3_bind_text(seals->get(), 1, sealed.constData(), int(sealed.size()), SQLITE_TRANSIENT);
    if (applicationId > 0) {
        sqlite3_bind_int64(seals->get(), 2, applicationId);
    }
    QHash<QString, QHash<qint64, QByteArray>> newest;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(seals->get())) == SQLITE_ROW) {
        const auto* text = static_cast<const char*>(sqlite3_column_blob(seals->get(), 0));
        const QJsonObject seal =
            QJsonDocument::fromJson(QByteArray(text, text ? sqlite3_column_bytes(seals->get(), 0) : 0)).object();
        newest[seal.value(QStringLiteral("table")).toString()].insert(
            seal.value(QStringLiteral("row")).toInteger(), seal.value(QStringLiteral("sha256")).toString().toLatin1());
    }
    if (step != SQLITE_DONE) {
        return std::unexpected(failure(database, QStringLiteral("audit_log")));
    }
    Check result;
    for (const QString& table : onlyTables.isEmpty() ? tables() : onlyTables) {
        QHash<qint64, QByteArray>& ofTable = newest[table];
        const auto walked = forEachRow(
            database, table,
            [&](const RowDigest& row) {
                ++result.rowsChecked;
                const auto seal = ofTable.constFind(row.row);
                const Check::Finding finding = seal == ofTable.cend() ? Check::Finding::Unsealed
                                               : *seal != row.sha256  ? Check::Finding::Altered
                                                                      : Check::Finding::None;
                if (finding != Check::Finding::None) {
                    result.table = table;
                    result.row = row.row;
                    result.finding = finding;
                    return false;
                }
                ofTable.remove(row.row);
                return true;
            },
            applicationId);
        if (!walked) {
            return std::unexpected(walked.error());
        }
        if (result.finding != Check::Finding::None) {
            return result;
        }
        // A seal left over names a row that is gone: an append-only record was deleted.
        if (!ofTable.isEmpty()) {
            result.table = table;
            result.row = *std::min_element(ofTable.keyBegin(), ofTable.keyEnd());
            result.finding = Check::Finding::Deleted;
            return result;
        }
    }
    const auto asMigrated = schemaAsMigrated(database);
    if (!asMigrated) {
        return std::unexpected(asMigrated.error());
    }
    if (!*asMigrated) {
        result.finding = Check::Finding::SchemaChanged;
    }
    return result;
}

} // namespace ra::app::record_seals

namespace ra::app {

namespace {
sqlite3* handleOf(const QSqlDatabase& connection) {
    const QVariant handle = connection.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

domain::Error noSqlite() {
    return {QStringLiteral("storage.record-seal"),
            QCoreApplication::translate("RecordSeals", "The records that decide issuance cannot be read."),
            QStringLiteral("record seals need an SQLite connection")};
}
} // namespace

domain::Result<record_seals::RowDigest> RecordSeals::digestNow(const QString& table, qint64 row) {
    sqlite3* handle = handleOf(m_database.connection());
    if (!handle) {
        return std::unexpected(noSqlite());
    }
    return record_seals::digestOf(handle, table, row);
}

domain::Status RecordSeals::seal(const QString& table, qint64 row) {
    const auto digest = digestNow(table, row);
    if (!digest) {
        return std::unexpected(digest.error());
    }
    if (digest->sha256.isEmpty()) {
        return domain::fail(QStringLiteral("storage.record-seal"),
                            QCoreApplication::translate("RecordSeals", "A record just written cannot be found."),
                            QStringLiteral("%1 row %2").arg(table).arg(row));
    }
    return m_audit.appendEvent(QStringLiteral("system"), domain::audit_event::RecordSealed,
                               {{QStringLiteral("table"), table},
                                {QStringLiteral("row"), row},
                                {QStringLiteral("sha256"), QString::fromLatin1(digest->sha256)}},
                               digest->applicationId);
}

domain::Result<bool> RecordSeals::holds(const QString& table, qint64 row) {
    const auto digest = digestNow(table, row);
    if (!digest) {
        return std::unexpected(digest.error());
    }
    if (digest->sha256.isEmpty()) {
        return false;
    }
    // A seal carries its row's application, so the application's entries hold it.
    QSqlQuery seals(m_database.connection());
    seals.setForwardOnly(true);
    seals.prepare(QStringLiteral(
        "SELECT details FROM audit_log WHERE application_id = ? AND event_type = ? AND seq > 0 AND seq <= "
        "(SELECT seq FROM audit_head WHERE id = 1) ORDER BY seq DESC"));
    seals.addBindValue(digest->applicationId);
    seals.addBindValue(domain::audit_event::RecordSealed);
    if (!seals.exec()) {
        return std::unexpected(sqlError(
            QStringLiteral("storage.record-seal"),
            QCoreApplication::translate("RecordSeals", "The records that decide issuance cannot be read."), seals));
    }
    while (seals.next()) {
        const QJsonObject seal = QJsonDocument::fromJson(seals.value(0).toString().toUtf8()).object();
        if (seal.value(QStringLiteral("table")).toString() == table &&
            seal.value(QStringLiteral("row")).toInteger() == row) {
            return seal.value(QStringLiteral("sha256")).toString().toLatin1() == digest->sha256;
        }
    }
    return false;
}

domain::Result<record_seals::Check> RecordSeals::checkApplication(qint64 applicationId,
                                                                  const QList<QString>& onlyTables) {
    sqlite3* handle = handleOf(m_database.connection());
    if (!handle) {
        return std::unexpected(noSqlite());
    }
    return record_seals::check(handle, applicationId, onlyTables);
}

domain::Status RecordSeals::beginIfNeeded() {
    AuditFilter began;
    began.eventType = domain::audit_event::RecordSealingBegan;
    const auto marks = m_audit.count(began);
    if (!marks) {
        return std::unexpected(marks.error());
    }
    if (*marks > 0) {
        return {};
    }
    sqlite3* handle = handleOf(m_database.connection());
    if (!handle) {
        return std::unexpected(noSqlite());
    }
    return m_database.transaction([&]() -> domain::Status {
        // Again under the write lock: another workstation may have begun meanwhile.
        if (const auto again = m_audit.count(began); !again || *again > 0) {
            return again ? domain::Status() : domain::Status(std::unexpected(again.error()));
        }
        qint64 sealed = 0;
        for (const QString& table : record_seals::tables()) {
            QList<qint64> rows;
            if (auto listed = record_seals::forEachRow(handle, table,
                                                       [&](const record_seals::RowDigest& row) {
                                                           rows.append(row.row);
                                                           return true;
                                                       });
                !listed) {
                return listed;
            }
            for (const qint64 row : rows) {
                if (auto done = seal(table, row); !done) {
                    return done;
                }
            }
            sealed += rows.size();
        }
        return m_audit.appendEvent(QStringLiteral("system"), domain::audit_event::RecordSealingBegan,
                                   {{QStringLiteral("rows_sealed"), sealed}});
    });
}

} // namespace ra::app
