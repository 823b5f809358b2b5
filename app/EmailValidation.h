// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/ValidationRound.h"

#include <QJsonArray>

namespace ra::app {

// The email methods' part of a DCV check (R-DCV-1, R-DCV-2, R-MPIC-1): the contacts found when an
// attempt has none yet — method 1 from the registry, 4 and 5 from DNS at every perspective, mailed
// only when the quorum finds the same ones — then every unsent email sent with its own random
// value, and the replies folder read for replies carrying one. No database: DcvService records.
class EmailValidation {
public:
    [[nodiscard]] static DcvRoundResult observe(const ValidationRound& round, const MpicRound::Progress& progress);
    // One line per email: "address: status (reply from …)".
    [[nodiscard]] static QStringList summary(const QList<domain::DcvEmail>& emails);
    // For ra-cli --json and the audit trail.
    [[nodiscard]] static QJsonArray toJson(const QList<domain::DcvEmail>& emails);

private:
    // The message each address gets: what was asked, and its own random value to write back.
    [[nodiscard]] static QString mailBody(const ValidationRound& round, const domain::DcvEmail& email);
    // Methods 4 and 5: the contact addresses one perspective found.
    [[nodiscard]] static QStringList contactsSeen(domain::DcvMethod method, const PerspectiveReport& report);
};

} // namespace ra::app
