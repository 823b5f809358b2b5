// SPDX-License-Identifier: Apache-2.0
#include "app/AuditLogService.h"

#include "app/CaSetupService.h"
#include "app/JsonViews.h"
#include "app/ReadAccess.h"
#include "app/Workspace.h"
#include "app/storage/RecordSeals.h"
#include "app/storage/SqliteAuditScan.h"
#include "crypto/AuditChain.h"
#include "crypto/Pkcs11Token.h"
#include "crypto/SigningModule.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

#include <limits>
#include <thread>

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
    case Problem::Rewritten:
        return QStringLiteral("rewritten");
    case Problem::Truncated:
        return QStringLiteral("truncated");
    case Problem::ForgedCheckpoint:
        return QStringLiteral("forged_checkpoint");
    case Problem::UnsealedRecord:
        return QStringLiteral("unsealed_record");
    case Problem::AlteredRecord:
        return QStringLiteral("altered_record");
    case Problem::DeletedRecord:
        return QStringLiteral("deleted_record");
    case Problem::SchemaChanged:
        return QStringLiteral("schema_changed");
    }
    return {};
}

void AuditVerifier::failAt(AuditVerification::Problem problem, qint64 sequence, const QString& message) {
    m_result.problem = problem;
    m_result.firstBadSequence = sequence;
    m_result.message = message;
}

void AuditVerifier::expectCheckpoints(const QList<domain::AuditCheckpoint>& checkpoints,
                                      const QByteArray& auditPublicKey) {
    using Problem = AuditVerification::Problem;
    if (auditPublicKey.isEmpty()) {
        return;
    }
    m_result.checkpointsChecked = true;
    for (const domain::AuditCheckpoint& checkpoint : checkpoints) {
        if (!crypto::AuditChain::checkpointSigned(checkpoint, auditPublicKey)) {
            failAt(Problem::ForgedCheckpoint, checkpoint.sequence,
                   QCoreApplication::translate("AuditLogService",
                                               "The checkpoint of entry %1 (%2) is not signed by the CA's audit key: "
                                               "it was forged or altered.")
                       .arg(checkpoint.sequence)
                       .arg(checkpoint.time));
            return;
        }
        m_checkpoints.insert(checkpoint.sequence, checkpoint);
        ++m_result.checkpointsVerified;
        if (checkpoint.sequence >= m_result.lastCheckpointSequence) {
            m_result.lastCheckpointSequence = checkpoint.sequence;
            m_result.lastCheckpointTime = checkpoint.time;
        }
    }
}

bool AuditVerifier::add(const AuditEntry& entry) {
    return addLink(entry.sequence, entry.previousHash, entry.entryHash, crypto::AuditChain::linkMatches(entry));
}

bool AuditVerifier::addLink(qint64 sequence, QByteArrayView previousHash, QByteArrayView entryHash, bool linkMatches) {
    using Problem = AuditVerification::Problem;
    if (!m_result.ok()) {
        return false;
    }
    if (m_firstSeenSequence == 0) {
        m_firstSeenSequence = sequence;
        m_firstPreviousHash = previousHash.toByteArray();
        if (m_firstLinkOnTrust) {
            m_previousHash = m_firstPreviousHash; // join() checks it against the part before
        }
    }
    if (sequence > m_expectedSequence) {
        failAt(Problem::Deleted, m_expectedSequence,
               QCoreApplication::translate("AuditLogService", "Entries %1 to %2 are missing: they were deleted.")
                   .arg(m_expectedSequence)
                   .arg(sequence - 1));
        return false;
    }
    if (sequence < 1) {
        failAt(Problem::Inserted, sequence,
               QCoreApplication::translate("AuditLogService",
                                           "An entry numbered %1 is in the log, which numbers from 1: it was added "
                                           "outside the application.")
                   .arg(sequence));
        return false;
    }
    if (sequence < m_expectedSequence) {
        failAt(Problem::Inserted, sequence,
               QCoreApplication::translate("AuditLogService", "Entry %1 appears twice.").arg(sequence));
        return false;
    }
    if (previousHash != m_previousHash) {
        // The link to the predecessor is broken: this entry was put in, or the one before replaced.
        failAt(Problem::Inserted, sequence,
               QCoreApplication::translate(
                   "AuditLogService", "Entry %1 does not follow from entry %2: an entry was inserted or replaced here.")
                   .arg(sequence)
                   .arg(sequence - 1));
        return false;
    }
    if (!linkMatches) {
        failAt(Problem::Altered, sequence,
               QCoreApplication::translate("AuditLogService",
                                           "Entry %1 was altered: its content no longer matches its hash.")
                   .arg(sequence));
        return false;
    }
    if (const auto checkpoint = m_checkpoints.constFind(sequence);
        checkpoint != m_checkpoints.cend() && checkpoint->headHash != entryHash) {
        failAt(Problem::Rewritten, sequence,
               QCoreApplication::translate("AuditLogService",
                                           "Entry %1 is not the entry the HSM signed at %2: the log was rewritten "
                                           "up to here.")
                   .arg(sequence)
                   .arg(checkpoint->time));
        return false;
    }
    m_previousHash.resize(entryHash.size()); // the capacity stays: no allocation per entry
    std::copy(entryHash.begin(), entryHash.end(), m_previousHash.begin());
    ++m_expectedSequence;
    ++m_result.entriesChecked;
    return true;
}

