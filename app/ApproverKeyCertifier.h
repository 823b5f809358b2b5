// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QStringList>

namespace ra::crypto {
class SigningModule;
}

namespace ra::app {

class Workspace;

struct ApproverKeyCertifications {
    QStringList certified; // user names whose key the HSM certified now
    QStringList refused;   // user names whose key it would not
};

// R-APR-2: an approver's key is trusted by the signing module only when the HSM's audit key has
// certified it for that person. Certification happens while two custodians have the token active
// (at each signing session), and only for a key whose creation the verified audit chain records,
// so a key written straight into the database is never certified. Every certification and every
// refusal is audited.
class ApproverKeyCertifier {
public:
    explicit ApproverKeyCertifier(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::Result<ApproverKeyCertifications> certifyPending(crypto::SigningModule& module,
                                                                           const QStringList& custodians);

private:
    Workspace& m_workspace;
};

} // namespace ra::app
