// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/DcvService.h"

namespace ra::app {

// CAA for one requested name, kept as evidence (R-CAA-1..3, R-MPIC-1): the primary decides per
// RFC 8659 and the remote perspectives must find the same permission; the check keeps its time
// and TTL so issuance can refuse a stale one. Same three steps as a DCV check, so the GUI runs
// the network part on a worker thread.
class CaaService {
public:
    explicit CaaService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<ValidationRound> prepareCheck(const domain::User& actor, qint64 applicationId,
                                                               const QString& fqdn);
    [[nodiscard]] static MpicRoundResult observe(const ValidationRound& round,
                                                 const MpicRound::Progress& progress = {});
    [[nodiscard]] domain::Result<CaaEvidence> recordCheck(const domain::User& actor, const ValidationRound& round,
                                                          const MpicRoundResult& result);
    // R-CAA-3 at issuance: the signing step checks CAA again for a name whose check went stale,
    // on behalf of the custodians running it (`actor`), for an approved application only.
    [[nodiscard]] domain::Result<CaaEvidence> recheckForIssuance(const QString& actor, qint64 applicationId,
                                                                 const QString& fqdn);
    [[nodiscard]] domain::Result<CaaEvidence> check(const domain::User& actor, qint64 applicationId,
                                                    const QString& fqdn, const MpicRound::Progress& progress = {});

    [[nodiscard]] domain::Result<QList<CaaEvidence>> checks(qint64 applicationId);
    [[nodiscard]] domain::Result<QList<StoredObservation>> observations(qint64 caaCheckId);

private:
    [[nodiscard]] domain::Result<ValidationRound> round(const domain::Application& application, const QString& fqdn);
    [[nodiscard]] domain::Result<CaaEvidence> record(const QString& actor, const ValidationRound& round,
                                                     const MpicRoundResult& result);
    Workspace& m_workspace;
};

} // namespace ra::app
