// SPDX-License-Identifier: Apache-2.0
#include "app/cli/CliApplication.h"

#include "app/cli/Cli.h"
#include "crypto/AuditChain.h"

#include "app/ApplicationService.h"
#include "app/AuditLogService.h"
#include "app/AuthService.h"
#include "app/CaActivationService.h"
#include "app/CsrCheckService.h"
#include "app/DemoWorkspace.h"
#include "app/IntakeService.h"
#include "app/IssuanceService.h"
#include "app/JsonViews.h"
#include "app/KeyBlocklistService.h"
#include "app/ReadAccess.h"
#include "app/UserService.h"
#include "app/Workspace.h"
#include "crypto/Base32.h"
#include "crypto/CsrParser.h"
#include "crypto/Totp.h"
#include "crypto/lint/Linter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace ra::app {

Cli::Cli(const QStringList& arguments)
    : m_arguments(arguments) {
    m_parser.setApplicationDescription(QCoreApplication::translate("ra-cli", "RA Workstation command line"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_workspaceOption,   m_jsonOption,
                         m_atOption,          m_asOption,
                         m_demoOption,        m_roleOption,
                         m_displayNameOption, m_custodianOption,
                         m_reasonOption,      m_suspectedFraudOption,
                         m_outOption,         m_exportOption,
                         m_auditKeyOption,    m_secretOption,
                         m_stateOption,       m_formatOption,
                         m_listOption,        m_profileOption,
                         m_serialOption,      m_digestOption,
                         m_pemOption,         m_custodiansOption,
                         m_chainOption,       m_ocspCertOption,
                         m_resolverOption,    m_issuerOption,
                         m_labDirOption,      m_portOption,
                         m_methodOption,      m_adnOption,
                         m_labelOption,       m_perspectivePortOption,
                         m_webAddressOption,  m_applicationOption});
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "ra-cli",
            "workspace init DIR | user add|confirm|enrol|password|reset|list|disable | import PACKAGE | "
            "app list|show|take|return|reject "
            "| approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | "
            "ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | "
            "ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | "
            "org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | "
            "risk names list|add|remove | "
            "risk check ID | settings list|set KEY VALUE"));
}

int Cli::usage(const QString& message) {
    m_err << message << Qt::endl
          << QCoreApplication::translate("ra-cli", "Run ra-cli --help for the commands.") << Qt::endl;
    return Failure;
}

int Cli::fail(const domain::Error& error) {
    if (m_parser.isSet(m_jsonOption)) {
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("error"), error.code},
                                           {QStringLiteral("message"), error.userMessage},
                                           {QStringLiteral("detail"), error.detail}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_err << QCoreApplication::translate("ra-cli", "Error: ") << error.userMessage << Qt::endl;
        if (!error.detail.isEmpty()) {
            m_err << QStringLiteral("  (") << error.code << QStringLiteral(": ") << error.detail << QLatin1Char(')')
                  << Qt::endl;
        }
    }
    return Failure;
}

