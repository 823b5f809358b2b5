// SPDX-License-Identifier: Apache-2.0
#include "app/mail/Mail.h"

#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTcpSocket>

namespace ra::app {

using domain::fail;

namespace {
// One SMTP reply (possibly multi-line "250-..."), its code, or 0 when none came in time.
int readReply(QTcpSocket& socket, const QDeadlineTimer& deadline, QString& text) {
    text.clear();
    for (;;) {
        while (!socket.canReadLine()) {
            if (socket.bytesAvailable() > 4096 ||
                !socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
                return 0;
            }
        }
        const QByteArray line = socket.readLine().trimmed();
        text += QString::fromUtf8(line) + QLatin1Char(' ');
        if (line.size() < 4 || line.at(3) != '-') {
            text = text.trimmed();
            return line.left(3).toInt();
        }
    }
}

QByteArray headerDate(const QDateTime& date) {
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1() + " +0000";
}

// RFC 2047 encoded-word for a header that may hold non-ASCII text.
QByteArray encodedHeader(const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return "=?UTF-8?B?" + utf8.toBase64() + "?=";
        }
    }
    return utf8;
}

QByteArray message(const MailSettings& settings, const OutgoingMail& mail, const QDateTime& date) {
    QByteArray body = mail.body.toUtf8();
    body.replace("\r\n", "\n").replace('\n', "\r\n");
    return "From: " + settings.from.toUtf8() + "\r\nTo: " + mail.to.toUtf8() +
           "\r\nSubject: " + encodedHeader(mail.subject) + "\r\nDate: " + headerDate(date) +
           "\r\nMessage-ID: " + mail.messageId.toUtf8() +
           "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
           "8bit\r\n\r\n" +
           body;
}

// RFC 5321 4.5.2: a line that begins with a dot gets another; then the terminating dot.
QByteArray dotStuffed(const QByteArray& message) {
    QByteArray stuffed;
    for (const QByteArray& line : message.split('\n')) {
        stuffed += (line.startsWith('.') ? "." + line : line) + '\n';
    }
    stuffed.chop(1);
    if (!stuffed.endsWith("\r\n")) {
        stuffed += "\r\n";
    }
    return stuffed + ".\r\n";
}

QByteArray header(const QList<QByteArray>& lines, const QByteArray& name) {
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name) {
            return line.mid(colon + 1).trimmed();
        }
    }
    return {};
}

QList<QByteArray> headers(const QList<QByteArray>& lines, const QByteArray& name) {
    QList<QByteArray> values;
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name) {
            values << line.mid(colon + 1).trimmed();
        }
    }
    return values;
}

QByteArray decodeQuotedPrintable(const QByteArray& text) {
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != '=') {
            out += text.at(i);
        } else if (text.mid(i + 1, 2) == "\r\n") {
            i += 2; // a soft line break
        } else if (text.mid(i + 1, 1) == "\n") {
            i += 1;
        } else {
            bool ok = false;
            const int value = text.mid(i + 1, 2).toInt(&ok, 16);
            out += ok ? char(value) : '=';
            i += ok ? 2 : 0;
        }
    }
    return out;
}
} // namespace

domain::Result<QString> sendMail(const MailSettings& settings, const OutgoingMail& mail, const QDateTime& date) {
    if (settings.relayHost.isEmpty() || settings.from.isEmpty()) {
        return fail(QStringLiteral("mail.not-configured"),
                    QCoreApplication::translate("Mail", "No mail relay is configured: an administrator sets mail/relay "
                                                        "and mail/from (ra-cli settings set)."));
    }
    return submitMessage(settings, settings.from, mail.to, message(settings, mail, date));
}

domain::Result<QString> submitMessage(const MailSettings& settings, const QString& envelopeFrom, const QString& to,
                                      const QByteArray& message) {
    const auto refused = [&to](const QString& why) {
        return fail(QStringLiteral("mail.send"),
                    QCoreApplication::translate("Mail", "The mail to %1 was not sent: %2").arg(to, why));
    };
    // Addresses go into the SMTP envelope as they are: a line break in one would be a command.
    const auto unsafe = [](const QString& address) {
        return address.contains(QLatin1Char('\r')) || address.contains(QLatin1Char('\n')) ||
               address.contains(QLatin1Char('<')) || address.contains(QLatin1Char('>'));
    };
    if (unsafe(to) || !to.contains(QLatin1Char('@'))) {
        return refused(QStringLiteral("not an address: ") + to);
    }
    if (unsafe(envelopeFrom) || (!envelopeFrom.isEmpty() && !envelopeFrom.contains(QLatin1Char('@')))) {
        return refused(QStringLiteral("not an address: ") + envelopeFrom);
    }
    const QDeadlineTimer deadline(settings.timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(settings.relayHost, quint16(settings.relayPort));
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        return refused(socket.errorString());
    }
    QString answer;
    const QByteArray hostName = QSysInfo::machineHostName().toLatin1();
    struct Step {
        const char* name;
        QByteArray command;
        int expected;
    };
    const QList<Step> steps = {
        {"greeting", {}, 220},
        {"EHLO", "EHLO " + (hostName.isEmpty() ? QByteArray("ra-workstation") : hostName) + "\r\n", 250},
        {"MAIL FROM", "MAIL FROM:<" + envelopeFrom.toUtf8() + ">\r\n", 250},
        {"RCPT TO", "RCPT TO:<" + to.toUtf8() + ">\r\n", 250},
        {"DATA", "DATA\r\n", 354},
        {"the message", dotStuffed(message), 250},
    };
    for (const Step& step : steps) {
        if (!step.command.isEmpty()) {
            socket.write(step.command);
        }
        const int code = readReply(socket, deadline, answer);
        if (code != step.expected && !(step.expected == 250 && code == 251)) {
            return refused(code == 0 ? QStringLiteral("no answer in time")
                                     : QStringLiteral("%1 (answer to %2)").arg(answer, QLatin1String(step.name)));
        }
    }
    const QString accepted = answer;
    socket.write("QUIT\r\n");
    (void)readReply(socket, deadline, answer);
    return accepted;
}

