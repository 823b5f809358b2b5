// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlAuditTrail.h"
#include "domain/User.h"

#include <QHash>

namespace ra::crypto {
class SigningModule;
}

namespace ra::app {

class Workspace;

// The outcome of checking the chain (R-AUD-2): OK, or the first entry that is not what it should be.
struct AuditVerification {
    enum class Problem {
        None,
        Altered,
        Inserted,
        Deleted,
        TailDeleted,
        HeadMismatch,
        Unreadable,
        Rewritten,        // an entry is not the one an HSM-signed checkpoint covers
        Truncated,        // a checkpoint covers entries the log no longer has
        ForgedCheckpoint, // a checkpoint's signature does not verify with the audit key
        // A row that decides issuance (app/storage/RecordSeals.h) that the chain does not vouch for:
        UnsealedRecord, // written outside the application
        AlteredRecord,  // changed since it was sealed
        DeletedRecord,  // sealed, and gone
        SchemaChanged   // a trigger, view, index or table not as the migrations made it
    };
    Problem problem = Problem::None;
    qint64 entriesChecked = 0;
    qint64 firstBadSequence = 0;
    QString message; // translated
    AuditHead head;
    // R-AUD-2: what the HSM-signed checkpoints vouch for (none checked without the audit key).
    bool checkpointsChecked = false;
    qint64 checkpointsVerified = 0;
    qint64 lastCheckpointSequence = 0;
    QString lastCheckpointTime;
    qint64 entriesAfterLastCheckpoint = 0; // their truncation cannot be told from no entries
    // The rows that decide issuance, compared with their seals (database only: an export holds no
    // records). Not checked in a log that shows no sealing began (not opened since the upgrade).
    bool recordsChecked = false;
    qint64 recordsVerified = 0;
    QString badRecordTable; // with firstBadSequence 0: no entry is at fault, a record is
    qint64 badRecordRow = 0;

    [[nodiscard]] bool ok() const { return problem == Problem::None; }
    [[nodiscard]] QString problemId() const;
};

// Walks a chain entry by entry; fed from the database or from an export file.
class AuditVerifier {
public:
    // Checks the checkpoints' signatures with the CA's public audit key (DER or PEM), and then each
    // entry they cover as the walk passes it. Without a call, checkpoints are not checked.
    void expectCheckpoints(const QList<domain::AuditCheckpoint>& checkpoints, const QByteArray& auditPublicKey);
    // Returns false once a problem is found (later entries need not be read).
    bool add(const domain::AuditEntry& entry);
    // The same for an entry whose link was checked already (crypto::AuditLinkChecker): the
    // database scan's way, with no AuditEntry made.
    bool addLink(qint64 sequence, QByteArrayView previousHash, QByteArrayView entryHash, bool linkMatches);
    [[nodiscard]] AuditVerification finish(const AuditHead& head);

    // For a walk of the part of the chain that starts at entry `sequence` (the two halves of a
    // long log walked on two cores): the first entry's link to the one before is taken as it
    // stands here and checked by join() against the part before.
    void startAt(qint64 sequence);
    // The checkpoints `other` checked the signatures of, for the entries of this part.
    void useCheckpointsOf(const AuditVerifier& other);
    // Continues this walk with `later`, which walked the part that starts where this one's range
    // ends (startAt): a gap between them, a broken link at the seam or a problem found in `later`
    // is reported as one walk of the whole would report it.
    void join(const AuditVerifier& later);

private:
    void failAt(AuditVerification::Problem problem, qint64 sequence, const QString& message);
    AuditVerification m_result;
    qint64 m_expectedSequence = 1;
    QByteArray m_previousHash;
    qint64 m_startSequence = 1;
    qint64 m_firstSeenSequence = 0; // 0: no entry walked yet
    bool m_firstLinkOnTrust = false;
    QByteArray m_firstPreviousHash;                       // what the first entry walked names as the hash before it
    QHash<qint64, domain::AuditCheckpoint> m_checkpoints; // by the sequence they cover
};

class AuditLogService {
public:
    explicit AuditLogService(Workspace& workspace)
        : m_workspace(workspace) {}

    // `auditPublicKey`: the CA's public audit key, from the HSM or a file the auditor trusts, never
    // from this database; empty: the checkpoints are not checked.
    [[nodiscard]] AuditVerification verify(const QByteArray& auditPublicKey);
    // The same check on a connection of its own, so it can run on any thread (the GUI's worker).
    [[nodiscard]] static AuditVerification verifyDatabase(const QString& databasePath,
                                                          const QByteArray& auditPublicKey);
    // Writes the log as JSON Lines (docs/audit-export-format.md: one entry a line, the head, the
    // checkpoints) and records the export.
    // Only a role allowed to export (auditors) may, whichever front end asks (issue 12 item 11).
    [[nodiscard]] domain::Result<qint64> exportTo(const domain::User& actor, const QString& path);
    // Verifies an export file offline.
    [[nodiscard]] static AuditVerification verifyExport(const QString& path, const QByteArray& auditPublicKey);
    // R-AUD-2: signs the chain's head with the audit key while the custodians have it active (at
    // activation, at the end of a signing session, hourly in between).
    [[nodiscard]] domain::Result<domain::AuditCheckpoint> checkpoint(crypto::SigningModule& module,
                                                                     const QString& reason);
    // The CA's public audit key as the HSM holds it (opens the token: not while a module is open).
    [[nodiscard]] domain::Result<QByteArray> auditPublicKeyFromHsm();

private:
    Workspace& m_workspace;
};

} // namespace ra::app
