// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/KeyQuality.h"
#include "domain/CsrCheckReport.h"
#include "domain/CsrSummary.h"

namespace ra::app {

class Workspace;

// Runs the key checks (R-CSR-2, R-CSR-3) and the name checks (R-CSR-4) for an application's
// CSR and requested names, with the workspace's blocklist and the Public Suffix List.
class CsrCheckService {
public:
    explicit CsrCheckService(Workspace& workspace)
        : m_workspace(workspace) {}

    [[nodiscard]] domain::CsrCheckReport check(const domain::CsrSummary& csr, const QStringList& names) const;

private:
    Workspace& m_workspace;
};

} // namespace ra::app
