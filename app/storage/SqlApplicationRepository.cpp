// SPDX-License-Identifier: Apache-2.0
#include "app/storage/SqlApplicationRepository.h"

#include "app/JsonViews.h"
#include "app/storage/Database.h"
#include "app/storage/RecordSeals.h"
#include "app/storage/SqlDocuments.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ra::app {

using domain::Application;
using domain::fail;
using domain::Result;
using domain::Status;

namespace {
std::unexpected<domain::Error> failed(const QSqlQuery& query) {
    return std::unexpected(sqlError(
        QStringLiteral("storage.query-failed"),
        QCoreApplication::translate("SqlApplicationRepository", "The application records cannot be read or saved."),
        query));
}

QVariant idOrNull(qint64 id) {
    return id ? QVariant(id) : QVariant();
}

Result<bool> exists(Database& database, const QString& sql, const QString& value) {
    QSqlQuery query(database.connection());
    query.prepare(sql);
    query.addBindValue(value);
    if (!query.exec()) {
        return failed(query);
    }
    return query.next();
}
} // namespace

Result<qint64> SqlApplicationRepository::add(const Application& application) {
    const domain::Organization& org = application.organization;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO applications (external_reference, manifest_sha256, state, org_legal_name, org_dba, org_street, "
        "org_locality, org_state, org_postal_code, org_country, rep_name, rep_title, rep_email, rep_phone, "
        "agreement_version, agreement_accepted_at, agreement_accepted_by, csr_pem, csr_summary, csr_checks, "
        "high_risk, received_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindAll(query,
            QVariantList{application.externalReference,
                         application.packageDigest,
                         domain::stateId(application.state),
                         org.legalName,
                         org.doingBusinessAs,
                         org.streetAddress,
                         org.locality,
                         org.stateOrProvince,
                         org.postalCode,
                         org.country,
                         application.representative.name,
                         application.representative.title,
                         application.representative.email,
                         application.representative.phone,
                         application.agreement.version,
                         storedTime(application.agreement.acceptedAt),
                         application.agreement.acceptedBy,
                         QString::fromLatin1(application.csrPem),
                         QString::fromUtf8(QJsonDocument(toJson(application.csr)).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(toJson(application.csrChecks)).toJson(QJsonDocument::Compact)),
                         application.highRisk,
                         storedTime(application.receivedAt),
                         storedTime(application.updatedAt)});
    if (!query.exec()) {
        return failed(query);
    }
    Application stored = application;
    stored.id = query.lastInsertId().toLongLong();

    QSqlQuery fqdn(m_database.connection());
    fqdn.prepare(QStringLiteral("INSERT INTO application_fqdns (application_id, position, fqdn) VALUES (?,?,?)"));
    for (int i = 0; i < stored.fqdns.size(); ++i) {
        fqdn.addBindValue(stored.id);
        fqdn.addBindValue(i);
        fqdn.addBindValue(stored.fqdns.at(i));
        if (!fqdn.exec()) {
            return failed(fqdn);
        }
    }
    SqlDocuments documents(m_database, m_seals);
    for (domain::Document& document : stored.documents) {
        if (auto added = documents.add(stored.id, document); !added) {
            return std::unexpected(added.error());
        }
    }
    if (auto saved = saveChecklist(stored); !saved) {
        return std::unexpected(saved.error());
    }
    return stored.id;
}

