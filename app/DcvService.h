// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Dcv.h"
#include "domain/User.h"
#include "domain/ports/ITxtResolver.h"

namespace ra::app {

class Workspace;

// Domain validation (R-DCV-1, R-DCV-2, R-DCV-4): the validating officer starts an attempt for one
// of the application's names, the applicant publishes the random value, the officer checks. Every
// attempt and every observation is stored and audited. Built so far: method 3 (DNS change, TXT at
// the ADN or an underscore label under it), from the primary perspective only; the remote
// perspectives of R-MPIC-1 are still to come.
class DcvService {
public:
    explicit DcvService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<domain::DcvAttempt> start(const domain::User& actor, qint64 applicationId,
                                                           const QString& fqdn, domain::DcvMethod method,
                                                           const QString& authorizationDomain, const QString& label);
    [[nodiscard]] domain::Result<domain::DcvAttempt> check(const domain::User& actor, qint64 attemptId,
                                                           domain::ITxtResolver& resolver);
    [[nodiscard]] domain::Result<QList<domain::DcvAttempt>> attempts(qint64 applicationId);

private:
    [[nodiscard]] domain::Status store(domain::DcvAttempt& attempt, const QString& actor, const QString& event,
                                       const QJsonObject& details);
    Workspace& m_workspace;
};

} // namespace ra::app
