// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mail/Mail.h"
#include "domain/Error.h"

#include <QString>

namespace ra::app {

// The lab's mail (DESIGN.md "The lab"): two real SMTP servers from Debian (aiosmtpd, package
// python3-aiosmtpd) on the lab's own loopback address. One on port 25 is every lab domain's mail
// server: the workstation submits the email methods' messages to it, and it keeps them in the
// applicants' Maildir. One on port 2525 is the RA's mailbox: applicants' replies are delivered
// into the RA's Maildir, which the workstation reads as its replies folder.
class MailLab {
public:
    static constexpr int kApplicantsPort = 25;
    static constexpr int kRaPort = 2525;
    static constexpr const char* kRaAddress = "dcv@ra.test";

    MailLab(QString directory, QString address);

    // Starts both servers and waits until they accept connections; refuses clearly when they
    // run already, aiosmtpd is missing or a port is taken.
    [[nodiscard]] domain::Status start();
    [[nodiscard]] domain::Status stop();
    [[nodiscard]] bool running() const;
    // What the workstation is told ([mail]): relay, from and replies folder.
    [[nodiscard]] MailSettings settings() const;
    // settings() as the workspace's setting keys (SettingsService::changeForLab records them).
    [[nodiscard]] QList<std::pair<QString, QString>> settingValues() const;
    // The applicant at `address` answers the newest message it received, to the address it came
    // from, as the message asks: its value written in the reply, the message quoted below.
    [[nodiscard]] domain::Status reply(const QString& address);
    // The applicants' mail server bounces the newest message for `address` as a real one does: a
    // delivery-status notification (RFC 3464) from MAILER-DAEMON with the null envelope sender,
    // quoting the original whole, delivered to the RA's mailbox over SMTP.
    [[nodiscard]] domain::Status bounce(const QString& address);
    [[nodiscard]] QString applicantsMaildir() const;

private:
    [[nodiscard]] QString path(const QString& name) const;

    QString m_directory; // the lab's mail folder
    QString m_address;
};

} // namespace ra::app
