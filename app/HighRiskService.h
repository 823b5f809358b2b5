// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlHighRisk.h"
#include "domain/Application.h"
#include "domain/User.h"

namespace ra::app {

class Workspace;

// High-risk matching (R-IN-3, R-IN-4): every application is matched at intake and again before
// submission against revoked certificates and applications rejected for suspected fraud (by
// verified corporate number, FQDN, registrable domain and public key), against the high-risk name
// list, and for look-alikes of those names and of earlier customers' domains with ICU's spoof
// checker. A match flags the application high risk, which adds the additional verification item.
class HighRiskService {
public:
    explicit HighRiskService(Workspace& workspace)
        : m_workspace(workspace) {}

    // The matches of `application` now (its id may be 0 before it is stored).
    [[nodiscard]] domain::Result<QList<domain::HighRiskMatch>> assess(const domain::Application& application);
    // Runs assess() and records intake.high-risk-match and the high-risk flag on `application`;
    // the caller saves it, in its transaction.
    [[nodiscard]] domain::Status decide(domain::Application& application, const QString& checker);
    // Keeps the stored application's names and key for matching later ones (in the caller's transaction).
    [[nodiscard]] domain::Status index(const domain::Application& application);

    // R-IN-4: administrators keep the high-risk name list. A name is one DNS label, listed once
    // per confusable skeleton; a removal says why and is kept, never deleted. Both are audited
    // with the name, its skeleton and the reason.
    [[nodiscard]] domain::Result<domain::HighRiskName> addName(const domain::User& administrator, const QString& name,
                                                               const QString& reason);
    [[nodiscard]] domain::Result<domain::HighRiskName> removeName(const domain::User& administrator, qint64 id,
                                                                  const QString& reason);
    [[nodiscard]] domain::Result<QList<domain::HighRiskName>> names();

private:
    // Audits the refused action (ActionRefused with its code) and returns the error to give back.
    [[nodiscard]] std::unexpected<domain::Error> refusal(const domain::User& user, const QString& action,
                                                         const QString& code, const QString& message);
    // Administrators only (R-IN-4); anyone else is refused through refusal().
    [[nodiscard]] domain::Status onlyAdministrators(const domain::User& user, const QString& action);
    [[nodiscard]] QList<domain::RequestedName> requestedNames(const domain::Application& application) const;
    Workspace& m_workspace;
};

} // namespace ra::app
