// SPDX-License-Identifier: Apache-2.0
#include "app/Workspace.h"

#include "app/OwnerOnlyFiles.h"
#include "crypto/AuditChain.h"
#include "domain/SecuritySettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ra::app {

using domain::fail;
using domain::Result;

namespace {
// What the workspace's settings say: the security settings as the chain records them, the rest as
// workspace.ini says (issue 12 item 7). A security key in the ini is never read.
class SettingsValues {
public:
    SettingsValues(const QString& iniPath, QMap<QString, RecordedSetting> recorded)
        : m_ini(iniPath, QSettings::IniFormat)
        , m_recorded(std::move(recorded)) {}

    [[nodiscard]] QVariant value(const QString& key, const QVariant& fallback = {}) const {
        if (!domain::isSecuritySetting(key)) {
            return m_ini.value(key, fallback);
        }
        const auto recorded = m_recorded.constFind(key);
        return recorded == m_recorded.cend() ? fallback : QVariant(recorded->value);
    }

private:
    QSettings m_ini;
    QMap<QString, RecordedSetting> m_recorded;
};

SettingsValues settingsValues(const QString& directory, const SettingsLedger& ledger) {
    auto recorded = ledger.current();
    if (!recorded) {
        // Fail closed: no resolver, perspective, relay or HSM is taken from a record that does not verify.
        qWarning("%s", qPrintable(recorded.error().userMessage));
    }
    return {QDir(directory).filePath(QString::fromLatin1(Workspace::kSettingsFile)),
            recorded ? std::move(*recorded) : QMap<QString, RecordedSetting>()};
}

MpicSettings readMpicSettings(const SettingsValues& ini, const QDir& base) {
    const auto file = [&](const QString& key) {
        const QString value = ini.value(key).toString();
        return value.isEmpty() ? value : base.absoluteFilePath(value);
    };
    MpicSettings mpic;
    mpic.primary.forwarder = ini.value(QStringLiteral("dns/resolver")).toString();
    mpic.primary.trustAnchorFile = configuredTrustAnchor(file(QStringLiteral("dns/trust_anchor")));
    mpic.primary.stubZones =
        ini.value(QStringLiteral("dns/stub_zones")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    mpic.timeoutMs = ini.value(QStringLiteral("perspectives/timeout_ms"), mpic.timeoutMs).toInt();
    mpic.tls = {file(QStringLiteral("perspectives/certificate")), file(QStringLiteral("perspectives/key")),
                file(QStringLiteral("perspectives/ca_certificate"))};
    const QStringList names =
        ini.value(QStringLiteral("perspectives/names")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : names) {
        const QString prefix = QStringLiteral("perspectives/") + name.trimmed() + QLatin1Char('/');
        PerspectiveEndpoint endpoint;
        endpoint.name = name.trimmed();
        endpoint.region = ini.value(prefix + QStringLiteral("region")).toString();
        const auto rir = domain::rirFromId(ini.value(prefix + QStringLiteral("rir")).toString());
        endpoint.url = QUrl(ini.value(prefix + QStringLiteral("url")).toString());
        if (!rir || !endpoint.url.isValid()) {
            // Never guess a RIR (R-MPIC-2 counts them): a perspective configured wrongly is not asked.
            qWarning("workspace.ini: perspective %s has no valid rir or url; it is not asked",
                     qPrintable(endpoint.name));
            continue;
        }
        endpoint.rir = *rir;
        mpic.perspectives.append(endpoint);
    }
    return mpic;
}

WorkspaceSettings readSettings(const SettingsValues& ini) {
    WorkspaceSettings settings;
    settings.caaIssuerDomain = ini.value(QStringLiteral("caa/issuer_domain"), settings.caaIssuerDomain).toString();
    settings.lockoutThreshold =
        ini.value(QStringLiteral("security/lockout_threshold"), settings.lockoutThreshold).toInt();
    settings.lockoutMinutes = ini.value(QStringLiteral("security/lockout_minutes"), settings.lockoutMinutes).toInt();
    settings.idleLockMinutes =
        ini.value(QStringLiteral("security/idle_lock_minutes"), settings.idleLockMinutes).toInt();
    settings.requiredApprovals =
        std::max(1, ini.value(QStringLiteral("workflow/required_approvals"), settings.requiredApprovals).toInt());
    settings.intake.maxDocumentBytes =
        ini.value(QStringLiteral("intake/max_document_bytes"), settings.intake.maxDocumentBytes).toLongLong();
    settings.intake.maxPackageBytes =
        ini.value(QStringLiteral("intake/max_package_bytes"), settings.intake.maxPackageBytes).toLongLong();
    settings.issuerName = ini.value(QStringLiteral("ca/issuer_name")).toString();
    settings.issuerKeyId = QByteArray::fromHex(ini.value(QStringLiteral("ca/issuer_key_id")).toByteArray());
    settings.caEndpoints = {
        ini.value(QStringLiteral("ca/cps_url")).toString(), ini.value(QStringLiteral("ca/crl_url")).toString(),
        ini.value(QStringLiteral("ca/ocsp_url")).toString(), ini.value(QStringLiteral("ca/ca_issuers_url")).toString()};
    settings.hsmModule = ini.value(QStringLiteral("hsm/module")).toString();
    settings.softHsmConfig = ini.value(QStringLiteral("hsm/softhsm2_conf")).toString();
    settings.tokenLabel = ini.value(QStringLiteral("hsm/token_label")).toString();
    settings.keyLabel = ini.value(QStringLiteral("hsm/key_label"), QStringLiteral("ra-ca-key")).toString();
    settings.ocspKeyLabel = ini.value(QStringLiteral("hsm/ocsp_key_label"), QStringLiteral("ra-ocsp-key")).toString();
    settings.rootKeyLabel = ini.value(QStringLiteral("hsm/root_key_label"), QStringLiteral("ra-root-key")).toString();
    settings.auditKeyLabel =
        ini.value(QStringLiteral("hsm/audit_key_label"), QStringLiteral("ra-audit-key")).toString();
    settings.precertificates = ini.value(QStringLiteral("issuance/precertificates"), true).toBool();
    settings.workstationName = ini.value(QStringLiteral("workstation/name"), QSysInfo::machineHostName()).toString();
    return settings;
}

// A workspace.ini left in the folder keeps its desk settings; security settings planted in it are
// not taken as the new workspace's: it starts from the defaults.
void writeDefaultSettings(const QString& path) {
    QSettings ini(path, QSettings::IniFormat);
    for (const QString& key : ini.allKeys()) {
        if (domain::isSecuritySetting(key)) {
            ini.remove(key);
        }
    }
    const WorkspaceSettings defaults;
    ini.setValue(QStringLiteral("workspace/format"), 1);
    ini.setValue(QStringLiteral("security/lockout_threshold"), defaults.lockoutThreshold);
    ini.setValue(QStringLiteral("security/lockout_minutes"), defaults.lockoutMinutes);
    ini.setValue(QStringLiteral("security/idle_lock_minutes"), defaults.idleLockMinutes);
    ini.setValue(QStringLiteral("workflow/required_approvals"), defaults.requiredApprovals);
    ini.setValue(QStringLiteral("intake/max_document_bytes"), defaults.intake.maxDocumentBytes);
    ini.setValue(QStringLiteral("intake/max_package_bytes"), defaults.intake.maxPackageBytes);
    // Placeholders for previews until the CA is registered; the names say so.
    ini.setValue(QStringLiteral("ca/issuer_name"),
                 QStringLiteral("/C=JP/O=Example CA Operator/CN=Example Issuing CA (not yet registered)"));
    ini.setValue(QStringLiteral("ca/issuer_key_id"), QStringLiteral("0000000000000000000000000000000000000000"));
    ini.setValue(QStringLiteral("ca/cps_url"), QStringLiteral("https://repository.example.jp/cps"));
    ini.setValue(QStringLiteral("ca/crl_url"), QStringLiteral("http://crl.example.jp/issuing-ca.crl"));
    ini.setValue(QStringLiteral("ca/ocsp_url"), QStringLiteral("http://ocsp.example.jp"));
    ini.setValue(QStringLiteral("ca/ca_issuers_url"), QStringLiteral("http://repository.example.jp/issuing-ca.cer"));
    ini.sync();
}
} // namespace

Workspace::Workspace(QString directory, const domain::IClock& clock, WorkspaceSettings settings,
                     std::unique_ptr<Database> database, crypto::SecureBytes secretsKey)
    : m_directory(std::move(directory))
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_database(std::move(database))
    , m_audit(std::make_unique<SqlAuditTrail>(*m_database, m_clock, m_settings.workstationName))
    , m_seals(std::make_unique<RecordSeals>(*m_database, *m_audit))
    , m_settingsLedger(std::make_unique<SettingsLedger>(*m_audit))
    , m_sealer(std::make_unique<crypto::SecretSealer>(std::move(secretsKey)))
    , m_users(std::make_unique<SqlUserRepository>(*m_database, *m_sealer))
    , m_applications(std::make_unique<SqlApplicationRepository>(*m_database, *m_seals))
    , m_queue(std::make_unique<ApplicationQueue>(*m_database, m_clock))
    , m_keyBlocklist(std::make_unique<SqlKeyBlocklist>(*m_database))
    , m_certificates(std::make_unique<SqlCertificateStore>(*m_database))
    , m_dcvAttempts(std::make_unique<SqlDcvAttempts>(*m_database, *m_seals))
    , m_validationEvidence(std::make_unique<SqlValidationEvidence>(*m_database, *m_seals))
    , m_organizationEvidence(std::make_unique<SqlOrganizationEvidence>(*m_database, *m_seals))
    , m_highRisk(std::make_unique<SqlHighRisk>(*m_database))
    , m_callbacks(std::make_unique<SqlCallbacks>(*m_database, *m_seals))
    , m_documents(std::make_unique<SqlDocuments>(*m_database, *m_seals)) {}

const PublicSuffixList& Workspace::publicSuffixList() const {
    // Loaded once per process: the list is read-only and takes a few milliseconds to load.
    static const PublicSuffixList list;
    return list;
}

MpicSettings Workspace::mpicSettings() const {
    MpicSettings settings = m_mpicOverride
                                ? *m_mpicOverride
                                : readMpicSettings(settingsValues(m_directory, *m_settingsLedger), QDir(m_directory));
    // Decided by the chain's record of what the workspace is for, never by a setting (issue 12
    // item 10): a demo's lab lives on loopback.
    settings.primary.allowLoopbackTargets = purpose() == WorkspacePurpose::Demo;
    return settings;
}

MailSettings Workspace::mailSettings() const {
    const SettingsValues ini = settingsValues(m_directory, *m_settingsLedger);
    MailSettings mail;
    const QString relay = ini.value(QStringLiteral("mail/relay")).toString(); // HOST:PORT
    mail.relayHost = relay.section(QLatin1Char(':'), 0, 0);
    mail.relayPort = relay.contains(QLatin1Char(':')) ? relay.section(QLatin1Char(':'), 1).toInt() : mail.relayPort;
    mail.from = ini.value(QStringLiteral("mail/from")).toString();
    const QString replies = ini.value(QStringLiteral("mail/replies_maildir")).toString();
    mail.repliesMaildir = replies.isEmpty() ? replies : QDir(m_directory).absoluteFilePath(replies);
    mail.timeoutMs = ini.value(QStringLiteral("mail/timeout_ms"), mail.timeoutMs).toInt();
    return mail;
}

RegistrySettings Workspace::registrySettings() const {
    const SettingsValues ini = settingsValues(m_directory, *m_settingsLedger);
    RegistrySettings registry;
    const QString bootstrap = ini.value(QStringLiteral("registry/rdap_bootstrap")).toString();
    registry.rdapBootstrapFile = bootstrap.isEmpty() ? bootstrap : QDir(m_directory).absoluteFilePath(bootstrap);
    const QString authorities = ini.value(QStringLiteral("registry/rdap_ca_certificates")).toString();
    registry.rdapAuthoritiesFile =
        authorities.isEmpty() ? authorities : QDir(m_directory).absoluteFilePath(authorities);
    registry.whoisPort = ini.value(QStringLiteral("registry/whois_port"), registry.whoisPort).toInt();
    return registry;
}

CorporateNumberApiSettings Workspace::corporateNumberApiSettings() const {
    const SettingsValues ini = settingsValues(m_directory, *m_settingsLedger);
    CorporateNumberApiSettings api;
    api.baseUrl = QUrl(ini.value(QStringLiteral("corporate_number/base_url")).toString());
    api.applicationId = ini.value(QStringLiteral("corporate_number/application_id")).toString();
    api.timeoutMs = ini.value(QStringLiteral("corporate_number/timeout_ms"), api.timeoutMs).toInt();
    return api;
}

QString Workspace::defaultDirectory() {
    const QString fromEnvironment = qEnvironmentVariable("RA_WORKSPACE");
    return fromEnvironment.isEmpty() ? QDir::home().filePath(QStringLiteral("ra-workspace")) : fromEnvironment;
}

domain::Status Workspace::changeLocalSettings(const QList<std::pair<QString, QString>>& values) {
    QSettings ini(QDir(m_directory).filePath(QString::fromLatin1(kSettingsFile)), QSettings::IniFormat);
    for (const auto& [key, value] : values) {
        if (domain::isSecuritySetting(key)) {
            return fail(QStringLiteral("settings.security"),
                        QCoreApplication::translate("Workspace", "%1 is a security setting: an administrator "
                                                                 "changes it, and the audit log keeps it.")
                            .arg(key));
        }
    }
    for (const auto& [key, value] : values) {
        ini.setValue(key, value);
    }
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        return fail(QStringLiteral("settings.write-failed"),
                    QCoreApplication::translate("Workspace", "%1 cannot be written.").arg(ini.fileName()));
    }
    m_settingsSequence = -1; // read afresh at the next settings()
    return {};
}

