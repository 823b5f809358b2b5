// SPDX-License-Identifier: Apache-2.0
#include "app/lab/MailLab.h"

#include "app/lab/LabProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QUuid>

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

domain::Status MailLab::registerWith(const QString& workspaceDirectory) const {
    const MailSettings mail = settings();
    return labprocess::registerSettings(
        workspaceDirectory,
        {{QStringLiteral("mail/relay"), QStringLiteral("%1:%2").arg(mail.relayHost).arg(mail.relayPort)},
         {QStringLiteral("mail/from"), mail.from},
         {QStringLiteral("mail/replies_maildir"), mail.repliesMaildir}});
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

domain::Status MailLab::reply(const QString& address) {
    const QList<ReceivedMail> received = readMaildir(applicantsMaildir());
    const ReceivedMail* newest = nullptr;
    for (const ReceivedMail& mail : received) {
        // Maildir names begin with the delivery time: the last in order is the newest.
        if (mail.to.compare(address, Qt::CaseInsensitive) == 0 && (!newest || mail.fileName > newest->fileName)) {
            newest = &mail;
        }
    }
    if (!newest) {
        return fail(QStringLiteral("lab.no-mail"),
                    QCoreApplication::translate("MailLab", "No message for %1 has arrived in the lab.").arg(address));
    }
    MailSettings ra = settings();
    ra.relayPort = kRaPort;
    ra.from = address;
    QString quoted;
    for (const QString& line : newest->text.split(QLatin1Char('\n'))) {
        quoted += QStringLiteral("> ") + line + QLatin1Char('\n');
    }
    const OutgoingMail answer{newest->from, QStringLiteral("Re: ") + newest->subject,
                              QStringLiteral("I confirm.\n\n") + quoted,
                              QStringLiteral("<%1@lab.test>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))};
    if (auto sent = sendMail(ra, answer, QDateTime::currentDateTimeUtc()); !sent) {
        return std::unexpected(sent.error());
    }
    return {};
}

} // namespace ra::app
