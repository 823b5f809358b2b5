// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace ra::app {

// Whether `address` lies inside a site rather than on the public Internet (issue 12 item 10):
// loopback, unspecified, private (RFC 1918, RFC 4193), shared (RFC 6598), link-local, multicast,
// broadcast, documentation and benchmarking ranges, Teredo, and the IPv6 forms that carry an IPv4
// address (mapped, SIIT, NAT64 of RFC 6052 and RFC 8215, 6to4) judged by that address. A validation
// fetch or registry look-up that the applicant's DNS could point at one of these would let an
// applicant probe the RA's or an agent's own network, or a cloud's metadata service.
[[nodiscard]] bool isInternalAddress(const QHostAddress& address);

// Whether `address` is a loopback address (127/8, ::1, or the IPv4 forms of 127/8 in IPv6).
[[nodiscard]] bool isLoopbackAddress(const QHostAddress& address);

// The addresses a fetch may connect to: the public ones, and loopback ones too when
// `allowLoopbackTargets` (a demo workspace's lab and its agents, which all live on loopback).
[[nodiscard]] QList<QHostAddress> reachableTargets(const QList<QHostAddress>& addresses, bool allowLoopbackTargets);

// Why `host`, at `addresses`, was not connected to.
[[nodiscard]] QString internalTargetRefusal(const QString& host, const QList<QHostAddress>& addresses);

} // namespace ra::app
