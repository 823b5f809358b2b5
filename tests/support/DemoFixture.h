// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/CaActivationService.h"
#include "app/Workspace.h"
#include "domain/Clock.h"
#include "tests/support/LabFixture.h"

#include <QHash>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace ra::test {

// A demo workspace (`workspace init --demo`: users, SoftHSM2 token, CA, samples) on a fixed clock,
// with the demo credentials at hand. Each code() moves the clock one TOTP step on.
class DemoFixture {
public:
    DemoFixture();

    [[nodiscard]] bool ready() const { return m_workspace != nullptr; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] app::Workspace& workspace() { return *m_workspace; }
    [[nodiscard]] domain::FixedClock& clock() { return m_clock; }

    [[nodiscard]] QString field(const QString& user, const char* name) const;
    [[nodiscard]] crypto::SecureBytes password(const QString& user) const;
    [[nodiscard]] QString code(const QString& user);
    [[nodiscard]] app::CustodianSecrets custodian(const QString& user, const QString& shareOverride = {});
    // Each user's sign-in (password, one-time code) as custodians receiving PIN shares give it,
    // every code for the next time step.
    [[nodiscard]] std::vector<app::CustodianSecrets> shareRecipients(const QStringList& users);
    [[nodiscard]] domain::User user(const QString& name);

    // Takes an application in review to "ready for approval" as its validating officer would: with
    // the lab started, the organization is looked up in its registry; the other items are recorded.
    [[nodiscard]] bool prepareForApproval(qint64 applicationId, const QString& officer);
    // The demo application imported from the package with this reference ("APP-2026-1047" is
    // tokai-trading), 0 if there is none: tests name applications by what they are, not by the
    // order the demo happened to import them in.
    [[nodiscard]] qint64 applicationId(const QString& externalReference);
    // Registry evidence of `corporateNumber` for the application, stored as a look-up would store
    // it (confirming the name, address and country it claims), for tests whose subject is not the
    // look-up itself.
    [[nodiscard]] bool recordRegistryEvidence(qint64 applicationId, const QString& corporateNumber);
    // The corporate number of the verified organization the application's subject is built from;
    // when it has none, registry evidence of a number of its own is recorded first.
    [[nodiscard]] QString verifiedCorporateNumber(qint64 applicationId);
    // The demo's approved telephone directory, the source of call-back numbers (R-ORG-5).
    [[nodiscard]] qint64 directorySourceId();
    // Starts the lab for this workspace (DNS and six perspectives): issuance checks CAA again
    // when its check is stale (R-CAA-3), and the demo's checks are older than that.
    [[nodiscard]] bool startLab();
    [[nodiscard]] LabFixture* lab() { return m_lab.get(); }

private:
    QTemporaryDir m_directory;
    domain::FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<app::Workspace> m_workspace;
    QHash<QString, QJsonObject> m_users;
    QString m_problem;
    std::unique_ptr<LabFixture> m_lab; // stopped before the workspace folder goes
};

} // namespace ra::test
