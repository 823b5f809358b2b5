// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/PackageReader.h"
#include "app/PublicSuffixList.h"
#include "app/mail/Mail.h"
#include "app/mpic/MpicRound.h"
#include "app/registry/CorporateNumberApi.h"
#include "app/registry/DomainContacts.h"
#include "app/storage/ApplicationQueue.h"
#include "app/storage/Database.h"
#include "app/storage/RecordSeals.h"
#include "app/storage/SettingsLedger.h"
#include "app/storage/SqlApplicationRepository.h"
#include "app/storage/SqlAuditTrail.h"
#include "app/storage/SqlCallbacks.h"
#include "app/storage/SqlCertificateStore.h"
#include "app/storage/SqlDcvAttempts.h"
#include "app/storage/SqlDocuments.h"
#include "app/storage/SqlHighRisk.h"
#include "app/storage/SqlKeyBlocklist.h"
#include "app/storage/SqlOrganizationEvidence.h"
#include "app/storage/SqlUserRepository.h"
#include "app/storage/SqlValidationEvidence.h"
#include "crypto/SecretSealer.h"
#include "domain/CertificateProfile.h"
#include "domain/Clock.h"

#include <memory>
#include <optional>

namespace ra::app {

// A workspace's settings: the security settings as the audit chain records them (SettingsLedger),
// the rest from DIR/workspace.ini.
struct WorkspaceSettings {
    int lockoutThreshold = 5; // failed logins before the account locks (R-ROLE-4)
    int lockoutMinutes = 15;
    int idleLockMinutes = 10;  // the GUI locks itself after this much inactivity (R-ROLE-4)
    int requiredApprovals = 1; // supervisors beyond the validator (R-APR-2)
    PackageLimits intake;
    // The issuing CA as certificates name it (until `ca init` records the real one) and where
    // relying parties find its CPS, CRL and OCSP responder (CP 2.2, table 7.1-1).
    QString issuerName;     // "/C=JP/O=.../CN=..."
    QByteArray issuerKeyId; // 20 bytes
    domain::CaEndpoints caEndpoints;
    // The PKCS#11 module and the CA key in it (R-HSM-1, setting group hsm).
    QString hsmModule;
    QString softHsmConfig; // SOFTHSM2_CONF for SoftHSM2 tokens; empty for a real HSM
    QString tokenLabel;
    QString keyLabel;     // the issuing CA's key
    QString ocspKeyLabel; // the OCSP responder's key
    QString rootKeyLabel; // the demo root's key (demo only)
    QString auditKeyLabel;
    bool precertificates = true; // R-ISS-4: sign a precertificate before the certificate
    // The issuer domain CAA records must name (R-CAA-1, caa/issuer_domain).
    QString caaIssuerDomain = QStringLiteral("secomtrust.net");
    QString workstationName;
};

// What a workspace was created for. A demo's clock may be moved (`ra-cli --at`) and it may have a
// lab; a production workspace allows neither (issue 12, R-TIME-1).
enum class WorkspacePurpose { Production, Demo };

// A workspace is a folder: the SQLite database, the documents (by SHA-256) and the configuration.
class Workspace {
public:
    static constexpr const char* kDatabaseFile = "ra.sqlite";
    static constexpr const char* kSettingsFile = "workspace.ini";
    // The key TOTP seeds are sealed under (issue 12 item 8): a file beside the database, not in it,
    // owner-only, backed up apart from it.
    static constexpr const char* kSecretsKeyFile = "secrets.key";

    // Creates a new workspace in `directory` (which may exist but must not hold a workspace).
    [[nodiscard]] static domain::Result<std::unique_ptr<Workspace>>
    create(const QString& directory, const domain::IClock& clock,
           WorkspacePurpose purpose = WorkspacePurpose::Production);
    [[nodiscard]] static domain::Result<std::unique_ptr<Workspace>> open(const QString& directory,
                                                                         const domain::IClock& clock);
    // DIR from --workspace, else $RA_WORKSPACE, else ~/ra-workspace.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] QString directory() const { return m_directory; }
    // Read from the workspace's first audit entry, which the chain covers, not from a file anyone
    // may edit; a workspace from before purposes were recorded counts as production.
    [[nodiscard]] WorkspacePurpose purpose() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString documentsDirectory() const;
    [[nodiscard]] QString documentPath(const QString& sha256) const;
    // Copies a document's bytes into the documents folder under their SHA-256, read-only: never
    // modified after attachment (R-DOC-1). False when the same bytes are stored already.
    [[nodiscard]] domain::Result<bool> storeDocument(const QString& source, const QString& sha256) const;
    // The same for bytes already read and hashed.
    [[nodiscard]] domain::Result<bool> storeDocument(const QByteArray& bytes, const QString& sha256) const;
    // Read again when a setting changed since the last call (at this desk or another).
    [[nodiscard]] const WorkspaceSettings& settings() const;
    // The primary resolver and the remote perspectives ([dns], [perspectives]), read afresh each
    // time: `ra-cli lab start` or an administrator may change them while a workstation runs.
    [[nodiscard]] MpicSettings mpicSettings() const;
    // Asks these instead, for this Workspace object only (nothing is written): the demo set-up's
    // own lab, gone when the set-up ends. std::nullopt goes back to the recorded settings.
    void useMpicSettings(std::optional<MpicSettings> settings) { m_mpicOverride = std::move(settings); }
    // The mail relay and replies folder of the email methods ([mail]), read afresh.
    [[nodiscard]] MailSettings mailSettings() const;
    // Where DCV method 1 finds Domain Contacts ([registry]), read afresh.
    [[nodiscard]] RegistrySettings registrySettings() const;
    // The corporate-number registry ([corporate_number]), read afresh.
    [[nodiscard]] CorporateNumberApiSettings corporateNumberApiSettings() const;
    // Records new values of security settings in the chain (one setting.changed entry each, with
    // the old value) and uses them from now on. The permission is the caller's to check
    // (SettingsService for people; the demo's lab and CA set-up for themselves).
    [[nodiscard]] domain::Status changeSettings(const QString& actor, const QList<std::pair<QString, QString>>& values,
                                                const QString& source = {});
    // Writes settings that are not security settings (this desk's, intake limits, the registry's
    // application id) into workspace.ini; refuses a security setting.
    [[nodiscard]] domain::Status changeLocalSettings(const QList<std::pair<QString, QString>>& values);
    // The settings read afresh from the chain, for a decision that must see an administrator's
    // change made at another desk since this one opened; fails when the record does not verify.
    [[nodiscard]] domain::Result<WorkspaceSettings> freshSettings() const;
    [[nodiscard]] const SettingsLedger& settingsLedger() const { return *m_settingsLedger; }
    // SoftHSM2 finds its tokens through SOFTHSM2_CONF, read when the module is loaded.
    void exportHsmEnvironment() const;
    [[nodiscard]] const domain::IClock& clock() const { return m_clock; }

