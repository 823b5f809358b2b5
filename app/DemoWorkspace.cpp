// SPDX-License-Identifier: Apache-2.0
#include "app/DemoWorkspace.h"

#include "app/OwnerOnlyFiles.h"

#include "app/ApplicationService.h"
#include "app/ApprovalService.h"
#include "app/AuthService.h"
#include "app/AuthorityService.h"
#include "app/CaSetupService.h"
#include "app/CaaService.h"
#include "app/DcvService.h"
#include "app/DocumentService.h"
#include "app/IntakeService.h"
#include "app/OrganizationService.h"
#include "app/UserService.h"
#include "app/lab/CorporateNumberLab.h"
#include "app/lab/DnsLab.h"
#include "app/lab/PerspectiveLab.h"
#include "app/lab/WebLab.h"
#include "crypto/Random.h"
#include "crypto/SecretSharing.h"
#include "crypto/Totp.h"
#include "domain/DocumentReview.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <initializer_list>

namespace ra::app {

using domain::fail;
using domain::Result;
using domain::Role;

namespace {
struct DemoUser {
    const char* username;
    const char* displayName;
    Role role;
    bool keyCustodian;
};

// The demo's approved organization, as the lab's registry knows it (CorporateNumberLab).
const QString kSampleCorporateNumber = QStringLiteral("4011001099901");

const DemoUser kDemoUsers[] = {
    {"admin", "管理者 (Admin)", Role::Administrator, false},
    {"tanaka", "田中 一郎 (Tanaka)", Role::Officer, true},
    {"suzuki", "鈴木 花子 (Suzuki)", Role::Officer, false},
    {"sato", "佐藤 健 (Sato)", Role::Supervisor, true},
    {"yamada", "山田 美咲 (Yamada)", Role::Supervisor, true},
    {"ito", "伊藤 誠 (Ito)", Role::Auditor, false},
    // R-ROLE-1: a second administrator confirms the grants that approve or hold a PIN share.
    {"kobayashi", "小林 優 (Kobayashi)", Role::Administrator, false},
};

// The set-up's own lab servers (a web server for the registry's API, DNS, the perspectives) run
// from WORKSPACE/lab-setup, laid out as the lab proper in WORKSPACE/lab: were the set-up killed,
// `ra-cli lab stop --lab-dir WORKSPACE/lab-setup` finds them by their PID files. The folder goes
// once they have stopped.
QString setupLabDirectory(const Workspace& workspace) {
    return QDir(workspace.directory()).filePath(QStringLiteral("lab-setup"));
}

// `outcome` unless a server did not stop (then that, since a process was left behind); the
// set-up's lab folder is removed when all did.
domain::Status afterSetupLab(const Workspace& workspace, const domain::Status& outcome,
                             std::initializer_list<domain::Status> stops) {
    for (const domain::Status& stopped : stops) {
        if (!stopped) {
            return stopped;
        }
    }
    if (!QDir(setupLabDirectory(workspace)).removeRecursively()) {
        return fail(
            QStringLiteral("demo.lab"),
            QCoreApplication::translate("DemoWorkspace", "%1 cannot be removed.").arg(setupLabDirectory(workspace)));
    }
    return outcome;
}

// R-ORG-1 for real: the officer looks the organization up in the corporate-number registry — the
// lab's copy of the NTA's API, on a web server of the set-up's own (the lab proper starts with
// `ra-cli lab start`) — and the evidence decides the organization items and the subject.
domain::Status verifyOrganization(Workspace& workspace, qint64 id, const domain::User& officer,
                                  const QString& corporateNumber) {
    const QString address = WebLab::freeLoopbackAddress();
    WebLab web(setupLabDirectory(workspace), address);
    if (auto started = web.start(workspace.clock().nowUtc()); !started) {
        return afterSetupLab(workspace, started, {web.stop()});
    }
    const CorporateNumberLab registry(setupLabDirectory(workspace), address);
    domain::Status verified = registry.install(web);
    if (verified) {
        const CorporateNumberApiSettings settings{QUrl(registry.baseUrl()),
                                                  QString::fromLatin1(CorporateNumberLab::kApplicationId)};
        const auto answer = OrganizationService::askRegistry(settings, corporateNumber, workspace.clock().nowUtc());
        verified = domain::toStatus(OrganizationService(workspace).record(officer, id, corporateNumber, answer));
    }
    return afterSetupLab(workspace, verified, {web.stop()});
}

// `count` distinct free loopback ports below Linux's ephemeral range, so the set-up's lab never
// meets the lab proper (fixed ports), another set-up running at the same time, or itself.
QList<int> freeLabPorts(qsizetype count) {
    QList<int> ports;
    while (ports.size() < count) {
        const int port = 20000 + int(QRandomGenerator::global()->bounded(12767));
        if (!ports.contains(port) && DnsLab::portFree(port)) {
            ports << port;
        }
    }
    return ports;
}

// R-DCV-2, R-CAA-1, R-MPIC-1 for real: the names are validated and CAA checked against a lab of
// the set-up's own (Knot DNS and six perspectives on free loopback ports), asked by this Workspace
// object only — the recorded settings are not touched, since those perspectives are gone once the set-up
// ends; `ra-cli lab start` registers the lab proper's.
domain::Status validateDomains(Workspace& workspace, qint64 id, const domain::User& officer) {
    const auto application = workspace.applications().byId(id);
    if (!application) {
        return std::unexpected(application.error());
    }
    QList<PerspectiveAgentSpec> agents = PerspectiveLab::defaultAgents(0, {});
    const QList<int> ports = freeLabPorts(agents.size() + 1);
    DnsLab dns(setupLabDirectory(workspace), ports.constLast(), WebLab::freeLoopbackAddress());
    PerspectiveLab perspectives(setupLabDirectory(workspace), workspace.directory());
    domain::Status validated = dns.start();
    if (validated) {
        for (qsizetype i = 0; i < agents.size(); ++i) {
            agents[i].port = ports.at(i);
            agents[i].lookups = dns.lookupOptions();
        }
        // The agents' TLS certificates are checked against the real time, whatever the workspace's clock.
        validated = perspectives.start(agents, QDateTime::currentDateTimeUtc());
    }
    if (validated) {
        workspace.useMpicSettings(
            PerspectiveEnrollment(workspace.directory()).settingsFor(agents, dns.lookupOptions()));
        validated = DemoWorkspace::validateEachName(workspace, *application, officer, dns);
        workspace.useMpicSettings(std::nullopt);
    }
    return afterSetupLab(workspace, validated, {perspectives.stop(), dns.stop()});
}

// R-DOC-1: the officer inspects each document relied upon and confirms every standard check.
domain::Status inspectDocuments(Workspace& workspace, qint64 id, const domain::User& officer) {
    const auto application = workspace.applications().byId(id);
    if (!application) {
        return std::unexpected(application.error());
    }
    const QStringList all = domain::DocumentReview::standardCheckIds();
    for (const domain::Document& document : domain::DocumentReview::current(application->documents)) {
        if (auto inspected = DocumentService(workspace).inspect(officer, id, document.id, all, {}); !inspected) {
            return std::unexpected(inspected.error());
        }
    }
    return {};
}

// The evaluation (CP 3.2.2.7) of the business telephone directory the demo's call-backs rely on.
domain::ReliableDataSource telephoneDirectory() {
    domain::ReliableDataSource source;
    source.name = QStringLiteral("iタウンページ (NTT business telephone directory)");
    source.provider = QStringLiteral("NTT Town Page Corporation");
    source.url = QStringLiteral("https://itp.ne.jp/");
    source.purpose = QStringLiteral("Telephone numbers and addresses of businesses' offices, for call-backs to a "
                                    "number not taken from the application (CP 3.2.5).");
    source.dataAge = QStringLiteral("Listings are kept current by the telephone carrier from its subscriber records.");
    source.updateFrequency = QStringLiteral("Daily, from the carrier's subscriber records.");
    source.publicAccessibility = QStringLiteral("Public, free of charge, on the web.");
    source.falsificationDifficulty =
        QStringLiteral("Listings follow a business line's subscription with the carrier; an applicant cannot edit "
                       "them.");
    return source;
}

// DESIGN.md: the demo holds an application approved and ready to issue, validated for real (issue 11
// item 11): high-risk matching ran at import; the officer verifies the organization in the
// registry, calls back, inspects the documents, validates the names and checks CAA with the six
// perspectives; then submits, and a supervisor approves.
domain::Status approveReadySample(Workspace& workspace, qint64 id, const QString& corporateNumber,
                                  qint64 directorySourceId, const domain::User& officer, const domain::User& supervisor,
                                  const crypto::SecureBytes& supervisorPassword) {
    ApplicationService applications(workspace);
    domain::WorkflowRequest take;
    take.action = domain::WorkflowAction::TakeForReview;
    if (auto taken = applications.perform(officer, id, take); !taken) {
        return std::unexpected(taken.error());
    }
    if (auto verified = verifyOrganization(workspace, id, officer, corporateNumber); !verified) {
        return verified;
    }
    // R-ORG-5: the officer's call-back to the number the telephone directory lists for the head
    // office (not the application's own), recorded as the officer would.
    domain::Callback callback;
    callback.applicationId = id;
    callback.channel = domain::CallbackChannel::Telephone;
    callback.contact = QStringLiteral("03-5555-0100");
    callback.dataSourceId = directorySourceId;
    callback.sourceReference = QStringLiteral("株式会社サンプル 本社 (東京都千代田区)");
    callback.personReached = QStringLiteral("佐藤 花子");
    callback.personTitle = QStringLiteral("総務部長");
    callback.reachedAt = workspace.clock().nowUtc();
    callback.outcome = domain::CallbackOutcome::Confirmed;
    callback.note = QStringLiteral("Demo data: recorded by the demo set-up as %1.").arg(officer.username);
    if (auto called = AuthorityService(workspace).recordCallback(officer, callback); !called) {
        return std::unexpected(called.error());
    }
    if (auto inspected = inspectDocuments(workspace, id, officer); !inspected) {
        return inspected;
    }
    if (auto validated = validateDomains(workspace, id, officer); !validated) {
        return validated;
    }
    domain::WorkflowRequest submit;
    submit.action = domain::WorkflowAction::SubmitForApproval;
    if (auto submitted = applications.perform(officer, id, submit); !submitted) {
        return std::unexpected(submitted.error());
    }
    const auto approved = ApprovalService(workspace).approve(supervisor, supervisorPassword, id);
    if (!approved) {
        return std::unexpected(approved.error());
    }
    return {};
}
} // namespace

QStringList DemoWorkspace::extractSamplePackages(const QString& targetDirectory) {
    QStringList packages;
    const QString root = QStringLiteral(":/demo/packages");
    for (const QString& name : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QDirIterator files(root + QLatin1Char('/') + name, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString source = files.next();
            const QString target = QDir(targetDirectory).filePath(source.mid(root.size() + 1));
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(source, target);
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        packages << QDir(targetDirectory).filePath(name);
    }
    return packages;
}

Result<EnrolledAccount> DemoWorkspace::addEnrolledUser(Workspace& workspace,
                                                       const std::optional<domain::User>& administrator,
                                                       const std::optional<domain::User>& confirmer,
                                                       const QString& username, const QString& displayName, Role role,
                                                       bool keyCustodian, const crypto::SecureBytes& password) {
    UserService users(workspace);
    auto added = users.add(administrator, username, displayName, role, keyCustodian);
    if (!added) {
        return std::unexpected(added.error());
    }
    QString code = added->code;
    if (added->user.awaitingConfirmation) {
        if (!confirmer) {
            return fail(
                QStringLiteral("user.no-confirmer"),
                QCoreApplication::translate("DemoWorkspace", "No second administrator to confirm %1.").arg(username));
        }
        auto confirmed = users.confirmGrant(*confirmer, username);
        if (!confirmed) {
            return std::unexpected(confirmed.error());
        }
        code += QLatin1Char(' ') + confirmed->code;
    }
    EnrolledAccount account;
    crypto::SecureBytes totpSecret =
        domain::requiresSecondFactor(role) ? AuthService::newTotpSecret() : crypto::SecureBytes();
    if (!totpSecret.isEmpty()) {
        account.totpSecretBase32 = AuthService::totpSecretText(totpSecret);
    }
    // The previous step's code (still within the window): a code is good once, and the demo's
    // people sign in with the current one right after. Should a step boundary pass while the
    // enrolment code is checked, the code is two steps old and refused without being counted:
    // once more, then, with the step of that moment.
    domain::Result<domain::User> enrolled = fail(QStringLiteral("auth.authenticator-code"), QString());
    for (int attempt = 0; attempt < 2 && !enrolled && enrolled.error().code == QLatin1String("auth.authenticator-code");
         ++attempt) {
        const QString totpCode =
            totpSecret.isEmpty() ? QString()
                                 : crypto::Totp::code(totpSecret, workspace.clock().nowUtc().toSecsSinceEpoch() - 30);
        enrolled = AuthService(workspace).enrol(username, code, password, totpSecret, totpCode);
    }
    if (!enrolled) {
        return std::unexpected(enrolled.error());
    }
    account.user = *enrolled;
    return account;
}

Result<std::unique_ptr<Workspace>> DemoWorkspace::create(const QString& directory, const domain::IClock& clock) {
    if (QFileInfo::exists(QDir(directory).filePath(QString::fromLatin1(Workspace::kDatabaseFile)))) {
        return fail(QStringLiteral("workspace.exists"),
                    QCoreApplication::translate("Workspace", "%1 already holds a workspace.").arg(directory));
    }
    if (!QFile::exists(QString::fromLatin1(CaSetupService::kSoftHsmModule))) {
        return fail(
            QStringLiteral("ca.no-softhsm"),
            QCoreApplication::translate("DemoWorkspace", "SoftHSM2 is not installed (Debian package softhsm2)."));
    }
    int custodianCount = 0;
    for (const DemoUser& demo : kDemoUsers) {
        custodianCount += demo.keyCustodian ? 1 : 0;
    }
    auto created = Workspace::create(directory, clock, WorkspacePurpose::Demo);
    if (!created) {
        return created;
    }
    Workspace& workspace = **created;
    auto shares = CaSetupService(workspace).initDemo(QStringLiteral("demo-setup"), custodianCount);
    if (!shares) {
        return std::unexpected(shares.error());
    }
    QJsonArray credentials;
    QHash<QString, domain::User> byName;
    std::optional<domain::User> administrator;
    std::optional<domain::User> confirmer;
    int shareIndex = 0;
    std::optional<crypto::SecureBytes> supervisorPassword; // the first supervisor approves the ready sample
    QString supervisorName;
    // Administrators first: the second confirms the first's grants.
    QList<DemoUser> ordered(std::begin(kDemoUsers), std::end(kDemoUsers));
    std::stable_sort(ordered.begin(), ordered.end(), [](const DemoUser& a, const DemoUser& b) {
        return a.role == Role::Administrator && b.role != Role::Administrator;
    });
    for (const DemoUser& demo : ordered) {
        QByteArray passwordBytes = crypto::randomText(12);
        const QString password = QString::fromLatin1(passwordBytes);
        QByteArray approverPassword =
            demo.role == Role::Supervisor && !supervisorPassword ? passwordBytes : QByteArray();
        const crypto::SecureBytes secret = crypto::SecureBytes::takeFrom(passwordBytes);
        if (!approverPassword.isEmpty()) {
            supervisorPassword = crypto::SecureBytes::takeFrom(approverPassword);
            supervisorName = QString::fromLatin1(demo.username);
        }
        auto added = addEnrolledUser(workspace, administrator, confirmer, QString::fromLatin1(demo.username),
                                     QString::fromUtf8(demo.displayName), demo.role, demo.keyCustodian, secret);
        if (!added) {
            return std::unexpected(added.error());
        }
        if (demo.role == Role::Administrator && !administrator) {
            administrator = added->user;
        } else if (demo.role == Role::Administrator) {
            confirmer = added->user;
        }
        byName.insert(added->user.username, added->user);
        QJsonObject entry{{QStringLiteral("user"), added->user.username},
                          {QStringLiteral("role"), domain::roleId(demo.role)},
                          {QStringLiteral("key_custodian"), demo.keyCustodian},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("totp_secret"), added->totpSecretBase32}};
        if (demo.keyCustodian) {
            entry.insert(QStringLiteral("pin_share"), QString::fromLatin1(shares->at(shareIndex++)));
        }
        credentials.append(entry);
    }

    // Sample applications: imported by officers, some moved along the workflow.
    QTemporaryDir unpacked;
    IntakeService intake(workspace);
    ApplicationService applications(workspace);
    QHash<QString, qint64> ids;
    for (const QString& package : extractSamplePackages(unpacked.path())) {
        const domain::User& officer =
            byName.value(QFileInfo(package).fileName() == QLatin1String("kansai-foods") ? QStringLiteral("suzuki")
                                                                                        : QStringLiteral("tanaka"));
        auto imported = intake.importPackage(package, officer);
        if (!imported) {
            return std::unexpected(imported.error());
        }
        ids.insert(QFileInfo(package).fileName(), imported->applicationId);
    }
    using domain::WorkflowAction;
    const struct {
        const char* package;
        const char* officer;
        WorkflowAction action;
        const char* reason;
    } moves[] = {
        {"example-shop", "tanaka", WorkflowAction::TakeForReview, ""},
        {"kansai-foods", "suzuki", WorkflowAction::TakeForReview, ""},
        {"nihon-logistics", "tanaka", WorkflowAction::ReturnToApplicant,
         "CSR subject carries OU=IT, which the profile prohibits (CP 7.1 table 7.1-1); please resubmit without OU."},
    };
    for (const auto& move : moves) {
        domain::WorkflowRequest request;
        request.action = move.action;
        request.reason = QString::fromUtf8(move.reason);
        auto moved = applications.perform(byName.value(QString::fromLatin1(move.officer)),
                                          ids.value(QString::fromLatin1(move.package)), request);
        if (!moved) {
            return std::unexpected(moved.error());
        }
    }

    // R-ORG-4: the administrator evaluates and approves the NTA's registry as a Reliable Data Source,
    // and a telephone directory for the numbers of call-backs (R-ORG-5).
    OrganizationService organizations(workspace);
    if (auto approved = organizations.approveSource(
            byName.value(QStringLiteral("admin")),
            OrganizationService::ntaRegistryEvaluation(QStringLiteral("https://api.houjin-bangou.nta.go.jp/")));
        !approved) {
        return std::unexpected(approved.error());
    }
    const auto telephone = organizations.approveSource(byName.value(QStringLiteral("admin")), telephoneDirectory());
    if (!telephone) {
        return std::unexpected(telephone.error());
    }
    if (auto ready = approveReadySample(workspace, ids.value(QStringLiteral("sample-kk")), kSampleCorporateNumber,
                                        telephone->id, byName.value(QStringLiteral("tanaka")),
                                        byName.value(supervisorName), *supervisorPassword);
        !ready) {
        return std::unexpected(ready.error());
    }

    const OwnerOnlyFiles ownerOnly; // passwords, TOTP seeds and PIN shares: never readable by others
    QFile file(QDir(directory).filePath(QString::fromLatin1(kCredentialsFile)));
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(QStringLiteral("demo.write-failed"),
                    QCoreApplication::translate("DemoWorkspace", "The demo credentials cannot be written."));
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("users"), credentials}}).toJson());
    return created;
}

