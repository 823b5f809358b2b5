// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/lab/WebLab.h"
#include "app/registry/DomainContacts.h"
#include "domain/Error.h"

#include <QJsonObject>
#include <QString>

namespace ra::app {

// The lab's domain registry for DCV method 1 (DESIGN.md "The lab"): a WHOIS server (RFC 3912) on
// port 43 of the lab's loopback address — the lab's DNS names it as `jp.whois-servers.net` and
// `test.whois-servers.net` — answering from one file per domain, and RDAP domain objects
// (RFC 9083) served by the lab's nginx as https://rdap.web.test/domain/NAME with a certificate from
// the lab's web authority, listed for `.test` in an IANA-format bootstrap file (RFC 9224). The
// demo domains have WHOIS records whose contacts are @ the domain itself.
class RegistryLab {
public:
    static constexpr const char* kRdapHost = WebLab::kCertifiedHost;

    // `directory`: the lab's folder (RDAP objects go into its web server's root).
    RegistryLab(QString directory, QString address, int whoisPort = 43);

    [[nodiscard]] domain::Status start();
    [[nodiscard]] domain::Status stop();
    [[nodiscard]] bool running() const;
    [[nodiscard]] RegistrySettings settings() const;
    // settings() as the workspace's setting keys (SettingsService::changeForLab records them).
    [[nodiscard]] QList<std::pair<QString, QString>> settingValues() const;

    // What the registry says of `domain`: a WHOIS record, or an RDAP domain object.
    [[nodiscard]] domain::Status setWhois(const QString& domain, const QByteArray& record);
    [[nodiscard]] domain::Status setRdap(const QString& domain, const QJsonObject& object);
    // Lists `suffix` (a TLD) in the RDAP bootstrap, so its domains are asked over RDAP.
    [[nodiscard]] domain::Status addRdapService(const QString& suffix);
    // A WHOIS record in the ICANN layout naming `email` as registrant, admin and tech contact.
    [[nodiscard]] static QByteArray whoisRecord(const QString& domain, const QString& email);
    // An RDAP domain object (RFC 9083) whose registrant's vCard gives `email`.
    [[nodiscard]] static QJsonObject rdapRecord(const QString& domain, const QString& email);

private:
    [[nodiscard]] QString path(const QString& name) const;

    QString m_labDirectory;
    QString m_address;
    int m_whoisPort;
};

} // namespace ra::app
