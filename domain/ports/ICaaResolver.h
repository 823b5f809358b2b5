// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ra::domain {

// One CAA resource record (RFC 8659 4.1).
struct CaaRecord {
    quint8 flags = 0;
    QString tag;      // as published; compared case-insensitively
    QByteArray value; // as published
};

// RFC 4035 4.3 security status of an answer, as the validating resolver reports it.
enum class DnssecStatus { Secure, Insecure, Bogus, Indeterminate };

// What one CAA query for one name returned.
struct CaaLookup {
    enum class Outcome {
        Records,   // a non-empty CAA RRset (after any CNAME the resolver followed)
        NoRecords, // NOERROR without CAA, or NXDOMAIN
        Failed,    // SERVFAIL, timeout, REFUSED, no answer
    };
    Outcome outcome = Outcome::Failed;
    QList<CaaRecord> records;
    DnssecStatus dnssec = DnssecStatus::Indeterminate;
    int ttl = 0;
    int attempts = 1;
    // The failure is in our own resolver or network (R-CAA-2: never counted as permission).
    bool failureInsideOurInfrastructure = false;
    QString detail;
};

// Looks CAA records up for one name (the resolver follows CNAMEs; RFC 8659 3).
class ICaaResolver {
public:
    virtual ~ICaaResolver() = default;
    [[nodiscard]] virtual CaaLookup lookupCaa(const QString& name) = 0;
};

} // namespace ra::domain