Result<Application> SqlApplicationRepository::byId(qint64 id) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT external_reference, manifest_sha256, state, org_legal_name, org_dba, org_street, org_locality, "
        "org_state, org_postal_code, org_country, rep_name, rep_title, rep_email, rep_phone, agreement_version, "
        "agreement_accepted_at, agreement_accepted_by, csr_pem, csr_summary, assigned_officer_id, validator_id, "
        "high_risk, last_reason, received_at, updated_at, version, csr_checks, rejected_for_fraud FROM applications "
        "WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        return failed(query);
    }
    if (!query.next()) {
        return fail(QStringLiteral("application.not-found"),
                    QCoreApplication::translate("SqlApplicationRepository", "No application with number %1.").arg(id));
    }
    Application app;
    app.id = id;
    int c = 0;
    app.externalReference = query.value(c++).toString();
    app.packageDigest = query.value(c++).toString();
    app.state = domain::stateFromId(query.value(c++).toString()).value_or(domain::ApplicationState::Received);
    app.organization = {query.value(c).toString(),     query.value(c + 1).toString(), query.value(c + 2).toString(),
                        query.value(c + 3).toString(), query.value(c + 4).toString(), query.value(c + 5).toString(),
                        query.value(c + 6).toString()};
    c += 7;
    app.representative = {query.value(c).toString(), query.value(c + 1).toString(), query.value(c + 2).toString(),
                          query.value(c + 3).toString()};
    c += 4;
    app.agreement = {query.value(c).toString(), timeFromStored(query.value(c + 1)), query.value(c + 2).toString()};
    c += 3;
    app.csrPem = query.value(c++).toString().toLatin1();
    app.csr = csrSummaryFromJson(QJsonDocument::fromJson(query.value(c++).toString().toUtf8()).object());
    app.assignedOfficerId = query.value(c++).toLongLong();
    app.validatorId = query.value(c++).toLongLong();
    app.highRisk = query.value(c++).toBool();
    app.lastReason = query.value(c++).toString();
    app.receivedAt = timeFromStored(query.value(c++));
    app.updatedAt = timeFromStored(query.value(c++));
    app.version = query.value(c++).toInt();
    app.csrChecks = csrCheckReportFromJson(QJsonDocument::fromJson(query.value(c++).toString().toUtf8()).object());
    app.rejectedForFraud = query.value(c++).toBool();

    QSqlQuery fqdns(m_database.connection());
    fqdns.prepare(QStringLiteral("SELECT fqdn FROM application_fqdns WHERE application_id = ? ORDER BY position"));
    fqdns.addBindValue(id);
    if (!fqdns.exec()) {
        return failed(fqdns);
    }
    while (fqdns.next()) {
        app.fqdns << fqdns.value(0).toString();
    }
    QSqlQuery documents(m_database.connection());
    documents.prepare(QStringLiteral("SELECT id, file_name, kind, description, sha256, size, media_type, added_by, "
                                     "added_at, replaces FROM documents WHERE application_id = ? ORDER BY id"));
    documents.addBindValue(id);
    if (!documents.exec()) {
        return failed(documents);
    }
    while (documents.next()) {
        app.documents.append({documents.value(0).toLongLong(), documents.value(1).toString(),
                              documents.value(2).toString(), documents.value(3).toString(),
                              documents.value(4).toString(), documents.value(5).toLongLong(),
                              documents.value(6).toString(), documents.value(7).toString(),
                              timeFromStored(documents.value(8)), documents.value(9).toLongLong()});
    }
    QSqlQuery items(m_database.connection());
    items.prepare(QStringLiteral(
        "SELECT code, status, decided_by, decided_at, note FROM checklist_items WHERE application_id = ? "
        "ORDER BY code"));
    items.addBindValue(id);
    if (!items.exec()) {
        return failed(items);
    }
    while (items.next()) {
        app.checklist.append({items.value(0).toString(), domain::checkStatusFromId(items.value(1).toString()),
                              items.value(2).toString(), timeFromStored(items.value(3)), items.value(4).toString()});
    }
    QSqlQuery approvals(m_database.connection());
    approvals.prepare(QStringLiteral("SELECT approver_id, approved_at, content_digest, signature FROM approvals "
                                     "WHERE application_id = ? ORDER BY approved_at"));
    approvals.addBindValue(id);
    if (!approvals.exec()) {
        return failed(approvals);
    }
    while (approvals.next()) {
        app.approvals.append({approvals.value(0).toLongLong(), timeFromStored(approvals.value(1)),
                              approvals.value(2).toString(), approvals.value(3).toByteArray()});
    }
    return app;
}

Result<bool> SqlApplicationRepository::externalReferenceExists(const QString& reference) {
    return exists(m_database, QStringLiteral("SELECT 1 FROM applications WHERE external_reference = ?"), reference);
}

Result<bool> SqlApplicationRepository::packageDigestExists(const QString& digest) {
    return exists(m_database, QStringLiteral("SELECT 1 FROM applications WHERE manifest_sha256 = ?"), digest);
}