std::optional<QJsonObject> Cli::readJsonObject(const QString& fileName) {
    constexpr qint64 limit = 64 * 1024;
    QFile file;
    const bool opened = fileName == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                       : (file.setFileName(fileName), file.open(QIODevice::ReadOnly));
    const QByteArray bytes = opened ? file.read(limit + 1) : QByteArray();
    if (!opened || bytes.size() > limit) {
        usage(QCoreApplication::translate("ra-cli", "%1 cannot be read (at most 64 KiB).").arg(fileName));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        usage(QCoreApplication::translate("ra-cli", "%1 is not a JSON object: %2")
                  .arg(fileName, parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

void Cli::print(const QJsonValue& json, const QString& text) {
    if (m_parser.isSet(m_jsonOption)) {
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << document.toJson(QJsonDocument::Indented);
    } else {
        m_out << text << Qt::endl;
    }
    m_out.flush();
}

QString Cli::readLine(const QString& prompt) {
    if (isatty(STDIN_FILENO)) {
        m_err << prompt << QStringLiteral(": ") << Qt::flush;
    }
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

crypto::SecureBytes Cli::readSecret(const QString& prompt) {
    // DESIGN.md: secrets are prompted for without echo; from a pipe they are read one per line.
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        m_err << prompt << QStringLiteral(": ") << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << Qt::endl;
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    QByteArray bytes(line.data(), static_cast<qsizetype>(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return crypto::SecureBytes::takeFrom(bytes);
}

QString Cli::workspaceDirectory() const {
    return m_parser.isSet(m_workspaceOption) ? m_parser.value(m_workspaceOption) : Workspace::defaultDirectory();
}

bool Cli::workspaceExists() const {
    return QFile::exists(QDir(workspaceDirectory()).filePath(QString::fromLatin1(Workspace::kSettingsFile)));
}

bool Cli::openWorkspace() {
    QDateTime at;
    if (m_parser.isSet(m_atOption)) {
        at = QDateTime::fromString(m_parser.value(m_atOption), Qt::ISODate);
        if (!at.isValid()) {
            usage(
                QCoreApplication::translate("ra-cli", "--at takes a date such as 2026-12-01 or 2026-12-01T09:00:00Z."));
            return false;
        }
    }
    auto opened = Workspace::open(workspaceDirectory(), m_clock);
    if (!opened) {
        fail(opened.error());
        return false;
    }
    if (at.isValid()) {
        // A moved clock bypasses lockout, dates audit entries anywhere and can void an interrupted
        // issuance: only a demo workspace, in a build with test hooks, may have one (issue 12).
#ifdef RA_TEST_CLOCK
        const bool allowed = (*opened)->purpose() == WorkspacePurpose::Demo;
#else
        const bool allowed = false;
#endif
        if (!allowed) {
            const domain::Error refused{
                QStringLiteral("clock.at-refused"),
                QCoreApplication::translate("ra-cli", "--at moves the clock and is refused here: only a demo workspace "
                                                      "(workspace init --demo), in a build made for tests, may act at "
                                                      "another time."),
                m_parser.value(m_atOption)};
            (void)(*opened)->record(QStringLiteral("system"), domain::audit_event::ActionRefused,
                                    {{QStringLiteral("code"), refused.code},
                                     {QStringLiteral("at"), refused.detail},
                                     {QStringLiteral("as"), m_parser.value(m_asOption)}});
            fail(refused);
            return false;
        }
        m_clock.fix(at);
    }
    m_workspace = std::move(*opened);
    // R-ISS-3: on start-up, issuances a crash interrupted are reconciled.
    const auto interrupted = IssuanceService(*m_workspace).reconcile();
    if (interrupted && !interrupted->isEmpty()) {
        m_err << QCoreApplication::translate("ra-cli",
                                             "%n issuance(s) were interrupted; the next signing command completes "
                                             "them.",
                                             nullptr, int(interrupted->size()))
              << Qt::endl;
    }
    return true;
}

std::optional<domain::User> Cli::signedInReader() {
    if (!m_parser.isSet(m_asOption)) {
        usage(QCoreApplication::translate(
            "ra-cli", "Reading the workspace needs a signed-in user: name yourself with --as USER."));
        return std::nullopt;
    }
    return authenticate(true);
}

std::optional<domain::User> Cli::reader(domain::Permission permission, const QString& what, qint64 applicationId) {
    const std::optional<domain::User> user = signedInReader();
    if (!user) {
        return std::nullopt;
    }
    if (auto allowed = permitRead(*m_workspace, *user, permission, what, applicationId); !allowed) {
        fail(allowed.error());
        return std::nullopt;
    }
    return user;
}

std::optional<domain::User> Cli::authenticate(bool required, crypto::SecureBytes* keepPassword) {
    if (!m_parser.isSet(m_asOption)) {
        if (required) {
            usage(QCoreApplication::translate("ra-cli",
                                              "This command changes the workspace: name yourself with --as USER."));
        }
        return std::nullopt;
    }
    const QString username = m_parser.value(m_asOption);
    const crypto::SecureBytes password =
        readSecret(QCoreApplication::translate("ra-cli", "Password for %1").arg(username));
    AuthService auth(*m_workspace);
    auto found = m_workspace->users().byUsername(username);
    const bool needsCode = found && domain::requiresSecondFactor(found->role);
    const QString code =
        needsCode ? readLine(QCoreApplication::translate("ra-cli", "One-time code for %1").arg(username)) : QString();
    auto user = auth.login(username, password, code);
    if (!user) {
        fail(user.error());
        return std::nullopt;
    }
    if (keepPassword) {
        *keepPassword = password.copy();
    }
    return *user;
}

int Cli::workspaceInit(const QStringList& args) {
    if (args.size() != 3 || args.at(1) != QLatin1String("init")) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli workspace init DIR [--demo]"));
    }
    const QString directory = args.at(2);
    auto created = m_parser.isSet(m_demoOption) ? DemoWorkspace::create(directory, m_clock)
                                                : Workspace::create(directory, m_clock);
    if (!created) {
        return fail(created.error());
    }
    QJsonObject result{{QStringLiteral("workspace"), (*created)->directory()}};
    QString text = QCoreApplication::translate("ra-cli", "Workspace created in %1.").arg((*created)->directory());
    if (m_parser.isSet(m_demoOption)) {
        const QString credentials = QDir(directory).filePath(QString::fromLatin1(DemoWorkspace::kCredentialsFile));
        result.insert(QStringLiteral("demo_credentials"), credentials);
        text += QLatin1Char('\n') +
                QCoreApplication::translate("ra-cli", "Demo users, passwords and TOTP secrets: %1").arg(credentials);
    } else {
        text += QLatin1Char('\n') +
                QCoreApplication::translate(
                    "ra-cli", "Add its administrator, who then enrols: ra-cli --workspace %1 user add NAME --role "
                              "administrator")
                    .arg(directory);
    }
    print(result, text);
    return Ok;
}

int Cli::user(const QStringList& args) {
    const QString sub = args.value(1);
    if (!openWorkspace()) {
        return Failure;
    }
    UserService users(*m_workspace);
    if (sub == QLatin1String("list")) {
        const std::optional<domain::User> actor = signedInReader();
        if (!actor) {
            return Failure;
        }
        auto all = users.list(*actor); // administrators only: the service decides, whoever asks
        if (!all) {
            return fail(all.error());
        }
        QJsonArray json;
        QString text;
        for (const domain::User& user : *all) {
            json.append(toJson(user));
            text += QStringLiteral("%1  %2  %3%4%5\n")
                        .arg(user.username, -12)
                        .arg(domain::roleId(user.role), -13)
                        .arg(user.displayName)
                        .arg(user.keyCustodian ? QCoreApplication::translate("ra-cli", "  [key custodian]") : QString())
                        .arg(user.disabled ? QCoreApplication::translate("ra-cli", "  [disabled]")
                             : user.awaitingConfirmation
                                 ? QCoreApplication::translate("ra-cli", "  [awaiting a second administrator]")
                             : user.awaitingEnrolment ? QCoreApplication::translate("ra-cli", "  [awaiting enrolment]")
                                                      : QString());
        }
        print(json, text.trimmed());
        return Ok;
    }
    if (sub == QLatin1String("password")) {
        return changePassword();
    }
    if (args.size() != 3) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli user add|confirm|reset|disable|enrol NAME, user password"));
    }
    const QString name = args.at(2);
    if (sub == QLatin1String("enrol")) {
        return enrol(name);
    }
    if (sub == QLatin1String("add")) {
        const auto role = domain::roleFromId(m_parser.value(m_roleOption));
        if (!role) {
            return usage(
                QCoreApplication::translate("ra-cli", "--role must be officer, supervisor, auditor or administrator."));
        }
        const std::optional<domain::User> actor = authenticate(false);
        if (m_parser.isSet(m_asOption) && !actor) {
            return Failure;
        }
        auto added =
            users.add(actor, name, m_parser.value(m_displayNameOption), *role, m_parser.isSet(m_custodianOption));
        if (!added) {
            return fail(added.error());
        }
        return printEnrolmentCode(*added);
    }
    const std::optional<domain::User> actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    if (sub == QLatin1String("disable")) {
        if (auto done = users.disable(*actor, name); !done) {
            return fail(done.error());
        }
        print(QJsonObject{{QStringLiteral("user"), name}, {QStringLiteral("disabled"), true}},
              QCoreApplication::translate("ra-cli", "User %1 disabled.").arg(name));
        return Ok;
    }
    if (sub == QLatin1String("confirm") || sub == QLatin1String("reset")) {
        auto issued =
            sub == QLatin1String("confirm") ? users.confirmGrant(*actor, name) : users.resetEnrolment(*actor, name);
        if (!issued) {
            return fail(issued.error());
        }
        return printEnrolmentCode(*issued);
    }
    return usage(QCoreApplication::translate("ra-cli", "Unknown user command: %1").arg(sub));
}

int Cli::printEnrolmentCode(const EnrolmentCode& issued) {
    const domain::User& user = issued.user;
    QJsonObject json = toJson(user);
    json.insert(QStringLiteral("enrolment_code"), issued.code);
    json.insert(QStringLiteral("enrolment_expires_at"), domain::AuditEntry::formatTime(issued.expiresAt));
    QString text = QCoreApplication::translate(
                       "ra-cli", "Enrolment code for %1: %2 (until %3 UTC). Give it to them alone: they choose "
                                 "their own password and authenticator with `ra-cli user enrol %1` or at the "
                                 "workstation's first sign-in. It is not shown again.")
                       .arg(user.username, issued.code, issued.expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (user.awaitingConfirmation) {
        text += QLatin1Char('\n') +
                QCoreApplication::translate("ra-cli",
                                            "This grant needs a second administrator: `ra-cli --as OTHER-ADMIN user "
                                            "confirm %1` gives the code's other part, and %1 needs both.")
                    .arg(user.username);
    }
    print(json, text);
    return Ok;
}

int Cli::enrol(const QString& username) {
    AuthService auth(*m_workspace);
    const crypto::SecureBytes typedCode =
        readSecret(QCoreApplication::translate("ra-cli", "Enrolment code for %1 (all parts)").arg(username));
    const QString code =
        QString::fromLatin1(reinterpret_cast<const char*>(typedCode.data()), qsizetype(typedCode.size()));
    const auto user = auth.checkEnrolmentCode(username, code);
    if (!user) {
        return fail(user.error());
    }
    const crypto::SecureBytes password = readSecret(QCoreApplication::translate("ra-cli", "Choose a password"));
    const crypto::SecureBytes repeated = readSecret(QCoreApplication::translate("ra-cli", "The same password again"));
    if (!password.equals(repeated)) {
        return fail({QStringLiteral("user.password-mismatch"),
                     QCoreApplication::translate("ra-cli", "The two passwords differ; nothing was changed."),
                     {}});
    }
    crypto::SecureBytes totpSecret;
    QString totpCode;
    if (domain::requiresSecondFactor(user->role)) {
        totpSecret = AuthService::newTotpSecret();
        // The holder's own secret, shown on their own terminal only (never in --json output).
        m_err << QCoreApplication::translate("ra-cli",
                                             "Enter this secret in your authenticator app (or open the address):")
              << Qt::endl
              << AuthService::totpSecretText(totpSecret) << Qt::endl
              << AuthService::totpAddress(username, totpSecret) << Qt::endl
              << Qt::flush;
        totpCode = readLine(QCoreApplication::translate("ra-cli", "The code your authenticator shows now"));
    }
    const auto enrolled = auth.enrol(username, code, password, totpSecret, totpCode);
    if (!enrolled) {
        return fail(enrolled.error());
    }
    print(toJson(*enrolled), QCoreApplication::translate("ra-cli", "%1 is enrolled and may sign in.").arg(username));
    return Ok;
}

int Cli::changePassword() {
    crypto::SecureBytes current;
    const std::optional<domain::User> user = authenticate(true, &current);
    if (!user) {
        return Failure;
    }
    const crypto::SecureBytes password = readSecret(QCoreApplication::translate("ra-cli", "New password"));
    const crypto::SecureBytes repeated = readSecret(QCoreApplication::translate("ra-cli", "The same password again"));
    if (!password.equals(repeated)) {
        return fail({QStringLiteral("user.password-mismatch"),
                     QCoreApplication::translate("ra-cli", "The two passwords differ; nothing was changed."),
                     {}});
    }
    if (auto changed = AuthService(*m_workspace).changePassword(*user, current, password); !changed) {
        return fail(changed.error());
    }
    print(QJsonObject{{QStringLiteral("user"), user->username}, {QStringLiteral("password_changed"), true}},
          QCoreApplication::translate("ra-cli", "Password changed."));
    return Ok;
}

int Cli::importPackage(const QStringList& args) {
    if (args.size() != 2) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli --as OFFICER import PACKAGE"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    IntakeService intake(*m_workspace);
    auto imported = intake.importPackage(args.at(1), *actor);
    if (!imported) {
        return fail(imported.error());
    }
    print(QJsonObject{{QStringLiteral("id"), imported->applicationId},
                      {QStringLiteral("reference"), imported->externalReference}},
          QCoreApplication::translate("ra-cli", "Imported %1 as application %2.")
              .arg(imported->externalReference)
              .arg(imported->applicationId));
    return Ok;
}

int Cli::application(const QStringList& args) {
    const QString sub = args.value(1);
    if (sub == QLatin1String("dossier")) {
        return dossier(args);
    }
    if (!openWorkspace()) {
        return Failure;
    }
    if (sub == QLatin1String("list")) {
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("app list"))) {
            return Failure;
        }
        QueueFilter filter;
        if (m_parser.isSet(m_stateOption)) {
            filter.state = domain::stateFromId(m_parser.value(m_stateOption));
            if (!filter.state) {
                return usage(
                    QCoreApplication::translate("ra-cli", "Unknown state: %1").arg(m_parser.value(m_stateOption)));
            }
        }
        auto rows = m_workspace->queue().fetch(filter, QueueColumn::Id, true, 0, std::numeric_limits<int>::max());
        if (!rows) {
            return fail(rows.error());
        }
        QJsonArray json;
        QString text;
        for (const QueueRow& row : *rows) {
            json.append(QJsonObject{{QStringLiteral("id"), row.id},
                                    {QStringLiteral("reference"), row.externalReference},
                                    {QStringLiteral("organization"), row.organization},
                                    {QStringLiteral("fqdns"), row.fqdns},
                                    {QStringLiteral("state"), domain::stateId(row.state)},
                                    {QStringLiteral("officer"), row.officer},
                                    {QStringLiteral("received_at"), domain::AuditEntry::formatTime(row.receivedAt)}});
            text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(row.id, 5)
                        .arg(row.externalReference, -14)
                        .arg(domain::stateId(row.state), -19)
                        .arg(row.organization, row.fqdns);
        }
        print(json, text.trimmed());
        return Ok;
    }
    bool numeric = false;
    const qint64 id = args.value(2).toLongLong(&numeric);
    ApplicationService service(*m_workspace);
    if (sub == QLatin1String("check")) {
        // The validating officer's decision on a manual item, with what it rests on (--reason).
        const domain::CheckStatus status = domain::checkStatusFromId(args.value(4));
        if (args.size() != 5 || !numeric || status == domain::CheckStatus::Pending) {
            return usage(QCoreApplication::translate(
                "ra-cli", "Usage: ra-cli app check ID CODE passed|failed|n/a --reason TEXT --as OFFICER"));
        }
        const auto actor = authenticate(true);
        if (!actor) {
            return Failure;
        }
        if (auto recorded = service.recordCheck(*actor, id, args.at(3), status, m_parser.value(m_reasonOption));
            !recorded) {
            return fail(recorded.error());
        }
        print(QJsonObject{{QStringLiteral("id"), id},
                          {QStringLiteral("code"), args.at(3)},
                          {QStringLiteral("status"), domain::checkStatusId(status)}},
              QCoreApplication::translate("ra-cli", "%1 recorded as %2.")
                  .arg(args.at(3), domain::checkStatusDisplayName(status)));
        return Ok;
    }
    if (args.size() != 3 || !numeric) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli app show|take|return|reject ID"));
    }
    if (sub == QLatin1String("show")) {
        if (!reader(domain::Permission::ViewApplications, QStringLiteral("app show"), id)) {
            return Failure;
        }
        auto application = service.load(id);
        if (!application) {
            return fail(application.error());
        }
        const QJsonObject json = toJson(*application);
        print(json, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    const QHash<QString, domain::WorkflowAction> actions{
        {QStringLiteral("take"), domain::WorkflowAction::TakeForReview},
        {QStringLiteral("return"), domain::WorkflowAction::ReturnToApplicant},
        {QStringLiteral("reject"), domain::WorkflowAction::Reject},
        {QStringLiteral("resubmit"), domain::WorkflowAction::Resubmit},
        {QStringLiteral("submit"), domain::WorkflowAction::SubmitForApproval}};
    if (!actions.contains(sub)) {
        return usage(QCoreApplication::translate("ra-cli", "Unknown app command: %1").arg(sub));
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    domain::WorkflowRequest request;
    request.action = actions.value(sub);
    request.reason = m_parser.value(m_reasonOption);
    request.suspectedFraud = m_parser.isSet(m_suspectedFraudOption);
    auto moved = service.perform(*actor, id, request);
    if (!moved) {
        return fail(moved.error());
    }
    print(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("state"), domain::stateId(*moved)}},
          QCoreApplication::translate("ra-cli", "Application %1 is now %2.")
              .arg(id)
              .arg(domain::stateDisplayName(*moved)));
    return Ok;
}

std::optional<QByteArray> Cli::auditPublicKey(bool workspaceOpen) {
    if (m_parser.isSet(m_auditKeyOption)) {
        QFile file(m_parser.value(m_auditKeyOption));
        if (!file.open(QIODevice::ReadOnly)) {
            fail(domain::Error{QStringLiteral("audit.key-unreadable"),
                               QCoreApplication::translate("ra-cli", "%1 cannot be read.").arg(file.fileName()),
                               file.errorString()});
            return std::nullopt;
        }
        return file.readAll();
    }
    if (!workspaceOpen) {
        return QByteArray();
    }
    const auto fromHsm = AuditLogService(*m_workspace).auditPublicKeyFromHsm();
    return fromHsm ? *fromHsm : QByteArray();
}

int Cli::audit(const QStringList& args) {
    const QString sub = args.value(1);
    const auto report = [this](const AuditVerification& result) {
        print(QJsonObject{{QStringLiteral("status"), result.problemId()},
                          {QStringLiteral("entries"), result.entriesChecked},
                          {QStringLiteral("first_bad_seq"), result.firstBadSequence},
                          {QStringLiteral("head_seq"), result.head.sequence},
                          {QStringLiteral("head_hash"), QString::fromLatin1(result.head.hash)},
                          {QStringLiteral("checkpoints_checked"), result.checkpointsChecked},
                          {QStringLiteral("checkpoints_verified"), result.checkpointsVerified},
                          {QStringLiteral("last_checkpoint_seq"), result.lastCheckpointSequence},
                          {QStringLiteral("last_checkpoint_time"), result.lastCheckpointTime},
                          {QStringLiteral("entries_after_last_checkpoint"), result.entriesAfterLastCheckpoint},
                          {QStringLiteral("records_checked"), result.recordsChecked},
                          {QStringLiteral("records_verified"), result.recordsVerified},
                          {QStringLiteral("bad_record_table"), result.badRecordTable},
                          {QStringLiteral("bad_record_row"), result.badRecordRow},
                          {QStringLiteral("message"), result.message}},
              result.ok()                    ? QCoreApplication::translate("ra-cli", "OK: %1").arg(result.message)
              : result.firstBadSequence == 0 ? QCoreApplication::translate("ra-cli", "FAILED: %1").arg(result.message)
                                             : QCoreApplication::translate("ra-cli", "FAILED at entry %1: %2")
                                                   .arg(result.firstBadSequence)
                                                   .arg(result.message));
        return result.ok() ? Ok : ProblemsFound;
    };
    if (sub == QLatin1String("verify") && m_parser.isSet(m_exportOption)) {
        // Offline: the export and, to check its checkpoints, the CA's public audit key.
        const auto key = auditPublicKey(false);
        if (!key) {
            return Failure;
        }
        return report(AuditLogService::verifyExport(m_parser.value(m_exportOption), *key));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    AuditLogService service(*m_workspace);
    if (sub == QLatin1String("verify")) {
        // No sign-in: it reports the chain's integrity, never an entry's content, and it must work
        // on a damaged log, where a sign-in could not be recorded.
        const auto key = auditPublicKey(true);
        if (!key) {
            return Failure;
        }
        return report(service.verify(*key));
    }
    if (sub == QLatin1String("key")) {
        // What an auditor keeps outside the RA to verify exports: the public half of the HSM's audit key.
        const auto key = service.auditPublicKeyFromHsm();
        if (!key) {
            return fail(key.error());
        }
        const QByteArray pem = crypto::AuditChain::publicKeyPem(*key);
        print(QJsonObject{{QStringLiteral("audit_key_pem"), QString::fromLatin1(pem)}},
              QString::fromLatin1(pem).trimmed());
        return Ok;
    }
    if (sub == QLatin1String("export")) {
        if (!m_parser.isSet(m_outOption)) {
            return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli audit export --out FILE"));
        }
        const auto actor = signedInReader(); // auditors only: the service decides, whoever asks
        if (!actor) {
            return Failure;
        }
        auto written = service.exportTo(*actor, m_parser.value(m_outOption));
        if (!written) {
            return fail(written.error());
        }
        print(QJsonObject{{QStringLiteral("file"), m_parser.value(m_outOption)}, {QStringLiteral("entries"), *written}},
              QCoreApplication::translate("ra-cli", "%1 entries written to %2.")
                  .arg(*written)
                  .arg(m_parser.value(m_outOption)));
        return Ok;
    }
    return usage(QCoreApplication::translate(
        "ra-cli",
        "Usage: ra-cli audit verify [--audit-key FILE] [--export FILE] | audit export --out FILE | audit key"));
}

int Cli::totp(const QStringList& args) {
    // For demos and scripted tests: the current code of a secret the caller already holds.
    if (args.value(1) != QLatin1String("code") || !m_parser.isSet(m_secretOption)) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli totp code --secret BASE32"));
    }
    auto decoded = crypto::base32Decode(m_parser.value(m_secretOption).toLatin1());
    if (!decoded || decoded->isEmpty()) {
        return usage(QCoreApplication::translate("ra-cli", "The secret is not base32."));
    }
    const crypto::SecureBytes secret = crypto::SecureBytes::takeFrom(*decoded);
    const qint64 now = m_parser.isSet(m_atOption)
                           ? QDateTime::fromString(m_parser.value(m_atOption), Qt::ISODate).toSecsSinceEpoch()
                           : QDateTime::currentSecsSinceEpoch();
    const QString code = crypto::Totp::code(secret, now);
    print(QJsonObject{{QStringLiteral("code"), code}}, code);
    return Ok;
}

int Cli::csr(const QStringList& args) {
    if (args.value(1) != QLatin1String("check") || args.size() != 3) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli csr check FILE"));
    }
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail({QStringLiteral("csr.unreadable"),
                     QCoreApplication::translate("ra-cli", "%1 cannot be read.").arg(args.at(2)), file.errorString()});
    }
    const auto parsed = crypto::CsrParser::parse(file.read(crypto::CsrParser::kMaxSize + 1));
    if (!parsed) {
        return fail(parsed.error());
    }
    if (!openWorkspace()) {
        return Failure;
    }
    // The names of the request itself: its dNSNames, or its CN when it has none.
    QStringList names = parsed->dnsNames;
    if (names.isEmpty()) {
        for (const auto& [attribute, value] : parsed->subject) {
            if (attribute == QLatin1String("CN")) {
                names << value;
            }
        }
    }
    domain::CsrCheckReport report = CsrCheckService(*m_workspace).check(*parsed, names);
    domain::CheckResult possession{
        QStringLiteral("csr.proof-of-possession"), QStringLiteral("R-CSR-1"), QStringLiteral("CP 3.2.1"),
        parsed->signatureValid ? domain::CheckStatus::Passed : domain::CheckStatus::Failed,
        parsed->signatureValid ? QCoreApplication::translate("ra-cli", "The signature verifies with the CSR's key.")
                               : QCoreApplication::translate("ra-cli", "The signature does not verify.")};
    report.key.prepend(possession);
    const bool ok = report.allPassed() && parsed->signatureValid;
    QJsonObject json = toJson(report);
    json.insert(QStringLiteral("ok"), ok);
    json.insert(QStringLiteral("csr"), toJson(*parsed));
    QString text;
    const auto line = [&](const domain::CheckResult& result, const QString& prefix) {
        text += QStringLiteral("%1 %2%3  %4 (%5, %6)\n")
                    .arg(domain::checkStatusId(result.status).toUpper(), -7)
                    .arg(prefix, result.id, result.message, result.citation, result.requirementId);
    };
    for (const domain::CheckResult& result : report.key) {
        line(result, QString());
    }
    for (const domain::NameCheck& name : report.names) {
        for (const domain::CheckResult& result : name.results) {
            line(result, name.ascii + QLatin1Char(' '));
        }
    }
    print(json, text.trimmed());
    return ok ? Ok : ProblemsFound;
}

int Cli::blocklist(const QStringList& args) {
    const auto kind = KeyBlocklistService::kindFromId(m_parser.value(m_formatOption));
    if (args.value(1) != QLatin1String("import") || args.size() != 3 || !kind) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli --as ADMINISTRATOR blocklist import FILE --format spki-sha256|debian"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    const auto imported = KeyBlocklistService(*m_workspace).importFile(args.at(2), *kind, *actor);
    if (!imported) {
        return fail(imported.error());
    }
    print(QJsonObject{{QStringLiteral("values"), imported->lines}, {QStringLiteral("new"), imported->added}},
          QCoreApplication::translate("ra-cli", "%1 values read, %2 new.").arg(imported->lines).arg(imported->added));
    return Ok;
}

int Cli::lint(const QStringList& args) {
    using crypto::lint::Linter;
    if (m_parser.isSet(m_listOption)) {
        QJsonArray json;
        QString text;
        for (const auto& lint : Linter::all()) {
            const crypto::lint::LintInfo& info = lint->info();
            json.append(QJsonObject{{QStringLiteral("id"), info.id},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(info.aliases)},
                                    {QStringLiteral("severity"), crypto::lint::severityId(info.severity)},
                                    {QStringLiteral("effective"), info.effective.toString(Qt::ISODate)},
                                    {QStringLiteral("citation"), info.citation},
                                    {QStringLiteral("description"), info.describe()}});
            text += QStringLiteral("%1 %2 %3  %4 (%5)\n")
                        .arg(info.id, -38)
                        .arg(crypto::lint::severityId(info.severity), -8)
                        .arg(info.effective.toString(Qt::ISODate), info.describe(), info.citation);
        }
        print(json, text.trimmed());
        return Ok;
    }
    if (args.size() != 2) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli lint FILE [--at DATE] [--profile NAME] | ra-cli lint --list"));
    }
    std::optional<QDate> at;
    if (m_parser.isSet(m_atOption)) {
        at = QDate::fromString(m_parser.value(m_atOption).left(10), Qt::ISODate);
        if (!at->isValid()) {
            return usage(
                QCoreApplication::translate("ra-cli", "--at takes a date such as 2026-12-01 or 2026-12-01T09:00:00Z."));
        }
    }
    const QString profile =
        m_parser.isSet(m_profileOption) ? m_parser.value(m_profileOption) : Linter::profiles().front();
    if (!Linter::profiles().contains(profile)) {
        return usage(QCoreApplication::translate("ra-cli", "--profile must be one of: %1")
                         .arg(Linter::profiles().join(QStringLiteral(", "))));
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail({QStringLiteral("lint.unreadable"),
                     QCoreApplication::translate("ra-cli", "%1 cannot be read.").arg(args.at(1)), file.errorString()});
    }
    const auto results = Linter::run(file.read(qint64(16) * 1024 * 1024), at, profile);
    if (!results) {
        return fail(results.error());
    }
    QJsonArray json;
    QString text;
    for (const crypto::lint::LintResult& result : *results) {
        json.append(QJsonObject{{QStringLiteral("id"), result.info->id},
                                {QStringLiteral("aliases"), QJsonArray::fromStringList(result.info->aliases)},
                                {QStringLiteral("status"), crypto::lint::statusId(result.status)},
                                {QStringLiteral("message"), result.message},
                                {QStringLiteral("citation"), result.info->citation}});
        if (result.status == crypto::lint::Status::Error || result.status == crypto::lint::Status::Warn ||
            result.status == crypto::lint::Status::Notice) {
            text += QStringLiteral("%1 %2  %3 (%4)\n")
                        .arg(crypto::lint::statusId(result.status).toUpper(), -7)
                        .arg(result.info->id, result.message, result.info->citation);
        }
    }
    if (text.isEmpty()) {
        text = QCoreApplication::translate("ra-cli", "%n lint(s) run, no findings.", nullptr, int(results->size()));
    }
    print(json, text.trimmed());
    return Linter::hasErrors(*results) ? ProblemsFound : Ok;
}

