// SPDX-License-Identifier: Apache-2.0
#pragma once

// Private to app/cli: the command-line front end, split over CliApplication.cpp (workspace,
// users, applications, audit, checks) and CaCommands.cpp (CA, approval, issuance, revocation).
#include "app/CaActivationService.h"
#include "app/IssuanceService.h"
#include "app/Workspace.h"
#include "domain/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ra::app {

class PrivateTerminal;
struct EnrolmentCode;

enum Exit { Ok = 0, ProblemsFound = 1, Failure = 2 };

class Cli {
public:
    explicit Cli(const QStringList& arguments);
    int run();

private:
    int workspaceInit(const QStringList& args);
    int user(const QStringList& args);
    int printEnrolmentCode(const EnrolmentCode& issued);
    int enrol(const QString& username);
    int changePassword();
    int showApprovalContent(const domain::User& supervisor, qint64 id);
    int importPackage(const QStringList& args);
    int application(const QStringList& args);
    int audit(const QStringList& args);
    int totp(const QStringList& args);
    int csr(const QStringList& args);
    int blocklist(const QStringList& args);
    int lint(const QStringList& args);
    // CaCommands.cpp
    int ca(const QStringList& args);
    int approve(const QStringList& args);
    int issue(const QStringList& args);
    int certificate(const QStringList& args);
    int revoke(const QStringList& args);
    int crl(const QStringList& args);
    int ocsp(const QStringList& args);
    // LabCommands.cpp
    int caa(const QStringList& args);
    int lab(const QStringList& args);
    int dcv(const QStringList& args);
    int caaEvidence(const QString& fqdn);
    // OrganizationCommands.cpp
    int organization(const QStringList& args);
    int dataSource(const QStringList& args);
    // DossierCommand.cpp, in the ra-cli executable: it prints with QtGui, which ra_app does not link.
    int dossier(const QStringList& args);
    // DocumentCommands.cpp
    int document(const QStringList& args);
    // AuthorityCommands.cpp
    int authority(const QStringList& args);
    // RiskCommands.cpp
    int risk(const QStringList& args);
    // SettingsCommands.cpp
    int settings(const QStringList& args);
    CustodianSecrets readCustodian(int number);
    // For each custodian to receive a PIN share, their sign-in (password, one-time code) unless
    // they are in `signedIn` (the activating custodians).
    std::vector<CustodianSecrets> readShareRecipients(const QStringList& custodians, const QStringList& signedIn);
    // Each share on the terminal alone, to its own custodian, the screen cleared after, the share
    // wiped (R-HSM-3). False when the hand-out did not finish (end of input, terminal gone).
    [[nodiscard]] bool handOutShares(PrivateTerminal& terminal, QList<PinShare>& shares, const QString& intro);
    // The terminal the shares are shown on, or nullptr after saying why there is none.
    std::unique_ptr<PrivateTerminal> shareTerminal();
    // The two-custodian ceremony (DESIGN.md: four lines per custodian), then the module, after it
    // completed any issuance a crash interrupted (R-ISS-3). Null after printing why not.
    std::unique_ptr<crypto::SigningModule> openSigningModule(QStringList& custodians,
                                                             QList<IssuanceResult>* resumed = nullptr);
    void closeSigningModule(crypto::SigningModule& module, const QString& command);
    // The key `audit verify` checks checkpoints with: --audit-key FILE, else the HSM's own (empty
    // when neither is at hand); nullopt after an error was reported.
    [[nodiscard]] std::optional<QByteArray> auditPublicKey(bool workspaceOpen);

    bool openWorkspace();
    // --workspace DIR, else $RA_WORKSPACE, else ~/ra-workspace; and whether a workspace is there.
    [[nodiscard]] QString workspaceDirectory() const;
    [[nodiscard]] bool workspaceExists() const;
    // `keepPassword` receives the password when the command needs it again (an approval key).
    std::optional<domain::User> authenticate(bool required, crypto::SecureBytes* keepPassword = nullptr);
    // A read of the workspace: the --as user, signed in, whose role allows `permission`, as the
    // GUI would ask (issue 12 item 11; app/ReadAccess); nullopt after the refusal was reported.
    std::optional<domain::User> reader(domain::Permission permission, const QString& what, qint64 applicationId = 0);
    // The --as user, signed in to read (the role is then the service's to decide).
    std::optional<domain::User> signedInReader();
    crypto::SecureBytes readSecret(const QString& prompt);
    QString readLine(const QString& prompt);
    int fail(const domain::Error& error);
    int usage(const QString& message);
    // A JSON object from FILE (at most 64 KiB; "-" reads stdin); nullopt after printing why not.
    std::optional<QJsonObject> readJsonObject(const QString& file);
    void print(const QJsonValue& json, const QString& text);

