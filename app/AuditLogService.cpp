// SPDX-License-Identifier: Apache-2.0
#include "app/AuditLogService.h"

#include "app/JsonViews.h"
#include "app/Workspace.h"
#include "crypto/AuditChain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace ra::app {

using domain::AuditEntry;

QString AuditVerification::problemId() const {
    switch (problem) {
    case Problem::None:
        return QStringLiteral("ok");
    case Problem::Altered:
        return QStringLiteral("altered");
    case Problem::Inserted:
        return QStringLiteral("inserted");
    case Problem::Deleted:
        return QStringLiteral("deleted");
    case Problem::TailDeleted:
        return QStringLiteral("tail_deleted");
    case Problem::HeadMismatch:
        return QStringLiteral("head_mismatch");
    case Problem::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

void AuditVerifier::failAt(AuditVerification::Problem problem, qint64 sequence, const QString& message) {
    m_result.problem = problem;
    m_result.firstBadSequence = sequence;
    m_result.message = message;
}

bool AuditVerifier::add(const AuditEntry& entry) {
    using Problem = AuditVerification::Problem;
    if (!m_result.ok()) {
        return false;
    }
    if (entry.sequence > m_expectedSequence) {
        failAt(Problem::Deleted, m_expectedSequence,
               QCoreApplication::translate("AuditLogService", "Entries %1 to %2 are missing: they were deleted.")
                   .arg(m_expectedSequence)
                   .arg(entry.sequence - 1));
        return false;
    }
    if (entry.sequence < m_expectedSequence) {
        failAt(Problem::Inserted, entry.sequence,
               QCoreApplication::translate("AuditLogService", "Entry %1 appears twice.").arg(entry.sequence));
        return false;
    }
    if (entry.previousHash != m_previousHash) {
        // The link to the predecessor is broken: this entry was put in, or the one before replaced.
        failAt(Problem::Inserted, entry.sequence,
               QCoreApplication::translate(
                   "AuditLogService", "Entry %1 does not follow from entry %2: an entry was inserted or replaced here.")
                   .arg(entry.sequence)
                   .arg(entry.sequence - 1));
        return false;
    }
    if (!crypto::AuditChain::linkMatches(entry)) {
        failAt(Problem::Altered, entry.sequence,
               QCoreApplication::translate("AuditLogService",
                                           "Entry %1 was altered: its content no longer matches its hash.")
                   .arg(entry.sequence));
        return false;
    }
    m_previousHash = entry.entryHash;
    ++m_expectedSequence;
    ++m_result.entriesChecked;
    return true;
}

AuditVerification AuditVerifier::finish(const AuditHead& head) {
    using Problem = AuditVerification::Problem;
    m_result.head = head;
    if (!m_result.ok()) {
        return m_result;
    }
    const qint64 last = m_expectedSequence - 1;
    if (head.sequence > last) {
        failAt(Problem::TailDeleted, last + 1,
               QCoreApplication::translate("AuditLogService",
                                           "Entries %1 to %2 are missing: the newest entries were deleted.")
                   .arg(last + 1)
                   .arg(head.sequence));
    } else if (head.sequence < last) {
        failAt(Problem::Inserted, head.sequence + 1,
               QCoreApplication::translate("AuditLogService", "Entry %1 and later were added outside the application.")
                   .arg(head.sequence + 1));
    } else if (head.hash != m_previousHash) {
        failAt(Problem::HeadMismatch, last,
               QCoreApplication::translate("AuditLogService",
                                           "Entry %1 was replaced: it does not match the recorded head of the chain.")
                   .arg(last));
    } else {
        m_result.message = QCoreApplication::translate(
            "AuditLogService", "The audit log is intact: %n entries verified.", nullptr, int(m_result.entriesChecked));
    }
    return m_result;
}

AuditVerification AuditLogService::verify() {
    return verifyDatabase(m_workspace.databasePath());
}

AuditVerification AuditLogService::verifyDatabase(const QString& databasePath) {
    auto database = Database::openSqlite(databasePath, Database::Migrate::No);
    if (!database) {
        AuditVerification failed;
        failed.problem = AuditVerification::Problem::Unreadable;
        failed.message = database.error().userMessage;
        return failed;
    }
    const domain::SystemClock clock; // only appends read the clock
    const SqlAuditTrail trail(**database, clock, QString());
    AuditVerifier verifier;
    // Head and entries from one read transaction, so a concurrent append cannot fall between them.
    QSqlQuery((*database)->connection()).exec(QStringLiteral("BEGIN"));
    const domain::Result<AuditHead> head = trail.head();
    const domain::Status walked = trail.forEach([&](const AuditEntry& entry) { return verifier.add(entry); });
    QSqlQuery((*database)->connection()).exec(QStringLiteral("COMMIT"));
    if (!head || !walked) {
        AuditVerification failed;
        failed.problem = AuditVerification::Problem::Unreadable;
        failed.message = head ? walked.error().userMessage : head.error().userMessage;
        return failed;
    }
    return verifier.finish(*head);
}

domain::Result<qint64> AuditLogService::exportTo(const QString& path, const QString& actor) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return domain::fail(QStringLiteral("audit.export-failed"),
                            QCoreApplication::translate("AuditLogService", "%1 cannot be written.").arg(path),
                            file.errorString());
    }
    qint64 written = 0;
    const domain::Result<AuditHead> head = m_workspace.audit().head();
    if (!head) {
        return std::unexpected(head.error());
    }
    const domain::Status walked = m_workspace.audit().forEach([&](const AuditEntry& entry) {
        if (entry.sequence > head->sequence) {
            return false; // a concurrent append after we read the head belongs to the next export
        }
        QJsonObject line = toJson(entry);
        line.remove(QStringLiteral("details"));
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact));
        file.write("\n");
        ++written;
        return true;
    });
    if (!walked) {
        return std::unexpected(walked.error());
    }
    const QJsonObject headLine{{QStringLiteral("head_seq"), head->sequence},
                               {QStringLiteral("head_hash"), QString::fromLatin1(head->hash)}};
    file.write(QJsonDocument(headLine).toJson(QJsonDocument::Compact));
    file.write("\n");
    if (!file.commit()) {
        return domain::fail(QStringLiteral("audit.export-failed"),
                            QCoreApplication::translate("AuditLogService", "%1 cannot be written.").arg(path),
                            file.errorString());
    }
    if (auto recorded = m_workspace.record(actor, domain::audit_event::AuditExported,
                                           QJsonObject{{QStringLiteral("file"), path},
                                                       {QStringLiteral("entries"), written},
                                                       {QStringLiteral("head_seq"), head->sequence}});
        !recorded) {
        return std::unexpected(recorded.error());
    }
    return written;
}

