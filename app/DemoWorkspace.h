// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/Workspace.h"
#include "crypto/SecureBytes.h"

#include <optional>

namespace ra::app {

class DnsLab;

// `ra-cli workspace init DIR --demo`: a workspace to try the tool on. Demo users for every role
// (two Key Custodians and more), a SoftHSM2 token holding a demo CA key whose PIN is split 2-of-N
// among the custodians, sample applications in several states, and DIR/demo-credentials.json.
// One of the demo's (or a test's) people, enrolled, with the secret of their authenticator.
struct EnrolledAccount {
    domain::User user;
    QString totpSecretBase32; // empty for roles without a second factor
};

class DemoWorkspace {
public:
    static constexpr const char* kCredentialsFile = "demo-credentials.json";

    [[nodiscard]] static domain::Result<std::unique_ptr<Workspace>> create(const QString& directory,
                                                                           const domain::IClock& clock);
    // A user added by `administrator` (none for the workspace's first), confirmed by `confirmer`
    // where the grant needs a second administrator, and enrolled at once with `password` and a
    // new authenticator: how the demo and the tests make their people, who in real life each
    // enrol themselves with the code's parts.
    [[nodiscard]] static domain::Result<EnrolledAccount>
    addEnrolledUser(Workspace& workspace, const std::optional<domain::User>& administrator,
                    const std::optional<domain::User>& confirmer, const QString& username, const QString& displayName,
                    domain::Role role, bool keyCustodian, const crypto::SecureBytes& password);
    // The sample packages compiled into the program, copied out to `targetDirectory`.
    [[nodiscard]] static QStringList extractSamplePackages(const QString& targetDirectory);
    // The validating officer's DCV by DNS change (BR 3.2.2.4.7) of each requested name, the
    // applicant's answer published in `dns`, and a CAA check of each, every lookup corroborated by
    // the perspectives the workspace is set to ask.
    [[nodiscard]] static domain::Status validateEachName(Workspace& workspace, const domain::Application& application,
                                                         const domain::User& officer, DnsLab& dns);
};

} // namespace ra::app
