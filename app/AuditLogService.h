// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlAuditTrail.h"

namespace ra::app {

class Workspace;

// The outcome of checking the chain (R-AUD-2): OK, or the first entry that is not what it should be.
struct AuditVerification {
    enum class Problem { None, Altered, Inserted, Deleted, TailDeleted, HeadMismatch, Unreadable };
    Problem problem = Problem::None;
    qint64 entriesChecked = 0;
    qint64 firstBadSequence = 0;
    QString message; // translated
    AuditHead head;

    [[nodiscard]] bool ok() const { return problem == Problem::None; }
    [[nodiscard]] QString problemId() const;
};

// Walks a chain entry by entry; fed from the database or from an export file.
class AuditVerifier {
public:
    // Returns false once a problem is found (later entries need not be read).
    bool add(const domain::AuditEntry& entry);
    [[nodiscard]] AuditVerification finish(const AuditHead& head);

private:
    void failAt(AuditVerification::Problem problem, qint64 sequence, const QString& message);
    AuditVerification m_result;
    qint64 m_expectedSequence = 1;
    QByteArray m_previousHash;
};

class AuditLogService {
public:
    explicit AuditLogService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] AuditVerification verify();
    // The same check on a connection of its own, so it can run on any thread (the GUI's worker).
    [[nodiscard]] static AuditVerification verifyDatabase(const QString& databasePath);
    // Writes the log as JSON Lines (one entry a line, then a line with the head) and records the export.
    [[nodiscard]] domain::Result<qint64> exportTo(const QString& path, const QString& actor);
    // Verifies an export file offline.
    [[nodiscard]] static AuditVerification verifyExport(const QString& path);

private:
    Workspace& m_workspace;
};

} // namespace ra::app
