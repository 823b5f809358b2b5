// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlCertificateStore.h"

#include "app/storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace ra::app {

namespace {
using State = CertificateRecord::State;

const char* const kColumns = "serial, application_id, state, candidate, tbs_sha256, not_before, not_after, "
                             "precertificate, certificate, created_at, issuing_at, issued_at, revoked_at, "
                             "revocation_reason, revoked_by";

QVariant time(const QDateTime& at) {
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime fromTime(const QVariant& value) {
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant blob(const QByteArray& bytes) {
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

State stateFromId(const QString& id) {
    if (id == QLatin1String("issuing")) {
        return State::Issuing;
    }
    if (id == QLatin1String("issued")) {
        return State::Issued;
    }
    return id == QLatin1String("void") ? State::Void : State::Candidate;
}

CertificateRecord readRecord(const QSqlQuery& query) {
    CertificateRecord record;
    record.serial = query.value(0).toString();
    record.applicationId = query.value(1).toLongLong();
    record.state = stateFromId(query.value(2).toString());
    record.candidate = query.value(3).toByteArray();
    record.tbsSha256 = query.value(4).toString();
    record.notBefore = fromTime(query.value(5));
    record.notAfter = fromTime(query.value(6));
    record.precertificate = query.value(7).toByteArray();
    record.certificate = query.value(8).toByteArray();
    record.createdAt = fromTime(query.value(9));
    record.issuingAt = fromTime(query.value(10));
    record.issuedAt = fromTime(query.value(11));
    record.revokedAt = fromTime(query.value(12));
    record.revocationReason = query.value(13).isNull() ? -1 : query.value(13).toInt();
    record.revokedBy = query.value(14).toString();
    return record;
}

std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(sqlError(
        QStringLiteral("storage.query-failed"),
        QCoreApplication::translate("SqlCertificateStore", "The certificate records cannot be read or written."),
        query));
}
} // namespace

QString certificateStateId(State state) {
    switch (state) {
    case State::Candidate:
        return QStringLiteral("candidate");
    case State::Issuing:
        return QStringLiteral("issuing");
    case State::Issued:
        return QStringLiteral("issued");
    case State::Void:
        return QStringLiteral("void");
    }
    return {};
}

domain::Status SqlCertificateStore::saveCaKey(const CaKeyRecord& key) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO ca_keys (purpose, key_label, public_key, certificate, created_at) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    bindAll(query, {key.purpose, key.keyLabel, key.publicKeyDer, blob(key.certificateDer), time(key.createdAt)});
    if (!query.exec()) {
        return failed(query);
    }
    return {};
}

domain::Result<std::optional<CaKeyRecord>> SqlCertificateStore::caKey(const QString& purpose) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT purpose, key_label, public_key, certificate, created_at FROM ca_keys WHERE purpose = ?"));
    query.addBindValue(purpose);
    if (!query.exec()) {
        return failed(query);
    }
    if (!query.next()) {
        return std::optional<CaKeyRecord>();
    }
    return CaKeyRecord{query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray(),
                       query.value(3).toByteArray(), fromTime(query.value(4))};
}

domain::Status SqlCertificateStore::insert(const CertificateRecord& record) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO certificates (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                      .arg(QLatin1String(kColumns)));
    bindAll(query,
            {record.serial, record.applicationId, certificateStateId(record.state), record.candidate, record.tbsSha256,
             time(record.notBefore), time(record.notAfter), blob(record.precertificate), blob(record.certificate),
             time(record.createdAt), time(record.issuingAt), time(record.issuedAt), time(record.revokedAt),
             record.revocationReason >= 0 ? QVariant(record.revocationReason) : QVariant(), record.revokedBy});
    if (!query.exec()) {
        return failed(query);
    }
    return {};
}

domain::Status SqlCertificateStore::update(const CertificateRecord& record) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE certificates SET state = ?, precertificate = ?, certificate = ?, "
                                 "issuing_at = ?, issued_at = ?, revoked_at = ?, revocation_reason = ?, "
                                 "revoked_by = ? WHERE serial = ?"));
    bindAll(query, {certificateStateId(record.state), blob(record.precertificate), blob(record.certificate),
                    time(record.issuingAt), time(record.issuedAt), time(record.revokedAt),
                    record.revocationReason >= 0 ? QVariant(record.revocationReason) : QVariant(), record.revokedBy,
                    record.serial});
    if (!query.exec()) {
        return failed(query);
    }
    if (query.numRowsAffected() != 1) {
        return domain::fail(
            QStringLiteral("certificate.unknown"),
            QCoreApplication::translate("SqlCertificateStore", "No certificate has serial %1.").arg(record.serial));
    }
    return {};
}

domain::Result<std::optional<CertificateRecord>> SqlCertificateStore::bySerial(const QString& serial) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM certificates WHERE serial = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(serial.toLower());
    if (!query.exec()) {
        return failed(query);
    }
    return query.next() ? std::optional(readRecord(query)) : std::nullopt;
}

domain::Result<std::optional<CertificateRecord>> SqlCertificateStore::currentFor(qint64 applicationId) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM certificates WHERE application_id = ? AND state != 'void' "
                                 "ORDER BY created_at DESC, rowid DESC LIMIT 1")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(applicationId);
    if (!query.exec()) {
        return failed(query);
    }
    return query.next() ? std::optional(readRecord(query)) : std::nullopt;
}

domain::Result<QStringList> SqlCertificateStore::voidCandidates(qint64 applicationId) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT serial FROM certificates WHERE application_id = ? AND state = 'candidate'"));
    query.addBindValue(applicationId);
    if (!query.exec()) {
        return failed(query);
    }
    QStringList serials;
    while (query.next()) {
        serials << query.value(0).toString();
    }
    QSqlQuery update(m_database.connection());
    update.prepare(
        QStringLiteral("UPDATE certificates SET state = 'void' WHERE application_id = ? AND state = 'candidate'"));
    update.addBindValue(applicationId);
    if (!update.exec()) {
        return failed(update);
    }
    return serials;
}

domain::Result<QList<CertificateRecord>> SqlCertificateStore::inState(State state) const {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM certificates WHERE state = ? ORDER BY created_at, rowid")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(certificateStateId(state));
    if (!query.exec()) {
        return failed(query);
    }
    QList<CertificateRecord> records;
    while (query.next()) {
        records << readRecord(query);
    }
    return records;
}

domain::Status SqlCertificateStore::forEachIssued(const std::function<bool(const CertificateRecord&)>& visit) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM certificates WHERE state = 'issued' ORDER BY issued_at DESC")
                      .arg(QLatin1String(kColumns)));
    if (!query.exec()) {
        return failed(query);
    }
    while (query.next()) {
        if (!visit(readRecord(query))) {
            break;
        }
    }
    return {};
}

domain::Result<quint64> SqlCertificateStore::lastCrlNumber() const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM crls")) || !query.next()) {
        return failed(query);
    }
    return query.value(0).toULongLong();
}

domain::Status SqlCertificateStore::saveCrl(quint64 number, const QDateTime& thisUpdate, const QDateTime& nextUpdate,
                                            int entries, const QByteArray& der, const QDateTime& at) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO crls (number, this_update, next_update, entries, crl, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    bindAll(query, {qint64(number), time(thisUpdate), time(nextUpdate), entries, der, time(at)});
    if (!query.exec()) {
        return failed(query);
    }
    return {};
}

} // namespace ra::app
