// SPDX-License-Identifier: Apache-2.0
#include "domain/AuditEntry.h"

#include <QJsonDocument>

#include <array>
#include <charconv>
#include <cstring>

namespace ra::domain {

namespace {
// `value` in decimal, written into `buffer` (24 characters hold every qint64).
QByteArrayView decimal(qint64 value, std::array<char, 24>& buffer) {
    const char* end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    return {buffer.data(), end - buffer.data()};
}

} // namespace

void AuditEntry::appendCanonical(const AuditEntryBytes& fields, QByteArray& out) {
    // "ra-audit-v1:" and each field as a netstring (length:bytes,), written in one go: a scan of
    // the log calls this a million times, and piecewise appends cost more than hashing.
    constexpr QByteArrayView kPrefix("ra-audit-v1:");
    constexpr std::size_t kFields = 8;
    std::array<char, 24> sequence{};
    std::array<char, 24> applicationId{};
    const std::array<QByteArrayView, kFields> values{decimal(fields.sequence, sequence),
                                                     fields.time,
                                                     fields.actor,
                                                     fields.workstation,
                                                     fields.eventType,
                                                     decimal(fields.applicationId, applicationId),
                                                     fields.certificateSerial,
                                                     fields.detailsJson};
    std::array<std::array<char, 24>, kFields> lengthDigits{};
    std::array<QByteArrayView, kFields> lengths;
    qsizetype size = kPrefix.size();
    for (std::size_t i = 0; i < kFields; ++i) {
        lengths[i] = decimal(values[i].size(), lengthDigits[i]);
        size += lengths[i].size() + 1 + values[i].size() + 1;
    }
    const qsizetype start = out.size();
    out.resize(start + size);
    char* at = out.data() + start;
    const auto put = [&at](QByteArrayView bytes) {
        if (!bytes.isEmpty()) {
            std::memcpy(at, bytes.data(), std::size_t(bytes.size()));
            at += bytes.size();
        }
    };
    put(kPrefix);
    for (std::size_t i = 0; i < kFields; ++i) {
        put(lengths[i]);
        *at++ = ':';
        put(values[i]);
        *at++ = ',';
    }
}

QByteArray AuditEntry::canonicalBytes() const {
    const QByteArray timeBytes = time.toUtf8();
    const QByteArray actorBytes = actor.toUtf8();
    const QByteArray workstationBytes = workstation.toUtf8();
    const QByteArray eventBytes = eventType.toUtf8();
    const QByteArray serialBytes = certificateSerial.toUtf8();
    const QByteArray detailsBytes = detailsJson.toUtf8();
    QByteArray out;
    appendCanonical(
        {sequence, timeBytes, actorBytes, workstationBytes, eventBytes, applicationId, serialBytes, detailsBytes}, out);
    return out;
}

AuditEntry AuditEntry::about(const QString& actor, const QString& eventType, const QJsonObject& details,
                             qint64 applicationId) {
    AuditEntry entry;
    entry.actor = actor;
    entry.eventType = eventType;
    entry.applicationId = applicationId;
    entry.detailsJson = detailsFrom(details);
    return entry;
}

QDateTime AuditEntry::timeUtc() const {
    return QDateTime::fromString(time, Qt::ISODateWithMs);
}

QJsonObject AuditEntry::details() const {
    return QJsonDocument::fromJson(detailsJson.toUtf8()).object();
}

QString AuditEntry::detailsFrom(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray AuditCheckpoint::statement() const {
    return QStringLiteral("ra-workstation audit checkpoint v1\nseq=%1\ntime=%2\nhead_sha256=%3\n")
        .arg(sequence)
        .arg(time, QString::fromLatin1(headHash).toLower())
        .toUtf8();
}

QString AuditEntry::formatTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace ra::domain
