// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"
#include "domain/ports/IPublicSuffixList.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

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
// Methods 6 and 7: a file fetched over HTTP (R-DCV-3).
[[nodiscard]] bool dcvMethodIsOverHttp(DcvMethod method);
// Methods 1, 2, 4 and 5: a random value sent by email, confirmed by a reply carrying it.
[[nodiscard]] bool dcvMethodIsEmail(DcvMethod method);

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

// One email of an email-method attempt: each address gets its own random value (R-DCV-1), and
// a reply that carries it back confirms control (R-DCV-2).
struct DcvEmail {
    // Voided: a bounce, an automatic answer or another sender came back carrying the value; a
    // value seen outside the mailbox is spent and never counts, whoever sends it later.
    enum class Status { Planned, Sent, Failed, Replied, Voided };
    qint64 id = 0;
    qint64 attemptId = 0;
    QString address;
    RandomValue random;
    Status status = Status::Planned;
    QDateTime sentAt;
    QString messageId;
    QString detail; // the mail server's answer, or why sending failed
    QString replyFrom;
    QString replyMessageId;
    QDateTime repliedAt;
    QString replySha256; // of the whole reply as received, kept as evidence
};

[[nodiscard]] QString dcvEmailStatusId(DcvEmail::Status status);
[[nodiscard]] DcvEmail::Status dcvEmailStatusFromId(QStringView id);

// What the applicant must do for an attempt and what every perspective looks at (R-DCV-2).
struct DcvChallenge {
    QString dnsName;  // method 3: where the TXT record goes
    QList<QUrl> urls; // methods 6 and 7: fetched in this order; any one of them will do
    QString content;  // what must be found there: the random value, or for method 7 the key authorization
};
[[nodiscard]] DcvAttempt::Status dcvStatusFromId(QStringView id);

// A message of the RA's replies folder, as the email methods judge it (R-DCV-2).
struct MailReply {
    QString from;                      // the From header as received
    QStringList envelopeSenders;       // every Return-Path / X-MailFrom the delivering servers recorded
    QString autoSubmitted;             // RFC 3834 Auto-Submitted, empty when absent
    bool autoResponderHeaders = false; // Precedence bulk/junk/list/auto_reply, X-Autoreply, X-Autorespond, List-Id
    QString contentType;               // of the whole message
    bool failedRecipients = false;     // an X-Failed-Recipients header (how Exim marks a bounce)
    QString text;                      // the text/plain body, transfer encoding undone
};

class Dcv {
public:
    // The Authorization Domain Name must be the FQDN or one of its parents, and not a public
    // suffix (CP 3.2.2.4). `label`, when given, is one label that begins with an underscore.
    [[nodiscard]] static Status checkAuthorizationDomain(const QString& fqdn, const QString& authorizationDomain,
                                                         const QString& label, const IPublicSuffixList& suffixes);
    // Where method 3 looks: `label.ADN`, or the ADN itself.
    [[nodiscard]] static QString dnsChangeName(const QString& authorizationDomain, const QString& label);

    // Methods 6 and 7 validate the FQDN itself, never a parent (R-DCV-3: a file-method validation
    // does not cover other names under it) and never a wildcard name (BR 3.2.2.4.18, 3.2.2.4.19).
    [[nodiscard]] static Status checkHttpMethodName(const QString& fqdn, const QString& authorizationDomain,
                                                    const QString& label);
    // Where and what. Method 7's key authorization is the random value (the ACME token), a dot and
    // `accountKeyThumbprint` (RFC 8555 8.1); the other methods ignore it.
    [[nodiscard]] static DcvChallenge challenge(const DcvAttempt& attempt, const QString& accountKeyThumbprint);
    // Whether what one perspective saw (TXT texts, or HTTP bodies) shows the challenge's content:
    // method 3 a TXT record that is the value, method 6 a file that contains it (BR 3.2.2.4.18),
    // method 7 a body that is the key authorization, trailing white space ignored (RFC 8555 8.3).
    [[nodiscard]] static bool observationMatches(DcvMethod method, const QStringList& seen, const QString& content);

    // Method 2 (BR 3.2.2.4.4): admin, administrator, webmaster, hostmaster and postmaster @ADN.
    [[nodiscard]] static QStringList constructedAddresses(const QString& authorizationDomain);
    // Method 4 (BR 3.2.2.4.13): the contactemail addresses among the relevant CAA records, as a
    // perspective reports them ("FLAGS TAG \"VALUE\""). Method 5 (BR 3.2.2.4.14): the TXT records
    // at _validation-contactemail.ADN that are addresses. Sorted, without duplicates; values that
    // are not a single address are ignored.
    [[nodiscard]] static QStringList caaContactEmails(const QStringList& relevantRecords);
    [[nodiscard]] static QStringList txtContactEmails(const QStringList& texts);
    [[nodiscard]] static QString txtContactName(const QString& authorizationDomain);
    // Method 1 (BR 3.2.2.4.2): the Domain Contacts' addresses — registrant, administrative and
    // technical, never the registrar's abuse contact — from a WHOIS answer ("Registrant Email:
    // ...", RFC 3912 text in the ICANN layout) or an RDAP domain object (RFC 9083: entities with
    // those roles, their vCard "email"). Sorted, without duplicates.
    [[nodiscard]] static QStringList whoisContactEmails(const QString& whoisText);
    [[nodiscard]] static QStringList rdapContactEmails(const QJsonObject& domainObject);
    [[nodiscard]] static bool isEmailAddress(const QString& text);
    // R-DCV-2: a message in the replies folder confirms an email only when a person at the
    // mailed address answered it: never a delivery-status notification (RFC 3464
    // multipart/report, an X-Failed-Recipients header), an automatic answer (RFC 3834
    // Auto-Submitted other than "no") or a message from the null sender or MAILER-DAEMON, all of
    // which quote the original and its value with nobody acting; only from one of
    // `allowedSenders` (the mailed address; for Domain Contact, any contact mailed); and only with
    // the value in the replier's own text, not in the quoted message (`sentText` is what the RA
    // sent, so an original quoted without "> " is recognized as quoted too). The error's code
    // says which rule refused it.
    [[nodiscard]] static Status replyConfirms(const MailReply& reply, const RandomValue& random,
                                              const QStringList& allowedSenders, const QString& sentText);
    // The address of a From header: "Name <a@b>" → "a@b", lower case.
    [[nodiscard]] static QString addressOf(const QString& fromHeader);
    // What the replier wrote: lines quoted with ">" left out, and nothing from the first line
    // that begins the quoted original ("-----Original Message-----", "On … wrote:", a copy
    // of the message below, or a line of `sentText` other than the one carrying `value`).
    [[nodiscard]] static QString ownText(const QString& text, const QString& sentText, const QString& value);

    // R-DCV-3: only http on port 80 and https on port 443.
    [[nodiscard]] static bool isAuthorizedUrl(const QUrl& url);
    // R-DCV-3: whether an HTTP answer with `status` may be followed to `target` (the Location,
    // resolved against the request's URL): only 301, 302, 307 and 308, only to an authorized URL.
    [[nodiscard]] static Status checkRedirect(int status, const QUrl& target);
    static constexpr int kMaxRedirects = 10;          // as ACME servers allow (Let's Encrypt: 10)
    static constexpr qsizetype kMaxBodyBytes = 16384; // a validation file or key authorization is tiny
    static constexpr int kFetchTimeoutMs = 8000;      // every URL and redirect of one task together
};

} // namespace ra::domain
