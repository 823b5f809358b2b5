// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ra::domain {

// How the officer reached the organization (CP 3.2.5, BR 1.6.1 "Reliable Method of Communication").
enum class CallbackChannel { Telephone, Email, Postal };
// What the person reached said about the representative's authority.
enum class CallbackOutcome { Confirmed, Denied, NotReached };

[[nodiscard]] QString callbackChannelId(CallbackChannel channel); // stable, untranslated
[[nodiscard]] std::optional<CallbackChannel> callbackChannelFromId(QStringView id);
[[nodiscard]] QString callbackChannelDisplayName(CallbackChannel channel);
[[nodiscard]] QString callbackOutcomeId(CallbackOutcome outcome);
[[nodiscard]] std::optional<CallbackOutcome> callbackOutcomeFromId(QStringView id);
[[nodiscard]] QString callbackOutcomeDisplayName(CallbackOutcome outcome);

// One call-back confirming the representative's authority (R-ORG-5): the number or address used
// and the verified source it came from (never the application's own contact), who was reached,
// when, what they said, and who recorded it. Recorded once, never changed.
struct Callback {
    qint64 id = 0;
    qint64 applicationId = 0;
    CallbackChannel channel = CallbackChannel::Telephone;
    QString contact;         // the number or address used
    qint64 dataSourceId = 0; // the approved Reliable Data Source the contact was taken from (R-ORG-4)
    QString dataSourceName;
    bool dataSourceWithdrawn = false; // withdrawn since: the call-back no longer counts
    QString sourceReference;          // where in that source: listing, page, URL
    QString personReached;
    QString personTitle;
    QDateTime reachedAt;
    CallbackOutcome outcome = CallbackOutcome::NotReached;
    QString note;
    QString recordedBy;
    QDateTime recordedAt;
};

} // namespace ra::domain
