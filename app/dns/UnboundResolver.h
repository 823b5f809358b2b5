// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/ports/ICaaResolver.h"
#include "domain/ports/ITxtResolver.h"

#include <QHostAddress>
#include <QList>
#include <QStringList>

#include <memory>

namespace ra::app {

// DNS through libunbound (DESIGN.md): one resolver context per instance, so no cache is shared
// between checks or perspectives, DNSSEC validation on when a trust anchor is given. CAA records
// for R-CAA-1, TXT records for DCV method 3.
class UnboundResolver final : public domain::ICaaResolver, public domain::ITxtResolver {
public:
    // Debian's copy of the root zone's trust anchor (package dns-root-data): what a workspace and
    // an agent validate with unless they name another (the lab's), so DNSSEC is on by default.
    static constexpr const char* kRootTrustAnchor = "/usr/share/dns/root.key";

    struct Options {
        QString forwarder; // "ADDR@PORT" (the lab, a site resolver); empty: full recursion
        // DNSSEC trust anchor (zone-file DS or DNSKEY records); empty, only ever given on purpose
        // (tests of unsigned lab zones): no validation, status indeterminate. One that cannot be
        // read or holds no DS or DNSKEY record fails every lookup rather than going on unvalidated.
        QString trustAnchorFile = QString::fromLatin1(kRootTrustAnchor);
        int attempts = 2; // R-CAA-2: a failed lookup is retried before anything is decided
        // When set, `forwarder` is an authoritative server (the lab) asked directly for names in
        // these zones, following its referrals like any name server, instead of a recursive one.
        QStringList stubZones = {};
    };

    explicit UnboundResolver(Options options);
    ~UnboundResolver() override;
    UnboundResolver(const UnboundResolver&) = delete;
    UnboundResolver& operator=(const UnboundResolver&) = delete;

    [[nodiscard]] domain::CaaLookup lookupCaa(const QString& name) override;
    [[nodiscard]] domain::TxtLookup lookupTxt(const QString& name) override;

    // The addresses (A, then AAAA) of a web server for the HTTP validation methods: the
    // perspective's own answer, so every perspective fetches from where it sees the name.
    struct AddressLookup {
        bool answered = false;
        QList<QHostAddress> addresses;
        domain::DnssecStatus dnssec = domain::DnssecStatus::Indeterminate;
        QString detail;
    };
    [[nodiscard]] AddressLookup lookupAddresses(const QString& name);

private:
    struct RecordLookup {
        bool answered = false; // NOERROR or NXDOMAIN
        QList<QByteArray> rdata;
        domain::DnssecStatus dnssec = domain::DnssecStatus::Indeterminate;
        QString detail;
    };
    // One query with the retries of R-CAA-2; a bogus or failed answer is not `answered`.
    [[nodiscard]] RecordLookup lookupRecords(const QString& name, int type);

    struct Context;
    std::unique_ptr<Context> m_context;
    Options m_options;
};

} // namespace ra::app
