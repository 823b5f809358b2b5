// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlUserRepository.h"

#include "app/storage/Database.h"
#include "crypto/SecretSealer.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

using domain::fail;
using domain::Result;
using domain::Status;
using domain::User;

namespace {
const QString kColumns = QStringLiteral(
    "id, username, display_name, role, key_custodian, disabled, failed_logins, locked_until, created_at, "
    "created_by, enrolment_code_hash IS NOT NULL, awaiting_confirmation");

QDateTime timeFrom(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

User userFrom(const QSqlQuery& query) {
    User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = domain::roleFromId(query.value(3).toString()).value_or(domain::Role::Auditor);
    user.keyCustodian = query.value(4).toBool();
    user.disabled = query.value(5).toBool();
    user.failedLogins = query.value(6).toInt();
    user.lockedUntil = timeFrom(query.value(7));
    user.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    user.createdBy = query.value(9).toString();
    user.awaitingEnrolment = query.value(10).toBool();
    user.awaitingConfirmation = query.value(11).toBool();
    return user;
}

QVariant timeOrNull(const QDateTime& time) {
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// What a sealed seed is bound to: its row, so that it opens for no other user.
QByteArray seedOwner(qint64 userId) {
    return QByteArrayLiteral("totp-seed:user-id:") + QByteArray::number(userId);
}

std::unexpected<domain::Error> queryFailed(const QSqlQuery& query) {
    return std::unexpected(
        sqlError(QStringLiteral("storage.query-failed"),
                 QCoreApplication::translate("SqlUserRepository", "The user records cannot be read."), query));
}
} // namespace

Result<qint64> SqlUserRepository::add(const User& user, const domain::UserCredentials& credentials) {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO users (username, display_name, role, key_custodian, disabled, "
                       "password_hash, totp_secret, last_totp_step, created_at, approval_public_key, "
                       "approval_private_key, created_by, enrolment_code_hash, confirmation_code_hash, "
                       "enrolment_expires_at, awaiting_confirmation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    query.addBindValue(user.username);
    query.addBindValue(user.displayName);
    query.addBindValue(domain::roleId(user.role));
    query.addBindValue(user.keyCustodian);
    query.addBindValue(user.disabled);
    query.addBindValue(credentials.passwordHash.isNull() ? QStringLiteral("")
                                                         : credentials.passwordHash); // none before enrolment
    query.addBindValue(QVariant()); // sealed below, once the row's id is known
    query.addBindValue(credentials.lastTotpStep);
    query.addBindValue(user.createdAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(credentials.approvalPublicKey.isEmpty() ? QVariant() : QVariant(credentials.approvalPublicKey));
    query.addBindValue(credentials.approvalPrivateKeySealed.isEmpty() ? QVariant()
                                                                      : QVariant(credentials.approvalPrivateKeySealed));
    query.addBindValue(user.createdBy);
    query.addBindValue(textOrNull(credentials.enrolmentCodeHash));
    query.addBindValue(textOrNull(credentials.confirmationCodeHash));
    query.addBindValue(timeOrNull(credentials.enrolmentExpiresAt));
    query.addBindValue(user.awaitingConfirmation);
    if (!query.exec()) {
        return std::unexpected(
            sqlError(QStringLiteral("user.exists"),
                     QCoreApplication::translate("SqlUserRepository", "A user with this name exists already."), query));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto stored = storeSeed(id, credentials.totpSecret); !stored) {
        return std::unexpected(stored.error());
    }
    return id;
}

Status SqlUserRepository::storeSeed(qint64 userId, const QByteArray& seed) {
    QVariant sealedSeed;
    if (!seed.isEmpty()) {
        auto sealed = m_sealer.seal(seed, seedOwner(userId));
        if (!sealed) {
            return std::unexpected(sealed.error());
        }
        sealedSeed = *sealed;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE users SET totp_secret = ?, totp_sealed = ? WHERE id = ?"));
    query.addBindValue(sealedSeed);
    query.addBindValue(!seed.isEmpty());
    query.addBindValue(userId);
    if (!query.exec()) {
        return queryFailed(query);
    }
    return {};
}

Status SqlUserRepository::sealPlaintextSeeds() {
    QList<QPair<qint64, QByteArray>> plaintext;
    {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral(
                "SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_sealed = 0"))) {
            return queryFailed(query);
        }
        while (query.next()) {
            plaintext.append({query.value(0).toLongLong(), query.value(1).toByteArray()});
        }
    }
    for (auto& [id, seed] : plaintext) {
        const Status stored = storeSeed(id, seed);
        crypto::wipe(seed);
        if (!stored) {
            return stored;
        }
    }
    return {};
}

Result<User> SqlUserRepository::one(const QString& where, const QVariant& value) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?").arg(kColumns, where));
    query.addBindValue(value);
    if (!query.exec()) {
        return queryFailed(query);
    }
    if (!query.next()) {
        return fail(QStringLiteral("user.not-found"), QCoreApplication::translate("SqlUserRepository", "No such user."),
                    value.toString());
    }
    return userFrom(query);
}

Result<User> SqlUserRepository::byUsername(const QString& username) {
    return one(QStringLiteral("username"), username);
}

Result<User> SqlUserRepository::byId(qint64 id) {
    return one(QStringLiteral("id"), id);
}

Result<domain::UserCredentials> SqlUserRepository::credentials(qint64 userId) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT password_hash, totp_secret, last_totp_step, approval_public_key, "
                                 "approval_private_key, approval_key_certification, approval_key_certified_at, "
                                 "enrolment_code_hash, confirmation_code_hash, enrolment_expires_at, totp_sealed "
                                 "FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!query.exec()) {
        return queryFailed(query);
    }
    if (!query.next()) {
        return fail(QStringLiteral("user.not-found"),
                    QCoreApplication::translate("SqlUserRepository", "No such user."));
    }
    domain::UserCredentials credentials{query.value(0).toString(),    QByteArray(),
                                        query.value(2).toLongLong(),  query.value(3).toByteArray(),
                                        query.value(4).toByteArray(), query.value(5).toByteArray(),
                                        timeFrom(query.value(6)),     query.value(7).toString(),
                                        query.value(8).toString(),    timeFrom(query.value(9))};
    if (!query.value(1).isNull()) {
        // A seed opens only sealed, under this workspace's key and for this row; anything else
        // (a value copied from another row, a plaintext one written into the file) is no seed.
        if (query.value(10).toBool()) {
            if (auto seed = m_sealer.open(query.value(1).toByteArray(), seedOwner(userId))) {
                credentials.totpSecret = *seed;
            }
        }
        credentials.totpSeedUnreadable = credentials.totpSecret.isEmpty();
    }
    return credentials;
}

