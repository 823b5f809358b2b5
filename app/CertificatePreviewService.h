// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/CheckResult.h"

#include <QDateTime>

namespace ra::app {

class Workspace;

// The certificate an application would get, built to the profile and linted (R-ISS-1, R-ISS-2),
// in plain values for pages and audit entries.
struct CertificatePreviewReport {
    bool built = false;
    QString problem; // why it could not be built
    QString subject;
    // R-CSR-5: whether O, ST and L come from verified evidence (which) or, before any, from the
    // applicant's claims for an early lint only — never a candidate.
    bool subjectVerified = false;
    qint64 subjectEvidenceId = 0;
    QStringList dnsNames;
    QDateTime notBefore;
    QDateTime notAfter;
    QString serialHex;
    QList<domain::CheckResult> lint; // failed first: errors fail, warnings and notices pass with a note
    int errors = 0;
    QByteArray der;         // the candidate, signed with the throwaway key: what approvals cover (R-APR-2)
    QStringList extensions; // "name (critical): value", in certificate order

    [[nodiscard]] bool passed() const { return built && errors == 0; }
};

class CertificatePreviewService {
public:
    explicit CertificatePreviewService(Workspace& workspace)
        : m_workspace(workspace) {}

    enum class Subject {
        VerifiedOnly,        // the candidate that approvals sign: no verified organization, no certificate
        ClaimsUntilVerified, // intake's early lint and the review's preview, marked as provisional
    };

    // Built to the profile from the application's names and key, the workspace's CA settings and
    // the organization as the evidence verified it (R-CSR-5, R-ISS-1).
    [[nodiscard]] CertificatePreviewReport preview(const domain::Application& application, Subject subject) const;

    // The same report for a certificate already built (a candidate on record): subject, serial,
    // extensions and lint, read from its DER. Validity and names are left to the caller.
    [[nodiscard]] static CertificatePreviewReport describe(const QByteArray& der);

private:
    Workspace& m_workspace;
};

} // namespace ra::app
