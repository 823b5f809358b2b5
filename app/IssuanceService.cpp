// SPDX-License-Identifier: Apache-2.0
#include "app/IssuanceService.h"

#include "app/ApproverKeyCertifier.h"
#include "app/CaActivationService.h"
#include "app/CaaService.h"
#include "app/DcvService.h"
#include "app/FaultInjection.h"
#include "app/SubscriberNotifier.h"
#include "app/Workspace.h"
#include "crypto/Digest.h"
#include "crypto/lint/Linter.h"
#include "domain/AuditEntry.h"
#include "domain/CertificateProfile.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ra::app {

using domain::fail;
using State = CertificateRecord::State;
namespace event = domain::audit_event;

domain::Status IssuanceService::recordsSealed(qint64 applicationId, const QString& table, qint64 row) {
    // Issue 12 item 11: issuance rests only on evidence as the application wrote it. A DCV, CAA or
    // organization evidence row of the application inserted, changed or deleted outside it
    // (triggers dropped or not), a reused validation changed since its seal, or a schema not as
    // the migrations made it (a planted trigger rewrites rows before they are sealed): nothing is
    // signed.
    QString badTable = table;
    qint64 badRow = row;
    QString finding;
    if (table.isEmpty()) {
        // The evidence the authorization is built from (approvals carry signatures the module
        // verifies itself; the checklist does not reach the module).
        const auto check = m_workspace.seals().checkApplication(
            applicationId,
            {QStringLiteral("dcv_attempts"), QStringLiteral("caa_checks"), QStringLiteral("organization_evidence")});
        if (!check) {
            return std::unexpected(check.error());
        }
        using Finding = record_seals::Check::Finding;
        if (check->finding == Finding::None) {
            return {};
        }
        badTable = check->table;
        badRow = check->row;
        finding = check->finding == Finding::SchemaChanged ? QStringLiteral("schema") : QStringLiteral("record");
    } else {
        const auto holds = m_workspace.seals().holds(table, row);
        if (!holds) {
            return std::unexpected(holds.error());
        }
        if (*holds) {
            return {};
        }
        finding = QStringLiteral("record");
    }
    (void)m_workspace.record(QStringLiteral("system"), domain::audit_event::ActionRefused,
                             {{QStringLiteral("action"), QStringLiteral("issue")},
                              {QStringLiteral("code"), QStringLiteral("issue.evidence-unsealed")},
                              {QStringLiteral("finding"), finding},
                              {QStringLiteral("table"), badTable},
                              {QStringLiteral("row"), badRow}},
                             applicationId);
    if (finding == QLatin1String("schema")) {
        return domain::fail(QStringLiteral("issue.evidence-unsealed"),
                            QCoreApplication::translate("IssuanceService",
                                                        "The database's schema is not the one the application made "
                                                        "(a trigger, view or table changed outside it): no evidence "
                                                        "in it can be trusted. Nothing was signed."));
    }
    return domain::fail(QStringLiteral("issue.evidence-unsealed"),
                        QCoreApplication::translate("IssuanceService",
                                                    "Record %1 of %2, which this issuance rests on, is not what the "
                                                    "audit log sealed: it was written, changed or deleted outside the "
                                                    "application. Nothing was signed.")
                            .arg(badRow)
                            .arg(badTable));
}

domain::Result<crypto::IssuanceAuthorization>
IssuanceService::authorizationFor(const domain::Application& application) {
    // Issue 12 item 7: the approvals required as recorded now (an administrator may have raised
    // them at another desk), and nothing at all when the record of settings does not verify.
    const auto settings = m_workspace.freshSettings();
    if (!settings) {
        (void)m_workspace.record(QStringLiteral("system"), domain::audit_event::ActionRefused,
                                 {{QStringLiteral("action"), QStringLiteral("issue")},
                                  {QStringLiteral("code"), QStringLiteral("issue.settings-altered")}},
                                 application.id);
        return domain::fail(QStringLiteral("issue.settings-altered"),
                            QCoreApplication::translate("IssuanceService",
                                                        "The security settings recorded in the audit log do not "
                                                        "verify: %1 Nothing was signed.")
                                .arg(settings.error().userMessage));
    }
    if (auto sealed = recordsSealed(application.id); !sealed) {
        return std::unexpected(sealed.error());
    }
    crypto::IssuanceAuthorization authorization;
    authorization.validatorId = application.validatorId;
    authorization.requiredApprovals = settings->requiredApprovals;
    for (const domain::Approval& approval : application.approvals) {
        const auto approver = m_workspace.users().byId(approval.approverId);
        const auto credentials = m_workspace.users().credentials(approval.approverId);
        if (!approver || !credentials) {
            return std::unexpected(!approver ? approver.error() : credentials.error());
        }
        authorization.approvals.append({application.id, approval.approverId, approver->username, approval.approvedAt,
                                        approval.signature, credentials->approvalPublicKey,
                                        credentials->approvalKeyCertification, credentials->approvalKeyCertifiedAt});
    }
    // R-CAA-3: the latest CAA check of each name, when it allows and was corroborated.
    const auto caaChecks = m_workspace.validationEvidence().caaChecks(application.id);
    if (!caaChecks) {
        return std::unexpected(caaChecks.error());
    }
    for (const CaaEvidence& check : latestCaaChecks(*caaChecks)) {
        if (check.verdict == domain::CaaVerdict::Allow && check.corroborated) {
            authorization.caaValidUntil.insert(check.fqdn, check.validUntil);
        }
    }
    // R-DOC-2: the validation each name relies on, its own or reused under the rules.
    const auto validations = DcvService(m_workspace).validationsInUse(application.id);
    if (!validations) {
        return std::unexpected(validations.error());
    }
    for (auto validation = validations->cbegin(); validation != validations->cend(); ++validation) {
        if (validation->attempt.applicationId != application.id) {
            if (auto sealed = recordsSealed(application.id, QStringLiteral("dcv_attempts"), validation->attempt.id);
                !sealed) {
                return std::unexpected(sealed.error());
            }
        }
        authorization.dcvValidatedAt.insert(validation.key(), validation->attempt.checkedAt);
    }
    return authorization;
}

