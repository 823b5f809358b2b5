// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mpic/Perspective.h"

#include <QDeadlineTimer>
#include <QStringList>

namespace ra::app {

// Where the Domain Contacts of DCV method 1 are looked up (the registry settings): RDAP
// servers from an IANA-format bootstrap file (RFC 9224), else WHOIS at `<tld>.whois-servers.net`.
struct RegistrySettings {
    QString rdapBootstrapFile; // empty: WHOIS only
    // The authorities RDAP servers' certificates must chain to; empty: the system's store (the lab
    // names its own web authority).
    QString rdapAuthoritiesFile;
    int whoisPort = 43; // RFC 3912
};

struct DomainContactLookup {
    QStringList emails; // the registrant, administrative and technical contacts' addresses
    QString source;     // "RDAP http://…/domain/NAME" or "WHOIS HOST:PORT"
    QString detail;     // what was tried and why it gave nothing
};

// Asks the registry afresh every time (R-DCV-2: never cached): RDAP when the bootstrap names an
// https server for the domain's TLD (RFC 7481 3: never plain http, the certificate verified; a
// server that fails to answer or to verify ends the look-up), WHOIS when there is none or its
// verified answer names no contact; names resolved with `resolver`, whose allowLoopbackTargets
// lets the lab's loopback servers be reached; bounded in size and by `deadline`. Blocks; safe on
// any thread.
[[nodiscard]] DomainContactLookup lookupDomainContacts(const QString& domain, const ObserverOptions& resolver,
                                                       const RegistrySettings& settings,
                                                       const QDeadlineTimer& deadline);

} // namespace ra::app
