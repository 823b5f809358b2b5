// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra::app {

// Where the email methods send and where replies arrive (the mail settings): the
// workstation submits through the CA's mail relay and reads replies from a Maildir the RA's
// mailbox delivers into (DESIGN.md: "IMAP polling or a drop folder").
struct MailSettings {
    QString relayHost; // SMTP relay; empty: email methods cannot be used
    int relayPort = 25;
    QString from; // the RA's address, where applicants reply
    QString repliesMaildir;
    int timeoutMs = 15000; // one message's whole SMTP conversation
};

struct OutgoingMail {
    QString to;
    QString subject;
    QString body;      // plain text, UTF-8
    QString messageId; // "<...@...>"
};

// Submits one message to the relay (RFC 5321: EHLO, MAIL, RCPT, DATA with dot-stuffing, QUIT).
// Returns the relay's answer to the message; blocks; safe on any thread.
[[nodiscard]] domain::Result<QString> sendMail(const MailSettings& settings, const OutgoingMail& mail,
                                               const QDateTime& date);
// Submits `message` (RFC 5322, CRLF lines, not dot-stuffed) as it is to settings.relayHost:port
// with the envelope sender `envelopeFrom` (empty: the null sender "<>" of a bounce, RFC 5321
// 4.5.5). sendMail() builds its message and submits it through this.
[[nodiscard]] domain::Result<QString> submitMessage(const MailSettings& settings, const QString& envelopeFrom,
                                                    const QString& to, const QByteArray& message);

// One message of the replies folder, with what matching and evidence need.
struct ReceivedMail {
    QString fileName;
    QString from;
    QString to;
    QString messageId;
    QString subject;
    QString text;   // the text/plain body (the first such part of a multipart message), decoded
    QString sha256; // of the message file as received
    // What tells a person's reply from a bounce or an automatic answer (R-DCV-2).
    QStringList envelopeSenders; // every Return-Path and X-MailFrom (aiosmtpd's) header
    QString autoSubmitted;
    bool autoResponder = false; // Precedence bulk/junk/list/auto_reply, X-Autoreply, X-Autorespond, List-Id
    QString contentType;
    bool failedRecipients = false;
};

// Every message in the Maildir's new/ and cur/ (files over `maxBytes` are skipped: no reply is
// that large). Read again on every check: nothing is cached.
[[nodiscard]] QList<ReceivedMail> readMaildir(const QString& directory, qsizetype maxBytes = 1 << 20);

} // namespace ra::app
