// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/ports/IPublicSuffixList.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace ra::domain {

// The domain validation methods of CP 3.2.2.4 (R-DCV-2), in the order the requirement lists them.
enum class DcvMethod {
    ContactEmail,     // BR 3.2.2.4.2: email to a WHOIS/RDAP domain contact
    ConstructedEmail, // BR 3.2.2.4.4: admin/administrator/webmaster/hostmaster/postmaster@ADN
    DnsChange,        // BR 3.2.2.4.7: random value in a TXT (CNAME, CAA) record at the ADN
    CaaContactEmail,  // BR 3.2.2.4.13
    TxtContactEmail,  // BR 3.2.2.4.14
    WebsiteChange,    // BR 3.2.2.4.18
    AcmeHttp01,       // BR 3.2.2.4.19
};

[[nodiscard]] QString dcvMethodId(DcvMethod method); // "dns-change", ...
[[nodiscard]] std::optional<DcvMethod> dcvMethodFromId(QStringView id);
[[nodiscard]] QString dcvMethodCitation(DcvMethod method); // "BR 3.2.2.4.7"
// R-MPIC-1: methods 3-7 are corroborated from remote perspectives.
[[nodiscard]] bool dcvMethodNeedsCorroboration(DcvMethod method);

// R-DCV-1: at least 112 bits from a CSPRNG, unique per request, valid 30 days from creation.
struct RandomValue {
    static constexpr int kMinimumBits = 112;
    static constexpr int kValidityDays = 30;
    QString value;
    QDateTime createdAt;

    [[nodiscard]] QDateTime expiresAt() const { return createdAt.addDays(kValidityDays); }
    [[nodiscard]] bool expiredAt(const QDateTime& at) const { return at >= expiresAt(); }
};

// One validation attempt for one FQDN (R-DCV-4): its method, inputs and the latest observation.
struct DcvAttempt {
    enum class Status { Pending, Passed, Failed, Expired };
    qint64 id = 0;
    qint64 applicationId = 0;
    QString fqdn;
    QString authorizationDomain;
    QString label; // method 3: an underscore label in front of the ADN, or empty
    DcvMethod method = DcvMethod::DnsChange;
    RandomValue random;
    QString createdBy;
    Status status = Status::Pending;
    QDateTime checkedAt;
    QString observed;      // what the primary perspective saw at the last check, as text
    QString corroboration; // the last check's MPIC decision, in words (R-MPIC-2)
};

[[nodiscard]] QString dcvStatusId(DcvAttempt::Status status);
[[nodiscard]] DcvAttempt::Status dcvStatusFromId(QStringView id);

class Dcv {
public:
    // The Authorization Domain Name must be the FQDN or one of its parents, and not a public
    // suffix (CP 3.2.2.4). `label`, when given, is one label that begins with an underscore.
    [[nodiscard]] static Status checkAuthorizationDomain(const QString& fqdn, const QString& authorizationDomain,
                                                         const QString& label, const IPublicSuffixList& suffixes);
    // Where method 3 looks: `label.ADN`, or the ADN itself.
    [[nodiscard]] static QString dnsChangeName(const QString& authorizationDomain, const QString& label);
    // Method 3: a TXT record whose text is the random value exactly (surrounding space ignored).
    [[nodiscard]] static bool dnsChangeMatches(const QStringList& texts, const RandomValue& random);
};

} // namespace ra::domain
