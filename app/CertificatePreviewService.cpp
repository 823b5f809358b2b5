// SPDX-License-Identifier: Apache-2.0
#include "app/CertificatePreviewService.h"

#include "app/CaSetupService.h"
#include "app/OrganizationService.h"
#include "app/Workspace.h"
#include "crypto/CertificateBuilder.h"
#include "crypto/lint/Linter.h"

#include <QCoreApplication>

namespace ra::app {

namespace {
domain::CheckResult toCheckResult(const crypto::lint::LintResult& result) {
    using crypto::lint::Status;
    domain::CheckStatus status = domain::CheckStatus::Passed;
    QString message = result.message.isEmpty() ? result.info->describe() : result.message;
    switch (result.status) {
    case Status::Error:
        status = domain::CheckStatus::Failed;
        break;
    case Status::Warn:
    case Status::Notice:
        message = crypto::lint::statusId(result.status) + QStringLiteral(": ") + message;
        break;
    case Status::NotApplicable:
    case Status::NotEffective:
        status = domain::CheckStatus::NotApplicable;
        break;
    case Status::Pass:
        break;
    }
    return {result.info->id, QStringLiteral("R-ISS-2"), result.info->citation, status, message};
}
} // namespace

CertificatePreviewReport CertificatePreviewService::preview(const domain::Application& application,
                                                            Subject subject) const {
    CertificatePreviewReport report;
    const WorkspaceSettings& settings = m_workspace.settings();
    crypto::CertificateRequest request;
    for (const domain::NameCheck& name : application.csrChecks.names) {
        request.dnsNames << name.ascii;
    }
    if (request.dnsNames.isEmpty()) {
        request.dnsNames = application.fqdns;
    }
    const std::optional<domain::Evidence> verified =
        application.id > 0 ? OrganizationService(m_workspace).subjectEvidence(application.id) : std::nullopt;
    if (verified) {
        const domain::VerifiedOrganization& org = verified->verified;
        request.subject = {org.country, org.stateOrProvince, org.locality, org.legalName, request.dnsNames.value(0)};
    } else if (subject == Subject::ClaimsUntilVerified) {
        const domain::Organization& org = application.organization;
        request.subject = {org.country, org.stateOrProvince, org.locality, org.legalName, request.dnsNames.value(0)};
    } else {
        report.problem = QCoreApplication::translate(
            "CertificatePreviewService", "no evidence confirms the organization's name and address yet, and the "
                                         "subject is built from verified data only (R-CSR-5).");
        return report;
    }
    request.subjectPublicKeyDer = application.csr.publicKeyDer;
    const auto preview = crypto::CertificateBuilder::buildPreview(
        domain::CertificateProfile::tlsServer(settings.caEndpoints), CaSetupService(m_workspace).issuer(), request,
        m_workspace.clock().nowUtc());
    if (!preview) {
        report.problem = preview.error().userMessage;
        return report;
    }
    report = describe(preview->der);
    report.subjectVerified = verified.has_value();
    report.subjectEvidenceId = verified ? verified->id : 0;
    report.subject = QStringLiteral("C=%1, ST=%2, L=%3, O=%4, CN=%5")
                         .arg(request.subject.country, request.subject.stateOrProvince, request.subject.locality,
                              request.subject.organization, request.subject.commonName);
    report.dnsNames = request.dnsNames;
    report.notBefore = preview->notBefore;
    report.notAfter = preview->notAfter;
    return report;
}

CertificatePreviewReport CertificatePreviewService::describe(const QByteArray& der) {
    CertificatePreviewReport report;
    report.built = true;
    report.subject = crypto::CertificateBuilder::subjectText(der);
    report.serialHex = crypto::CertificateBuilder::serialHex(der);
    report.extensions = crypto::CertificateBuilder::describeExtensions(der);
    report.der = der;
    const auto linted = crypto::lint::Linter::run(der);
    if (!linted) {
        report.built = false;
        report.problem = linted.error().userMessage;
        return report;
    }
    for (const crypto::lint::LintResult& result : *linted) {
        report.lint << toCheckResult(result);
        report.errors += result.status == crypto::lint::Status::Error ? 1 : 0;
    }
    std::stable_sort(
        report.lint.begin(), report.lint.end(),
        [](const domain::CheckResult& a, const domain::CheckResult& b) { return a.failed() && !b.failed(); });
    return report;
}

} // namespace ra::app
