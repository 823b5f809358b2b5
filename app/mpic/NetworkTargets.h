// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QList>

namespace ra::app {

// Whether `address` lies inside a site rather than on the public Internet (issue 12 item 10):
// loopback, unspecified, private (RFC 1918, RFC 4193), shared (RFC 6598), link-local, multicast,
// broadcast, documentation and benchmarking ranges, and the IPv6 forms that embed one of these
// (IPv4-mapped, NAT64 of RFC 6052). A validation fetch or registry look-up that the applicant's DNS
// could point at one of these would let an applicant probe the RA's or an agent's own network.
[[nodiscard]] bool isInternalAddress(const QHostAddress& address);

// The addresses a fetch may connect to: all of them when internal targets are allowed (a demo
// workspace's lab, which lives on loopback), else only the public ones.
[[nodiscard]] QList<QHostAddress> reachableTargets(const QList<QHostAddress>& addresses, bool allowInternalTargets);

} // namespace ra::app