Status SqlUserRepository::update(const User& user) {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("UPDATE users SET display_name = ?, role = ?, key_custodian = ?, disabled = ?, "
                       "failed_logins = ?, locked_until = ?, awaiting_confirmation = ?, created_by = ? WHERE id = ?"));
    query.addBindValue(user.displayName);
    query.addBindValue(domain::roleId(user.role));
    query.addBindValue(user.keyCustodian);
    query.addBindValue(user.disabled);
    query.addBindValue(user.failedLogins);
    query.addBindValue(timeOrNull(user.lockedUntil));
    query.addBindValue(user.awaitingConfirmation);
    query.addBindValue(user.createdBy);
    query.addBindValue(user.id);
    if (!query.exec()) {
        return queryFailed(query);
    }
    return {};
}

Status SqlUserRepository::updateCredentials(qint64 userId, const domain::UserCredentials& credentials) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE users SET password_hash = ?, last_totp_step = ?, "
                                 "approval_public_key = ?, approval_private_key = ?, approval_key_certification = ?, "
                                 "approval_key_certified_at = ?, enrolment_code_hash = ?, confirmation_code_hash = ?, "
                                 "enrolment_expires_at = ? WHERE id = ?"));
    query.addBindValue(credentials.passwordHash.isNull() ? QStringLiteral("")
                                                         : credentials.passwordHash); // none before enrolment
    query.addBindValue(credentials.lastTotpStep);
    query.addBindValue(credentials.approvalPublicKey.isEmpty() ? QVariant() : QVariant(credentials.approvalPublicKey));
    query.addBindValue(credentials.approvalPrivateKeySealed.isEmpty() ? QVariant()
                                                                      : QVariant(credentials.approvalPrivateKeySealed));
    query.addBindValue(credentials.approvalKeyCertification.isEmpty() ? QVariant()
                                                                      : QVariant(credentials.approvalKeyCertification));
    query.addBindValue(timeOrNull(credentials.approvalKeyCertifiedAt));
    query.addBindValue(textOrNull(credentials.enrolmentCodeHash));
    query.addBindValue(textOrNull(credentials.confirmationCodeHash));
    query.addBindValue(timeOrNull(credentials.enrolmentExpiresAt));
    query.addBindValue(userId);
    if (!query.exec()) {
        return queryFailed(query);
    }
    if (credentials.totpSeedUnreadable) {
        return {}; // kept as it is, for whoever restores the right secrets.key
    }
    return storeSeed(userId, credentials.totpSecret);
}

Status SqlUserRepository::storeApprovalKeyCertification(qint64 userId, const QByteArray& publicKey,
                                                        const QByteArray& certification, const QDateTime& certifiedAt) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE users SET approval_key_certification = ?, approval_key_certified_at = ? "
                                 "WHERE id = ? AND approval_public_key = ?"));
    query.addBindValue(certification);
    query.addBindValue(timeOrNull(certifiedAt));
    query.addBindValue(userId);
    query.addBindValue(publicKey);
    if (!query.exec()) {
        return queryFailed(query);
    }
    if (query.numRowsAffected() != 1) {
        return fail(
            QStringLiteral("user.approval-key-changed"),
            QCoreApplication::translate("SqlUserRepository", "The approval key changed while it was certified."));
    }
    return {};
}

Result<QList<User>> SqlUserRepository::all() {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM users ORDER BY username").arg(kColumns))) {
        return queryFailed(query);
    }
    QList<User> users;
    while (query.next()) {
        users << userFrom(query);
    }
    return users;
}

Result<int> SqlUserRepository::count() {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !query.next()) {
        return queryFailed(query);
    }
    return query.value(0).toInt();
}

} // namespace ra::app
