// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/lab/WebLab.h"
#include "app/mpic/Perspective.h"
#include "domain/Error.h"

#include <QString>
#include <QStringList>

namespace ra::app {

// The lab's DNS (DESIGN.md "The lab"): a real authoritative server, Knot DNS from Debian, on
// loopback, serving the lab zone `test.` with the CAA cases of RFC 8659 — signed, with an
// unsigned child (insecure.test) and a child whose DS matches no key (bogus.test) — and `jp.`
// with the demo applications' domains (unsigned). It runs as a daemon
// owned by its directory, so `ra-cli lab start` and `stop` can be separate commands; tests change
// records at run time through knotc; Knot re-signs what changes.
class DnsLab {
public:
    static constexpr int kDefaultPort = 53535;

    // `webAddress`: where the zones' web names point (the lab's web server, WebLab).
    explicit DnsLab(QString directory, int port = kDefaultPort,
                    QString webAddress = QString::fromLatin1(WebLab::kDefaultAddress));

    // Writes the configuration and zone (unless already there), starts knotd and waits until it
    // answers. Refuses clearly when it runs already, knotd is missing or the port is taken.
    [[nodiscard]] domain::Status start();
    // Stops knotd and waits until the process is gone; stopping a stopped lab is not an error.
    [[nodiscard]] domain::Status stop();
    [[nodiscard]] bool running() const;
    // Whether both UDP and TCP `port` can be bound on 127.0.0.1 now.
    [[nodiscard]] static bool portFree(int port);
    // The zones served, each from resources/lab/ZONE.zone, and those Knot signs (DNSSEC).
    [[nodiscard]] static QStringList zones();
    [[nodiscard]] static QStringList signedZones();
    // The DS of the signed `test.` zone, written at start: the lab's DNSSEC trust anchor.
    [[nodiscard]] QString trustAnchorFile() const;
    // Where a resolver forwards to reach the lab: "127.0.0.1@PORT".
    [[nodiscard]] QString resolverAddress() const;
    // How a resolver asks the lab: this server as the authority for the lab's top-level zones
    // (stub zones, so referrals are followed), validating with the lab's trust anchor.
    [[nodiscard]] ObserverOptions lookupOptions() const;
    // Replaces the records of one name and type in the running zone (knotc zone transaction).
    [[nodiscard]] domain::Status setRecords(const QString& name, const QString& type, const QStringList& rdata);

private:
    [[nodiscard]] QString path(const QString& name) const;
    [[nodiscard]] domain::Status knotc(const QStringList& arguments, QString* output = nullptr) const;
    [[nodiscard]] qint64 pid() const;
    [[nodiscard]] bool writeTrustAnchor() const;
    [[nodiscard]] bool writeZone(const QString& name, const QString& fileName) const;

    QString m_directory;
    int m_port;
    QString m_webAddress;
};

} // namespace ra::app