void AuditVerifier::startAt(qint64 sequence) {
    m_expectedSequence = sequence;
    m_startSequence = sequence;
    m_firstLinkOnTrust = true;
}

void AuditVerifier::useCheckpointsOf(const AuditVerifier& other) {
    m_checkpoints = other.m_checkpoints;
}

void AuditVerifier::join(const AuditVerifier& later) {
    using Problem = AuditVerification::Problem;
    if (!m_result.ok() || later.m_firstSeenSequence == 0) {
        return; // a later part with no entries: finish() tells a deleted tail from the head
    }
    if (m_expectedSequence < later.m_firstSeenSequence) {
        failAt(Problem::Deleted, m_expectedSequence,
               QCoreApplication::translate("AuditLogService", "Entries %1 to %2 are missing: they were deleted.")
                   .arg(m_expectedSequence)
                   .arg(later.m_firstSeenSequence - 1));
        return;
    }
    if (m_expectedSequence == later.m_startSequence && later.m_firstPreviousHash != m_previousHash) {
        failAt(Problem::Inserted, later.m_startSequence,
               QCoreApplication::translate(
                   "AuditLogService", "Entry %1 does not follow from entry %2: an entry was inserted or replaced here.")
                   .arg(later.m_startSequence)
                   .arg(later.m_startSequence - 1));
        return;
    }
    if (!later.m_result.ok()) {
        failAt(later.m_result.problem, later.m_result.firstBadSequence, later.m_result.message);
        return;
    }
    m_result.entriesChecked += later.m_result.entriesChecked;
    m_previousHash = later.m_previousHash;
    m_expectedSequence = later.m_expectedSequence;
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
    } else if (m_result.checkpointsChecked && m_result.lastCheckpointSequence > last) {
        failAt(Problem::Truncated, last + 1,
               QCoreApplication::translate("AuditLogService",
                                           "The log ends at entry %1, but the HSM signed a checkpoint of entry %2 "
                                           "at %3: the log was cut short.")
                   .arg(last)
                   .arg(m_result.lastCheckpointSequence)
                   .arg(m_result.lastCheckpointTime));
    } else {
        m_result.message = QCoreApplication::translate(
            "AuditLogService", "The audit log is intact: %n entries verified.", nullptr, int(m_result.entriesChecked));
        if (!m_result.checkpointsChecked) {
            m_result.message +=
                QLatin1Char(' ') + QCoreApplication::translate("AuditLogService",
                                                               "No signed checkpoint was checked (the audit key could "
                                                               "not be read from the HSM and none was given): a "
                                                               "consistent rewrite of the whole log would not show.");
        } else if (m_result.checkpointsVerified == 0) {
            m_result.entriesAfterLastCheckpoint = last;
            m_result.message +=
                QLatin1Char(' ') + QCoreApplication::translate(
                                       "AuditLogService", "There is no signed checkpoint yet: nothing vouches for the "
                                                          "log outside the database.");
        } else {
            m_result.entriesAfterLastCheckpoint = last - m_result.lastCheckpointSequence;
            m_result.message +=
                QLatin1Char(' ') +
                QCoreApplication::translate("AuditLogService",
                                            "%1 checkpoint(s) signed by the HSM verify; the last covers entry %2 (%3). "
                                            "%4 later entries are not yet covered: removing them would not show.")
                    .arg(m_result.checkpointsVerified)
                    .arg(m_result.lastCheckpointSequence)
                    .arg(m_result.lastCheckpointTime)
                    .arg(m_result.entriesAfterLastCheckpoint);
        }
    }
    return m_result;
}

