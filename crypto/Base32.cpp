// SPDX-License-Identifier: Apache-2.0
#include "crypto/Base32.h"

namespace ra::crypto {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
}

QByteArray base32Encode(const QByteArray& data) {
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            out += kAlphabet[(buffer >> (bits - 5)) & 0x1f];
            bits -= 5;
        }
    }
    if (bits > 0) {
        out += kAlphabet[(buffer << (5 - bits)) & 0x1f];
    }
    return out;
}

std::optional<QByteArray> base32Decode(const QByteArray& text) {
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == ' ' || c == '=' || c == '-') {
            continue;
        }
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        int value = -1;
        if (upper >= 'A' && upper <= 'Z') {
            value = upper - 'A';
        } else if (upper >= '2' && upper <= '7') {
            value = upper - '2' + 26;
        }
        if (value < 0) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

} // namespace ra::crypto
