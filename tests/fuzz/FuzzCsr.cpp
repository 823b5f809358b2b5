// SPDX-License-Identifier: Apache-2.0
// Fuzz target, libFuzzer interface: any bytes as a CSR (PEM or DER). Parsing must return a
// result or an error, never crash; a parsed key goes through every key check and its names
// through the name rules, which must not crash either (R-CSR-1..4, issue 3 "Bad input").
#include "crypto/CsrParser.h"
#include "crypto/KeyQuality.h"
#include "domain/NameRules.h"

#include <cstddef>
#include <cstdint>

namespace {
class NoBlocklist final : public ra::domain::IKeyBlocklist {
public:
    bool containsSpkiSha256(const QString&) const override { return false; }
    bool containsDebianFingerprint(const QString&) const override { return false; }
};

class TwoSuffixes final : public ra::domain::IPublicSuffixList {
public:
    bool isPublicSuffix(const QString& name) const override { return name == QLatin1String("jp"); }
    QString registrableDomain(const QString& name) const override {
        return name.endsWith(QLatin1String(".jp")) ? name.section(QLatin1Char('.'), -2) : QString();
    }
    bool hasKnownTopLevelDomain(const QString& name) const override { return name.endsWith(QLatin1String(".jp")); }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto csr = ra::crypto::CsrParser::parse(input);
    if (!csr) {
        return 0;
    }
    static const NoBlocklist blocklist;
    static const TwoSuffixes suffixes;
    (void)ra::crypto::KeyQuality::check(csr->publicKeyDer, ra::crypto::KeyPolicy::baselineRequirements(), blocklist);
    for (const QString& name : csr->dnsNames) {
        (void)ra::domain::NameRules::check(name, suffixes);
    }
    return 0;
}