    QStringList m_arguments;
    QCommandLineParser m_parser;
    QCommandLineOption m_workspaceOption{QStringLiteral("workspace"),
                                         QCoreApplication::translate("ra-cli", "Workspace folder."),
                                         QCoreApplication::translate("ra-cli", "DIR")};
    QCommandLineOption m_jsonOption{QStringLiteral("json"),
                                    QCoreApplication::translate("ra-cli", "Machine-readable output on stdout.")};
    QCommandLineOption m_atOption{QStringLiteral("at"),
                                  QCoreApplication::translate("ra-cli", "Act as if today were DATE (ISO 8601)."),
                                  QCoreApplication::translate("ra-cli", "DATE")};
    QCommandLineOption m_asOption{
        QStringLiteral("as"),
        QCoreApplication::translate("ra-cli", "Authenticate as USER (secrets from the terminal or stdin)."),
        QCoreApplication::translate("ra-cli", "USER")};
    QCommandLineOption m_demoOption{
        QStringLiteral("demo"),
        QCoreApplication::translate("ra-cli", "With workspace init: add demo users, HSM and applications.")};
    QCommandLineOption m_roleOption{
        QStringLiteral("role"), QCoreApplication::translate("ra-cli", "officer, supervisor, auditor or administrator."),
        QCoreApplication::translate("ra-cli", "ROLE")};
    QCommandLineOption m_displayNameOption{QStringLiteral("display-name"),
                                           QCoreApplication::translate("ra-cli", "The user's full name."),
                                           QCoreApplication::translate("ra-cli", "NAME")};
    QCommandLineOption m_custodianOption{QStringLiteral("key-custodian"),
                                         QCoreApplication::translate("ra-cli", "The user is a Key Custodian.")};
    QCommandLineOption m_reasonOption{QStringLiteral("reason"),
                                      QCoreApplication::translate("ra-cli", "Why (return, reject)."),
                                      QCoreApplication::translate("ra-cli", "TEXT")};
    QCommandLineOption m_suspectedFraudOption{
        QStringLiteral("suspected-fraud"),
        QCoreApplication::translate("ra-cli", "With app reject: rejected for suspected fraud or phishing (R-IN-3).")};
    QCommandLineOption m_outOption{QStringLiteral("out"), QCoreApplication::translate("ra-cli", "Output file."),
                                   QCoreApplication::translate("ra-cli", "FILE")};
    QCommandLineOption m_auditKeyOption{
        QStringLiteral("audit-key"),
        QCoreApplication::translate("ra-cli",
                                    "With audit verify: the CA's public audit key (PEM) that signed the checkpoints."),
        QCoreApplication::translate("ra-cli", "FILE")};
    QCommandLineOption m_exportOption{
        QStringLiteral("export"),
        QCoreApplication::translate("ra-cli", "Verify this export file instead of the database."),
        QCoreApplication::translate("ra-cli", "FILE")};
    QCommandLineOption m_secretOption{QStringLiteral("secret"),
                                      QCoreApplication::translate("ra-cli", "A base32 TOTP secret."),
                                      QCoreApplication::translate("ra-cli", "BASE32")};
    QCommandLineOption m_formatOption{QStringLiteral("format"),
                                      QCoreApplication::translate("ra-cli", "Blocklist format: spki-sha256 or debian."),
                                      QCoreApplication::translate("ra-cli", "FORMAT")};
    QCommandLineOption m_profileOption{
        QStringLiteral("profile"),
        QCoreApplication::translate("ra-cli", "With lint: tls-server (the default) or ocsp-responder."),
        QCoreApplication::translate("ra-cli", "NAME")};
    QCommandLineOption m_listOption{QStringLiteral("list"),
                                    QCoreApplication::translate("ra-cli", "With lint: list every lint.")};
    QCommandLineOption m_stateOption{QStringLiteral("state"),
                                     QCoreApplication::translate("ra-cli", "Only applications in this state."),
                                     QCoreApplication::translate("ra-cli", "STATE")};

