// SPDX-License-Identifier: Apache-2.0
// The CA side of ra-cli: set-up, activation, approval, issuance, certificates, revocation, CRL, OCSP.
#include "app/ApprovalService.h"
#include "app/CaSetupService.h"
#include "app/CertificatePreviewService.h"
#include "app/IssuanceService.h"
#include "app/RevocationService.h"
#include "app/SubscriberNotifier.h"
#include "app/cli/Cli.h"
#include "app/cli/PrivateTerminal.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/Digest.h"
#include "domain/Revocation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

#include <utility>

namespace ra::app {

namespace {

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QJsonObject certificateJson(const CertificateRecord& record) {
    QJsonObject json{{QStringLiteral("serial"), record.serial},
                     {QStringLiteral("application"), record.applicationId},
                     {QStringLiteral("state"), certificateStateId(record.state)},
                     {QStringLiteral("not_before"), record.notBefore.toString(Qt::ISODate)},
                     {QStringLiteral("not_after"), record.notAfter.toString(Qt::ISODate)},
                     {QStringLiteral("tbs_sha256"), record.tbsSha256}};
    if (!record.certificate.isEmpty()) {
        json.insert(QStringLiteral("certificate_sha256"), crypto::sha256Hex(record.certificate));
        json.insert(QStringLiteral("issued_at"), record.issuedAt.toString(Qt::ISODateWithMs));
    }
    if (record.revoked()) {
        json.insert(QStringLiteral("revoked_at"), record.revokedAt.toString(Qt::ISODateWithMs));
        json.insert(QStringLiteral("revoked_by"), record.revokedBy);
        json.insert(QStringLiteral("reason_code"), record.revocationReason);
    }
    return json;
}

QStringList activeCustodians(Workspace& workspace) {
    QStringList names;
    const auto users = workspace.users().all();
    for (const domain::User& user : users ? *users : QList<domain::User>()) {
        if (user.keyCustodian && user.isActive()) {
            names << user.username;
        }
    }
    return names;
}
} // namespace

std::vector<CustodianSecrets> Cli::readShareRecipients(const QStringList& custodians, const QStringList& signedIn) {
    std::vector<CustodianSecrets> recipients;
    for (const QString& name : custodians) {
        CustodianSecrets recipient;
        recipient.username = name;
        if (!signedIn.contains(name, Qt::CaseInsensitive)) {
            recipient.password = readSecret(
                QCoreApplication::translate("ra-cli", "Key Custodian %1, to receive a PIN share: password").arg(name));
            recipient.totpCode = readLine(QCoreApplication::translate("ra-cli", "One-time code for %1").arg(name));
        }
        recipients.push_back(std::move(recipient));
    }
    return recipients;
}

bool Cli::handOutShares(PrivateTerminal& terminal, QList<PinShare>& shares, const QString& intro) {
    // R-HSM-3: never stored, never on standard output (a file or a pipe would hold them all):
    // each share on the terminal alone, for its custodian, and wiped from the screen before the next.
    const KeyboardSignalsIgnored quiet;
    const auto wipeAll = qScopeGuard([&] {
        for (PinShare& share : shares) {
            crypto::wipe(share.share);
        }
    });
    if (!terminal.show(intro + QStringLiteral("\n"))) {
        return false;
    }
    for (qsizetype i = 0; i < shares.size(); ++i) {
        PinShare& share = shares[i];
        const QString header = QCoreApplication::translate("ra-cli", "Share %1 of %2 is for %3 alone: everyone "
                                                                     "else looks away now.")
                                   .arg(i + 1)
                                   .arg(shares.size())
                                   .arg(share.custodian);
        if (!terminal.show(QStringLiteral("\n") + header + QStringLiteral("\n")) ||
            !terminal.waitForEnter(
                QCoreApplication::translate("ra-cli", "%1, press Enter to see your share.").arg(share.custodian))) {
            (void)terminal.clear();
            return false;
        }
        const bool written = terminal.show(QByteArrayView("\n    ")) && terminal.show(QByteArrayView(share.share)) &&
                             terminal.show(QByteArrayView("\n\n"));
        crypto::wipe(share.share);
        const bool acknowledged = terminal.waitForEnter(QCoreApplication::translate(
            "ra-cli", "Write it down where only you can read it, then press Enter to clear the screen."));
        // Cleared whatever happened: a share never stays on the screen.
        if (!terminal.clear() || !written || (!acknowledged && i + 1 < shares.size())) {
            return false;
        }
    }
    return true;
}

std::unique_ptr<PrivateTerminal> Cli::shareTerminal() {
    auto terminal = PrivateTerminal::open();
    if (!terminal) {
        fail({QStringLiteral("ca.no-terminal"),
              QCoreApplication::translate("ra-cli",
                                          "PIN shares are shown on a terminal only, to each custodian in turn: run "
                                          "this command at a terminal, its input not redirected. Nothing changed."),
              {}});
    }
    return terminal;
}

CustodianSecrets Cli::readCustodian(int number) {
    // DESIGN.md: for each custodian in turn, four lines: user name, password, TOTP code, PIN share.
    CustodianSecrets secrets;
    secrets.username = readLine(QCoreApplication::translate("ra-cli", "Key Custodian %1: user name").arg(number));
    secrets.password = readSecret(QCoreApplication::translate("ra-cli", "Password for %1").arg(secrets.username));
    secrets.totpCode = readLine(QCoreApplication::translate("ra-cli", "One-time code for %1").arg(secrets.username));
    secrets.pinShare = readSecret(QCoreApplication::translate("ra-cli", "PIN share of %1").arg(secrets.username));
    return secrets;
}

std::unique_ptr<crypto::SigningModule> Cli::openSigningModule(QStringList& custodians, QList<IssuanceResult>* resumed) {
    CustodianSecrets first = readCustodian(1);
    CustodianSecrets second = readCustodian(2);
    custodians = {first.username, second.username};
    auto module = CaActivationService(*m_workspace).openSigningModule(std::move(first), std::move(second));
    if (!module) {
        fail(module.error());
        return nullptr;
    }
    const auto completed = IssuanceService(*m_workspace).resumeInterrupted(**module, custodians);
    if (!completed) {
        fail(completed.error());
        closeSigningModule(**module, QStringLiteral("interrupted issuance could not be completed"));
        return nullptr;
    }
    if (resumed) {
        *resumed = *completed;
    }
    for (const IssuanceResult& done : *completed) {
        m_err << QCoreApplication::translate("ra-cli",
                                             "Completed the interrupted issuance of certificate %1 (application %2).")
                     .arg(done.serial)
                     .arg(done.applicationId)
              << Qt::endl;
    }
    return std::move(*module);
}

void Cli::closeSigningModule(crypto::SigningModule& module, const QString& command) {
    CaActivationService(*m_workspace).deactivate(module, QStringLiteral("end of %1 command").arg(command));
}

int Cli::ca(const QStringList& args) {
    const QString sub = args.value(1);
    if (args.size() != 2 || !QStringList{QStringLiteral("activate"), QStringLiteral("init"), QStringLiteral("chain"),
                                         QStringLiteral("split-pin")}
                                 .contains(sub)) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli ca init --demo|--chain FILE --ocsp-cert FILE | ca activate | ca chain | "
                      "ca split-pin [--custodians A,B,C]"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    if (sub == QLatin1String("chain")) {
        const auto pem = CaSetupService(*m_workspace).chainPem();
        if (!pem) {
            return fail(pem.error());
        }
        print(QJsonObject{{QStringLiteral("chain_pem"), *pem}}, pem->trimmed());
        return Ok;
    }
    if (sub == QLatin1String("init")) {
        const bool registering = m_parser.isSet(m_chainOption) && m_parser.isSet(m_ocspCertOption);
        if (m_parser.isSet(m_demoOption) == registering) {
            return usage(QCoreApplication::translate(
                "ra-cli", "Usage: ra-cli ca init --demo --as ADMIN (a demo CA in a new SoftHSM2 token), or ra-cli ca "
                          "init --chain FILE --ocsp-cert FILE --as ADMIN (register a CA whose keys are in the HSM "
                          "named by the settings hsm/module and hsm/token_label)."));
        }
        const auto actor = authenticate(true);
        if (!actor) {
            return Failure;
        }
        if (!actor->can(domain::Permission::ManageUsers)) {
            return fail({QStringLiteral("ca.not-allowed"),
                         QCoreApplication::translate("ra-cli", "Only an administrator may set up the CA."),
                         {}});
        }
        if (registering) {
            QFile chain(m_parser.value(m_chainOption));
            QFile responder(m_parser.value(m_ocspCertOption));
            if (!chain.open(QIODevice::ReadOnly) || !responder.open(QIODevice::ReadOnly)) {
                return fail({QStringLiteral("cli.unreadable"),
                             QCoreApplication::translate("ra-cli", "The certificate files cannot be read."),
                             {}});
            }
            if (auto registered =
                    CaSetupService(*m_workspace).registerCa(actor->username, chain.readAll(), responder.readAll());
                !registered) {
                return fail(registered.error());
            }
            print(QJsonObject{{QStringLiteral("registered"), true}},
                  QCoreApplication::translate("ra-cli", "The CA is registered; its keys stay in the HSM."));
            return Ok;
        }
        const QStringList custodians = activeCustodians(*m_workspace);
        if (custodians.size() < 2) {
            return fail(
                {QStringLiteral("ca.two-custodians"),
                 QCoreApplication::translate("ra-cli", "Add at least two Key Custodians before setting up the CA."),
                 {}});
        }
        const auto terminal = shareTerminal();
        if (!terminal) {
            return Failure;
        }
        std::vector<CustodianSecrets> recipients = readShareRecipients(custodians, {});
        if (auto verified = CaActivationService(*m_workspace).verifyShareRecipients(recipients, {}, {actor->username});
            !verified) {
            return fail(verified.error());
        }
        auto shares = CaSetupService(*m_workspace).initDemo(actor->username, int(custodians.size()));
        if (!shares) {
            return fail(shares.error());
        }
        QList<PinShare> handed;
        for (qsizetype i = 0; i < custodians.size() && i < shares->size(); ++i) {
            handed.append({custodians.at(i), std::exchange((*shares)[i], QByteArray())});
        }
        const bool shown =
            handOutShares(*terminal, handed,
                          QCoreApplication::translate(
                              "ra-cli", "Demo CA created. Each Key Custodian now sees their PIN share, alone."));
        if (!shown) {
            return fail({QStringLiteral("ca.handout-incomplete"),
                         QCoreApplication::translate("ra-cli", "Not every share was shown: this demo CA cannot be "
                                                               "activated; make a new demo workspace."),
                         {}});
        }
        print(QJsonObject{{QStringLiteral("shares_shown_to"), QJsonArray::fromStringList(custodians)},
                          {QStringLiteral("threshold"), 2}},
              QCoreApplication::translate("ra-cli", "Each custodian was shown their own share: %1.")
                  .arg(custodians.join(QStringLiteral(", "))));
        return Ok;
    }
    if (sub == QLatin1String("split-pin")) {
        QStringList custodians = m_parser.value(m_custodiansOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (custodians.isEmpty()) {
            custodians = activeCustodians(*m_workspace);
        }
        const auto terminal = shareTerminal();
        if (!terminal) {
            return Failure;
        }
        CustodianSecrets first = readCustodian(1);
        CustodianSecrets second = readCustodian(2);
        std::vector<CustodianSecrets> recipients = readShareRecipients(custodians, {first.username, second.username});
        auto rotation = CaActivationService(*m_workspace)
                            .beginPinRotation(std::move(first), std::move(second), std::move(recipients));
        if (!rotation) {
            return fail(rotation.error());
        }
        // The token's PIN changes only once every share was shown: an interrupted hand-out
        // leaves the old PIN and the old shares working.
        if (!handOutShares(*terminal, (*rotation)->shares(),
                           QCoreApplication::translate("ra-cli", "A new PIN is ready; each custodian now sees their "
                                                                 "new share, alone. The token takes it at the end."))) {
            (*rotation)->abandon(QStringLiteral("the hand-out of the shares did not finish"));
            return fail({QStringLiteral("ca.handout-incomplete"),
                         QCoreApplication::translate("ra-cli", "Not every share was shown: the token keeps its old "
                                                               "PIN and the old shares still work."),
                         {}});
        }
        if (auto committed = (*rotation)->commit(); !committed) {
            return fail(committed.error());
        }
        const QStringList holders = (*rotation)->holders();
        print(QJsonObject{{QStringLiteral("shares_shown_to"), QJsonArray::fromStringList(holders)},
                          {QStringLiteral("threshold"), 2}},
              QCoreApplication::translate("ra-cli", "The token has a new PIN; the old shares no longer work. Each "
                                                    "custodian was shown their own share: %1.")
                  .arg(holders.join(QStringLiteral(", "))));
        return Ok;
    }
    QStringList custodians;
    auto module = openSigningModule(custodians);
    if (!module) {
        return Failure;
    }
    // Prove the activation reached the key: sign and verify a fresh challenge, then log out again.
    const QString keyLabel = module->identity().caKeyLabel;
    const QByteArray challenge = QByteArrayLiteral("ra-workstation activation check ") +
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    const auto signature = module->token().signSha256(keyLabel, challenge);
    const auto verified = signature ? module->token().verifySha256(keyLabel, challenge, *signature)
                                    : domain::Result<bool>(std::unexpected(signature.error()));
    closeSigningModule(*module, QStringLiteral("ca activate"));
    if (!verified) {
        return fail(verified.error());
    }
    if (!*verified) {
        return fail({QStringLiteral("hsm.verify"),
                     QCoreApplication::translate("ra-cli", "The test signature does not verify."),
                     {}});
    }
    print(QJsonObject{{QStringLiteral("activated"), true}, {QStringLiteral("test_signature_verified"), true}},
          QCoreApplication::translate(
              "ra-cli", "The CA key was activated, signed a test challenge that verifies, and was deactivated again."));
    return Ok;
}

int Cli::showApprovalContent(const domain::User& supervisor, qint64 id) {
    const auto candidate = ApprovalService(*m_workspace).contentToApprove(supervisor, id);
    if (!candidate) {
        return fail(candidate.error());
    }
    const CertificatePreviewReport report = CertificatePreviewService::describe(candidate->candidate);
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("approved"), false},
                     {QStringLiteral("subject"), report.subject},
                     {QStringLiteral("serial"), candidate->serial},
                     {QStringLiteral("not_before"), candidate->notBefore.toString(Qt::ISODate)},
                     {QStringLiteral("not_after"), candidate->notAfter.toString(Qt::ISODate)},
                     {QStringLiteral("extensions"), QJsonArray::fromStringList(report.extensions)},
                     {QStringLiteral("lint_errors"), report.errors},
                     {QStringLiteral("tbs_sha256"), candidate->tbsSha256}};
    QString text = QCoreApplication::translate("ra-cli", "The certificate application %1 would get:").arg(id);
    text += QStringLiteral("\n  subject      %1\n  serial       %2\n  validity     %3 to %4")
                .arg(report.subject, candidate->serial, candidate->notBefore.toString(Qt::ISODate),
                     candidate->notAfter.toString(Qt::ISODate));
    for (const QString& extension : report.extensions) {
        text += QStringLiteral("\n  extension    ") + extension;
    }
    text += QStringLiteral("\n  lint errors  %1\n  tbs SHA-256  %2\n").arg(report.errors).arg(candidate->tbsSha256);
    text +=
        QCoreApplication::translate("ra-cli", "Nothing was approved. To approve exactly this content: ra-cli --as %1 "
                                              "approve %2 --digest %3")
            .arg(supervisor.username)
            .arg(id)
            .arg(candidate->tbsSha256);
    print(json, text);
    return Failure; // not an approval: a script must not read this as one
}

