// SPDX-License-Identifier: Apache-2.0
#include "app/mail/Mail.h"

#include "crypto/Digest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLocale>
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
    QByteArray stuffed; // RFC 5321 4.5.2: a line that begins with a dot gets another
    for (const QByteArray& line : body.split('\n')) {
        stuffed += (line.startsWith('.') ? "." + line : line) + '\n';
    }
    stuffed.chop(1);
    return "From: " + settings.from.toUtf8() + "\r\nTo: " + mail.to.toUtf8() +
           "\r\nSubject: " + encodedHeader(mail.subject) + "\r\nDate: " + headerDate(date) +
           "\r\nMessage-ID: " + mail.messageId.toUtf8() +
           "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
           "8bit\r\n\r\n" +
           stuffed + "\r\n.\r\n";
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
    const auto refused = [&mail](const QString& why) {
        return fail(QStringLiteral("mail.send"),
                    QCoreApplication::translate("Mail", "The mail to %1 was not sent: %2").arg(mail.to, why));
    };
    if (settings.relayHost.isEmpty() || settings.from.isEmpty()) {
        return fail(QStringLiteral("mail.not-configured"),
                    QCoreApplication::translate("Mail", "No mail relay is configured (workspace.ini [mail] relay and "
                                                        "from)."));
    }
    // Addresses go into the SMTP envelope as they are: a line break in one would be a command.
    for (const QString& address : {mail.to, settings.from}) {
        if (address.contains(QLatin1Char('\r')) || address.contains(QLatin1Char('\n')) ||
            address.contains(QLatin1Char('>')) || !address.contains(QLatin1Char('@'))) {
            return refused(QStringLiteral("not an address: ") + address);
        }
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
        {"MAIL FROM", "MAIL FROM:<" + settings.from.toUtf8() + ">\r\n", 250},
        {"RCPT TO", "RCPT TO:<" + mail.to.toUtf8() + ">\r\n", 250},
        {"DATA", "DATA\r\n", 354},
        {"the message", message(settings, mail, date), 250},
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
            const qsizetype end = normalized.indexOf("\n\n");
            // Folded header lines (RFC 5322 2.2.3) joined before reading.
            QByteArray head = normalized.left(end < 0 ? normalized.size() : end);
            head.replace("\n ", " ").replace("\n\t", " ");
            const QList<QByteArray> lines = head.split('\n');
            QByteArray body = end < 0 ? QByteArray() : normalized.mid(end + 2);
            const QByteArray encoding = header(lines, "content-transfer-encoding").toLower();
            if (encoding == "base64") {
                body = QByteArray::fromBase64(body);
            } else if (encoding == "quoted-printable") {
                body = decodeQuotedPrintable(body);
            }
            all.append({info.fileName(), QString::fromUtf8(header(lines, "from")),
                        QString::fromUtf8(header(lines, "to")), QString::fromUtf8(header(lines, "message-id")),
                        QString::fromUtf8(header(lines, "subject")), QString::fromUtf8(body), crypto::sha256Hex(raw)});
        }
    }
    return all;
}

} // namespace ra::app
