// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlCertificateStore.h"
#include "crypto/SigningModule.h"
#include "domain/User.h"

#include <QStringList>

namespace ra::app {

class Workspace;

struct CrlResult {
    quint64 number = 0;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    int entries = 0;
    QByteArray der;
};

struct OcspResult {
    QString serial;
    QString status; // good, revoked, unknown
    QByteArray der;
};

// Revocation (R-REV-1) and the status information signed through the HSM (R-REV-5).
class RevocationService {
public:
    static constexpr int kCrlValidityDays = 7;    // CP 4.9.7: reissued at least every 7 days, nextUpdate <= 10 days
    static constexpr int kOcspValidityHours = 96; // CP 4.9.10: 8 hours to 10 days; renewed at half-life

    explicit RevocationService(Workspace& workspace)
        : m_workspace(workspace) {}

    // Records the revocation of an issued certificate; the next CRL and OCSP responses carry it.
    [[nodiscard]] domain::Result<CertificateRecord> revoke(const domain::User& actor, const QString& serial,
                                                           const QString& reasonId);
    // A full CRL of every revoked certificate that has not expired (CP table 7.2-1, 4.9.7).
    [[nodiscard]] domain::Result<CrlResult> generateCrl(crypto::SigningModule& module, const QStringList& custodians);
    // Pre-signed responses for every issued certificate, plus `otherSerials` (hex), which are
    // "unknown" unless issued here: never "good" for a serial that was not issued (R-REV-5).
    [[nodiscard]] domain::Result<QList<OcspResult>>
    signOcspResponses(crypto::SigningModule& module, const QStringList& custodians, const QStringList& otherSerials);

private:
    // Audits a CRL or OCSP signature the module refused or the HSM failed.
    [[nodiscard]] domain::Error signingFailed(const QStringList& custodians, const QString& what,
                                              const domain::Error& error);
    Workspace& m_workspace;
};

} // namespace ra::app