int Cli::run() {
    if (!m_parser.parse(m_arguments)) {
        return usage(m_parser.errorText());
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QStringLiteral("ra-cli ") << QString::fromLatin1(RA_VERSION) << Qt::endl;
        return Ok;
    }
    const QStringList args = m_parser.positionalArguments();
    const QString command = args.value(0);
    if (command == QLatin1String("workspace")) {
        return workspaceInit(args);
    }
    if (command == QLatin1String("user")) {
        return user(args);
    }
    if (command == QLatin1String("import")) {
        return importPackage(args);
    }
    if (command == QLatin1String("app")) {
        return application(args);
    }
    if (command == QLatin1String("audit")) {
        return audit(args);
    }
    if (command == QLatin1String("totp")) {
        return totp(args);
    }
    if (command == QLatin1String("csr")) {
        return csr(args);
    }
    if (command == QLatin1String("blocklist")) {
        return blocklist(args);
    }
    if (command == QLatin1String("lint")) {
        return lint(args);
    }
    if (command == QLatin1String("ca")) {
        return ca(args);
    }
    if (command == QLatin1String("caa")) {
        return caa(args);
    }
    if (command == QLatin1String("lab")) {
        return lab(args);
    }
    if (command == QLatin1String("dcv")) {
        return dcv(args);
    }
    if (command == QLatin1String("org")) {
        return organization(args);
    }
    if (command == QLatin1String("rds")) {
        return dataSource(args);
    }
    if (command == QLatin1String("doc")) {
        return document(args);
    }
    if (command == QLatin1String("authority")) {
        return authority(args);
    }
    if (command == QLatin1String("risk")) {
        return risk(args);
    }
    if (command == QLatin1String("settings")) {
        return settings(args);
    }
    if (command == QLatin1String("approve")) {
        return approve(args);
    }
    if (command == QLatin1String("issue")) {
        return issue(args);
    }
    if (command == QLatin1String("cert")) {
        return certificate(args);
    }
    if (command == QLatin1String("revoke")) {
        return revoke(args);
    }
    if (command == QLatin1String("crl")) {
        return crl(args);
    }
    if (command == QLatin1String("ocsp")) {
        return ocsp(args);
    }
    return usage(command.isEmpty() ? QCoreApplication::translate("ra-cli", "No command given.")
                                   : QCoreApplication::translate("ra-cli", "Unknown command: %1").arg(command));
}

int runCli(const QStringList& arguments) {
    Cli cli(arguments);
    return cli.run();
}

} // namespace ra::app
