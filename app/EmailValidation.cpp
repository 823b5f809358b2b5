// SPDX-License-Identifier: Apache-2.0
#include "app/EmailValidation.h"

#include "app/DcvService.h"
#include "crypto/Digest.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QUuid>

namespace ra::app {

namespace {
QString iso(const QDateTime& at) {
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QStringList EmailValidation::contactsSeen(domain::DcvMethod method, const PerspectiveReport& report) {
    if (!report.answered) {
        return {};
    }
    return method == domain::DcvMethod::CaaContactEmail ? domain::Dcv::caaContactEmails(report.values)
                                                        : domain::Dcv::txtContactEmails(report.values);
}

DcvRoundResult EmailValidation::observe(const ValidationRound& round, const MpicRound::Progress& progress) {
    QElapsedTimer timer;
    timer.start();
    DcvRoundResult result;
    result.emails = round.emails;
    const domain::DcvMethod method = round.attempt.method;
    const bool findContacts = round.emails.isEmpty() && (method == domain::DcvMethod::CaaContactEmail ||
                                                         method == domain::DcvMethod::TxtContactEmail);
    const bool findDomainContacts = round.emails.isEmpty() && method == domain::DcvMethod::ContactEmail;
    if (findDomainContacts) {
        // Method 1: the registry's Domain Contacts, asked afresh (never cached), from the primary.
        const DomainContactLookup lookup =
            lookupDomainContacts(round.attempt.authorizationDomain, round.settings.primary, round.registry,
                                 QDeadlineTimer(round.mail.timeoutMs));
        PerspectiveReport& primary = result.mpic.primary;
        primary.perspective = QStringLiteral("primary");
        primary.attemptId = round.attempt.id;
        primary.dnssec = domain::dnssecStatusId(domain::DnssecStatus::Indeterminate);
        primary.answered = !lookup.emails.isEmpty();
        primary.values = lookup.emails;
        primary.relevantName = lookup.source;
        primary.detail = lookup.emails.isEmpty() ? lookup.detail : lookup.source;
        result.mpic.decision.corroborated = true;
        result.mpic.decision.reason = QStringLiteral("Not corroborated from remote perspectives: not required for %1.")
                                          .arg(domain::dcvMethodCitation(method));
        if (lookup.emails.isEmpty()) {
            result.contactsFound = false;
            return result;
        }
        for (const QString& contact : lookup.emails) {
            domain::DcvEmail email;
            email.address = contact;
            email.random = DcvService::newRandomValue(round.now); // R-DCV-1: one per email
            result.emails << email;
        }
    } else if (findContacts) {
        // R-MPIC-1: a perspective corroborates when it finds the same contacts as the primary.
        result.mpic = MpicRound::run(
            round.settings, round.task,
            [method](const PerspectiveReport& remote, const PerspectiveReport& primary) {
                const QStringList expected = contactsSeen(method, primary);
                return !expected.isEmpty() && contactsSeen(method, remote) == expected;
            },
            round.day, progress);
        const QStringList contacts = contactsSeen(method, result.mpic.primary);
        if (contacts.isEmpty() || !result.mpic.decision.corroborated) {
            result.contactsFound = false;
            return result; // nothing is sent to an address the perspectives do not confirm
        }
        for (const QString& contact : contacts) {
            domain::DcvEmail email;
            email.address = contact;
            email.random = DcvService::newRandomValue(round.now); // R-DCV-1: one per email
            result.emails << email;
        }
    } else {
        PerspectiveReport& primary = result.mpic.primary;
        primary.perspective = QStringLiteral("primary");
        primary.attemptId = round.attempt.id;
        primary.dnssec = domain::dnssecStatusId(domain::DnssecStatus::Indeterminate);
        primary.answered = true;
        result.mpic.decision.corroborated = true;
        result.mpic.decision.reason =
            method == domain::DcvMethod::ConstructedEmail || method == domain::DcvMethod::ContactEmail
                // BR 3.2.2.4.2 and .4 are not among the methods corroborated remotely (R-MPIC-1).
                ? QStringLiteral("Not corroborated from remote perspectives: not required for %1.")
                      .arg(domain::dcvMethodCitation(method))
                : QStringLiteral("The contacts were corroborated when they were found.");
    }
    // Unsent (or failed) emails go out now, each with its own random value.
    for (domain::DcvEmail& email : result.emails) {
        if (email.status != domain::DcvEmail::Status::Planned && email.status != domain::DcvEmail::Status::Failed) {
            continue;
        }
        email.messageId = QStringLiteral("<%1@ra-workstation>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const OutgoingMail mail{
            email.address,
            QStringLiteral("Domain control validation for %1 (attempt %2)").arg(round.fqdn).arg(round.attempt.id),
            mailBody(round, email), email.messageId};
        const auto sent = sendMail(round.mail, mail, round.now);
        email.status = sent ? domain::DcvEmail::Status::Sent : domain::DcvEmail::Status::Failed;
        email.sentAt = sent ? round.now : QDateTime();
        email.detail = sent ? *sent : sent.error().userMessage;
    }
    // Replies are matched by the random value (R-DCV-2), and count only as a person's answer from
    // the mailed address; our own messages never count. What was set aside, and why, is observed.
    QStringList ours;
    QStringList mailed;
    for (const domain::DcvEmail& email : result.emails) {
        ours << email.messageId;
        mailed << email.address;
    }
    const QList<ReceivedMail> replies =
        round.mail.repliesMaildir.isEmpty() ? QList<ReceivedMail>{} : readMaildir(round.mail.repliesMaildir);
    QMap<QString, int> setAside; // refusal code → messages carrying a value that did not count
    for (domain::DcvEmail& email : result.emails) {
        if (email.status != domain::DcvEmail::Status::Sent) {
            continue;
        }
        // Domain Contact (BR 3.2.2.4.2): any of the contacts mailed may answer; otherwise the address itself.
        const QStringList senders = method == domain::DcvMethod::ContactEmail ? mailed : QStringList{email.address};
        const QString sent = mailBody(round, email);
        for (const ReceivedMail& reply : replies) {
            if (ours.contains(reply.messageId) || !reply.text.contains(email.random.value)) {
                continue;
            }
            const domain::MailReply judged{reply.from,          reply.envelopeSenders, reply.autoSubmitted,
                                           reply.autoResponder, reply.contentType,     reply.failedRecipients,
                                           reply.text};
            if (const domain::Status confirms = domain::Dcv::replyConfirms(judged, email.random, senders, sent);
                !confirms) {
                const QString code = confirms.error().code;
                ++setAside[code];
                result.repliesNotCounted << QStringLiteral("%1: %2").arg(reply.fileName, code);
                if (code != QLatin1String("dcv.reply-no-value")) {
                    // The value came back without the mailbox's owner: spent, whoever sends it next.
                    email.status = domain::DcvEmail::Status::Voided;
                    email.detail = QStringLiteral("%1 (%2)").arg(code, reply.fileName);
                    break;
                }
                continue;
            }
            email.status = domain::DcvEmail::Status::Replied;
            email.replyFrom = reply.from;
            email.replyMessageId = reply.messageId;
            email.replySha256 = reply.sha256;
            email.repliedAt = round.now;
            break;
        }
    }
    QStringList ignored;
    for (auto it = setAside.cbegin(); it != setAside.cend(); ++it) {
        ignored << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
    }
    if (!findContacts && !findDomainContacts) {
        result.mpic.primary.values = summary(result.emails);
        result.mpic.primary.detail =
            QStringLiteral("%1 replies folder messages read").arg(replies.size()) +
            (ignored.isEmpty() ? QString()
                               : QStringLiteral("; carrying a value but not counted: %1").arg(ignored.join(u", ")));
        result.mpic.primary.elapsedMs = timer.elapsed();
        result.mpic.elapsedMs = timer.elapsed();
        if (progress) {
            progress(result.mpic.primary);
        }
    }
    return result;
}

QString EmailValidation::mailBody(const ValidationRound& round, const domain::DcvEmail& email) {
    // Lines under 72 characters, so that a quoting mail program does not rewrap them and the
    // quoted message is still recognized as ours (Dcv::ownText).
    return QStringLiteral("The registration authority of our certificate authority\n"
                          "was asked for a certificate for %1.\n\n"
                          "If you control %2 and agree, reply to this message\n"
                          "and write the validation value below in your own reply,\n"
                          "above the quoted message: a reply that only quotes this\n"
                          "message does not count.\n\n"
                          "Validation value: %3\n\n"
                          "The value is valid until %4.\n"
                          "If you did not ask for a certificate, do not reply.\n")
        .arg(round.fqdn, round.attempt.authorizationDomain, email.random.value, iso(email.random.expiresAt()));
}

QStringList EmailValidation::summary(const QList<domain::DcvEmail>& emails) {
    QStringList lines;
    for (const domain::DcvEmail& email : emails) {
        lines << QStringLiteral("%1: %2%3")
                     .arg(email.address, domain::dcvEmailStatusId(email.status),
                          email.status == domain::DcvEmail::Status::Replied
                              ? QStringLiteral(" (reply from %1)").arg(email.replyFrom)
                          : email.status == domain::DcvEmail::Status::Failed ? QStringLiteral(" (%1)").arg(email.detail)
                                                                             : QString());
    }
    return lines;
}

QJsonArray EmailValidation::toJson(const QList<domain::DcvEmail>& emails) {
    QJsonArray json;
    for (const domain::DcvEmail& email : emails) {
        json.append(QJsonObject{{QStringLiteral("address"), email.address},
                                // The value is a secret between the RA and the mailbox: only its hash.
                                {QStringLiteral("random_value_sha256"), crypto::sha256Hex(email.random.value.toUtf8())},
                                {QStringLiteral("status"), domain::dcvEmailStatusId(email.status)},
                                {QStringLiteral("message_id"), email.messageId},
                                {QStringLiteral("detail"), email.detail},
                                {QStringLiteral("reply_from"), email.replyFrom},
                                {QStringLiteral("reply_message_id"), email.replyMessageId},
                                {QStringLiteral("reply_sha256"), email.replySha256}});
    }
    return json;
}

} // namespace ra::app
