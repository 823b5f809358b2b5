// SPDX-License-Identifier: Apache-2.0
#include "app/mpic/NetworkTargets.h"

#include <QStringList>

#include <array>
#include <initializer_list>
#include <optional>

namespace ra::app {

namespace {
// RFC 6890 and its successors: the special-purpose ranges no public site uses.
bool isInternalIPv4(quint32 address) {
    static const std::array<std::pair<quint32, int>, 14> ranges{{
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
        {0xF0000000, 4},  // 240.0.0.0/4, reserved, with the broadcast address
    }};
    for (const auto& [network, length] : ranges) {
        if ((address & (~quint32(0) << (32 - length))) == network) {
            return true;
        }
    }
    return false;
}

bool hasPrefix(const Q_IPV6ADDR& bytes, std::initializer_list<quint8> prefix) {
    qsizetype i = 0;
    for (const quint8 byte : prefix) {
        if (bytes[i++] != byte) {
            return false;
        }
    }
    return true;
}

quint32 ipv4At(const Q_IPV6ADDR& bytes, int offset) {
    return quint32(bytes[offset]) << 24 | quint32(bytes[offset + 1]) << 16 | quint32(bytes[offset + 2]) << 8 |
           quint32(bytes[offset + 3]);
}

// The IPv4 address an IPv6 address reaches through a translator or tunnel, if it carries one.
std::optional<quint32> carriedIPv4(const Q_IPV6ADDR& bytes) {
    if (hasPrefix(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff}) ||       // ::ffff:0:0/96, mapped
        hasPrefix(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0}) ||       // ::ffff:0:0:0/96, SIIT
        hasPrefix(bytes, {0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) { // 64:ff9b::/96, NAT64
        return ipv4At(bytes, 12);
    }
    if (hasPrefix(bytes, {0x20, 0x02})) { // 2002::/16, 6to4
        return ipv4At(bytes, 2);
    }
    return std::nullopt;
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
    if (const auto ipv4 = carriedIPv4(bytes)) {
        return isInternalIPv4(*ipv4);
    }
    return hasPrefix(bytes, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})    // ::/96: unspecified, loopback, IPv4-compatible
           || (bytes[0] & 0xfe) == 0xfc                              // fc00::/7, unique local
           || (bytes[0] == 0xfe && (bytes[1] & 0x80) == 0x80)        // fe80::/10 link-local, fec0::/10 site-local
           || bytes[0] == 0xff                                       // ff00::/8, multicast
           || hasPrefix(bytes, {0x00, 0x64, 0xff, 0x9b, 0x00, 0x01}) // 64:ff9b:1::/48, local-use NAT64
           || hasPrefix(bytes, {0x01, 0x00, 0, 0, 0, 0, 0, 0})       // 100::/64, discard only
           || hasPrefix(bytes, {0x20, 0x01, 0x00, 0x00})             // 2001::/32, Teredo
           || hasPrefix(bytes, {0x20, 0x01, 0x00, 0x02, 0x00, 0x00}) // 2001:2::/48, benchmarking
           || hasPrefix(bytes, {0x20, 0x01, 0x0d, 0xb8})             // 2001:db8::/32, documentation
           || (bytes[0] == 0x3f && (bytes[1] & 0xf0) == 0xf0);       // 3fff::/20, documentation
}

bool isLoopbackAddress(const QHostAddress& address) {
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        return address.toIPv4Address() >> 24 == 127;
    }
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    if (const auto ipv4 = carriedIPv4(bytes)) {
        return *ipv4 >> 24 == 127;
    }
    return address == QHostAddress(QHostAddress::LocalHostIPv6);
}

QList<QHostAddress> reachableTargets(const QList<QHostAddress>& addresses, bool allowLoopbackTargets) {
    QList<QHostAddress> reachable;
    for (const QHostAddress& address : addresses) {
        if (!isInternalAddress(address) || (allowLoopbackTargets && isLoopbackAddress(address))) {
            reachable << address;
        }
    }
    return reachable;
}

QString internalTargetRefusal(const QString& host, const QList<QHostAddress>& addresses) {
    QStringList shown;
    for (const QHostAddress& address : addresses) {
        shown << address.toString();
    }
    return QStringLiteral("%1 is at %2, not a public Internet address: never connected to for a validation")
        .arg(host, shown.join(QStringLiteral(", ")));
}

} // namespace ra::app
