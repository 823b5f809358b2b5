// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/storage/SqlCertificateStore.h"
#include "domain/Error.h"

namespace ra::app {

class Workspace;

// R-ISS-5 (CP 4.3.2): when a certificate is issued, the subscriber's representative is told by
// email through the configured relay, with the certificate itself. The certificate is issued
// whatever the mail does: a failed notification is audited with the relay's answer, and
// `ra-cli cert notify SERIAL` sends it again.
class SubscriberNotifier {
public:
    explicit SubscriberNotifier(Workspace& workspace)
        : m_workspace(workspace) {}

    // Sends and audits (certificate.notified / certificate.notification_failed) as `actor`.
    [[nodiscard]] domain::Status notify(const CertificateRecord& certificate, const QString& actor);

private:
    Workspace& m_workspace;
};

} // namespace ra::app
