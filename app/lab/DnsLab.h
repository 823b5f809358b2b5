// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QString>
#include <QStringList>

namespace ra::app {

// The lab's DNS (DESIGN.md "The lab"): a real authoritative server, Knot DNS from Debian, on
// loopback, serving the lab zone `test.` with the CAA cases of RFC 8659 and `jp.` with the demo
// applications' domains. It runs as a daemon
// owned by its directory, so `ra-cli lab start` and `stop` can be separate commands; tests change
// records at run time through knotc. The HTTP, SMTP and perspective parts of the lab are not
// built yet (issue 5).
class DnsLab {
public:
    static constexpr int kDefaultPort = 53535;

    explicit DnsLab(QString directory, int port = kDefaultPort);

    // Writes the configuration and zone (unless already there), starts knotd and waits until it
    // answers. Refuses clearly when it runs already, knotd is missing or the port is taken.
    [[nodiscard]] domain::Status start();
    // Stops knotd and waits until the process is gone; stopping a stopped lab is not an error.
    [[nodiscard]] domain::Status stop();
    [[nodiscard]] bool running() const;
    // Whether both UDP and TCP `port` can be bound on 127.0.0.1 now.
    [[nodiscard]] static bool portFree(int port);
    // The zones served, each from resources/lab/ZONE.zone.
    [[nodiscard]] static QStringList zones();
    // Where a resolver forwards to reach the lab: "127.0.0.1@PORT".
    [[nodiscard]] QString resolverAddress() const;
    // Replaces the records of one name and type in the running zone (knotc zone transaction).
    [[nodiscard]] domain::Status setRecords(const QString& name, const QString& type, const QStringList& rdata);

private:
    [[nodiscard]] QString path(const QString& name) const;
    [[nodiscard]] domain::Status knotc(const QStringList& arguments, QString* output = nullptr) const;
    [[nodiscard]] qint64 pid() const;

    QString m_directory;
    int m_port;
};

} // namespace ra::app