domain::Status IssuanceService::ensureCaaCurrent(const domain::Application& application,
                                                 const QStringList& custodians) {
    // Minutes of margin, so a check does not go stale between here and the signature.
    constexpr qint64 kMarginSeconds = 600;
    const auto caaChecks = m_workspace.validationEvidence().caaChecks(application.id);
    if (!caaChecks) {
        return std::unexpected(caaChecks.error());
    }
    const QHash<QString, CaaEvidence> latest = latestCaaChecks(*caaChecks);
    const QDateTime soon = m_workspace.clock().nowUtc().addSecs(kMarginSeconds);
    CaaService caa(m_workspace);
    for (const QString& fqdn : application.fqdns) {
        if (const auto check = latest.constFind(fqdn); check != latest.cend() && check->permitsIssuanceAt(soon)) {
            continue;
        }
        const auto checked = caa.recheckForIssuance(ceremonyActor(custodians), application.id, fqdn);
        if (!checked) {
            return std::unexpected(checked.error());
        }
        if (!checked->permitsIssuanceAt(checked->checkedAt)) {
            return fail(QStringLiteral("issue.caa"),
                        QCoreApplication::translate("IssuanceService",
                                                    "CAA checked again for %1 at issuance: %2 %3 Nothing was signed "
                                                    "(R-CAA-3).")
                            .arg(fqdn, checked->reason, checked->corroboration));
        }
    }
    return {};
}

domain::Error IssuanceService::failed(const CertificateRecord& record, const QStringList& custodians,
                                      const domain::Error& error) {
    const QJsonObject details{{QStringLiteral("serial"), record.serial},
                              {QStringLiteral("code"), error.code},
                              {QStringLiteral("detail"), error.detail},
                              {QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)}};
    (void)m_workspace.record(ceremonyActor(custodians), event::IssuanceFailed, details, record.applicationId);
    if (error.code == QLatin1String("hsm.lost")) {
        (void)m_workspace.record(ceremonyActor(custodians), event::HsmLost, details, record.applicationId);
    }
    return error;
}

domain::Error IssuanceService::abandon(const CertificateRecord& record, const QStringList& custodians,
                                       const domain::Error& error) {
    const domain::Error reported = failed(record, custodians, error);
    // An HSM failure is retried by the next session. A refusal of the content (the approvals or
    // the clock changed since the serial was reserved) can never succeed: nothing signed ever
    // left the process and no precertificate exists, so the serial is retired.
    if (!error.code.startsWith(QLatin1String("hsm.")) && record.precertificate.isEmpty()) {
        (void)voidRecord(record, error.code);
    }
    return reported;
}

domain::Status IssuanceService::voidRecord(CertificateRecord record, const QString& reason) {
    record.state = State::Void;
    return m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.certificates().update(record); !saved) {
            return saved;
        }
        // The application needs approving again, over new content.
        auto application = m_workspace.applications().byId(record.applicationId);
        if (application && application->state == domain::ApplicationState::Approved) {
            application->approvals.clear();
            application->state = domain::ApplicationState::ReadyForApproval;
            if (auto saved = m_workspace.applications().save(*application); !saved) {
                return saved;
            }
        }
        return m_workspace.audit().appendEvent(QStringLiteral("system"), event::IssuanceVoided,
                                               {{QStringLiteral("serial"), record.serial},
                                                {QStringLiteral("reason"), reason},
                                                {QStringLiteral("precertificate"), !record.precertificate.isEmpty()}},
                                               record.applicationId);
    });
}

