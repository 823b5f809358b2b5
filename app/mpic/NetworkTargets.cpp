// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/NetworkTargets.h"

#include <array>

namespace ra::app {

namespace {
// RFC 6890 and its successors: the special-purpose ranges no public site uses.
bool isInternalIPv4(quint32 address) {
    static const std::array<std::pair<quint32, int>, 15> ranges{{
        {0x00000000, 8},  // 0.0.0.0/8, this network
        {0x0A000000, 8},  // 10.0.0.0/8, private
        {0x64400000, 10}, // 100.64.0.0/10, shared address space (carrier NAT)
        {0x7F000000, 8},  // 127.0.0.0/8, loopback
        {0xA9FE0000, 16}, // 169.254.0.0/16, link-local (and cloud metadata services)
        {0xAC100000, 12}, // 172.16.0.0/12, private
        {0xC0000000, 24}, // 192.0.0.0/24, IETF protocol assignments
        {0xC0000200, 24}, // 192.0.2.0/24, documentation
        {0xC0A80000, 16}, // 192.168.0.0/16, private
        {0xC6120000, 15}, // 198.18.0.0/15, benchmarking
        {0xC6336400, 24}, // 198.51.100.0/24, documentation
        {0xCB007100, 24}, // 203.0.113.0/24, documentation
        {0xE0000000, 4},  // 224.0.0.0/4, multicast
        {0xF0000000, 4},  // 240.0.0.0/4, reserved, and the broadcast address
        {0xFFFFFFFF, 32},
    }};
    for (const auto& [network, length] : ranges) {
        const quint32 mask = length == 0 ? 0 : ~quint32(0) << (32 - length);
        if ((address & mask) == network) {
            return true;
        }
    }
    return false;
}
} // namespace

bool isInternalAddress(const QHostAddress& address) {
    if (address.isNull()) {
        return true;
    }
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        return isInternalIPv4(address.toIPv4Address());
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    const auto prefixIs = [&bytes](std::initializer_list<quint8> prefix) {
        qsizetype i = 0;
        for (const quint8 byte : prefix) {
            if (bytes[i++] != byte) {
                return false;
            }
        }
        return true;
    };
    const auto embeddedIPv4 = [&bytes] {
        return quint32(bytes[12]) << 24 | quint32(bytes[13]) << 16 | quint32(bytes[14]) << 8 | quint32(bytes[15]);
    };
    // ::ffff:a.b.c.d (mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address they carry.
    if (prefixIs({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}) ||
        prefixIs({0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) {
        return isInternalIPv4(embeddedIPv4());
    }
    return prefixIs({0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})     // ::/96: unspecified, loopback, IPv4-compatible
           || (bytes[0] & 0xfe) == 0xfc                       // fc00::/7, unique local
           || (bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0x80) // fe80::/10, link-local
           || (bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0xc0) // fec0::/10, site-local (deprecated)
           || bytes[0] == 0xff                                // ff00::/8, multicast
           || prefixIs({0x20, 0x01, 0x0d, 0xb8})              // 2001:db8::/32, documentation
           || prefixIs({0x01, 0x00, 0, 0, 0, 0, 0, 0});       // 100::/64, discard only
}

QList<QHostAddress> reachableTargets(const QList<QHostAddress>& addresses, bool allowInternalTargets) {
    if (allowInternalTargets) {
        return addresses;
    }
    QList<QHostAddress> reachable;
    for (const QHostAddress& address : addresses) {
        if (!isInternalAddress(address)) {
            reachable << address;
        }
    }
    return reachable;
}

} // namespace ra::app