AuditVerification AuditLogService::verify(const QByteArray& auditPublicKey) {
    return verifyDatabase(m_workspace.databasePath(), auditPublicKey);
}

namespace {
// One part of the log, entries `first` to `last`, walked by `verifier`.
domain::Status walk(SqliteAuditScan& scan, qint64 first, qint64 last, AuditVerifier& verifier) {
    crypto::AuditLinkChecker links;
    return scan.forEach(first, last, [&](const SqliteAuditScan::ChainedEntry& entry) {
        return verifier.addLink(entry.sequence, entry.previousHash, entry.entryHash,
                                entry.wellTyped && links.matches(entry.chained, entry.entryHash));
    });
}

// The chain's verdict, and then the records that decide issuance compared with their seals, in the
// snapshot whose chain was walked: a record is sealed in the transaction that wrote it, so every
// seal it needs is in that snapshot.
AuditVerification withRecordsChecked(SqliteAuditScan& scan, AuditVerification result) {
    if (!result.ok()) {
        return result; // seals in a broken chain vouch for nothing
    }
    const auto records = scan.recordSeals();
    if (!records) {
        result.problem = AuditVerification::Problem::Unreadable;
        result.message = records.error().userMessage;
        return result;
    }
    if (!*records) {
        return result;
    }
    using Finding = record_seals::Check::Finding;
    const record_seals::Check& check = **records;
    result.recordsChecked = true;
    result.recordsVerified =
        check.rowsChecked - (check.finding == Finding::None || check.finding == Finding::Deleted ? 0 : 1);
    if (check.finding == Finding::None) {
        result.message += QLatin1Char(' ') + QCoreApplication::translate("AuditLogService",
                                                                         "%n records that decide issuance match their "
                                                                         "seals.",
                                                                         nullptr, int(check.rowsChecked));
        return result;
    }
    result.badRecordTable = check.table;
    result.badRecordRow = check.row;
    switch (check.finding) {
    case Finding::Unsealed:
        result.problem = AuditVerification::Problem::UnsealedRecord;
        result.message = QCoreApplication::translate("AuditLogService",
                                                     "Record %1 of %2 has no seal in the audit log: it was written "
                                                     "outside the application.");
        break;
    case Finding::Altered:
        result.problem = AuditVerification::Problem::AlteredRecord;
        result.message = QCoreApplication::translate("AuditLogService",
                                                     "Record %1 of %2 is not what its seal in the audit log says: it "
                                                     "was changed outside the application.");
        break;
    case Finding::SchemaChanged:
        result.problem = AuditVerification::Problem::SchemaChanged;
        result.message = QCoreApplication::translate(
            "AuditLogService", "Every record matches its seal, but the database's schema is not the one the "
                               "application made: a trigger, view, index or table was added, changed or dropped "
                               "outside it, and could have changed records before they were sealed.");
        return result;
    case Finding::Deleted:
    case Finding::None:
        result.problem = AuditVerification::Problem::DeletedRecord;
        result.message = QCoreApplication::translate("AuditLogService",
                                                     "Record %1 of %2 is sealed in the audit log but gone: it was "
                                                     "deleted outside the application.");
        break;
    }
    result.message = result.message.arg(check.row).arg(check.table);
    return result;
}
} // namespace