domain::Status DemoWorkspace::validateEachName(Workspace& workspace, const domain::Application& application,
                                               const domain::User& officer, DnsLab& dns) {
    QStringList values;
    for (const QString& fqdn : application.fqdns) {
        // The demo's names are www.NAME and NAME: NAME is the Authorization Domain Name of both.
        const QString authorizationDomain = fqdn.startsWith(QLatin1String("www.")) ? fqdn.mid(4) : fqdn;
        const auto attempt = DcvService(workspace).start(officer, application.id, fqdn, domain::DcvMethod::DnsChange,
                                                         authorizationDomain, QStringLiteral("_ra-validation"));
        if (!attempt) {
            return std::unexpected(attempt.error());
        }
        values << QStringLiteral("\"%1\"").arg(attempt->random.value);
        if (auto published =
                dns.setRecords(QStringLiteral("_ra-validation.") + authorizationDomain, QStringLiteral("TXT"), values);
            !published) {
            return published;
        }
        const auto checked = DcvService(workspace).check(officer, attempt->id);
        if (!checked || checked->status != domain::DcvAttempt::Status::Passed) {
            return fail(QStringLiteral("demo.dcv"),
                        QCoreApplication::translate("DemoWorkspace", "The demo's validation of %1 failed.").arg(fqdn),
                        checked ? checked->observed + QLatin1Char(' ') + checked->corroboration
                                : checked.error().detail);
        }
        if (auto caa = CaaService(workspace).check(officer, application.id, fqdn); !caa) {
            return std::unexpected(caa.error());
        }
    }
    return {};
}

} // namespace ra::app
