// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/lab/DnsLab.h"
#include "app/lab/WebLab.h"

#include <QRandomGenerator>
#include <QSet>

namespace ra::test {

// Lab ports are taken below Linux's ephemeral range (32768-60999), where no outgoing connection
// can be holding the port a server is about to listen on.
constexpr int kFirstLabPort = 20000;
constexpr int kLastLabPort = 32767;

// A random port free on 127.0.0.1 (UDP and TCP), so lab servers of parallel tests never meet.
inline int freeLoopbackPort() {
    // A port is handed out once per test process: two draws made before either server binds would
    // otherwise meet now and then (ten agents in 12 767 ports: about one run in a few hundred), and
    // the second server would die on a port the first one answers on.
    static QSet<int> handedOut;
    for (;;) {
        const int port = kFirstLabPort + int(QRandomGenerator::global()->bounded(kLastLabPort - kFirstLabPort));
        if (!handedOut.contains(port) && app::DnsLab::portFree(port)) {
            handedOut.insert(port);
            return port;
        }
    }
}

// A loopback address of its own whose ports 80 and 443 are free, for one test's web server.
inline QString freeLoopbackWebAddress() {
    return app::WebLab::freeLoopbackAddress();
}

} // namespace ra::test
