// SPDX-License-Identifier: Apache-2.0
#include "domain/AuthorityVerification.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace ra::domain {

namespace {
const std::array<std::pair<CallbackChannel, const char*>, 3> kChannels{{
    {CallbackChannel::Telephone, "telephone"},
    {CallbackChannel::Email, "email"},
    {CallbackChannel::Postal, "postal"},
}};
const std::array<std::pair<CallbackOutcome, const char*>, 3> kOutcomes{{
    {CallbackOutcome::Confirmed, "confirmed"},
    {CallbackOutcome::Denied, "denied"},
    {CallbackOutcome::NotReached, "not-reached"},
}};

template <typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [candidate, id] : table) {
        if (candidate == value) {
            return QString::fromLatin1(id);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const std::array<std::pair<Enum, const char*>, N>& table, QStringView id) {
    for (const auto& [candidate, text] : table) {
        if (id == QLatin1String(text)) {
            return candidate;
        }
    }
    return std::nullopt;
}

// The national significant number: digits only (NFKC turns full-width digits into ASCII), without
// an international prefix, Japan's country code or trunk zeros, so "+81 (0)3-1234-5678" and
// "03-1234-5678" are one number.
QString nationalNumber(const QString& text) {
    const QString normalized = text.normalized(QString::NormalizationForm_KC).trimmed();
    QString digits;
    for (const QChar c : normalized) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits += c;
        }
    }
    bool international = normalized.startsWith(QLatin1Char('+'));
    if (digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
        international = true;
    }
    if (international && digits.startsWith(QLatin1String("81"))) {
        digits.remove(0, 2);
    }
    while (digits.startsWith(QLatin1Char('0'))) {
        digits.remove(0, 1);
    }
    return digits;
}

// The mailbox an address delivers to: lower case, without a "+tag" in the local part.
QString mailbox(const QString& address) {
    QString folded = address.normalized(QString::NormalizationForm_KC).trimmed().toLower();
    const qsizetype at = folded.lastIndexOf(QLatin1Char('@'));
    const qsizetype plus = folded.indexOf(QLatin1Char('+'));
    if (at > 0 && plus >= 0 && plus < at) {
        folded.remove(plus, at - plus);
    }
    return folded;
}

Status refused(const char* code, const char* text) {
    return fail(QString::fromLatin1(code), QCoreApplication::translate("AuthorityVerification", text));
}
} // namespace

QString callbackChannelId(CallbackChannel channel) {
    return idOf(kChannels, channel);
}

std::optional<CallbackChannel> callbackChannelFromId(QStringView id) {
    return fromId(kChannels, id);
}

QString callbackChannelDisplayName(CallbackChannel channel) {
    switch (channel) {
    case CallbackChannel::Telephone:
        return QCoreApplication::translate("AuthorityVerification", "Telephone");
    case CallbackChannel::Email:
        return QCoreApplication::translate("AuthorityVerification", "Email");
    case CallbackChannel::Postal:
        return QCoreApplication::translate("AuthorityVerification", "Postal mail");
    }
    return {};
}

QString callbackOutcomeId(CallbackOutcome outcome) {
    return idOf(kOutcomes, outcome);
}

std::optional<CallbackOutcome> callbackOutcomeFromId(QStringView id) {
    return fromId(kOutcomes, id);
}

QString callbackOutcomeDisplayName(CallbackOutcome outcome) {
    switch (outcome) {
    case CallbackOutcome::Confirmed:
        return QCoreApplication::translate("AuthorityVerification", "Authority confirmed");
    case CallbackOutcome::Denied:
        return QCoreApplication::translate("AuthorityVerification", "Authority denied");
    case CallbackOutcome::NotReached:
        return QCoreApplication::translate("AuthorityVerification", "Nobody reached");
    }
    return {};
}

bool AuthorityVerification::sameContact(CallbackChannel channel, const QString& a, const QString& b) {
    if (channel == CallbackChannel::Telephone) {
        // Extension digits after the number ("06-2345-6789 ext 12") reach the same line.
        const QString left = nationalNumber(a);
        const QString right = nationalNumber(b);
        const QString& shorter = left.size() <= right.size() ? left : right;
        const QString& longer = left.size() <= right.size() ? right : left;
        return shorter.size() >= 6 && longer.startsWith(shorter);
    }
    if (channel == CallbackChannel::Email) {
        return !mailbox(a).isEmpty() && mailbox(a) == mailbox(b);
    }
    const QString left = OrganizationVerification::folded(a);
    return !left.isEmpty() && left == OrganizationVerification::folded(b);
}

