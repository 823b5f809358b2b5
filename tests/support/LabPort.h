// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/lab/DnsLab.h"

#include <QRandomGenerator>

namespace ra::test {

// A random high port free on 127.0.0.1 (UDP and TCP), so lab servers of parallel tests never meet.
inline int freeLoopbackPort() {
    for (;;) {
        const int port = 20000 + int(QRandomGenerator::global()->bounded(40000));
        if (app::DnsLab::portFree(port)) {
            return port;
        }
    }
}

} // namespace ra::test