AuditVerification AuditLogService::verifyDatabase(const QString& databasePath, const QByteArray& auditPublicKey) {
    const auto unreadable = [](const domain::Error& error) {
        AuditVerification failed;
        failed.problem = AuditVerification::Problem::Unreadable;
        failed.message = error.userMessage;
        return failed;
    };
    // Head, checkpoints and the newest entries from one read transaction, so a concurrent append
    // cannot fall between them.
    auto scan = SqliteAuditScan::open(databasePath);
    if (!scan) {
        return unreadable(scan.error());
    }
    const domain::Result<AuditHead> head = (*scan)->head();
    const auto checkpoints = (*scan)->checkpoints();
    const auto last = (*scan)->lastSequence();
    const auto withoutSequence = (*scan)->rowsWithoutSequence();
    if (!head || !checkpoints || !last || !withoutSequence) {
        return unreadable(!head          ? head.error()
                          : !checkpoints ? checkpoints.error()
                          : !last        ? last.error()
                                         : withoutSequence.error());
    }
    if (*withoutSequence > 0) {
        AuditVerification inserted;
        inserted.problem = AuditVerification::Problem::Inserted;
        inserted.head = *head;
        inserted.message = QCoreApplication::translate("AuditLogService",
                                                       "%n entries have no sequence number: they were added outside "
                                                       "the application.",
                                                       nullptr, int(*withoutSequence));
        return inserted;
    }
    AuditVerifier verifier;
    verifier.expectCheckpoints(*checkpoints, auditPublicKey);
    // Every row, numbers below 1 included: an entry numbered 0 or -1 is no entry of the chain.
    constexpr qint64 kFirst = std::numeric_limits<qint64>::min();
    constexpr qint64 kEverything = std::numeric_limits<qint64>::max();
    // A long log is walked in two halves on the two cores, each reading and hashing its own: the
    // older half on a connection of its own (appends never reach it), the newer one, and anything
    // beyond the head, in the head's snapshot. They are joined as one walk.
    constexpr qint64 kSplitFrom = 20000;
    const qint64 middle = *last >= kSplitFrom ? *last / 2 : 0;
    if (middle == 0) {
        if (auto walked = walk(**scan, kFirst, kEverything, verifier); !walked) {
            return unreadable(walked.error());
        }
        return withRecordsChecked(**scan, verifier.finish(*head));
    }
    AuditVerifier newer;
    newer.useCheckpointsOf(verifier);
    newer.startAt(middle + 1);
    domain::Status olderWalked;
    domain::Status newerWalked;
    {
        const std::jthread older([&] {
            auto own = SqliteAuditScan::open(databasePath);
            olderWalked = own ? walk(**own, kFirst, middle, verifier) : domain::Status(std::unexpected(own.error()));
        });
        newerWalked = walk(**scan, middle + 1, kEverything, newer);
    }
    if (!olderWalked || !newerWalked) {
        return unreadable(!olderWalked ? olderWalked.error() : newerWalked.error());
    }
    verifier.join(newer);
    return withRecordsChecked(**scan, verifier.finish(*head));
}

