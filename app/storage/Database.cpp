// SPDX-License-Identifier: Apache-2.0
#include "app/storage/Database.h"

#include "app/storage/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace ra::app {

using domain::fail;
using domain::Result;
using domain::Status;

namespace {
QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("ra-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error = nullptr) {
    QSqlQuery query(db);
    if (query.exec(sql)) {
        return true;
    }
    if (error) {
        *error = query.lastError().text() + QStringLiteral(" [") + sql.simplified().left(120) + QLatin1Char(']');
    }
    return false;
}
} // namespace

domain::Error sqlError(const QString& code, const QString& userMessage, const QSqlQuery& query) {
    return domain::Error{code, userMessage, query.lastError().text()};
}

QString storedTime(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromStored(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

void bindAll(QSqlQuery& query, const QVariantList& values) {
    for (const QVariant& value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path, Migrate migrate) {
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            return fail(QStringLiteral("storage.open-failed"),
                        QCoreApplication::translate("Database", "The workspace database cannot be opened."),
                        db.lastError().text());
        }
        QString error;
        for (const char* pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
            if (!exec(db, QString::fromLatin1(pragma), &error)) {
                return fail(QStringLiteral("storage.open-failed"),
                            QCoreApplication::translate("Database", "The workspace database cannot be opened."), error);
            }
        }
    }
    if (migrate == Migrate::Yes) {
        if (auto migrated = database->migrate(); !migrated) {
            return std::unexpected(migrated.error());
        }
    }
    return database;
}

Status Database::transaction(const std::function<Status()>& work) {
    QSqlDatabase db = connection();
    QString error;
    // IMMEDIATE takes the write lock now, so two workstations appending to the audit chain
    // serialise instead of both reading the same head.
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        return fail(QStringLiteral("storage.busy"),
                    QCoreApplication::translate("Database", "The database is busy; please try again."), error);
    }
    Status result = work();
    if (result) {
        if (exec(db, QStringLiteral("COMMIT"), &error)) {
            return result;
        }
        result = fail(QStringLiteral("storage.commit-failed"),
                      QCoreApplication::translate("Database", "The change could not be saved."), error);
    }
    exec(db, QStringLiteral("ROLLBACK"));
    return result;
}

int Database::latestSchemaVersion() {
    return migrations().back().version;
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

Status Database::migrate() {
    QSqlDatabase db = connection();
    QString error;
    if (!exec(db, QString::fromLatin1(kSchemaMigrationsTable), &error)) {
        return fail(QStringLiteral("storage.migration-failed"),
                    QCoreApplication::translate("Database", "The database schema could not be prepared."), error);
    }
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) {
        return fail(QStringLiteral("storage.schema-too-new"),
                    QCoreApplication::translate("Database",
                                                "This workspace was created by a newer version of the RA Workstation."),
                    QStringLiteral("schema %1, this build knows %2").arg(current).arg(latestSchemaVersion()));
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current) {
            continue;
        }
        const Status applied = transaction([&]() -> Status {
            for (const QString& statement : migration.statements) {
                if (!exec(db, statement, &error)) {
                    return fail(QStringLiteral("storage.migration-failed"),
                                QCoreApplication::translate("Database", "The database schema could not be updated."),
                                error);
                }
            }
            QSqlQuery record(db);
            record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!record.exec()) {
                return std::unexpected(sqlError(
                    QStringLiteral("storage.migration-failed"),
                    QCoreApplication::translate("Database", "The database schema could not be updated."), record));
            }
            return {};
        });
        if (!applied) {
            return applied;
        }
    }
    return {};
}

} // namespace ra::app
