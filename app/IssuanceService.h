// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlCertificateStore.h"
#include "crypto/SigningModule.h"
#include "domain/Application.h"

namespace ra::app {

class Workspace;

struct IssuanceResult {
    QString serial;
    qint64 applicationId = 0;
    QByteArray certificateDer;
    QByteArray precertificateDer; // empty when precertificates are off
    int lintErrors = 0;           // of the issued certificate, linted again (R-ISS-2)
    bool resumed = false;         // an interrupted issuance was completed
    bool notified = false;        // the subscriber's email went to the relay (R-ISS-5)
};

// Exactly-once issuance (R-ISS-3). The serial is reserved and the record marked "issuing" in one
// transaction before anything is signed; the certificate is stored and the application marked
// issued in one transaction after. A crash in between leaves an "issuing" record with the exact
// approved content; the next signing session completes it. That is safe because the module
// signs only sha256WithRSAEncryption (RSASSA-PKCS1-v1_5, deterministic): signing the same
// tbsCertificate again gives the same bytes, so a signature lost in the crash and the one stored
// are one and the same certificate. Records that can no longer be completed (notBefore more than
// 48 hours old, or content the module refuses) are voided, their serial never reused, and the
// application goes back for approval.
class IssuanceService {
public:
    explicit IssuanceService(Workspace& workspace)
        : m_workspace(workspace) {}

    // Issues the approved application's certificate. `custodians` names who activated the key.
    [[nodiscard]] domain::Result<IssuanceResult> issue(crypto::SigningModule& module, const QStringList& custodians,
                                                       qint64 applicationId);

    // At start-up, without the HSM: voids (and audits) interrupted issuances that can no longer be
    // completed and returns those the next signing session will complete.
    [[nodiscard]] domain::Result<QList<CertificateRecord>> reconcile();
    // What the module must verify before signing the application's certificate: its validator, the
    // approvals required, and each approval with its approver's name and public key (R-APR-2).
    [[nodiscard]] domain::Result<crypto::IssuanceAuthorization>
    authorizationFor(const domain::Application& application);

    // In a signing session: completes every interrupted issuance.
    [[nodiscard]] domain::Result<QList<IssuanceResult>> resumeInterrupted(crypto::SigningModule& module,
                                                                          const QStringList& custodians);

private:
    // Fails (audited) unless the application's records match their seals in the audit log and the
    // schema is as migrated; with `table`, unless that one row (another application's, reused) does.
    [[nodiscard]] domain::Status recordsSealed(qint64 applicationId, const QString& table = {}, qint64 row = 0);
    // R-CAA-3: checks CAA again, at every perspective, for each name whose latest check would be
    // stale within minutes; refuses when a name is then not allowed and corroborated.
    [[nodiscard]] domain::Status ensureCaaCurrent(const domain::Application& application,
                                                  const QStringList& custodians);
    // Signs and stores a reserved record (the steps after the reservation).
    [[nodiscard]] domain::Result<IssuanceResult> complete(crypto::SigningModule& module, const QStringList& custodians,
                                                          CertificateRecord record,
                                                          const crypto::IssuanceAuthorization& authorized);
    // complete() for a record a crash left reserved, with the authorization as it stands now.
    [[nodiscard]] domain::Result<IssuanceResult>
    completeInterrupted(crypto::SigningModule& module, const QStringList& custodians, const CertificateRecord& record);
    [[nodiscard]] domain::Error failed(const CertificateRecord& record, const QStringList& custodians,
                                       const domain::Error& error);
    // A failure after the serial was reserved: audited, and the record voided when it can never succeed.
    [[nodiscard]] domain::Error abandon(const CertificateRecord& record, const QStringList& custodians,
                                        const domain::Error& error);
    [[nodiscard]] domain::Status voidRecord(CertificateRecord record, const QString& reason);
    Workspace& m_workspace;
};

} // namespace ra::app
