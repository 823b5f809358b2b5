// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlDcvAttempts.h"

#include "app/storage/Database.h"
#include "app/storage/RecordSeals.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

using domain::DcvAttempt;
using domain::fail;

namespace {
const char* const kColumns = "id, application_id, fqdn, authorization_domain, label, method, random_value, "
                             "created_at, created_by, status, checked_at, observed, corroboration";

DcvAttempt readAttempt(const QSqlQuery& query) {
    DcvAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.applicationId = query.value(1).toLongLong();
    attempt.fqdn = query.value(2).toString();
    attempt.authorizationDomain = query.value(3).toString();
    attempt.label = query.value(4).toString();
    attempt.method = domain::dcvMethodFromId(query.value(5).toString()).value_or(domain::DcvMethod::DnsChange);
    attempt.random = {query.value(6).toString(), QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs)};
    attempt.createdBy = query.value(8).toString();
    attempt.status = domain::dcvStatusFromId(query.value(9).toString());
    attempt.checkedAt =
        query.value(10).isNull() ? QDateTime() : QDateTime::fromString(query.value(10).toString(), Qt::ISODateWithMs);
    attempt.observed = query.value(11).toString();
    attempt.corroboration = query.value(12).toString();
    return attempt;
}

QDateTime timeOrNull(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant isoOrNull(const QDateTime& at) {
    return at.isValid() ? QVariant(storedTime(at)) : QVariant();
}

std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(
        sqlError(QStringLiteral("storage.query-failed"),
                 QCoreApplication::translate("SqlDcvAttempts", "The validation records cannot be read "
                                                               "or written."),
                 query));
}
} // namespace

domain::Result<DcvAttempt> SqlDcvAttempts::byId(qint64 attemptId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM dcv_attempts WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(attemptId);
    if (!query.exec()) {
        return failed(query);
    }
    if (!query.next()) {
        return fail(QStringLiteral("dcv.unknown"),
                    QCoreApplication::translate("SqlDcvAttempts", "There is no validation attempt %1.").arg(attemptId));
    }
    return readAttempt(query);
}

domain::Result<QList<DcvAttempt>> SqlDcvAttempts::forApplication(qint64 applicationId) const {
    return select(QStringLiteral("application_id = ?"), applicationId);
}

domain::Result<QList<DcvAttempt>> SqlDcvAttempts::passedFor(const QString& fqdn) const {
    return select(QStringLiteral("fqdn = ? AND status = 'passed'"), fqdn);
}

domain::Result<QList<DcvAttempt>> SqlDcvAttempts::select(const QString& where, const QVariant& value) const {
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM dcv_attempts WHERE %2 ORDER BY id").arg(QLatin1String(kColumns), where));
    query.addBindValue(value);
    if (!query.exec()) {
        return failed(query);
    }
    QList<DcvAttempt> list;
    while (query.next()) {
        list << readAttempt(query);
    }
    return list;
}

domain::Status SqlDcvAttempts::save(DcvAttempt& attempt) {
    QSqlQuery query(m_database.connection());
    if (attempt.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO dcv_attempts (application_id, fqdn, authorization_domain, label, "
                                     "method, random_value, created_at, created_by, status, observed) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindAll(query, {attempt.applicationId, attempt.fqdn, attempt.authorizationDomain, attempt.label,
                        domain::dcvMethodId(attempt.method), attempt.random.value, storedTime(attempt.random.createdAt),
                        attempt.createdBy, domain::dcvStatusId(attempt.status), attempt.observed});
    } else {
        query.prepare(QStringLiteral(
            "UPDATE dcv_attempts SET status = ?, checked_at = ?, observed = ?, corroboration = ? WHERE id = ?"));
        bindAll(query, {domain::dcvStatusId(attempt.status), storedTime(attempt.checkedAt), attempt.observed,
                        attempt.corroboration, attempt.id});
    }
    if (!query.exec()) {
        return failed(query);
    }
    if (attempt.id == 0) {
        attempt.id = query.lastInsertId().toLongLong();
    }
    return m_seals.seal(QStringLiteral("dcv_attempts"), attempt.id);
}

domain::Result<QList<domain::DcvEmail>> SqlDcvAttempts::emails(qint64 attemptId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, attempt_id, address, random_value, created_at, status, sent_at, "
                                 "message_id, detail, reply_from, reply_message_id, replied_at, reply_sha256, "
                                 "void_reason FROM dcv_emails WHERE attempt_id = ? ORDER BY id"));
    query.addBindValue(attemptId);
    if (!query.exec()) {
        return failed(query);
    }
    QList<domain::DcvEmail> list;
    while (query.next()) {
        domain::DcvEmail email;
        email.id = query.value(0).toLongLong();
        email.attemptId = query.value(1).toLongLong();
        email.address = query.value(2).toString();
        email.random = {query.value(3).toString(), timeOrNull(query.value(4))};
        const QString voidReason = query.value(13).toString();
        email.status = voidReason.isEmpty() ? domain::dcvEmailStatusFromId(query.value(5).toString())
                                            : domain::DcvEmail::Status::Voided;
        email.sentAt = timeOrNull(query.value(6));
        email.messageId = query.value(7).toString();
        email.detail = query.value(8).toString();
        email.replyFrom = query.value(9).toString();
        email.replyMessageId = query.value(10).toString();
        email.repliedAt = timeOrNull(query.value(11));
        email.replySha256 = query.value(12).toString();
        list << email;
    }
    return list;
}

domain::Status SqlDcvAttempts::saveEmail(domain::DcvEmail& email) {
    QSqlQuery query(m_database.connection());
    if (email.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO dcv_emails (attempt_id, address, random_value, created_at, status) "
                                     "VALUES (?, ?, ?, ?, ?)"));
        bindAll(query, {email.attemptId, email.address, email.random.value, storedTime(email.random.createdAt),
                        domain::dcvEmailStatusId(email.status)});
    } else {
        // A voided email stays 'sent' in the status column (its CHECK predates voiding) with its
        // reason in void_reason, which migration 14's trigger never lets change again.
        const bool voided = email.status == domain::DcvEmail::Status::Voided;
        query.prepare(QStringLiteral("UPDATE dcv_emails SET status = ?, sent_at = ?, message_id = ?, detail = ?, "
                                     "reply_from = ?, reply_message_id = ?, replied_at = ?, reply_sha256 = ?, "
                                     "void_reason = ? WHERE id = ?"));
        bindAll(query, {voided ? domain::dcvEmailStatusId(domain::DcvEmail::Status::Sent)
                               : domain::dcvEmailStatusId(email.status),
                        isoOrNull(email.sentAt), email.messageId, email.detail, email.replyFrom, email.replyMessageId,
                        isoOrNull(email.repliedAt), email.replySha256, voided ? email.detail : QString(), email.id});
    }
    if (!query.exec()) {
        return failed(query);
    }
    if (email.id == 0) {
        email.id = query.lastInsertId().toLongLong();
    }
    return m_seals.seal(QStringLiteral("dcv_emails"), email.id);
}

} // namespace ra::app
