// SPDX-License-Identifier: Apache-2.0
#include "app/lab/MailLab.h"

#include "app/lab/LabProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <optional>
#include <utility>

namespace ra::app {

using domain::fail;

namespace {
struct Server {
    const char* name;
    int port;
    const char* maildir;
};
constexpr Server kServers[] = {{"applicants-smtp", MailLab::kApplicantsPort, "applicants"},
                               {"ra-smtp", MailLab::kRaPort, "ra-inbox"}};
} // namespace

MailLab::MailLab(QString directory, QString address)
    : m_directory(QDir(directory).filePath(QStringLiteral("mail")))
    , m_address(std::move(address)) {}

QString MailLab::path(const QString& name) const {
    return QDir(m_directory).filePath(name);
}

QString MailLab::applicantsMaildir() const {
    return path(QStringLiteral("applicants"));
}

bool MailLab::running() const {
    return std::any_of(std::begin(kServers), std::end(kServers), [this](const Server& server) {
        return labprocess::alive(labprocess::readPidFile(path(QLatin1String(server.name) + QStringLiteral(".pid"))));
    });
}

MailSettings MailLab::settings() const {
    MailSettings mail;
    mail.relayHost = m_address;
    mail.relayPort = kApplicantsPort;
    mail.from = QString::fromLatin1(kRaAddress);
    mail.repliesMaildir = path(QStringLiteral("ra-inbox"));
    return mail;
}

QList<std::pair<QString, QString>> MailLab::settingValues() const {
    const MailSettings mail = settings();
    return {{QStringLiteral("mail/relay"), QStringLiteral("%1:%2").arg(mail.relayHost).arg(mail.relayPort)},
            {QStringLiteral("mail/from"), mail.from},
            {QStringLiteral("mail/replies_maildir"), mail.repliesMaildir}};
}

domain::Status MailLab::start() {
    if (running()) {
        return fail(QStringLiteral("lab.running"),
                    QCoreApplication::translate("MailLab", "The lab's mail servers run already."));
    }
    const QString python = labprocess::debianPython();
    if (!QFile::exists(python) || !QFile::exists(QStringLiteral("/usr/lib/python3/dist-packages/aiosmtpd"))) {
        return fail(QStringLiteral("lab.no-aiosmtpd"),
                    QCoreApplication::translate("MailLab", "aiosmtpd is not installed (Debian package "
                                                           "python3-aiosmtpd)."));
    }
    for (const Server& server : kServers) {
        if (!labprocess::canListen(m_address, server.port)) {
            return fail(QStringLiteral("lab.port-in-use"),
                        QCoreApplication::translate("MailLab", "Port %1 on %2 is in use or may not be used by this "
                                                               "user; choose another address with --web-address.")
                            .arg(server.port)
                            .arg(m_address));
        }
    }
    QDir().mkpath(m_directory);
    for (const Server& server : kServers) {
        const QString name = QLatin1String(server.name);
        // -n: stay the user that started it; Mailbox: every message into one Maildir.
        const QStringList arguments{QStringLiteral("-m"),
                                    QStringLiteral("aiosmtpd"),
                                    QStringLiteral("-n"),
                                    QStringLiteral("-l"),
                                    QStringLiteral("%1:%2").arg(m_address).arg(server.port),
                                    QStringLiteral("-c"),
                                    QStringLiteral("aiosmtpd.handlers.Mailbox"),
                                    path(QLatin1String(server.maildir))};
        if (labprocess::startDetached(python, arguments, path(name + QStringLiteral(".log")),
                                      path(name + QStringLiteral(".pid"))) == 0 ||
            !labprocess::waitUntilAccepting(m_address, server.port, 10000)) {
            (void)stop();
            return fail(QStringLiteral("lab.start"),
                        QCoreApplication::translate("MailLab", "The lab's mail server did not start; see %1.")
                            .arg(path(name + QStringLiteral(".log"))));
        }
    }
    return {};
}

domain::Status MailLab::stop() {
    for (const Server& server : kServers) {
        const QString pidFile = path(QLatin1String(server.name) + QStringLiteral(".pid"));
        const qint64 pid = labprocess::readPidFile(pidFile);
        if (!labprocess::end(pid)) {
            return fail(
                QStringLiteral("lab.stop"),
                QCoreApplication::translate("MailLab", "The lab's mail server (PID %1) did not stop.").arg(pid));
        }
        QFile::remove(pidFile);
    }
    return {};
}

namespace {
// The newest message the applicant at `address` received, or nullopt.
// When a Maildir message was delivered, from its name ("SECONDS.MMICROSECONDSP…", Python's
// mailbox module): the microseconds are not zero-padded, so names do not sort by time.
std::pair<qint64, qint64> deliveredAt(const QString& fileName) {
    static const QRegularExpression name(QStringLiteral("^(\\d+)\\.M(\\d+)P"));
    const QRegularExpressionMatch match = name.match(fileName);
    return match.hasMatch() ? std::pair{match.captured(1).toLongLong(), match.captured(2).toLongLong()}
                            : std::pair{qint64(0), qint64(0)};
}

std::optional<ReceivedMail> newestFor(const QString& maildir, const QString& address) {
    std::optional<ReceivedMail> newest;
    for (const ReceivedMail& mail : readMaildir(maildir)) {
        if (mail.to.compare(address, Qt::CaseInsensitive) == 0 &&
            (!newest || deliveredAt(mail.fileName) > deliveredAt(newest->fileName))) {
            newest = mail;
        }
    }
    return newest;
}

domain::Status noMailFor(const QString& address) {
    return fail(QStringLiteral("lab.no-mail"),
                QCoreApplication::translate("MailLab", "No message for %1 has arrived in the lab.").arg(address));
}
} // namespace

domain::Status MailLab::reply(const QString& address) {
    const std::optional<ReceivedMail> newest = newestFor(applicantsMaildir(), address);
    if (!newest) {
        return noMailFor(address);
    }
    MailSettings ra = settings();
    ra.relayPort = kRaPort;
    ra.from = address;
    // As the message asks: the value written in the reply's own text, the message quoted below.
    static const QRegularExpression valueLine(QStringLiteral("^Validation value: (\\S+)$"),
                                              QRegularExpression::MultilineOption);
    QString quoted;
    for (const QString& line : newest->text.split(QLatin1Char('\n'))) {
        quoted += QStringLiteral("> ") + line + QLatin1Char('\n');
    }
    const OutgoingMail answer{
        newest->from, QStringLiteral("Re: ") + newest->subject,
        QStringLiteral("I confirm. Validation value: %1\n\n").arg(valueLine.match(newest->text).captured(1)) + quoted,
        QStringLiteral("<%1@lab.test>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))};
    if (auto sent = sendMail(ra, answer, QDateTime::currentDateTimeUtc()); !sent) {
        return std::unexpected(sent.error());
    }
    return {};
}

domain::Status MailLab::bounce(const QString& address) {
    const std::optional<ReceivedMail> newest = newestFor(applicantsMaildir(), address);
    if (!newest) {
        return noMailFor(address);
    }
    QFile original(QDir(applicantsMaildir()).filePath(QStringLiteral("new/") + newest->fileName));
    if (!original.open(QIODevice::ReadOnly)) {
        original.setFileName(QDir(applicantsMaildir()).filePath(QStringLiteral("cur/") + newest->fileName));
        if (!original.open(QIODevice::ReadOnly)) {
            return noMailFor(address);
        }
    }
    QByteArray quoted = original.readAll();
    quoted.replace("\r\n", "\n").replace('\n', "\r\n");
    // RFC 3464: the explanation (which, like some servers', repeats the message's text), the
    // machine-readable status, and the original message whole — its value included.
    const QByteArray boundary = "lab-bounce-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray explanation = "This is the mail system at the lab.\n\nYour message to <" + address.toUtf8() +
                             "> could not be delivered: no such mailbox.\n\n" + newest->text.toUtf8();
    explanation.replace("\r\n", "\n").replace('\n', "\r\n");
    const QByteArray message =
        "From: MAILER-DAEMON@" + address.section(QLatin1Char('@'), 1).toUtf8() + "\r\nTo: " + newest->from.toUtf8() +
        "\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <" +
        QUuid::createUuid().toByteArray(QUuid::WithoutBraces) +
        "@lab.test>\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" +
        boundary + "\"\r\n\r\n--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + explanation +
        "\r\n--" + boundary +
        "\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; lab.test\r\n\r\n"
        "Final-Recipient: rfc822; " +
        address.toUtf8() + "\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--" + boundary +
        "\r\nContent-Type: message/rfc822\r\n\r\n" + quoted + "\r\n--" + boundary + "--\r\n";
    MailSettings ra = settings();
    ra.relayPort = kRaPort;
    if (auto sent = submitMessage(ra, QString(), newest->from, message); !sent) {
        return std::unexpected(sent.error());
    }
    return {};
}

} // namespace ra::app
