// SPDX-License-Identifier: Apache-2.0
#include "domain/AuditEntry.h"

#include <QJsonDocument>

namespace ra::domain {

namespace {
void appendNetstring(QByteArray& out, const QByteArray& field) {
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
    out += ',';
}
} // namespace

QByteArray AuditEntry::canonicalBytes() const {
    QByteArray out("ra-audit-v1:");
    appendNetstring(out, QByteArray::number(sequence));
    appendNetstring(out, time.toUtf8());
    appendNetstring(out, actor.toUtf8());
    appendNetstring(out, workstation.toUtf8());
    appendNetstring(out, eventType.toUtf8());
    appendNetstring(out, QByteArray::number(applicationId));
    appendNetstring(out, certificateSerial.toUtf8());
    appendNetstring(out, detailsJson.toUtf8());
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
