// SPDX-License-Identifier: Apache-2.0
#include "app/DossierService.h"

#include "app/OrganizationService.h"
#include "app/Workspace.h"
#include "crypto/Digest.h"
#include "domain/AuditEntry.h"
#include "domain/DocumentReview.h"

#include <QCoreApplication>

namespace ra::app {

namespace {
QString utc(const QDateTime& at) {
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("—");
}

// An HTML table with escaped cells; `header` names the columns.
class Table {
public:
    explicit Table(const QStringList& header) {
        m_html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString& column : header) {
            m_html += QStringLiteral("<th align=\"left\">%1</th>").arg(column.toHtmlEscaped());
        }
        m_html += QStringLiteral("</tr>");
    }
    void row(const QStringList& cells) {
        m_html += QStringLiteral("<tr>");
        for (const QString& cell : cells) {
            m_html += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
        }
        m_html += QStringLiteral("</tr>");
        ++m_rows;
    }
    [[nodiscard]] QString html(const QString& empty) const {
        return m_rows == 0 ? QStringLiteral("<p><i>%1</i></p>").arg(empty.toHtmlEscaped())
                           : m_html + QStringLiteral("</table>");
    }

private:
    QString m_html;
    int m_rows = 0;
};

QString heading(const QString& text) {
    return QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped());
}
} // namespace

