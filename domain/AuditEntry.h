// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ra::domain {

// Event types (R-AUD-1). Stable strings: auditors filter on them and exports carry them.
namespace audit_event {
inline const QString LoginSucceeded = QStringLiteral("auth.login");
inline const QString LoginFailed = QStringLiteral("auth.login_failed");
inline const QString AccountLocked = QStringLiteral("auth.locked_out");
inline const QString Logout = QStringLiteral("auth.logout");
inline const QString SecondFactorChecked = QStringLiteral("auth.second_factor");
inline const QString SessionLocked = QStringLiteral("session.locked");
inline const QString SessionUnlocked = QStringLiteral("session.unlocked");
inline const QString UserCreated = QStringLiteral("user.created");
inline const QString UserDisabled = QStringLiteral("user.disabled");
inline const QString UserTotpReset = QStringLiteral("user.totp_reset"); // before enrolment codes; read only
inline const QString UserRoleChanged = QStringLiteral("user.role_changed");
inline const QString UserGrantConfirmed = QStringLiteral("user.grant_confirmed");
inline const QString UserEnrolmentReset = QStringLiteral("user.enrolment_reset");
inline const QString UserEnrolled = QStringLiteral("user.enrolled");
inline const QString UserPasswordChanged = QStringLiteral("user.password_changed");
inline const QString WorkspaceCreated = QStringLiteral("workspace.created");
inline const QString SecretsKeyCreated = QStringLiteral("workspace.secrets_key_created");
inline const QString ApplicationImported = QStringLiteral("application.imported");
inline const QString ImportRefused = QStringLiteral("application.import_refused");
inline const QString StateChanged = QStringLiteral("application.state_changed");
inline const QString CheckRecorded = QStringLiteral("check.recorded");
inline const QString AuditExported = QStringLiteral("audit.exported");
inline const QString AuditVerified = QStringLiteral("audit.verified");
inline const QString AuditCheckpointFailed = QStringLiteral("audit.checkpoint_failed");
inline const QString BlocklistImported = QStringLiteral("blocklist.imported");
inline const QString CaActivated = QStringLiteral("ca.activated");
inline const QString CaActivationFailed = QStringLiteral("ca.activation_failed");
inline const QString CaDeactivated = QStringLiteral("ca.deactivated");
inline const QString CaInitialized = QStringLiteral("ca.initialized");
inline const QString PinSplit = QStringLiteral("ca.pin_split");
inline const QString PinSplitAbandoned = QStringLiteral("ca.pin_split_abandoned");
inline const QString HsmLost = QStringLiteral("hsm.lost");
inline const QString SigningFailed = QStringLiteral("ca.signing_failed");
inline const QString ApprovalKeyCreated = QStringLiteral("user.approval_key_created");
inline const QString ApprovalKeyCertified = QStringLiteral("user.approval_key_certified");
inline const QString ApprovalKeyCertificationRefused = QStringLiteral("user.approval_key_certification_refused");
inline const QString CandidateBuilt = QStringLiteral("certificate.candidate");
inline const QString IssuanceStarted = QStringLiteral("certificate.issuing");
inline const QString PrecertificateSigned = QStringLiteral("certificate.precertificate_signed");
inline const QString CertificateIssued = QStringLiteral("certificate.issued");
inline const QString IssuanceFailed = QStringLiteral("certificate.issuance_failed");
inline const QString IssuanceInterrupted = QStringLiteral("certificate.issuance_interrupted");
inline const QString IssuanceVoided = QStringLiteral("certificate.voided");
inline const QString CertificateRevoked = QStringLiteral("certificate.revoked");
inline const QString CrlGenerated = QStringLiteral("crl.generated");
inline const QString OcspSigned = QStringLiteral("ocsp.signed");
inline const QString DcvStarted = QStringLiteral("dcv.started");
inline const QString DcvChecked = QStringLiteral("dcv.checked");
inline const QString CaaChecked = QStringLiteral("caa.checked");
inline const QString EvidenceRecorded = QStringLiteral("org.evidence_recorded");
inline const QString RegistryLookupFailed = QStringLiteral("org.registry_lookup_failed");
inline const QString RegistrySearched = QStringLiteral("org.registry_searched");
inline const QString RegistrySearchFailed = QStringLiteral("org.registry_search_failed");
inline const QString EvidenceRefused = QStringLiteral("org.evidence_refused");
inline const QString DataSourceApproved = QStringLiteral("rds.approved");
inline const QString DataSourceWithdrawn = QStringLiteral("rds.withdrawn");
inline const QString ActionRefused = QStringLiteral("action.refused");
inline const QString SubscriberNotified = QStringLiteral("certificate.notified");
inline const QString SubscriberNotificationFailed = QStringLiteral("certificate.notification_failed");
inline const QString CallbackRecorded = QStringLiteral("authority.callback_recorded");
inline const QString CallbackRefused = QStringLiteral("authority.callback_refused");
inline const QString DocumentInspected = QStringLiteral("document.inspected");
inline const QString DocumentReplaced = QStringLiteral("document.replaced");
inline const QString DocumentRefused = QStringLiteral("document.refused");
inline const QString DossierExported = QStringLiteral("application.dossier_exported");
inline const QString HighRiskNameAdded = QStringLiteral("risk.name_added");
inline const QString HighRiskNameRemoved = QStringLiteral("risk.name_removed");
// A row that decides issuance, bound to the chain by its digest (app/storage/RecordSeals.h).
inline const QString RecordSealed = QStringLiteral("record.sealed");
inline const QString RecordSealingBegan = QStringLiteral("record.sealing_began");
// A security setting's new value, with its old one (domain/SecuritySettings.h): the chain is where
// the workspace reads them from once the recording began.
inline const QString SettingChanged = QStringLiteral("setting.changed");
inline const QString SettingsRecordingBegan = QStringLiteral("setting.recording_began");
} // namespace audit_event