AuditVerification AuditLogService::verifyExport(const QString& path) {
    QFile file(path);
    AuditVerifier verifier;
    AuditHead head;
    bool sawHead = false;
    if (!file.open(QIODevice::ReadOnly)) {
        AuditVerification failed;
        failed.problem = AuditVerification::Problem::Unreadable;
        failed.message = QCoreApplication::translate("AuditLogService", "%1 cannot be read.").arg(path);
        return failed;
    }
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.contains(QStringLiteral("head_seq"))) {
            head = {line.value(QStringLiteral("head_seq")).toInteger(),
                    line.value(QStringLiteral("head_hash")).toString().toLatin1()};
            sawHead = true;
            continue;
        }
        AuditEntry entry;
        entry.sequence = line.value(QStringLiteral("seq")).toInteger();
        entry.time = line.value(QStringLiteral("time")).toString();
        entry.actor = line.value(QStringLiteral("actor")).toString();
        entry.workstation = line.value(QStringLiteral("workstation")).toString();
        entry.eventType = line.value(QStringLiteral("event")).toString();
        entry.applicationId = line.value(QStringLiteral("application_id")).toInteger();
        entry.certificateSerial = line.value(QStringLiteral("certificate_serial")).toString();
        entry.detailsJson = line.value(QStringLiteral("details_json")).toString();
        entry.previousHash = line.value(QStringLiteral("prev_hash")).toString().toLatin1();
        entry.entryHash = line.value(QStringLiteral("entry_hash")).toString().toLatin1();
        verifier.add(entry);
    }
    if (!sawHead) {
        AuditVerification failed;
        failed.problem = AuditVerification::Problem::TailDeleted;
        failed.message =
            QCoreApplication::translate("AuditLogService", "The export has no head line: it was cut short.");
        return failed;
    }
    return verifier.finish(head);
}

} // namespace ra::app
