// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra::app {

// Where the email methods send and where replies arrive (workspace.ini [mail]): the
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

// One message of the replies folder, with what matching and evidence need.
struct ReceivedMail {
    QString fileName;
    QString from;
    QString to;
    QString messageId;
    QString subject;
    QString text;   // the body, transfer encoding (base64, quoted-printable) undone
    QString sha256; // of the message file as received
};

// Every message in the Maildir's new/ and cur/ (files over `maxBytes` are skipped: no reply is
// that large). Read again on every check: nothing is cached.
[[nodiscard]] QList<ReceivedMail> readMaildir(const QString& directory, qsizetype maxBytes = 1 << 20);

} // namespace ra::app