domain::Result<WorkspaceSettings> Workspace::freshSettings() const {
    auto recorded = m_settingsLedger->current();
    if (!recorded) {
        return std::unexpected(recorded.error());
    }
    return readSettings(
        SettingsValues(QDir(m_directory).filePath(QString::fromLatin1(kSettingsFile)), std::move(*recorded)));
}

domain::Status Workspace::changeSettings(const QString& actor, const QList<std::pair<QString, QString>>& values,
                                         const QString& source) {
    return m_database->transaction(
        [&]() -> domain::Status { return domain::toStatus(m_settingsLedger->record(actor, values, source)); });
}

domain::Status Workspace::takeSettingsFromIni() {
    const QString path = QDir(m_directory).filePath(QString::fromLatin1(kSettingsFile));
    QSettings ini(path, QSettings::IniFormat);
    QList<std::pair<QString, QString>> found;
    for (const QString& key : ini.allKeys()) {
        if (domain::isSecuritySetting(key)) {
            found.append({key, ini.value(key).toString()});
        }
    }
    if (found.isEmpty()) {
        if (const auto began = m_settingsLedger->recordingBegan(); began && *began) {
            return {}; // the usual open: nothing to take, no write
        }
    }
    // Audited once per key: the key leaves the file afterwards.
    const auto refuse = [&](const QString& code, const QString& key, const QString& value) {
        return m_audit->appendEvent(QStringLiteral("system"), domain::audit_event::ActionRefused,
                                    {{QStringLiteral("code"), code},
                                     {QStringLiteral("key"), key.left(200)},
                                     {QStringLiteral("value"), value.left(200)}});
    };
    const domain::Status taken = m_database->transaction([&]() -> domain::Status {
        const auto began = m_settingsLedger->recordingBegan();
        if (!began) {
            return domain::toStatus(began);
        }
        if (!*began) {
            // The one upgrade: a workspace from before takes its settings as the ini holds them,
            // each value that the key may take; the others are refused, audited, and left at their
            // defaults.
            QList<std::pair<QString, QString>> valid;
            for (const auto& [key, value] : found) {
                if (!domain::securitySettingProblem(key, value)) {
                    valid.append({key, value});
                } else if (auto refused = refuse(QStringLiteral("settings.invalid"), key, value); !refused) {
                    return refused;
                }
            }
            if (auto recorded =
                    m_settingsLedger->record(QStringLiteral("system"), valid, QStringLiteral("workspace.ini"));
                !recorded) {
                return domain::toStatus(recorded);
            }
            return m_audit->appendEvent(QStringLiteral("system"), domain::audit_event::SettingsRecordingBegan);
        }
        const auto recorded = m_settingsLedger->current();
        if (!recorded) {
            return domain::toStatus(recorded);
        }
        for (const auto& [key, value] : found) {
            if (recorded->value(key).value != value) {
                // Written into the file by hand: not applied.
                if (auto refused = refuse(QStringLiteral("settings.edited-outside"), key, value); !refused) {
                    return refused;
                }
                qWarning("workspace.ini: %s was written outside the application and is not applied; an "
                         "administrator changes it with `ra-cli settings set`",
                         qPrintable(key));
            }
        }
        return {};
    });
    if (!taken) {
        return taken;
    }
    if (!found.isEmpty()) {
        for (const auto& entry : found) {
            ini.remove(entry.first);
        }
        ini.sync();
        if (ini.status() != QSettings::NoError) {
            qWarning("%s cannot be written: the keys refused stay in it and are refused again", qPrintable(path));
        }
    }
    m_settingsSequence = -1; // read afresh at the next settings()
    return {};
}