// The fields of one audit entry as the UTF-8 bytes the chain hashes: what a scan of the database
// reads without making strings of them (R-AUD-2 verification at the speed of SHA-256).
struct AuditEntryBytes {
    qint64 sequence = 0;
    QByteArrayView time;
    QByteArrayView actor;
    QByteArrayView workstation;
    QByteArrayView eventType;
    qint64 applicationId = 0;
    QByteArrayView certificateSerial;
    QByteArrayView detailsJson;
};

// One entry of the tamper-evident log (R-AUD-1, R-AUD-2).
struct AuditEntry {
    qint64 sequence = 0; // 1, 2, 3, ... without gaps
    QString time;        // UTC, ISO 8601 with milliseconds, exactly as stored and hashed
    QString actor;       // username, or "system" / "os:<login>" for unattended actions
    QString workstation;
    QString eventType;
    qint64 applicationId = 0; // 0: none
    QString certificateSerial;
    QString detailsJson;     // compact JSON object, exactly as stored
    QByteArray previousHash; // hex SHA-256 of the previous entry ("" before the first)
    QByteArray entryHash;    // hex SHA-256 over previousHash and canonicalBytes()

    // The unambiguous byte form that the chain hashes: each field length-prefixed (a netstring),
    // so no two different entries share it.
    [[nodiscard]] QByteArray canonicalBytes() const;
    // The one definition of that byte form: the encoding of `fields` appended to `out` (a scan
    // writes entry after entry into one buffer).
    static void appendCanonical(const AuditEntryBytes& fields, QByteArray& out);

    // A new entry about one event; the trail numbers, times and chains it when appending.
    [[nodiscard]] static AuditEntry about(const QString& actor, const QString& eventType,
                                          const QJsonObject& details = {}, qint64 applicationId = 0);

    [[nodiscard]] QDateTime timeUtc() const;
    [[nodiscard]] QJsonObject details() const;
    static QString detailsFrom(const QJsonObject& object);
    [[nodiscard]] static QString formatTime(const QDateTime& time); // ISO 8601, milliseconds, UTC
};

// R-AUD-2: the chain's head at one moment, signed by the HSM's audit key, kept outside the chain's
// own hashes so that a consistent rewrite of the database no longer verifies.
struct AuditCheckpoint {
    qint64 sequence = 0;  // the last entry covered
    QString time;         // when the checkpoint was made (UTC, ISO 8601 with milliseconds)
    QByteArray headHash;  // hex SHA-256 of entry `sequence`
    QByteArray signature; // RSA PKCS#1 v1.5 with SHA-256 over statement(), by the audit key
    QString reason;       // activation, end of session, hourly

    // The bytes signed; a third party rebuilds them from the export (docs/audit-export-format.md).
    [[nodiscard]] QByteArray statement() const;
};

} // namespace ra::domain