int Cli::approve(const QStringList& args) {
    bool idOk = false;
    const qint64 id = args.value(1).toLongLong(&idOk);
    if (args.size() != 2 || !idOk) {
        return usage(
            QCoreApplication::translate("ra-cli", "Usage: ra-cli approve ID --as SUPERVISOR [--digest SHA256]"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    crypto::SecureBytes password;
    const auto actor = authenticate(true, &password);
    if (!actor) {
        return Failure;
    }
    static const QRegularExpression digestPattern(QStringLiteral("^[0-9a-f]{64}$"));
    if (m_parser.isSet(m_digestOption) && !digestPattern.match(m_parser.value(m_digestOption)).hasMatch()) {
        return usage(QCoreApplication::translate(
            "ra-cli",
            "--digest takes the 64 lower-case hex digits `approve ID` showed as the tbsCertificate SHA-256."));
    }
    if (!m_parser.isSet(m_digestOption)) {
        // Issue 12 item 11: an approval covers content its approver saw. Without --digest the
        // command shows that content and approves nothing.
        return showApprovalContent(*actor, id);
    }
    const auto outcome = ApprovalService(*m_workspace).approve(*actor, password, id, m_parser.value(m_digestOption));
    if (!outcome) {
        return fail(outcome.error());
    }
    print(QJsonObject{{QStringLiteral("id"), id},
                      {QStringLiteral("state"), domain::stateId(outcome->state)},
                      {QStringLiteral("serial"), outcome->serial},
                      {QStringLiteral("tbs_sha256"), outcome->tbsSha256},
                      {QStringLiteral("approvals"), outcome->approvals},
                      {QStringLiteral("required"), outcome->required}},
          QCoreApplication::translate(
              "ra-cli",
              "Approved the certificate content %1 (serial %2); application %3 has %4 of %5 approvals and is now %6.")
              .arg(outcome->tbsSha256.left(16), outcome->serial)
              .arg(id)
              .arg(outcome->approvals)
              .arg(outcome->required)
              .arg(domain::stateDisplayName(outcome->state)));
    return Ok;
}

int Cli::issue(const QStringList& args) {
    bool idOk = false;
    const qint64 id = args.value(1).toLongLong(&idOk);
    if (args.size() != 2 || !idOk) {
        return usage(QCoreApplication::translate("ra-cli",
                                                 "Usage: ra-cli issue ID [--out FILE]  (two Key Custodians on stdin)"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    QStringList custodians;
    QList<IssuanceResult> resumed;
    auto module = openSigningModule(custodians, &resumed);
    if (!module) {
        return Failure;
    }
    // The application's own interrupted issuance may just have been completed by the session.
    const auto completedNow = std::find_if(resumed.cbegin(), resumed.cend(),
                                           [id](const IssuanceResult& done) { return done.applicationId == id; });
    const auto issued = completedNow != resumed.cend() ? domain::Result<IssuanceResult>(*completedNow)
                                                       : IssuanceService(*m_workspace).issue(*module, custodians, id);
    closeSigningModule(*module, QStringLiteral("issue"));
    if (!issued) {
        return fail(issued.error());
    }
    const QString pem = CaSetupService::toPem(issued->certificateDer, "CERTIFICATE");
    if (m_parser.isSet(m_outOption) && !writeFile(m_parser.value(m_outOption), pem.toLatin1())) {
        return fail({QStringLiteral("cli.write-failed"),
                     QCoreApplication::translate("ra-cli", "%1 cannot be written.").arg(m_parser.value(m_outOption)),
                     {}});
    }
    print(
        QJsonObject{{QStringLiteral("serial"), issued->serial},
                    {QStringLiteral("application"), id},
                    {QStringLiteral("certificate_pem"), pem},
                    {QStringLiteral("precertificate"), !issued->precertificateDer.isEmpty()},
                    {QStringLiteral("lint_errors"), issued->lintErrors},
                    {QStringLiteral("resumed"), issued->resumed}},
        QCoreApplication::translate("ra-cli", "Certificate %1 issued for application %2.").arg(issued->serial).arg(id));
    return issued->lintErrors > 0 ? ProblemsFound : Ok;
}

int Cli::certificate(const QStringList& args) {
    const QString sub = args.value(1);
    const bool notify = sub == QLatin1String("notify") && args.size() == 3;
    if (!(sub == QLatin1String("list") && args.size() == 2) && !(sub == QLatin1String("show") && args.size() == 3) &&
        !notify) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli cert list | cert show SERIAL [--pem] | cert notify SERIAL --as USER"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    if (!notify && !reader(domain::Permission::ViewApplications, QStringLiteral("cert ") + sub)) {
        return Failure;
    }
    if (sub == QLatin1String("list")) {
        QJsonArray json;
        QString text;
        const domain::Status listed = m_workspace->certificates().forEachIssued([&](const CertificateRecord& record) {
            json.append(certificateJson(record));
            text += QStringLiteral("%1  app %2  until %3%4\n")
                        .arg(record.serial)
                        .arg(record.applicationId)
                        .arg(record.notAfter.toString(Qt::ISODate),
                             record.revoked() ? QStringLiteral("  ") + QCoreApplication::translate("ra-cli", "revoked")
                                              : QString());
            return true;
        });
        if (!listed) {
            return fail(listed.error());
        }
        print(json, text.trimmed());
        return Ok;
    }
    const auto record = m_workspace->certificates().bySerial(args.at(2));
    if (!record) {
        return fail(record.error());
    }
    if (!record->has_value()) {
        return fail({QStringLiteral("certificate.unknown"),
                     QCoreApplication::translate("ra-cli", "No certificate has serial %1.").arg(args.at(2)),
                     {}});
    }
    if (notify) {
        // R-ISS-5: send the subscriber's email again (after a relay failure, for example).
        const auto actor = authenticate(true);
        if (!actor) {
            return Failure;
        }
        if (!actor->can(domain::Permission::ReviewApplication) && !actor->can(domain::Permission::ApproveApplication)) {
            return fail({QStringLiteral("role.not-allowed"),
                         QCoreApplication::translate("ra-cli", "Only officers and supervisors notify subscribers."),
                         {}});
        }
        if (auto sent = SubscriberNotifier(*m_workspace).notify(**record, actor->username); !sent) {
            return fail(sent.error());
        }
        print(QJsonObject{{QStringLiteral("serial"), (*record)->serial}, {QStringLiteral("notified"), true}},
              QCoreApplication::translate("ra-cli", "The subscriber of %1 was notified.").arg((*record)->serial));
        return Ok;
    }
    QJsonObject json = certificateJson(**record);
    const QString pem =
        (*record)->certificate.isEmpty() ? QString() : CaSetupService::toPem((*record)->certificate, "CERTIFICATE");
    json.insert(QStringLiteral("certificate_pem"), pem);
    if (!(*record)->precertificate.isEmpty()) {
        json.insert(QStringLiteral("precertificate_pem"),
                    CaSetupService::toPem((*record)->precertificate, "CERTIFICATE"));
    }
    if (m_parser.isSet(m_pemOption)) {
        if (pem.isEmpty()) {
            return fail({QStringLiteral("certificate.not-issued"),
                         QCoreApplication::translate("ra-cli", "Certificate %1 has not been issued.").arg(args.at(2)),
                         {}});
        }
        m_out << pem;
        return Ok;
    }
    print(json, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    return Ok;
}

int Cli::revoke(const QStringList& args) {
    if (args.size() != 2 || !m_parser.isSet(m_reasonOption)) {
        return usage(QCoreApplication::translate("ra-cli", "Usage: ra-cli revoke SERIAL --reason %1 --as SUPERVISOR")
                         .arg(domain::revocationReasonIds().join(QLatin1Char('|'))));
    }
    if (!domain::revocationReasonFromId(m_parser.value(m_reasonOption))) {
        // Refused before anyone spends a one-time code on it; the service refuses it too.
        return usage(
            QCoreApplication::translate("ra-cli", "\"%1\" is not a revocation reason of this CA; use one of: "
                                                  "%2 (CP 7.2.2; certificateHold is never used).")
                .arg(m_parser.value(m_reasonOption), domain::revocationReasonIds().join(QStringLiteral(", "))));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    const auto actor = authenticate(true);
    if (!actor) {
        return Failure;
    }
    const auto revoked = RevocationService(*m_workspace).revoke(*actor, args.at(1), m_parser.value(m_reasonOption));
    if (!revoked) {
        return fail(revoked.error());
    }
    print(certificateJson(*revoked),
          QCoreApplication::translate("ra-cli", "Certificate %1 is revoked; the next CRL and OCSP responses say so.")
              .arg(revoked->serial));
    return Ok;
}

int Cli::crl(const QStringList& args) {
    if (args.size() != 2 || args.at(1) != QLatin1String("generate") || !m_parser.isSet(m_outOption)) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli crl generate --out FILE  (two Key Custodians on stdin)"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    QStringList custodians;
    auto module = openSigningModule(custodians);
    if (!module) {
        return Failure;
    }
    const auto generated = RevocationService(*m_workspace).generateCrl(*module, custodians);
    closeSigningModule(*module, QStringLiteral("crl generate"));
    if (!generated) {
        return fail(generated.error());
    }
    if (!writeFile(m_parser.value(m_outOption), generated->der)) {
        return fail({QStringLiteral("cli.write-failed"),
                     QCoreApplication::translate("ra-cli", "%1 cannot be written.").arg(m_parser.value(m_outOption)),
                     {}});
    }
    print(QJsonObject{{QStringLiteral("number"), QString::number(generated->number)},
                      {QStringLiteral("entries"), generated->entries},
                      {QStringLiteral("this_update"), generated->thisUpdate.toString(Qt::ISODate)},
                      {QStringLiteral("next_update"), generated->nextUpdate.toString(Qt::ISODate)},
                      {QStringLiteral("file"), m_parser.value(m_outOption)}},
          QCoreApplication::translate("ra-cli", "CRL number %1 with %2 entries, valid until %3, written to %4 (DER).")
              .arg(generated->number)
              .arg(generated->entries)
              .arg(generated->nextUpdate.toString(Qt::ISODate), m_parser.value(m_outOption)));
    return Ok;
}

int Cli::ocsp(const QStringList& args) {
    if (args.size() != 2 || args.at(1) != QLatin1String("sign") || !m_parser.isSet(m_outOption)) {
        return usage(QCoreApplication::translate(
            "ra-cli", "Usage: ra-cli ocsp sign --out DIR [--serial HEX ...]  (two Key Custodians on stdin)"));
    }
    if (!openWorkspace()) {
        return Failure;
    }
    const QDir directory(m_parser.value(m_outOption));
    if (!QDir().mkpath(directory.absolutePath())) {
        return fail({QStringLiteral("cli.write-failed"),
                     QCoreApplication::translate("ra-cli", "%1 cannot be created.").arg(directory.path()),
                     {}});
    }
    QStringList custodians;
    auto module = openSigningModule(custodians);
    if (!module) {
        return Failure;
    }
    const auto responses =
        RevocationService(*m_workspace).signOcspResponses(*module, custodians, m_parser.values(m_serialOption));
    closeSigningModule(*module, QStringLiteral("ocsp sign"));
    if (!responses) {
        return fail(responses.error());
    }
    QJsonArray json;
    for (const OcspResult& response : *responses) {
        const QString path = directory.filePath(response.serial + QStringLiteral(".der"));
        if (!writeFile(path, response.der)) {
            return fail({QStringLiteral("cli.write-failed"),
                         QCoreApplication::translate("ra-cli", "%1 cannot be written.").arg(path),
                         {}});
        }
        json.append(QJsonObject{{QStringLiteral("serial"), response.serial},
                                {QStringLiteral("status"), response.status},
                                {QStringLiteral("file"), path}});
    }
    print(json, QCoreApplication::translate("ra-cli", "%1 OCSP response(s) written to %2.")
                    .arg(responses->size())
                    .arg(directory.path()));
    return Ok;
}

} // namespace ra::app