    QCommandLineOption m_serialOption{
        QStringLiteral("serial"),
        QCoreApplication::translate("ra-cli", "With ocsp sign: also answer for this serial (hex); repeatable."),
        QCoreApplication::translate("ra-cli", "HEX")};
    QCommandLineOption m_digestOption{
        QStringLiteral("digest"),
        QCoreApplication::translate("ra-cli",
                                    "With approve: the SHA-256 of the tbsCertificate shown by `approve ID` alone."),
        QCoreApplication::translate("ra-cli", "SHA256")};
    QCommandLineOption m_chainOption{
        QStringLiteral("chain"),
        QCoreApplication::translate("ra-cli",
                                    "With ca init: the issuing CA and root certificates (PEM, in that order)."),
        QCoreApplication::translate("ra-cli", "FILE")};
    QCommandLineOption m_ocspCertOption{
        QStringLiteral("ocsp-cert"),
        QCoreApplication::translate("ra-cli", "With ca init: the OCSP responder certificate (PEM)."),
        QCoreApplication::translate("ra-cli", "FILE")};
    QCommandLineOption m_resolverOption{
        QStringLiteral("resolver"),
        QCoreApplication::translate("ra-cli",
                                    "With caa check: forward queries to this resolver (the lab: 127.0.0.1@53535)."),
        QCoreApplication::translate("ra-cli", "ADDR@PORT")};
    QCommandLineOption m_issuerOption{
        QStringLiteral("issuer"),
        QCoreApplication::translate(
            "ra-cli", "With caa check: the CA's issuer domain (default: the workspace's caa/issuer_domain, "
                      "secomtrust.net unless configured; CP 4.2.4)."),
        QCoreApplication::translate("ra-cli", "DOMAIN")};
    QCommandLineOption m_labDirOption{
        QStringLiteral("lab-dir"),
        QCoreApplication::translate("ra-cli", "With lab: its folder (default $RA_LAB_DIR, else WORKSPACE/lab)."),
        QCoreApplication::translate("ra-cli", "DIR")};
    QCommandLineOption m_portOption{
        QStringLiteral("port"), QCoreApplication::translate("ra-cli", "With lab start: the DNS port (default 53535)."),
        QCoreApplication::translate("ra-cli", "PORT")};
    QCommandLineOption m_perspectivePortOption{
        QStringLiteral("perspective-port"),
        QCoreApplication::translate("ra-cli", "With lab start: the first of six perspective ports (default 47001)."),
        QCoreApplication::translate("ra-cli", "PORT")};
    QCommandLineOption m_webAddressOption{
        QStringLiteral("web-address"),
        QCoreApplication::translate("ra-cli",
                                    "With lab start: the loopback address whose ports 80 and 443 the lab's web "
                                    "server takes (default 127.0.0.80)."),
        QCoreApplication::translate("ra-cli", "ADDRESS")};
    QCommandLineOption m_applicationOption{
        QStringLiteral("application"),
        QCoreApplication::translate("ra-cli", "With caa check: record the check as evidence for this application."),
        QCoreApplication::translate("ra-cli", "ID")};
    QCommandLineOption m_methodOption{
        QStringLiteral("method"),
        QCoreApplication::translate("ra-cli", "With dcv start: the validation method (dns-change)."),
        QCoreApplication::translate("ra-cli", "METHOD")};
    QCommandLineOption m_adnOption{
        QStringLiteral("adn"),
        QCoreApplication::translate("ra-cli", "With dcv start: the Authorization Domain Name (default: the FQDN)."),
        QCoreApplication::translate("ra-cli", "DOMAIN")};
    QCommandLineOption m_labelOption{
        QStringLiteral("label"),
        QCoreApplication::translate("ra-cli", "With dcv start: an underscore label in front of the ADN."),
        QCoreApplication::translate("ra-cli", "LABEL")};
    QCommandLineOption m_pemOption{QStringLiteral("pem"),
                                   QCoreApplication::translate("ra-cli", "With cert show: the certificate as PEM.")};
    QCommandLineOption m_custodiansOption{
        QStringLiteral("custodians"),
        QCoreApplication::translate("ra-cli", "With ca split-pin: who gets a share (comma-separated user names)."),
        QCoreApplication::translate("ra-cli", "NAMES")};

    // The system's time, or in a demo workspace the time `--at` names (R-TIME-1).
    class CommandClock final : public domain::IClock {
    public:
        [[nodiscard]] QDateTime nowUtc() const override {
            return m_fixed.isValid() ? m_fixed : QDateTime::currentDateTimeUtc();
        }
        void fix(const QDateTime& at) { m_fixed = at.toUTC(); }

    private:
        QDateTime m_fixed;
    };
    CommandClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

} // namespace ra::app
