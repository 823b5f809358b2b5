// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/User.h"

#include <QString>

namespace ra::app {

class Workspace;

// A printable record of one application (issue 11 item 9): claims, organization evidence with its
// hashes, call-backs, documents and their inspections, every checklist item, DCV/CAA/MPIC results,
// approvals, the certificate and the application's audit trail.
struct Dossier {
    QString title;
    QString html; // self-contained, rendered to PDF by report::writePdf
};

class DossierService {
public:
    explicit DossierService(Workspace& workspace)
        : m_workspace(workspace) {}

    // Auditors and supervisors (who read before they approve) produce dossiers.
    [[nodiscard]] static bool mayProduce(const domain::User& user) {
        return !user.disabled &&
               (user.can(domain::Permission::ViewAuditLog) || user.can(domain::Permission::ApproveApplication));
    }
    // Refused (and audited) for anyone mayProduce() refuses.
    [[nodiscard]] domain::Result<Dossier> build(const domain::User& actor, qint64 applicationId);
    // Audits the export once the PDF is written, with the SHA-256 of its bytes.
    [[nodiscard]] domain::Status recordExport(const domain::User& actor, qint64 applicationId, const QString& path,
                                              const QByteArray& pdf);

private:
    Workspace& m_workspace;
};

} // namespace ra::app
