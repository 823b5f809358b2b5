// SPDX-License-Identifier: Apache-2.0
#include "app/CsrCheckService.h"

#include "app/Workspace.h"

namespace ra::app {

domain::CsrCheckReport CsrCheckService::check(const domain::CsrSummary& csr, const QStringList& names) const {
    domain::CsrCheckReport report;
    // CP table 7.1-1 fixes RSA 2048; other profiles arrive with the certificate profile.
    report.key =
        crypto::KeyQuality::check(csr.publicKeyDer, crypto::KeyPolicy::cpProfile(), m_workspace.keyBlocklist());
    for (const QString& name : names) {
        report.names << domain::NameRules::check(name, m_workspace.publicSuffixList());
    }
    return report;
}

} // namespace ra::app