Status AuthorityVerification::validate(const Callback& callback, const Application& application, const QDateTime& now) {
    if (callback.contact.trimmed().isEmpty() || callback.sourceReference.trimmed().isEmpty() ||
        callback.reachedAt.isNull() ||
        (callback.outcome != CallbackOutcome::NotReached && callback.personReached.trimmed().isEmpty())) {
        return refused("callback.incomplete",
                       QT_TRANSLATE_NOOP(
                           "AuthorityVerification",
                           "A call-back record needs the number or address used, where in the verified source it was "
                           "found, the date and time, and the person reached."));
    }
    for (const QString* field : {&callback.contact, &callback.sourceReference, &callback.personReached,
                                 &callback.personTitle, &callback.note}) {
        if (field->size() > kMaxFieldLength) {
            return refused("callback.too-long",
                           QT_TRANSLATE_NOOP("AuthorityVerification", "A field of the call-back record is too long."));
        }
    }
    if (callback.dataSourceId <= 0) {
        return refused(
            "callback.no-source",
            QT_TRANSLATE_NOOP("AuthorityVerification",
                              "The number or address must come from an approved Reliable Data Source (CP 3.2.5)."));
    }
    if (callback.reachedAt > now || (application.receivedAt.isValid() && callback.reachedAt < application.receivedAt)) {
        return refused(
            "callback.bad-time",
            QT_TRANSLATE_NOOP("AuthorityVerification",
                              "The call-back must have taken place between the application's arrival and now."));
    }
    // R-ORG-5: the applicant's own contact would confirm the applicant with itself. A postal
    // address may be the registered one: the registry, not the application, is then its source.
    if (callback.channel != CallbackChannel::Postal) {
        const Representative& representative = application.representative;
        const QString& own =
            callback.channel == CallbackChannel::Telephone ? representative.phone : representative.email;
        if (sameContact(callback.channel, callback.contact, own)) {
            return refused(
                "callback.applicant-contact",
                QT_TRANSLATE_NOOP("AuthorityVerification",
                                  "This is the contact the application gave: a call-back must use a number or address "
                                  "taken from a verified source, not from the application (CP 3.2.5)."));
        }
    }
    return {};
}

EvidenceDecision AuthorityVerification::decide(const QList<Callback>& callbacks) {
    EvidenceDecision decision;
    decision.code = QStringLiteral("authority.callback");
    const Callback* confirmed = nullptr;
    for (const Callback& callback : callbacks) {
        if (callback.dataSourceWithdrawn) {
            continue; // R-ORG-4: a number from a source no longer approved confirms nothing
        }
        const QString who = callback.personTitle.isEmpty()
                                ? callback.personReached
                                : QStringLiteral("%1 (%2)").arg(callback.personReached, callback.personTitle);
        // A denial stands, whatever is recorded after or dated before it: the officer returns the
        // application rather than calling until someone says yes.
        if (callback.outcome == CallbackOutcome::Denied) {
            decision.status = CheckStatus::Failed;
            decision.evidenceId = callback.id;
            decision.note = QCoreApplication::translate("AuthorityVerification",
                                                        "Denied by %1 on %2 (call-back #%3): the representative's "
                                                        "authority is not confirmed.")
                                .arg(who, callback.contact, QString::number(callback.id));
            return decision;
        }
        if (callback.outcome == CallbackOutcome::Confirmed &&
            (!confirmed || callback.reachedAt >= confirmed->reachedAt)) {
            confirmed = &callback;
        }
    }
    if (confirmed) {
        const QString who = confirmed->personTitle.isEmpty()
                                ? confirmed->personReached
                                : QStringLiteral("%1 (%2)").arg(confirmed->personReached, confirmed->personTitle);
        decision.status = CheckStatus::Passed;
        decision.evidenceId = confirmed->id;
        decision.note = QCoreApplication::translate("AuthorityVerification",
                                                    "Confirmed by %1 on %2 via %3 (call-back #%4, source: %5).")
                            .arg(who, confirmed->contact, callbackChannelDisplayName(confirmed->channel),
                                 QString::number(confirmed->id), confirmed->dataSourceName);
    }
    return decision;
}

} // namespace ra::domain