domain::Result<IssuanceResult> IssuanceService::issue(crypto::SigningModule& module, const QStringList& custodians,
                                                      qint64 applicationId) {
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    const auto current = m_workspace.certificates().currentFor(applicationId);
    if (!current) {
        return std::unexpected(current.error());
    }
    if (current->has_value() && (*current)->state == State::Issued) {
        return fail(
            QStringLiteral("issue.already-issued"),
            QCoreApplication::translate("IssuanceService", "Application %1 has its certificate already (serial %2).")
                .arg(applicationId)
                .arg((*current)->serial));
    }
    if (current->has_value() && (*current)->state == State::Issuing) {
        return completeInterrupted(module, custodians, **current);
    }
    if (application->state != domain::ApplicationState::Approved || !current->has_value()) {
        return fail(
            QStringLiteral("issue.not-approved"),
            QCoreApplication::translate("IssuanceService", "Application %1 is not approved for issuance (it is %2).")
                .arg(applicationId)
                .arg(domain::stateDisplayName(application->state)));
    }
    CertificateRecord record = **current;
    for (const domain::Approval& approval : application->approvals) {
        if (approval.contentDigest != record.tbsSha256) {
            return fail(
                QStringLiteral("issue.approvals-mismatch"),
                QCoreApplication::translate("IssuanceService",
                                            "The approvals do not cover the certificate content on record (R-APR-2)."));
        }
    }
    if (auto caa = ensureCaaCurrent(*application, custodians); !caa) {
        return std::unexpected(failed(record, custodians, caa.error()));
    }
    if (auto certified = ApproverKeyCertifier(m_workspace).certifyPending(module, custodians); !certified) {
        return std::unexpected(failed(record, custodians, certified.error()));
    }
    // The module's own checks first: a refusal must not leave a reserved serial behind.
    const auto authorized = authorizationFor(*application);
    if (!authorized) {
        return std::unexpected(authorized.error());
    }
    if (auto allowed = module.checkCertificate(record.candidate, *authorized, m_workspace.clock().nowUtc()); !allowed) {
        return std::unexpected(failed(record, custodians, allowed.error()));
    }
    // Reserve: from here on the serial is taken and a signature may exist.
    record.state = State::Issuing;
    record.issuingAt = m_workspace.clock().nowUtc();
    const domain::Status reserved = m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.certificates().update(record); !saved) {
            return saved;
        }
        return m_workspace.audit().appendEvent(ceremonyActor(custodians), event::IssuanceStarted,
                                               {{QStringLiteral("serial"), record.serial},
                                                {QStringLiteral("tbs_sha256"), record.tbsSha256},
                                                {QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)}},
                                               applicationId);
    });
    if (!reserved) {
        return std::unexpected(reserved.error());
    }
    faultPoint("issue.reserved");
    return complete(module, custodians, record, *authorized);
}