    [[nodiscard]] Database& database() { return *m_database; }
    [[nodiscard]] SqlAuditTrail& audit() { return *m_audit; }
    [[nodiscard]] RecordSeals& seals() { return *m_seals; }
    [[nodiscard]] SqlUserRepository& users() { return *m_users; }
    // Records secrets.key's id in the chain the first time, and forgets a key that is not the
    // recorded one (issue 12 item 8).
    [[nodiscard]] domain::Status recordSecretsKey();
    [[nodiscard]] SqlApplicationRepository& applications() { return *m_applications; }
    [[nodiscard]] ApplicationQueue& queue() { return *m_queue; }
    [[nodiscard]] SqlKeyBlocklist& keyBlocklist() { return *m_keyBlocklist; }
    [[nodiscard]] SqlCertificateStore& certificates() { return *m_certificates; }
    [[nodiscard]] SqlDcvAttempts& dcvAttempts() { return *m_dcvAttempts; }
    [[nodiscard]] SqlValidationEvidence& validationEvidence() { return *m_validationEvidence; }
    [[nodiscard]] SqlOrganizationEvidence& organizationEvidence() { return *m_organizationEvidence; }
    [[nodiscard]] SqlHighRisk& highRisk() { return *m_highRisk; }
    [[nodiscard]] SqlCallbacks& callbacks() { return *m_callbacks; }
    [[nodiscard]] SqlDocuments& documents() { return *m_documents; }
    [[nodiscard]] const PublicSuffixList& publicSuffixList() const;

    // Records an event that changes nothing else, in a transaction of its own.
    [[nodiscard]] domain::Status record(const QString& actor, const QString& eventType, const QJsonObject& details,
                                        qint64 applicationId = 0);

private:
    // Moves the security settings out of workspace.ini: in a workspace from before, into the chain
    // as found (once); afterwards a value written into the file by hand is not applied, is audited
    // as refused, and leaves the file.
    [[nodiscard]] domain::Status takeSettingsFromIni();

    Workspace(QString directory, const domain::IClock& clock, WorkspaceSettings settings,
              std::unique_ptr<Database> database, crypto::SecureBytes secretsKey);

    QString m_directory;
    std::optional<MpicSettings> m_mpicOverride;
    const domain::IClock& m_clock;
    mutable WorkspaceSettings m_settings;
    mutable qint64 m_settingsSequence = -1; // the newest setting.changed m_settings reflects
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlAuditTrail> m_audit;
    std::unique_ptr<RecordSeals> m_seals; // after m_audit, before the stores that seal
    std::unique_ptr<SettingsLedger> m_settingsLedger;
    std::unique_ptr<crypto::SecretSealer> m_sealer; // before m_users, which uses it
    std::unique_ptr<SqlUserRepository> m_users;
    std::unique_ptr<SqlApplicationRepository> m_applications;
    std::unique_ptr<ApplicationQueue> m_queue;
    std::unique_ptr<SqlKeyBlocklist> m_keyBlocklist;
    std::unique_ptr<SqlCertificateStore> m_certificates;
    std::unique_ptr<SqlDcvAttempts> m_dcvAttempts;
    std::unique_ptr<SqlValidationEvidence> m_validationEvidence;
    std::unique_ptr<SqlOrganizationEvidence> m_organizationEvidence;
    std::unique_ptr<SqlHighRisk> m_highRisk;
    std::unique_ptr<SqlCallbacks> m_callbacks;
    std::unique_ptr<SqlDocuments> m_documents;
};

} // namespace ra::app