domain::Result<Dossier> DossierService::build(const domain::User& actor, qint64 applicationId) {
    if (!mayProduce(actor)) {
        (void)m_workspace.record(actor.username, domain::audit_event::ActionRefused,
                                 {{QStringLiteral("action"), QStringLiteral("dossier")},
                                  {QStringLiteral("code"), QStringLiteral("role.not-allowed")}},
                                 applicationId);
        return domain::fail(QStringLiteral("role.not-allowed"),
                            QCoreApplication::translate(
                                "DossierService", "Only auditors and supervisors produce an application's dossier."));
    }
    const auto application = m_workspace.applications().byId(applicationId);
    if (!application) {
        return std::unexpected(application.error());
    }
    const domain::Application& app = *application;
    Dossier dossier;
    dossier.title =
        QCoreApplication::translate("DossierService", "Dossier of application %1").arg(app.externalReference);
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(dossier.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("DossierService", "Produced by %1 on %2 from workspace %3. State: %4.")
                         .arg(actor.username, utc(m_workspace.clock().nowUtc()), m_workspace.directory(),
                              domain::stateDisplayName(app.state))
                         .toHtmlEscaped());

    html += heading(QCoreApplication::translate("DossierService", "Claims of the application"));
    Table claims({QCoreApplication::translate("DossierService", "Field"),
                  QCoreApplication::translate("DossierService", "Claimed")});
    const domain::Organization& org = app.organization;
    claims.row({QCoreApplication::translate("DossierService", "Legal name"), org.legalName});
    claims.row({QCoreApplication::translate("DossierService", "DBA / tradename"), org.doingBusinessAs});
    claims.row({QCoreApplication::translate("DossierService", "Address"),
                QStringLiteral("%1, %2, %3 %4 %5")
                    .arg(org.streetAddress, org.locality, org.stateOrProvince, org.postalCode, org.country)});
    claims.row({QCoreApplication::translate("DossierService", "Representative"),
                QStringLiteral("%1 (%2), %3, %4")
                    .arg(app.representative.name, app.representative.title, app.representative.email,
                         app.representative.phone)});
    claims.row(
        {QCoreApplication::translate("DossierService", "Requested names"), app.fqdns.join(QStringLiteral(", "))});
    claims.row({QCoreApplication::translate("DossierService", "CSR subject"), app.csr.subjectText()});
    claims.row({QCoreApplication::translate("DossierService", "High risk"),
                app.highRisk ? QCoreApplication::translate("DossierService", "yes")
                             : QCoreApplication::translate("DossierService", "no")});
    html += claims.html({});

    // The subject's source (R-CSR-5): what the certificate may say, and the evidence it rests on.
    html += heading(QCoreApplication::translate("DossierService", "Verified organization (R-CSR-5)"));
    if (const auto verified = OrganizationService(m_workspace).subjectEvidence(applicationId)) {
        const domain::VerifiedOrganization& v = verified->verified;
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("DossierService",
                                                 "%1, corporate number %2; %3 %4 %5, %6 — evidence #%7 from %8, %9.")
                         .arg(v.legalName,
                              verified->corporateNumber.isEmpty()
                                  ? QCoreApplication::translate("DossierService", "not looked up")
                                  : verified->corporateNumber,
                              v.stateOrProvince, v.locality, v.streetAddress, v.country, QString::number(verified->id),
                              verified->dataSourceName.isEmpty() ? domain::evidenceSourceDisplayName(verified->source)
                                                                 : verified->dataSourceName,
                              verified->responseSha256.isEmpty()
                                  ? verified->reference
                                  : QCoreApplication::translate("DossierService", "answer SHA-256 %1")
                                        .arg(verified->responseSha256))
                         .toHtmlEscaped());
    } else {
        html +=
            QStringLiteral("<p><i>%1</i></p>")
                .arg(QCoreApplication::translate(
                         "DossierService", "Not verified: no evidence confirms the organization's name and address.")
                         .toHtmlEscaped());
    }

    html += heading(QCoreApplication::translate("DossierService", "Organization evidence (R-ORG-1)"));
    Table evidence({QCoreApplication::translate("DossierService", "No."),
                    QCoreApplication::translate("DossierService", "Source"),
                    QCoreApplication::translate("DossierService", "Corporate number"),
                    QCoreApplication::translate("DossierService", "Confirms"),
                    QCoreApplication::translate("DossierService", "Verified values"),
                    QCoreApplication::translate("DossierService", "Obtained"),
                    QCoreApplication::translate("DossierService", "Answer SHA-256"),
                    QCoreApplication::translate("DossierService", "Officer")});
    for (const domain::Evidence& item :
         m_workspace.organizationEvidence().forApplication(applicationId).value_or(QList<domain::Evidence>{})) {
        const domain::VerifiedOrganization& v = item.verified;
        QStringList documents;
        for (const qint64 id : item.documentIds) {
            documents << QStringLiteral("#%1").arg(id);
        }
        const QString source =
            (item.dataSourceName.isEmpty() ? domain::evidenceSourceDisplayName(item.source) : item.dataSourceName) +
            QStringLiteral(": ") + item.reference +
            (documents.isEmpty() ? QString()
                                 : QCoreApplication::translate("DossierService", " (documents %1)")
                                       .arg(documents.join(QStringLiteral(", "))));
        evidence.row({QString::number(item.id), source, item.corporateNumber, item.confirms.id(),
                      QStringLiteral("%1; %2 %3 %4; %5; %6")
                          .arg(v.legalName, v.stateOrProvince, v.locality, v.streetAddress, v.country, v.tradename),
                      utc(item.obtainedAt), item.responseSha256, item.recordedBy});
    }
    html += evidence.html(QCoreApplication::translate("DossierService", "No organization evidence."));

    html += heading(QCoreApplication::translate("DossierService", "Call-backs (R-ORG-5)"));
    Table callbacks({QCoreApplication::translate("DossierService", "No."),
                     QCoreApplication::translate("DossierService", "When"),
                     QCoreApplication::translate("DossierService", "Channel"),
                     QCoreApplication::translate("DossierService", "Contact"),
                     QCoreApplication::translate("DossierService", "Source"),
                     QCoreApplication::translate("DossierService", "Person reached"),
                     QCoreApplication::translate("DossierService", "Outcome"),
                     QCoreApplication::translate("DossierService", "Officer")});
    const auto callbackRecords = m_workspace.callbacks().forApplication(applicationId);
    if (!callbackRecords) {
        return std::unexpected(callbackRecords.error());
    }
    for (const domain::Callback& callback : *callbackRecords) {
        callbacks.row({QString::number(callback.id), utc(callback.reachedAt),
                       domain::callbackChannelDisplayName(callback.channel), callback.contact,
                       QStringLiteral("%1 — %2").arg(callback.dataSourceName, callback.sourceReference),
                       QStringLiteral("%1 %2").arg(callback.personReached, callback.personTitle),
                       domain::callbackOutcomeDisplayName(callback.outcome), callback.recordedBy});
    }
    html += callbacks.html(QCoreApplication::translate("DossierService", "No call-back recorded."));

    html += heading(QCoreApplication::translate("DossierService", "Documents and inspections (R-DOC-1)"));
    Table documents({QCoreApplication::translate("DossierService", "No."),
                     QCoreApplication::translate("DossierService", "File"),
                     QCoreApplication::translate("DossierService", "Kind"),
                     QCoreApplication::translate("DossierService", "Replaces"),
                     QCoreApplication::translate("DossierService", "SHA-256"),
                     QCoreApplication::translate("DossierService", "Added")});
    for (const domain::Document& document : app.documents) {
        documents.row({QString::number(document.id), document.fileName, document.kind,
                       document.replaces ? QString::number(document.replaces) : QString(), document.sha256,
                       QStringLiteral("%1, %2").arg(utc(document.addedAt), document.addedBy)});
    }
    html += documents.html(QCoreApplication::translate("DossierService", "No documents."));
    Table inspections({QCoreApplication::translate("DossierService", "No."),
                       QCoreApplication::translate("DossierService", "Document"),
                       QCoreApplication::translate("DossierService", "Result"),
                       QCoreApplication::translate("DossierService", "Confirmed"),
                       QCoreApplication::translate("DossierService", "Finding"),
                       QCoreApplication::translate("DossierService", "Officer"),
                       QCoreApplication::translate("DossierService", "When")});
    const auto inspectionRecords = m_workspace.documents().inspections(applicationId);
    if (!inspectionRecords) {
        return std::unexpected(inspectionRecords.error());
    }
    for (const domain::DocumentInspection& inspection : *inspectionRecords) {
        inspections.row({QString::number(inspection.id), QString::number(inspection.documentId),
                         inspection.passed ? QCoreApplication::translate("DossierService", "passed")
                                           : QCoreApplication::translate("DossierService", "failed"),
                         inspection.confirmed.join(QStringLiteral(", ")), inspection.finding, inspection.inspectedBy,
                         utc(inspection.inspectedAt)});
    }
    html += inspections.html(QCoreApplication::translate("DossierService", "No inspection recorded."));

    html += heading(QCoreApplication::translate(
        "DossierService", "Domain validation, CAA and corroboration (R-DCV-2, R-CAA-1, R-MPIC-1)"));
    Table dcv({QCoreApplication::translate("DossierService", "No."),
               QCoreApplication::translate("DossierService", "FQDN"),
               QCoreApplication::translate("DossierService", "Method"),
               QCoreApplication::translate("DossierService", "Status"),
               QCoreApplication::translate("DossierService", "Checked"),
               QCoreApplication::translate("DossierService", "Observed"),
               QCoreApplication::translate("DossierService", "Corroboration")});
    const auto attempts = m_workspace.dcvAttempts().forApplication(applicationId);
    if (!attempts) {
        return std::unexpected(attempts.error());
    }
    for (const domain::DcvAttempt& attempt : *attempts) {
        dcv.row({QString::number(attempt.id), attempt.fqdn, domain::dcvMethodId(attempt.method),
                 domain::dcvStatusId(attempt.status), utc(attempt.checkedAt), attempt.observed.left(300),
                 attempt.corroboration});
    }
    html += dcv.html(QCoreApplication::translate("DossierService", "No domain validation attempt."));
    Table caa({QCoreApplication::translate("DossierService", "No."),
               QCoreApplication::translate("DossierService", "FQDN"),
               QCoreApplication::translate("DossierService", "Verdict"),
               QCoreApplication::translate("DossierService", "Records"),
               QCoreApplication::translate("DossierService", "Checked"),
               QCoreApplication::translate("DossierService", "Corroboration")});
    const auto caaChecks = m_workspace.validationEvidence().caaChecks(applicationId);
    if (!caaChecks) {
        return std::unexpected(caaChecks.error());
    }
    for (const CaaEvidence& check : *caaChecks) {
        caa.row({QString::number(check.id), check.fqdn, domain::caaVerdictId(check.verdict),
                 check.records.join(QStringLiteral("; ")), utc(check.checkedAt), check.corroboration});
    }
    html += caa.html(QCoreApplication::translate("DossierService", "No CAA check."));

    html += heading(QCoreApplication::translate("DossierService", "Checklist"));
    Table checklist(
        {QCoreApplication::translate("DossierService", "Check"), QCoreApplication::translate("DossierService", "Rule"),
         QCoreApplication::translate("DossierService", "Status"),
         QCoreApplication::translate("DossierService", "Decided by"),
         QCoreApplication::translate("DossierService", "When"), QCoreApplication::translate("DossierService", "Note")});
    for (const domain::ChecklistDefinition& definition : domain::Checklist::definitions()) {
        const domain::ChecklistItem* item = app.item(definition.code);
        checklist.row({QStringLiteral("%1 (%2)").arg(definition.title(), definition.code),
                       QStringLiteral("%1 · %2").arg(definition.citation, definition.requirementId),
                       domain::checkStatusDisplayName(item ? item->status : domain::CheckStatus::Pending),
                       item ? item->decidedBy : QString(), item ? utc(item->decidedAt) : QString(),
                       item ? item->note : QString()});
    }
    html += checklist.html({});

    html += heading(QCoreApplication::translate("DossierService", "Approvals and certificate (R-APR-2, R-ISS-1)"));
    Table approvals({QCoreApplication::translate("DossierService", "Approver"),
                     QCoreApplication::translate("DossierService", "When"),
                     QCoreApplication::translate("DossierService", "tbsCertificate SHA-256")});
    for (const domain::Approval& approval : app.approvals) {
        const auto approver = m_workspace.users().byId(approval.approverId);
        approvals.row({approver ? approver->username : QString::number(approval.approverId), utc(approval.approvedAt),
                       approval.contentDigest});
    }
    html += approvals.html(QCoreApplication::translate("DossierService", "No approval."));
    const auto certificate = m_workspace.certificates().currentFor(applicationId);
    if (certificate && certificate->has_value()) {
        const CertificateRecord& record = **certificate;
        Table cert({QCoreApplication::translate("DossierService", "Serial"),
                    QCoreApplication::translate("DossierService", "State"),
                    QCoreApplication::translate("DossierService", "Valid"),
                    QCoreApplication::translate("DossierService", "tbsCertificate SHA-256"),
                    QCoreApplication::translate("DossierService", "Certificate SHA-256")});
        cert.row({record.serial, certificateStateId(record.state),
                  QStringLiteral("%1 – %2").arg(utc(record.notBefore), utc(record.notAfter)), record.tbsSha256,
                  record.certificate.isEmpty() ? QString() : crypto::sha256Hex(record.certificate)});
        html += cert.html({});
    } else {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(QCoreApplication::translate("DossierService", "No certificate.").toHtmlEscaped());
    }

    html += heading(QCoreApplication::translate("DossierService", "Audit trail of the application (R-AUD-1)"));
    Table trail(
        {QCoreApplication::translate("DossierService", "No."), QCoreApplication::translate("DossierService", "Time"),
         QCoreApplication::translate("DossierService", "Actor"), QCoreApplication::translate("DossierService", "Event"),
         QCoreApplication::translate("DossierService", "Details"),
         QCoreApplication::translate("DossierService", "Entry hash")});
    AuditFilter filter;
    filter.applicationId = applicationId;
    // Pages come newest first; every page is read, then the whole trail is listed oldest first.
    QList<domain::AuditEntry> ordered;
    for (qint64 before = 0;;) {
        const auto entries = m_workspace.audit().page(filter, before, 1000);
        if (!entries) {
            return std::unexpected(entries.error());
        }
        ordered += *entries;
        if (entries->size() < 1000) {
            break;
        }
        before = entries->back().sequence;
    }
    std::reverse(ordered.begin(), ordered.end());
    for (const domain::AuditEntry& entry : ordered) {
        trail.row({QString::number(entry.sequence), entry.time, entry.actor, entry.eventType,
                   entry.detailsJson.left(400), QString::fromLatin1(entry.entryHash)});
    }
    html += trail.html(QCoreApplication::translate("DossierService", "No audit entries."));
    html += QStringLiteral("</body></html>");
    dossier.html = html;
    return dossier;
}

domain::Status DossierService::recordExport(const domain::User& actor, qint64 applicationId, const QString& path,
                                            const QByteArray& pdf) {
    return m_workspace.record(actor.username, domain::audit_event::DossierExported,
                              {{QStringLiteral("file"), path}, {QStringLiteral("pdf_sha256"), crypto::sha256Hex(pdf)}},
                              applicationId);
}

} // namespace ra::app