domain::Result<IssuanceResult> IssuanceService::completeInterrupted(crypto::SigningModule& module,
                                                                    const QStringList& custodians,
                                                                    const CertificateRecord& record) {
    const auto application = m_workspace.applications().byId(record.applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    if (auto caa = ensureCaaCurrent(*application, custodians); !caa) {
        return std::unexpected(failed(record, custodians, caa.error()));
    }
    if (auto certified = ApproverKeyCertifier(m_workspace).certifyPending(module, custodians); !certified) {
        return std::unexpected(failed(record, custodians, certified.error()));
    }
    const auto authorized = authorizationFor(*application);
    if (!authorized) {
        return std::unexpected(authorized.error());
    }
    auto done = complete(module, custodians, record, *authorized);
    if (done) {
        done->resumed = true;
    }
    return done;
}

domain::Result<IssuanceResult> IssuanceService::complete(crypto::SigningModule& module, const QStringList& custodians,
                                                         CertificateRecord record,
                                                         const crypto::IssuanceAuthorization& authorized) {
    IssuanceResult result;
    result.serial = record.serial;
    result.applicationId = record.applicationId;
    const QDateTime now = m_workspace.clock().nowUtc();

    // R-ISS-4: the precertificate first (for CT logging), kept with the record.
    if (m_workspace.settings().precertificates && record.precertificate.isEmpty()) {
        const auto precertificate = module.signCertificate(record.candidate, authorized, now, true);
        if (!precertificate) {
            return std::unexpected(abandon(record, custodians, precertificate.error()));
        }
        record.precertificate = *precertificate;
        const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
            if (auto saved = m_workspace.certificates().update(record); !saved) {
                return saved;
            }
            return m_workspace.audit().appendEvent(
                ceremonyActor(custodians), event::PrecertificateSigned,
                {{QStringLiteral("serial"), record.serial},
                 {QStringLiteral("precertificate_sha256"), crypto::sha256Hex(record.precertificate)}},
                record.applicationId);
        });
        if (!stored) {
            return std::unexpected(stored.error());
        }
        faultPoint("issue.precertificate-stored");
    }

    const auto certificate = module.signCertificate(record.candidate, authorized, now);
    if (!certificate) {
        return std::unexpected(abandon(record, custodians, certificate.error()));
    }
    faultPoint("issue.signed");
    // R-ISS-2: the issued certificate is linted again; the result goes into the record's audit entry.
    const auto lint = crypto::lint::Linter::run(*certificate);
    int lintErrors = 0;
    if (lint) {
        for (const auto& finding : *lint) {
            lintErrors += finding.status == crypto::lint::Status::Error ? 1 : 0;
        }
    }
    record.state = State::Issued;
    record.certificate = *certificate;
    record.issuedAt = now;
    const domain::Status stored = m_workspace.database().transaction([&]() -> domain::Status {
        if (auto saved = m_workspace.certificates().update(record); !saved) {
            return saved;
        }
        QJsonObject details{{QStringLiteral("serial"), record.serial},
                            {QStringLiteral("certificate_sha256"), crypto::sha256Hex(record.certificate)},
                            {QStringLiteral("lint_errors"), lintErrors},
                            {QStringLiteral("precertificate"), !record.precertificate.isEmpty()},
                            {QStringLiteral("custodians"), QJsonArray::fromStringList(custodians)}};
        // The certificate exists whatever the application's state: it is recorded in any case.
        domain::User signingModule;
        signingModule.username = QStringLiteral("signing-module");
        domain::WorkflowRequest request;
        request.action = domain::WorkflowAction::MarkIssued;
        request.at = now;
        request.requiredApprovals = m_workspace.settings().requiredApprovals;
        auto application = m_workspace.applications().byId(record.applicationId);
        if (!application) {
            return std::unexpected(application.error());
        }
        if (const auto moved = domain::Workflow::apply(*application, signingModule, request); moved) {
            if (auto saved = m_workspace.applications().save(*application); !saved) {
                return saved;
            }
        } else {
            details.insert(QStringLiteral("application_not_marked"), moved.error().code);
        }
        return m_workspace.audit().appendEvent(ceremonyActor(custodians), event::CertificateIssued, details,
                                               record.applicationId);
    });
    if (!stored) {
        return std::unexpected(stored.error());
    }
    faultPoint("issue.stored");
    // R-ISS-5: the subscriber is told; a failure is audited and never undoes the issuance.
    result.notified = SubscriberNotifier(m_workspace).notify(record, ceremonyActor(custodians)).has_value();
    result.certificateDer = record.certificate;
    result.precertificateDer = record.precertificate;
    result.lintErrors = lintErrors;
    return result;
}

domain::Result<QList<CertificateRecord>> IssuanceService::reconcile() {
    const auto interrupted = m_workspace.certificates().inState(State::Issuing);
    if (!interrupted) {
        return std::unexpected(interrupted.error());
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    const int backdateHours = domain::CertificateProfile::tlsServer({}).maxBackdateHours;
    QList<CertificateRecord> pending;
    for (const CertificateRecord& record : *interrupted) {
        if (record.notBefore.secsTo(now) <= qint64(backdateHours) * 3600) {
            pending << record;
            continue;
        }
        // Too old to sign (R-ISS-1): nothing signed in the crash ever left the process, so the
        // serial is retired unused.
        if (auto voided = voidRecord(record, QStringLiteral("stale")); !voided) {
            return std::unexpected(voided.error());
        }
    }
    return pending;
}

domain::Result<QList<IssuanceResult>> IssuanceService::resumeInterrupted(crypto::SigningModule& module,
                                                                         const QStringList& custodians) {
    const auto pending = reconcile();
    if (!pending) {
        return std::unexpected(pending.error());
    }
    QList<IssuanceResult> completed;
    for (const CertificateRecord& record : *pending) {
        (void)m_workspace.record(
            ceremonyActor(custodians), event::IssuanceInterrupted,
            {{QStringLiteral("serial"), record.serial}, {QStringLiteral("action"), QStringLiteral("completing")}},
            record.applicationId);
        auto done = completeInterrupted(module, custodians, record);
        if (!done) {
            if (!module.isActive()) {
                return std::unexpected(done.error()); // the HSM is gone: the rest must wait too
            }
            continue; // refused and audited; the record was voided when it can never succeed
        }
        completed << *done;
    }
    return completed;
}

} // namespace ra::app