const WorkspaceSettings& Workspace::settings() const {
    // An administrator at another desk may have changed a setting since this one read them: the
    // newest change's number says so cheaply (an index), and the lockout, the CAA issuer domain and
    // the approvals required are then read again. A record that does not verify keeps the last
    // verified values here; issuance reads freshSettings() and refuses.
    const auto newest = m_settingsLedger->newestChange();
    if (newest && *newest != m_settingsSequence) {
        if (auto fresh = freshSettings()) {
            m_settings = std::move(*fresh);
            m_settingsSequence = *newest;
        }
    }
    return m_settings;
}

void Workspace::exportHsmEnvironment() const {
    if (const QString config = settings().softHsmConfig; !config.isEmpty()) {
        qputenv("SOFTHSM2_CONF", config.toLocal8Bit());
    }
}

QString Workspace::databasePath() const {
    return QDir(m_directory).filePath(QString::fromLatin1(kDatabaseFile));
}

QString Workspace::documentsDirectory() const {
    return QDir(m_directory).filePath(QStringLiteral("documents"));
}

QString Workspace::documentPath(const QString& sha256) const {
    return QDir(documentsDirectory()).filePath(sha256);
}

domain::Result<bool> Workspace::storeDocument(const QByteArray& bytes, const QString& sha256) const {
    const OwnerOnlyFiles ownerOnly; // written private, then made read-only
    const QString target = documentPath(sha256);
    if (QFileInfo::exists(target)) {
        return false; // the same bytes are stored already
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush() ||
        (file.close(), !QFile::rename(partial, target))) {
        QFile::remove(partial);
        return domain::fail(
            QStringLiteral("intake.store-failed"),
            QCoreApplication::translate("IntakeService", "A document could not be stored in the workspace."), target);
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    return true;
}

domain::Result<bool> Workspace::storeDocument(const QString& source, const QString& sha256) const {
    const OwnerOnlyFiles ownerOnly; // written private, then made read-only
    const QString target = documentPath(sha256);
    if (QFileInfo::exists(target)) {
        return false; // the same bytes are stored already
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(source, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return domain::fail(
            QStringLiteral("intake.store-failed"),
            QCoreApplication::translate("IntakeService", "A document could not be stored in the workspace."), target);
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    return true;
}

namespace {
// The key, when the file is this user's alone and holds a key; empty otherwise (fail closed:
// no seed opens, auditors still sign in and verify).
crypto::SecureBytes readSecretsKey(const QString& path) {
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    struct stat status {};
    crypto::SecureBytes key(crypto::SecretSealer::kKeySize);
    const bool trusted = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_uid == ::geteuid() &&
                         (status.st_mode & (S_IRWXG | S_IRWXO)) == 0 &&
                         status.st_size == crypto::SecretSealer::kKeySize &&
                         ::read(fd, key.data(), key.size()) == ssize_t(key.size());
    ::close(fd);
    return trusted ? std::move(key) : crypto::SecureBytes();
}

// A new key, written owner-only, synced to disk with its folder before any seed is sealed under
// it; empty if the file exists already (made by another process: then read that one).
crypto::SecureBytes makeSecretsKey(const QString& path) {
    const OwnerOnlyFiles ownerOnly;
    crypto::SecureBytes key = crypto::SecretSealer::newKey();
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0400);
    if (fd < 0) {
        return errno == EEXIST ? readSecretsKey(path) : crypto::SecureBytes();
    }
    const bool written = ::write(fd, key.data(), key.size()) == ssize_t(key.size()) && ::fsync(fd) == 0;
    ::close(fd);
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        (void)::fsync(folder);
        ::close(folder);
    }
    if (!written) {
        ::unlink(name.constData());
        return {};
    }
    return key;
}

// What the chain and the table say of the key: the id recorded when it was made, and whether
// any seed is sealed under some key already.
struct SecretsKeyRecord {
    QString recordedId;
    bool sealedSeedsExist = false;
};

SecretsKeyRecord secretsKeyRecord(Database& database) {
    SecretsKeyRecord record;
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT details FROM audit_log WHERE event_type = ? ORDER BY seq DESC LIMIT 1"));
    query.addBindValue(domain::audit_event::SecretsKeyCreated);
    if (query.exec() && query.next()) {
        record.recordedId =
            QJsonDocument::fromJson(query.value(0).toByteArray()).object().value(QStringLiteral("key_id")).toString();
    }
    QSqlQuery sealed(database.connection());
    record.sealedSeedsExist =
        sealed.exec(QStringLiteral("SELECT 1 FROM users WHERE totp_sealed = 1 LIMIT 1")) && sealed.next();
    return record;
}
} // namespace

domain::Status Workspace::recordSecretsKey() {
    if (!m_sealer->hasKey()) {
        return {};
    }
    const SecretsKeyRecord record = secretsKeyRecord(*m_database);
    if (record.recordedId.isEmpty()) {
        const auto head = m_audit->head();
        if (!head || head->sequence == 0) {
            return {}; // a new workspace: create() records the key after workspace.created
        }
        return this->record(QStringLiteral("system"), domain::audit_event::SecretsKeyCreated,
                            {{QStringLiteral("key_id"), m_sealer->keyId()}});
    }
    if (record.recordedId != m_sealer->keyId()) {
        m_sealer->forget(); // not the key this workspace made: no seed is trusted under it
        return this->record(QStringLiteral("system"), domain::audit_event::ActionRefused,
                            {{QStringLiteral("code"), QStringLiteral("workspace.secrets-key-replaced")},
                             {QStringLiteral("key_id"), m_sealer->keyId()}});
    }
    return {};
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& directory, const domain::IClock& clock,
                                                     WorkspacePurpose purpose) {
    const OwnerOnlyFiles ownerOnly; // the folder, settings and database, from their first byte
    const QDir dir(directory);
    if (QFileInfo::exists(dir.filePath(QString::fromLatin1(kDatabaseFile))) ||
        QFileInfo::exists(dir.filePath(QString::fromLatin1(kSecretsKeyFile)))) {
        return fail(QStringLiteral("workspace.exists"),
                    QCoreApplication::translate("Workspace", "%1 already holds a workspace.").arg(directory));
    }
    if (!dir.mkpath(QStringLiteral("documents"))) {
        return fail(QStringLiteral("workspace.create-failed"),
                    QCoreApplication::translate("Workspace", "The folder %1 cannot be created.").arg(directory));
    }
    writeDefaultSettings(dir.filePath(QString::fromLatin1(kSettingsFile)));
    auto workspace = open(directory, clock);
    if (!workspace) {
        return workspace;
    }
    if (auto recorded = (*workspace)
                            ->record(QStringLiteral("system"), domain::audit_event::WorkspaceCreated,
                                     QJsonObject{{QStringLiteral("directory"), dir.absolutePath()},
                                                 {QStringLiteral("purpose"), purpose == WorkspacePurpose::Demo
                                                                                 ? QStringLiteral("demo")
                                                                                 : QStringLiteral("production")}});
        !recorded) {
        return std::unexpected(recorded.error());
    }
    if (auto recorded = (*workspace)->recordSecretsKey(); !recorded) {
        return std::unexpected(recorded.error());
    }
    if (auto began = (*workspace)->m_seals->beginIfNeeded(); !began) {
        return std::unexpected(began.error());
    }
    if (auto taken = (*workspace)->takeSettingsFromIni(); !taken) {
        return std::unexpected(taken.error());
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& directory, const domain::IClock& clock) {
    const QDir dir(directory);
    const QString settingsPath = dir.filePath(QString::fromLatin1(kSettingsFile));
    if (!QFileInfo::exists(settingsPath)) {
        return fail(
            QStringLiteral("workspace.not-found"),
            QCoreApplication::translate("Workspace", "%1 is not a workspace. Create one with: ra-cli workspace init %1")
                .arg(directory));
    }
    auto database = Database::openSqlite(dir.filePath(QString::fromLatin1(kDatabaseFile)));
    if (!database) {
        return std::unexpected(database.error());
    }
    dir.mkpath(QStringLiteral("documents"));
    // secrets.key (issue 12 item 8): read; made only for a workspace that never had one, never
    // again once the chain records one or a seed is sealed (a deleted key is not replaced by a
    // new one under which planted seeds would be sealed).
    const QString keyPath = dir.filePath(QString::fromLatin1(kSecretsKeyFile));
    const SecretsKeyRecord record = secretsKeyRecord(**database);
    const bool keyFileExists = QFileInfo::exists(keyPath) || QFileInfo(keyPath).isSymLink();
    const bool makeKey = !keyFileExists && record.recordedId.isEmpty() && !record.sealedSeedsExist;
    crypto::SecureBytes key = makeKey ? makeSecretsKey(keyPath) : readSecretsKey(keyPath);
    const bool made = makeKey && !key.isEmpty();
    std::unique_ptr<Workspace> workspace(new Workspace(dir.absolutePath(), clock,
                                                       readSettings(SettingsValues(settingsPath, {})),
                                                       std::move(*database), std::move(key)));
    if (made) {
        // The one upgrade of seeds stored before sealing: afterwards an unsealed seed is no seed.
        // The plaintext is overwritten in the file, not only unlinked from its page.
        QSqlQuery(workspace->database().connection()).exec(QStringLiteral("PRAGMA secure_delete = ON"));
        if (auto sealed = workspace->database().transaction([&] { return workspace->users().sealPlaintextSeeds(); });
            !sealed) {
            return std::unexpected(sealed.error());
        }
        QSqlQuery(workspace->database().connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QSqlQuery(workspace->database().connection()).exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    }
    if (auto recorded = workspace->recordSecretsKey(); !recorded) {
        return std::unexpected(recorded.error());
    }
    // Rows written before records were sealed are sealed once, as the first open since finds them;
    // a new workspace begins in create(), after workspace.created.
    if (const auto head = workspace->audit().head(); head && head->sequence > 0) {
        if (auto began = workspace->m_seals->beginIfNeeded(); !began) {
            return std::unexpected(began.error());
        }
        // The workspace still opens when the recorded settings do not verify, so that an auditor
        // can find out why; nothing is taken from them (freshSettings() fails, so issuance refuses).
        if (auto taken = workspace->takeSettingsFromIni(); !taken) {
            qWarning("%s", qPrintable(taken.error().userMessage));
        }
    }
    return workspace;
}

WorkspacePurpose Workspace::purpose() const {
    // Only the first entry says; it counts only while its hash holds and the second entry links to
    // it, so turning a production workspace into a demo takes a rewrite of the whole chain, which
    // the HSM-signed checkpoints show. Anything else reads as production, the stricter.
    QList<domain::AuditEntry> opening;
    (void)m_audit->forEach([&](const domain::AuditEntry& entry) {
        opening << entry;
        return opening.size() < 2;
    });
    const bool intact =
        !opening.isEmpty() && opening.first().sequence == 1 && crypto::AuditChain::linkMatches(opening.first()) &&
        (opening.size() == 1 ||
         (opening.at(1).previousHash == opening.first().entryHash && crypto::AuditChain::linkMatches(opening.at(1))));
    const bool demo = intact && opening.first().eventType == domain::audit_event::WorkspaceCreated &&
                      opening.first().details().value(QStringLiteral("purpose")).toString() == QLatin1String("demo");
    return demo ? WorkspacePurpose::Demo : WorkspacePurpose::Production;
}

domain::Status Workspace::record(const QString& actor, const QString& eventType, const QJsonObject& details,
                                 qint64 applicationId) {
    return m_database->transaction(
        [&]() -> domain::Status { return m_audit->appendEvent(actor, eventType, details, applicationId); });
}

} // namespace ra::app