Status SqlApplicationRepository::save(Application& application) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE applications SET state = ?, assigned_officer_id = ?, validator_id = ?, "
                                 "high_risk = ?, rejected_for_fraud = ?, last_reason = ?, updated_at = ?, "
                                 "version = version + 1 WHERE id = ? AND version = ?"));
    bindAll(query, QVariantList{domain::stateId(application.state), idOrNull(application.assignedOfficerId),
                                idOrNull(application.validatorId), application.highRisk, application.rejectedForFraud,
                                application.lastReason, storedTime(application.updatedAt), application.id,
                                application.version});
    if (!query.exec()) {
        return failed(query);
    }
    if (query.numRowsAffected() != 1) {
        return fail(QStringLiteral("storage.conflict"),
                    QCoreApplication::translate(
                        "SqlApplicationRepository",
                        "Someone else changed this application meanwhile. Reopen it to see the current state."));
    }
    if (auto saved = saveChecklist(application); !saved) {
        return saved;
    }
    if (auto saved = saveApprovals(application); !saved) {
        return saved;
    }
    ++application.version;
    return {};
}

Status SqlApplicationRepository::saveChecklist(const Application& application) {
    // Appends a decision only where it differs from the item's latest one (R-AUD-4): every earlier
    // decision stays on record.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO checklist_decisions (application_id, code, status, decided_by, decided_at, note) "
        "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM checklist_items WHERE application_id = ? AND "
        "code = ? AND status = ? AND decided_by = ? AND decided_at IS ? AND note = ?)"));
    for (const domain::ChecklistItem& item : application.checklist) {
        const QVariantList values{application.id,
                                  item.code,
                                  domain::checkStatusId(item.status),
                                  item.decidedBy,
                                  item.decidedAt.isValid() ? QVariant(storedTime(item.decidedAt)) : QVariant(),
                                  item.note};
        bindAll(query, values + values);
        if (!query.exec()) {
            return failed(query);
        }
        if (query.numRowsAffected() == 1) {
            if (auto sealed = m_seals.seal(QStringLiteral("checklist_decisions"), query.lastInsertId().toLongLong());
                !sealed) {
                return sealed;
            }
        }
    }
    return {};
}

Status SqlApplicationRepository::saveApprovals(const Application& application) {
    // Approvals are appended to the application's current round (R-AUD-4). When a stored one is
    // gone from `application` or differs from it (a send-back or a changed certificate clears
    // them), the round ends and the next holds exactly what `application` has; the earlier
    // approvals stay on record.
    QSqlQuery current(m_database.connection());
    current.prepare(QStringLiteral(
        "SELECT approver_id, approved_at, content_digest, signature FROM approvals WHERE application_id = ?"));
    current.addBindValue(application.id);
    if (!current.exec()) {
        return failed(current);
    }
    const auto sameAs = [&current](const domain::Approval& approval) {
        return approval.approverId == current.value(0).toLongLong() &&
               storedTime(approval.approvedAt) == current.value(1).toString() &&
               approval.contentDigest == current.value(2).toString() &&
               approval.signature == current.value(3).toByteArray();
    };
    QSet<qint64> recorded;
    bool roundEnds = false;
    while (current.next()) {
        recorded.insert(current.value(0).toLongLong());
        roundEnds = roundEnds || std::none_of(application.approvals.cbegin(), application.approvals.cend(), sameAs);
    }
    if (roundEnds) {
        QSqlQuery advance(m_database.connection());
        advance.prepare(QStringLiteral("UPDATE applications SET approval_round = approval_round + 1 WHERE id = ?"));
        advance.addBindValue(application.id);
        if (!advance.exec()) {
            return failed(advance);
        }
        recorded.clear();
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO approval_records (application_id, round, approver_id, approved_at, content_digest, signature) "
        "SELECT ?, approval_round, ?, ?, ?, ? FROM applications WHERE id = ?"));
    for (const domain::Approval& approval : application.approvals) {
        if (recorded.contains(approval.approverId)) {
            continue;
        }
        bindAll(insert, {application.id, approval.approverId, storedTime(approval.approvedAt), approval.contentDigest,
                         approval.signature, application.id});
        if (!insert.exec()) {
            return failed(insert);
        }
        if (auto sealed = m_seals.seal(QStringLiteral("approval_records"), insert.lastInsertId().toLongLong());
            !sealed) {
            return sealed;
        }
    }
    return {};
}

} // namespace ra::app