domain::Result<qint64> AuditLogService::exportTo(const domain::User& actor, const QString& path) {
    if (auto allowed =
            permitRead(m_workspace, actor, domain::Permission::ExportAuditLog, QStringLiteral("audit export"));
        !allowed) {
        return std::unexpected(allowed.error());
    }
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
    // Checkpoints first, so that a verifier checks each entry as it streams past.
    const auto checkpoints = m_workspace.audit().checkpoints();
    if (!checkpoints) {
        return std::unexpected(checkpoints.error());
    }
    for (const domain::AuditCheckpoint& checkpoint : *checkpoints) {
        if (checkpoint.sequence > head->sequence) {
            continue;
        }
        const QJsonObject checkpointLine{
            {QStringLiteral("checkpoint_seq"), checkpoint.sequence},
            {QStringLiteral("checkpoint_time"), checkpoint.time},
            {QStringLiteral("checkpoint_head"), QString::fromLatin1(checkpoint.headHash)},
            {QStringLiteral("checkpoint_reason"), checkpoint.reason},
            {QStringLiteral("statement"), QString::fromLatin1(checkpoint.statement().toBase64())},
            {QStringLiteral("signature"), QString::fromLatin1(checkpoint.signature.toBase64())}};
        file.write(QJsonDocument(checkpointLine).toJson(QJsonDocument::Compact));
        file.write("\n");
    }
    const domain::Status walked = m_workspace.audit().forEach([&](const AuditEntry& entry) {
        if (entry.sequence > head->sequence) {
            return false; // a concurrent append after we read the head belongs to the next export
        }
        QJsonObject line = toJson(entry);
        line.remove(QStringLiteral("details"));
        // The exact bytes hashed, so that sha256sum alone checks the link (docs/audit-export-format.md).
        line.insert(QStringLiteral("canonical"), QString::fromLatin1(entry.canonicalBytes().toBase64()));
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
    if (auto recorded = m_workspace.record(actor.username, domain::audit_event::AuditExported,
                                           QJsonObject{{QStringLiteral("file"), path},
                                                       {QStringLiteral("entries"), written},
                                                       {QStringLiteral("head_seq"), head->sequence}});
        !recorded) {
        return std::unexpected(recorded.error());
    }
    return written;
}

domain::Result<domain::AuditCheckpoint> AuditLogService::checkpoint(crypto::SigningModule& module,
                                                                    const QString& reason) {
    domain::AuditCheckpoint made;
    made.reason = reason;
    // Head read, signed and stored in one transaction: no entry can slip in between.
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        const auto head = m_workspace.audit().head();
        if (!head) {
            return std::unexpected(head.error());
        }
        made.sequence = head->sequence;
        made.headHash = head->hash;
        made.time = AuditEntry::formatTime(m_workspace.clock().nowUtc());
        auto signature = module.signAuditCheckpoint(made);
        if (!signature) {
            return std::unexpected(signature.error());
        }
        made.signature = *signature;
        return m_workspace.audit().addCheckpoint(made);
    });
    if (!stored) {
        (void)m_workspace.record(QStringLiteral("system"), domain::audit_event::AuditCheckpointFailed,
                                 {{QStringLiteral("reason"), reason}, {QStringLiteral("code"), stored.error().code}});
        return std::unexpected(stored.error());
    }
    return made;
}

domain::Result<QByteArray> AuditLogService::auditPublicKeyFromHsm() {
    const auto identity = CaSetupService(m_workspace).identity();
    if (!identity) {
        return std::unexpected(identity.error());
    }
    if (identity->auditKeyLabel.isEmpty()) {
        return domain::fail(QStringLiteral("hsm.no-audit-key"),
                            QCoreApplication::translate("AuditLogService", "This workspace's CA has no audit key."));
    }
    m_workspace.exportHsmEnvironment();
    auto token = crypto::Pkcs11Token::open(m_workspace.settings().hsmModule, m_workspace.settings().tokenLabel);
    if (!token) {
        return std::unexpected(token.error());
    }
    return (*token)->publicKeyDer(identity->auditKeyLabel);
}

AuditVerification AuditLogService::verifyExport(const QString& path, const QByteArray& auditPublicKey) {
    QFile file(path);
    AuditVerifier verifier;
    AuditHead head;
    QList<domain::AuditCheckpoint> checkpoints;
    bool checkpointsRead = false;
    bool sawHead = false;
    if (!file.open(QIODevice::ReadOnly)) {
        AuditVerification failed;
        failed.problem = AuditVerification::Problem::Unreadable;
        failed.message = QCoreApplication::translate("AuditLogService", "%1 cannot be read.").arg(path);
        return failed;
    }
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.contains(QStringLiteral("checkpoint_seq"))) {
            checkpoints.append({line.value(QStringLiteral("checkpoint_seq")).toInteger(),
                                line.value(QStringLiteral("checkpoint_time")).toString(),
                                line.value(QStringLiteral("checkpoint_head")).toString().toLatin1(),
                                QByteArray::fromBase64(line.value(QStringLiteral("signature")).toString().toLatin1()),
                                line.value(QStringLiteral("checkpoint_reason")).toString()});
            continue;
        }
        if (line.contains(QStringLiteral("head_seq"))) {
            head = {line.value(QStringLiteral("head_seq")).toInteger(),
                    line.value(QStringLiteral("head_hash")).toString().toLatin1()};
            sawHead = true;
            continue;
        }
        const AuditEntry entry = auditEntryFromJson(line);
        if (!checkpointsRead) {
            // The checkpoints come before the first entry (docs/audit-export-format.md).
            verifier.expectCheckpoints(checkpoints, auditPublicKey);
            checkpointsRead = true;
        }
        verifier.add(entry);
    }
    if (!checkpointsRead) {
        verifier.expectCheckpoints(checkpoints, auditPublicKey);
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
