// SPDX-License-Identifier: Apache-2.0
#include "domain/Dcv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace ra::domain {

namespace {
struct MethodRow {
    DcvMethod method;
    const char* id;
    const char* citation;
};

constexpr MethodRow kMethods[] = {
    {DcvMethod::ContactEmail, "contact-email", "BR 3.2.2.4.2"},
    {DcvMethod::ConstructedEmail, "constructed-email", "BR 3.2.2.4.4"},
    {DcvMethod::DnsChange, "dns-change", "BR 3.2.2.4.7"},
    {DcvMethod::CaaContactEmail, "caa-contact-email", "BR 3.2.2.4.13"},
    {DcvMethod::TxtContactEmail, "txt-contact-email", "BR 3.2.2.4.14"},
    {DcvMethod::WebsiteChange, "website-change", "BR 3.2.2.4.18"},
    {DcvMethod::AcmeHttp01, "acme-http-01", "BR 3.2.2.4.19"},
};

const MethodRow& row(DcvMethod method) {
    for (const MethodRow& candidate : kMethods) {
        if (candidate.method == method) {
            return candidate;
        }
    }
    return kMethods[0];
}
} // namespace

QString dcvStatusId(DcvAttempt::Status status) {
    switch (status) {
    case DcvAttempt::Status::Pending:
        return QStringLiteral("pending");
    case DcvAttempt::Status::Passed:
        return QStringLiteral("passed");
    case DcvAttempt::Status::Failed:
        return QStringLiteral("failed");
    case DcvAttempt::Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

DcvAttempt::Status dcvStatusFromId(QStringView id) {
    for (auto status : {DcvAttempt::Status::Passed, DcvAttempt::Status::Failed, DcvAttempt::Status::Expired}) {
        if (id == dcvStatusId(status)) {
            return status;
        }
    }
    return DcvAttempt::Status::Pending;
}

QString dcvMethodId(DcvMethod method) {
    return QString::fromLatin1(row(method).id);
}

std::optional<DcvMethod> dcvMethodFromId(QStringView id) {
    for (const MethodRow& candidate : kMethods) {
        if (id == QLatin1String(candidate.id)) {
            return candidate.method;
        }
    }
    return std::nullopt;
}

QString dcvMethodCitation(DcvMethod method) {
    return QString::fromLatin1(row(method).citation);
}

bool dcvMethodNeedsCorroboration(DcvMethod method) {
    return method != DcvMethod::ContactEmail && method != DcvMethod::ConstructedEmail;
}

bool dcvMethodIsOverHttp(DcvMethod method) {
    return method == DcvMethod::WebsiteChange || method == DcvMethod::AcmeHttp01;
}

bool dcvMethodIsEmail(DcvMethod method) {
    return method == DcvMethod::ContactEmail || method == DcvMethod::ConstructedEmail ||
           method == DcvMethod::CaaContactEmail || method == DcvMethod::TxtContactEmail;
}

QString dcvEmailStatusId(DcvEmail::Status status) {
    switch (status) {
    case DcvEmail::Status::Planned:
        return QStringLiteral("planned");
    case DcvEmail::Status::Sent:
        return QStringLiteral("sent");
    case DcvEmail::Status::Failed:
        return QStringLiteral("failed");
    case DcvEmail::Status::Replied:
        return QStringLiteral("replied");
    case DcvEmail::Status::Voided:
        return QStringLiteral("voided");
    }
    return {};
}

DcvEmail::Status dcvEmailStatusFromId(QStringView id) {
    for (auto status :
         {DcvEmail::Status::Sent, DcvEmail::Status::Failed, DcvEmail::Status::Replied, DcvEmail::Status::Voided}) {
        if (id == dcvEmailStatusId(status)) {
            return status;
        }
    }
    return DcvEmail::Status::Planned;
}

QStringList Dcv::constructedAddresses(const QString& authorizationDomain) {
    QStringList addresses;
    for (const char* local : {"admin", "administrator", "webmaster", "hostmaster", "postmaster"}) {
        addresses << QLatin1String(local) + QLatin1Char('@') + authorizationDomain.toLower();
    }
    return addresses;
}

bool Dcv::isEmailAddress(const QString& text) {
    // local@domain: no white space, no angle brackets or line breaks (it goes into an SMTP
    // envelope), a domain with at least two labels.
    static const QRegularExpression address(
        QStringLiteral(R"re(^[^\s@<>()",;:]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$)re"));
    return text.size() <= 254 && address.match(text).hasMatch();
}

QStringList Dcv::caaContactEmails(const QStringList& relevantRecords) {
    static const QRegularExpression record(QStringLiteral(R"re(^\d+ contactemail "(.*)"$)re"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList contacts;
    for (const QString& text : relevantRecords) {
        const QRegularExpressionMatch match = record.match(text.trimmed());
        if (match.hasMatch() && isEmailAddress(match.captured(1).trimmed())) {
            contacts << match.captured(1).trimmed().toLower();
        }
    }
    contacts.sort();
    contacts.removeDuplicates();
    return contacts;
}

QStringList Dcv::txtContactEmails(const QStringList& texts) {
    QStringList contacts;
    for (const QString& text : texts) {
        if (isEmailAddress(text.trimmed())) {
            contacts << text.trimmed().toLower();
        }
    }
    contacts.sort();
    contacts.removeDuplicates();
    return contacts;
}

namespace {
QStringList sortedAddresses(QStringList addresses) {
    for (QString& address : addresses) {
        address = address.trimmed().toLower();
    }
    addresses.removeIf([](const QString& address) { return !Dcv::isEmailAddress(address); });
    addresses.sort();
    addresses.removeDuplicates();
    return addresses;
}

void collectRdapEmails(const QJsonArray& entities, QStringList& out, int depth) {
    static const QStringList contactRoles{QStringLiteral("registrant"), QStringLiteral("administrative"),
                                          QStringLiteral("technical")};
    for (const QJsonValue& value : entities) {
        const QJsonObject entity = value.toObject();
        const QJsonArray roles = entity.value(QStringLiteral("roles")).toArray();
        const bool contact = std::any_of(roles.begin(), roles.end(), [](const QJsonValue& role) {
            return contactRoles.contains(role.toString().toLower());
        });
        // vcardArray: ["vcard", [[name, params, type, value], ...]] (RFC 7095)
        for (const QJsonValue& property : entity.value(QStringLiteral("vcardArray")).toArray().at(1).toArray()) {
            const QJsonArray fields = property.toArray();
            if (contact && fields.at(0).toString().compare(QLatin1String("email"), Qt::CaseInsensitive) == 0) {
                out << fields.at(3).toString();
            }
        }
        // The registrar's own entities (its technical, administrative or abuse contacts) are the
        // registrar's people, not the domain's: a Domain Contact (BR 1.6.1) is never found there.
        const bool registrar = std::any_of(roles.begin(), roles.end(), [](const QJsonValue& role) {
            return role.toString().compare(QLatin1String("registrar"), Qt::CaseInsensitive) == 0;
        });
        if (!registrar && depth < 3) {
            collectRdapEmails(entity.value(QStringLiteral("entities")).toArray(), out, depth + 1);
        }
    }
}
} // namespace

QStringList Dcv::whoisContactEmails(const QString& whoisText) {
    static const QRegularExpression line(
        QStringLiteral(R"re(^\s*(Registrant|Admin(istrative)?|Tech(nical)?)[ A-Za-z-]*E-?mail\s*:\s*(\S+)\s*$)re"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QStringList found;
    for (auto it = line.globalMatch(whoisText); it.hasNext();) {
        found << it.next().captured(4);
    }
    return sortedAddresses(found);
}

QStringList Dcv::rdapContactEmails(const QJsonObject& domainObject) {
    QStringList found;
    collectRdapEmails(domainObject.value(QStringLiteral("entities")).toArray(), found, 0);
    return sortedAddresses(found);
}

QString Dcv::txtContactName(const QString& authorizationDomain) {
    return QStringLiteral("_validation-contactemail.") + authorizationDomain.toLower();
}

QString Dcv::addressOf(const QString& fromHeader) {
    const qsizetype open = fromHeader.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = fromHeader.lastIndexOf(QLatin1Char('>'));
    const QString address = open >= 0 && close > open ? fromHeader.mid(open + 1, close - open - 1) : fromHeader;
    return address.trimmed().toLower();
}

QString Dcv::ownText(const QString& text, const QString& sentText, const QString& value) {
    QStringList sentLines;
    for (const QString& line : sentText.split(QLatin1Char('\n'))) {
        // Lines long enough to be ours, not a blank or a word anyone might write; the value's own
        // line is what the replier is asked to copy.
        if (line.trimmed().size() >= 16 && (value.isEmpty() || !line.contains(value))) {
            sentLines << line.simplified();
        }
    }
    static const QRegularExpression wrote(QStringLiteral("^On .+ wrote:$|^-+ ?(Original|Forwarded) [Mm]essage"
                                                         "|^-+ Below this line is a copy|^From: .+"));
    QStringList own;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.simplified();
        // A quoter that rewraps our lines still begins with the start of one of them.
        const bool ours =
            line.size() >= 16 && std::any_of(sentLines.cbegin(), sentLines.cend(), [&line](const QString& sent) {
                return sent.startsWith(line) || line.startsWith(sent);
            });
        if (wrote.match(line).hasMatch() || ours) {
            break; // the quoted original begins here
        }
        if (!line.startsWith(QLatin1Char('>'))) {
            own << raw;
        }
    }
    return own.join(QLatin1Char('\n'));
}

Status Dcv::replyConfirms(const MailReply& reply, const RandomValue& random, const QStringList& allowedSenders,
                          const QString& sentText) {
    const QString type = reply.contentType.trimmed().toLower();
    if (type.startsWith(QLatin1String("multipart/report")) || reply.failedRecipients) {
        return fail(QStringLiteral("dcv.reply-bounce"),
                    QCoreApplication::translate("Dcv", "A delivery-status notification confirms nothing."));
    }
    const QString automatic = reply.autoSubmitted.trimmed().toLower();
    if ((!automatic.isEmpty() && automatic != QLatin1String("no")) || reply.autoResponderHeaders) {
        return fail(QStringLiteral("dcv.reply-automatic"),
                    QCoreApplication::translate("Dcv", "An automatic answer (Auto-Submitted: %1) confirms nothing.")
                        .arg(reply.autoSubmitted.trimmed()));
    }
    const QString from = addressOf(reply.from);
    const bool nullSender =
        std::any_of(reply.envelopeSenders.cbegin(), reply.envelopeSenders.cend(), [](const QString& sender) {
            const QString bare = QString(sender).remove(QLatin1Char('<')).remove(QLatin1Char('>')).trimmed();
            return bare.isEmpty();
        });
    if (nullSender || from.isEmpty() || from.startsWith(QLatin1String("mailer-daemon@")) ||
        from == QLatin1String("mailer-daemon")) {
        return fail(QStringLiteral("dcv.reply-bounce"),
                    QCoreApplication::translate("Dcv", "A message from the null sender or MAILER-DAEMON (a bounce) "
                                                       "confirms nothing."));
    }
    const bool allowed = std::any_of(allowedSenders.cbegin(), allowedSenders.cend(),
                                     [&from](const QString& sender) { return sender.trimmed().toLower() == from; });
    if (!allowed) {
        return fail(QStringLiteral("dcv.reply-sender"),
                    QCoreApplication::translate("Dcv", "The reply comes from %1, which was not mailed.").arg(from));
    }
    if (random.value.isEmpty() || !ownText(reply.text, sentText, random.value).contains(random.value)) {
        return fail(QStringLiteral("dcv.reply-no-value"),
                    QCoreApplication::translate("Dcv", "The reply does not carry the value in its own text (a value "
                                                       "only in the quoted message does not count)."));
    }
    return {};
}

Status Dcv::checkAuthorizationDomain(const QString& fqdn, const QString& authorizationDomain, const QString& label,
                                     const IPublicSuffixList& suffixes) {
    const QString name = fqdn.toLower();
    const QString adn = authorizationDomain.toLower();
    if (adn.isEmpty() || !(name == adn || name.endsWith(QLatin1Char('.') + adn))) {
        return fail(QStringLiteral("dcv.adn"),
                    QCoreApplication::translate("Dcv", "%1 is not %2 or one of its parent domains.").arg(adn, name));
    }
    if (suffixes.isPublicSuffix(adn)) {
        return fail(QStringLiteral("dcv.adn-public-suffix"),
                    QCoreApplication::translate("Dcv", "%1 is a public suffix and cannot be an Authorization Domain "
                                                       "Name (CP 3.2.2.4).")
                        .arg(adn));
    }
    static const QRegularExpression underscoreLabel(QStringLiteral("^_[A-Za-z0-9_-]{1,62}$"));
    if (!label.isEmpty() && !underscoreLabel.match(label).hasMatch()) {
        return fail(QStringLiteral("dcv.label"),
                    QCoreApplication::translate("Dcv", "The prefix must be one label that begins with an underscore."));
    }
    return {};
}

QString Dcv::dnsChangeName(const QString& authorizationDomain, const QString& label) {
    return label.isEmpty() ? authorizationDomain.toLower() : label + QLatin1Char('.') + authorizationDomain.toLower();
}

Status Dcv::checkHttpMethodName(const QString& fqdn, const QString& authorizationDomain, const QString& label) {
    const QString name = fqdn.toLower();
    if (name.startsWith(QLatin1String("*."))) {
        return fail(QStringLiteral("dcv.http-wildcard"),
                    QCoreApplication::translate("Dcv", "A wildcard name cannot be validated over HTTP (BR 3.2.2.4.18, "
                                                       "3.2.2.4.19); use the DNS change method."));
    }
    if ((!authorizationDomain.isEmpty() && authorizationDomain.toLower() != name) || !label.isEmpty()) {
        return fail(QStringLiteral("dcv.http-adn"),
                    QCoreApplication::translate("Dcv", "The HTTP methods validate %1 itself: no parent domain and no "
                                                       "prefix (CP 3.2.2.4 items 6 and 7).")
                        .arg(name));
    }
    return {};
}

DcvChallenge Dcv::challenge(const DcvAttempt& attempt, const QString& accountKeyThumbprint) {
    DcvChallenge challenge;
    challenge.content = attempt.random.value;
    switch (attempt.method) {
    case DcvMethod::DnsChange:
        challenge.dnsName = dnsChangeName(attempt.authorizationDomain, attempt.label);
        break;
    case DcvMethod::WebsiteChange:
        // BR 3.2.2.4.18: under /.well-known/pki-validation/, over http or https.
        for (const char* scheme : {"http", "https"}) {
            challenge.urls << QUrl(QStringLiteral("%1://%2/.well-known/pki-validation/ra-validation.txt")
                                       .arg(QLatin1String(scheme), attempt.fqdn));
        }
        break;
    case DcvMethod::AcmeHttp01:
        // RFC 8555 8.3: http on port 80, the token in the path, the key authorization in the body.
        challenge.urls << QUrl(
            QStringLiteral("http://%1/.well-known/acme-challenge/%2").arg(attempt.fqdn, attempt.random.value));
        challenge.content = attempt.random.value + QLatin1Char('.') + accountKeyThumbprint;
        break;
    default:
        break;
    }
    return challenge;
}

bool Dcv::observationMatches(DcvMethod method, const QStringList& seen, const QString& content) {
    if (content.isEmpty()) {
        return false;
    }
    return std::any_of(seen.cbegin(), seen.cend(), [method, &content](const QString& text) {
        switch (method) {
        case DcvMethod::WebsiteChange:
            return text.contains(content);
        case DcvMethod::AcmeHttp01: {
            qsizetype end = text.size();
            while (end > 0 && text.at(end - 1).isSpace()) {
                --end;
            }
            return QStringView(text).left(end) == content;
        }
        default:
            return text.trimmed() == content;
        }
    });
}

bool Dcv::isAuthorizedUrl(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme().toLower();
    return (scheme == QLatin1String("http") && url.port(80) == 80) ||
           (scheme == QLatin1String("https") && url.port(443) == 443);
}

Status Dcv::checkRedirect(int status, const QUrl& target) {
    if (status != 301 && status != 302 && status != 307 && status != 308) {
        return fail(QStringLiteral("dcv.redirect-status"),
                    QCoreApplication::translate("Dcv", "Redirect with status %1 refused: only 301, 302, 307 and 308 "
                                                       "are followed (CP 3.2.2.4).")
                        .arg(status));
    }
    if (!isAuthorizedUrl(target)) {
        return fail(QStringLiteral("dcv.redirect-target"),
                    QCoreApplication::translate("Dcv", "Redirect to %1 refused: only http on port 80 and https on "
                                                       "port 443 are followed (CP 3.2.2.4).")
                        .arg(target.toDisplayString()));
    }
    return {};
}

} // namespace ra::domain
