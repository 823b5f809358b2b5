// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace ra::app {

// The lab's web server (DESIGN.md "The lab"): nginx from Debian serving the lab's host names on
// the authorized ports 80 (http) and 443 (https) of one loopback address of its own, which the
// lab's DNS gives as those names' address — so the HTTP validation methods (R-DCV-3) run on the
// real ports, and labs of parallel tests on different addresses never meet. Every host's files
// live under its own folder; tests add per-path routes (redirects, slow or huge bodies) and the
// server is reloaded. Ports below 1024 need root (or net.ipv4.ip_unprivileged_port_start).
class WebLab {
public:
    static constexpr const char* kDefaultAddress = "127.0.0.80";
    // The host its https certificate names (RegistryLab's RDAP server); authority.pem in its
    // folder is the authority that signed it.
    static constexpr const char* kCertifiedHost = "rdap.web.test";

    explicit WebLab(QString directory, QString address = QString::fromLatin1(kDefaultAddress));

    // Writes the configuration and a TLS certificate (from a throw-away authority, valid from
    // `now`), starts nginx and waits until it answers. Refuses clearly when it runs already,
    // nginx is missing or a port is taken.
    [[nodiscard]] domain::Status start(const QDateTime& now);
    // Stops nginx and waits until its processes are gone; stopping a stopped lab is not an error.
    [[nodiscard]] domain::Status stop();
    [[nodiscard]] bool running() const;
    [[nodiscard]] QString address() const { return m_address; }
    // Whether ports 80 and 443 of `address` can be listened on now.
    [[nodiscard]] static bool portsFree(const QString& address);
    // A random loopback address 127.x.y.z whose ports 80 and 443 are free, so web servers of
    // parallel tests or a demo's set-up never meet the lab's.
    [[nodiscard]] static QString freeLoopbackAddress();

    // The applicant's side: serve `content` at `url` (http or https, any lab host).
    [[nodiscard]] domain::Status publish(const QUrl& url, const QByteArray& content);
    // Tests: nginx directives answering `path` on `host` instead of a file (`return 301 URL;`,
    // `limit_rate 10;`, ...); empty directives remove the route. Reloads the running server.
    [[nodiscard]] domain::Status setRoute(const QString& host, const QString& path, const QString& directives);

private:
    [[nodiscard]] QString path(const QString& name) const;
    [[nodiscard]] qint64 pid() const;
    [[nodiscard]] int currentGeneration() const;
    [[nodiscard]] domain::Status writeConfiguration();
    // Whether the running server answers with the configuration of `generation`.
    [[nodiscard]] bool serves(int generation) const;
    [[nodiscard]] domain::Status reload();

    QString m_directory; // the lab's web folder
    QString m_address;
};

} // namespace ra::app