namespace {
struct Entity {
    QList<QByteArray> headerLines;
    QByteArray body;
};

// A message or MIME part (LF lines): its header lines, folded lines joined (RFC 5322 2.2.3), and body.
Entity splitEntity(const QByteArray& normalized) {
    const qsizetype end = normalized.startsWith('\n') ? 0 : normalized.indexOf("\n\n");
    QByteArray head = normalized.left(end < 0 ? normalized.size() : end);
    head.replace("\n ", " ").replace("\n\t", " ");
    return {head.split('\n'), end < 0 ? QByteArray() : normalized.mid(end + (end == 0 ? 1 : 2))};
}

// The text/plain body of an entity, transfer encoding undone: itself, or the first text/plain part
// of a multipart one (a person's reply is often multipart/alternative); null when there is none.
QByteArray plainText(const Entity& entity, int depth) {
    const QByteArray type = header(entity.headerLines, "content-type");
    const QByteArray lowerType = type.toLower();
    if (lowerType.startsWith("multipart/")) {
        static const QRegularExpression boundaryParameter(QStringLiteral("boundary=\"?([^\";]+)\"?"),
                                                          QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch boundary = boundaryParameter.match(QString::fromLatin1(type));
        if (!boundary.hasMatch() || depth > 3) {
            return {};
        }
        const QByteArray delimiter = "\n--" + boundary.captured(1).toLatin1();
        QByteArray rest = "\n" + entity.body;
        qsizetype at = rest.indexOf(delimiter);
        while (at >= 0) {
            const qsizetype lineEnd = rest.indexOf('\n', at + delimiter.size());
            if (rest.mid(at + delimiter.size(), 2) == "--" || lineEnd < 0) {
                break; // the closing delimiter
            }
            const qsizetype next = rest.indexOf(delimiter, lineEnd);
            const QByteArray part = rest.mid(lineEnd + 1, (next < 0 ? rest.size() : next) - lineEnd - 1);
            if (const QByteArray text = plainText(splitEntity(part), depth + 1); !text.isNull()) {
                return text;
            }
            at = next;
        }
        return {};
    }
    if (!lowerType.isEmpty() && !lowerType.startsWith("text/plain")) {
        return {};
    }
    const QByteArray encoding = header(entity.headerLines, "content-transfer-encoding").toLower();
    if (encoding == "base64") {
        return QByteArray::fromBase64(entity.body);
    }
    if (encoding == "quoted-printable") {
        return decodeQuotedPrintable(entity.body);
    }
    return entity.body.isNull() ? QByteArray("") : entity.body;
}
} // namespace

QList<ReceivedMail> readMaildir(const QString& directory, qsizetype maxBytes) {
    QList<ReceivedMail> all;
    for (const char* sub : {"new", "cur"}) {
        const QDir folder(QDir(directory).filePath(QLatin1String(sub)));
        for (const QFileInfo& info : folder.entryInfoList(QDir::Files, QDir::Name)) {
            QFile file(info.filePath());
            if (info.size() > maxBytes || !file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QByteArray raw = file.readAll();
            QByteArray normalized = raw;
            normalized.replace("\r\n", "\n");
            const Entity message = splitEntity(normalized);
            const QList<QByteArray>& lines = message.headerLines;
            ReceivedMail mail;
            mail.fileName = info.fileName();
            mail.from = QString::fromUtf8(header(lines, "from"));
            mail.to = QString::fromUtf8(header(lines, "to"));
            mail.messageId = QString::fromUtf8(header(lines, "message-id"));
            mail.subject = QString::fromUtf8(header(lines, "subject"));
            mail.text = QString::fromUtf8(plainText(message, 0));
            mail.sha256 = crypto::sha256Hex(raw);
            for (const QByteArray& name : {QByteArray("return-path"), QByteArray("x-mailfrom")}) {
                for (const QByteArray& value : headers(lines, name)) {
                    mail.envelopeSenders << QString::fromUtf8(value);
                }
            }
            mail.autoSubmitted = QString::fromUtf8(header(lines, "auto-submitted"));
            // What autoresponders and mailing lists send when they do not say Auto-Submitted.
            const QByteArray precedence = header(lines, "precedence").toLower();
            mail.autoResponder = precedence == "bulk" || precedence == "junk" || precedence == "list" ||
                                 precedence == "auto_reply" || !headers(lines, "x-autoreply").isEmpty() ||
                                 !headers(lines, "x-autorespond").isEmpty() || !headers(lines, "list-id").isEmpty();
            mail.contentType = QString::fromUtf8(header(lines, "content-type"));
            mail.failedRecipients = !headers(lines, "x-failed-recipients").isEmpty();
            all.append(mail);
        }
    }
    return all;
}

} // namespace ra::app
