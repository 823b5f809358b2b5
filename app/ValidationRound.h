// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mail/Mail.h"
#include "app/mpic/MpicRound.h"
#include "app/registry/DomainContacts.h"
#include "domain/Dcv.h"

namespace ra::app {

// What one check needs from the network, prepared on the thread that owns the database; the
// round itself touches no database, so the GUI runs it on a worker thread.
struct ValidationRound {
    qint64 applicationId = 0;
    QString fqdn;
    domain::DcvAttempt attempt;     // DCV checks only
    domain::DcvChallenge challenge; // DCV checks only: where the perspectives look and what they must see
    PerspectiveTask task;
    MpicSettings settings;
    QDate day; // R-TIME-1: the phase-in of R-MPIC-2 is decided for the workspace clock's day
    // Email methods: every email of the attempt, where to send and where replies arrive.
    QList<domain::DcvEmail> emails;
    MailSettings mail;
    RegistrySettings registry; // method 1
    QDateTime now;             // the workspace clock when the check was prepared (the emails' Date)
};

// What one DCV check observed: the perspectives' round, and for the email methods the emails as
// the check left them (sent, failed, or confirmed by a reply).
struct DcvRoundResult {
    MpicRoundResult mpic;
    QList<domain::DcvEmail> emails;
    bool contactsFound = true; // methods 4 and 5: false when no contact was found and corroborated
    // Email methods: messages of the replies folder that carried a value but did not count, as
    // "file: refusal code" (bounces, automatic answers, other senders, values only quoted).
    QStringList repliesNotCounted;
};

} // namespace ra::app
