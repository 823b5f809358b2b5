// SPDX-License-Identifier: Apache-2.0
#include "ui/ApplicationWindow.h"

#include "app/ApplicationService.h"
#include "app/CaSetupService.h"
#include "app/CertificatePreviewService.h"
#include "app/DcvService.h"
#include "app/DossierService.h"
#include "app/Workspace.h"
#include "crypto/Digest.h"
#include "domain/SeparationOfDuties.h"
#include "report/PdfWriter.h"
#include "ui/ApprovalDialog.h"
#include "ui/AuthorityPage.h"
#include "ui/DocumentsPage.h"
#include "ui/DomainsPage.h"
#include "ui/OrganizationPage.h"
#include "ui/Prompts.h"
#include "ui/StatusIcons.h"
#include "ui/SummaryPage.h"
#include "ui/TableHelpers.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra::ui {

using domain::CheckStatus;
using domain::ReviewStep;

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;

QLabel* valueLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text.isEmpty() ? QObject::tr("—") : text.toHtmlEscaped(), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

// The status of a step: failed if any item failed, passed when every mandatory item passed.
CheckStatus stepStatus(const domain::Application& application, ReviewStep step) {
    bool allPassed = true;
    bool any = false;
    for (const domain::ChecklistDefinition& definition : domain::Checklist::forStep(step)) {
        const domain::ChecklistItem* item = application.item(definition.code);
        const CheckStatus status = item ? item->status : CheckStatus::Pending;
        if (status == CheckStatus::Failed) {
            return CheckStatus::Failed;
        }
        if (domain::Workflow::isMandatory(definition, application)) {
            any = true;
            allPassed = allPassed && status == CheckStatus::Passed;
        }
    }
    return any && allPassed ? CheckStatus::Passed : CheckStatus::Pending;
}

// One line a person can read; the full entry is in the tooltip and the audit browser.
QString timelineText(const domain::AuditEntry& entry) {
    const QJsonObject details = entry.details();
    if (entry.eventType == domain::audit_event::StateChanged) {
        const auto from = domain::stateFromId(details.value(QStringLiteral("from")).toString());
        const auto to = domain::stateFromId(details.value(QStringLiteral("to")).toString());
        QString text = ApplicationWindow::tr("%1 → %2").arg(from ? domain::stateDisplayName(*from) : QString(),
                                                            to ? domain::stateDisplayName(*to) : QString());
        const QString reason = details.value(QStringLiteral("reason")).toString();
        return reason.isEmpty() ? text : ApplicationWindow::tr("%1: %2").arg(text, reason);
    }
    if (entry.eventType == domain::audit_event::ApplicationImported) {
        return ApplicationWindow::tr("Imported %1 (CSR %2, %n document(s))", nullptr,
                                     int(details.value(QStringLiteral("documents")).toArray().size()))
            .arg(details.value(QStringLiteral("reference")).toString(),
                 details.value(QStringLiteral("csr_key")).toString());
    }
    namespace event = domain::audit_event;
    const QString serial = details.value(QStringLiteral("serial")).toString();
    if (entry.eventType == event::CandidateBuilt) {
        return ApplicationWindow::tr("Certificate content fixed for approval (serial %1)").arg(serial);
    }
    if (entry.eventType == event::IssuanceStarted) {
        return ApplicationWindow::tr("Issuance started: serial %1 reserved").arg(serial);
    }
    if (entry.eventType == event::PrecertificateSigned) {
        return ApplicationWindow::tr("Precertificate signed (serial %1)").arg(serial);
    }
    if (entry.eventType == event::CertificateIssued) {
        return ApplicationWindow::tr("Certificate %1 issued").arg(serial);
    }
    if (entry.eventType == event::IssuanceFailed || entry.eventType == event::HsmLost) {
        return ApplicationWindow::tr("Issuance failed: %1").arg(details.value(QStringLiteral("code")).toString());
    }
    if (entry.eventType == event::IssuanceVoided) {
        return ApplicationWindow::tr("Serial %1 retired unused (%2)")
            .arg(serial, details.value(QStringLiteral("reason")).toString());
    }
    if (entry.eventType == event::CertificateRevoked) {
        return ApplicationWindow::tr("Certificate %1 revoked (%2)")
            .arg(serial, details.value(QStringLiteral("reason")).toString());
    }
    if (entry.eventType == event::DcvStarted) {
        return ApplicationWindow::tr("Validation of %1 started (%2, attempt %3)")
            .arg(details.value(QStringLiteral("fqdn")).toString(), details.value(QStringLiteral("citation")).toString())
            .arg(details.value(QStringLiteral("attempt")).toInteger());
    }
    if (entry.eventType == event::DcvChecked) {
        return ApplicationWindow::tr("Validation of %1 checked: %2 (%3)")
            .arg(details.value(QStringLiteral("fqdn")).toString(), details.value(QStringLiteral("status")).toString(),
                 details.value(QStringLiteral("mpic")).toObject().value(QStringLiteral("reason")).toString());
    }
    if (entry.eventType == event::CaaChecked) {
        return ApplicationWindow::tr("CAA of %1: %2 (%3)")
            .arg(details.value(QStringLiteral("fqdn")).toString(), details.value(QStringLiteral("verdict")).toString(),
                 details.value(QStringLiteral("mpic")).toObject().value(QStringLiteral("reason")).toString());
    }
    if (entry.eventType == event::CallbackRecorded) {
        return ApplicationWindow::tr("Call-back to %1 (%2): %3")
            .arg(details.value(QStringLiteral("contact")).toString(),
                 details.value(QStringLiteral("source")).toString(),
                 details.value(QStringLiteral("outcome")).toString());
    }
    if (entry.eventType == event::CallbackRefused) {
        return ApplicationWindow::tr("Call-back not recorded: %1")
            .arg(details.value(QStringLiteral("detail")).toString());
    }
    if (entry.eventType == event::DocumentInspected) {
        return ApplicationWindow::tr("Document %1 inspected: %2")
            .arg(details.value(QStringLiteral("file")).toString(),
                 details.value(QStringLiteral("passed")).toBool()
                     ? ApplicationWindow::tr("passed")
                     : ApplicationWindow::tr("failed (%1)").arg(details.value(QStringLiteral("finding")).toString()));
    }
    if (entry.eventType == event::DocumentReplaced) {
        return ApplicationWindow::tr("New version %1 of document #%2")
            .arg(details.value(QStringLiteral("file")).toString())
            .arg(details.value(QStringLiteral("replaces")).toInteger());
    }
    if (entry.eventType == event::DocumentRefused) {
        return ApplicationWindow::tr("Document action refused: %1")
            .arg(details.value(QStringLiteral("detail")).toString());
    }
    if (entry.eventType == event::CheckRecorded) {
        return ApplicationWindow::tr("Check %1: %2")
            .arg(details.value(QStringLiteral("code")).toString(), details.value(QStringLiteral("status")).toString());
    }
    return entry.eventType;
}

QWidget* scrollable(QWidget* content) {
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

ApplicationWindow::ApplicationWindow(app::Workspace& workspace, const domain::User& user, qint64 applicationId,
                                     QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_user(user)
    , m_applicationId(applicationId) {
    setObjectName(QStringLiteral("applicationWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(namedIcon(QStringLiteral("ra-workstation")));
    resize(1200, 800);
    reload();
}

ApplicationWindow::~ApplicationWindow() = default;

void ApplicationWindow::reload() {
    app::ApplicationService service(m_workspace);
    auto loaded = service.load(m_applicationId);
    if (!loaded) {
        Prompts::showError(this, tr("Application"), loaded.error().userMessage, loaded.error().detail);
        return;
    }
    m_application = *loaded;
    // The domain checks are decided from the evidence on record, validations the same applicant
    // did for another application included (R-DOC-2): decide them before showing the checklist.
    if (app::DcvService::mayValidate(m_user, m_application)) {
        if (const auto changed = app::DcvService(m_workspace).updateChecklist(m_applicationId); changed && *changed) {
            m_application = service.load(m_applicationId).value_or(m_application);
        }
    }
    const int currentStep = m_steps ? m_steps->currentRow() : 0;
    build();
    m_steps->setCurrentRow(std::max(0, currentStep));
}

void ApplicationWindow::build() {
    setWindowTitle(tr("Application %1 — %2 — %3")
                       .arg(m_application.id)
                       .arg(m_application.externalReference, m_application.organization.legalName));
    // The previous page may be the one whose button brought us here: detach it now, delete it later.
    if (QWidget* previous = takeCentralWidget()) {
        previous->deleteLater();
    }
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);

    // Header: what it is, where it stands, and what may be done now.
    auto* header = new QHBoxLayout;
    m_stateLabel = new QLabel;
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setText(tr("<b>%1</b> · %2 · state: <b>%3</b>")
                              .arg(m_application.externalReference.toHtmlEscaped(),
                                   m_application.organization.legalName.toHtmlEscaped(),
                                   domain::stateDisplayName(m_application.state)));
    header->addWidget(m_stateLabel, 1);
    m_actionsLayout = new QHBoxLayout;
    header->addLayout(m_actionsLayout);
    layout->addLayout(header);
    if (!m_application.lastReason.isEmpty()) {
        auto* reason = new QLabel(tr("Last reason given: %1").arg(m_application.lastReason.toHtmlEscaped()));
        reason->setObjectName(QStringLiteral("reasonLabel"));
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }
    // R-IN-4: a flagged application says so on every page, naming each match and what it adds.
    if (m_application.highRisk) {
        const domain::ChecklistItem* matches = m_application.item(u"intake.high-risk-match");
        auto* banner = new QLabel(
            tr("⚠ HIGH RISK — %1\nAdditional verification is required before approval: \"%2\", recorded with "
               "the button below.")
                .arg(matches && !matches->note.isEmpty() ? matches->note : tr("flagged at an earlier matching"),
                     domain::Checklist::find(u"risk.additional-verification")->title()));
        banner->setObjectName(QStringLiteral("riskBannerLabel"));
        banner->setTextFormat(Qt::PlainText); // match notes quote applicant data
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #fde7e9; color: #5f110b; border: 1px solid #b3261e; "
                                             "padding: 6px; font-weight: bold;"));
        layout->addWidget(banner);
        const domain::ChecklistDefinition* extra = domain::Checklist::find(u"risk.additional-verification");
        const domain::ChecklistItem* answered = m_application.item(u"risk.additional-verification");
        auto* record = new QPushButton(answered && answered->status != CheckStatus::Pending
                                           ? tr("Additional verification: %1 — record again…")
                                                 .arg(domain::checkStatusDisplayName(answered->status))
                                           : tr("Record the additional verification…"));
        record->setObjectName(QStringLiteral("additionalVerificationButton"));
        const domain::Status allowed = domain::SeparationOfDuties::mayRecordCheck(m_user, m_application, *extra);
        record->setEnabled(allowed.has_value());
        record->setToolTip(allowed ? extra->policyText() : allowed.error().userMessage);
        connect(record, &QPushButton::clicked, this, &ApplicationWindow::recordAdditionalVerification);
        auto* recordRow = new QHBoxLayout;
        recordRow->addStretch(1);
        recordRow->addWidget(record);
        layout->addLayout(recordRow);
    }

    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("stepsListWidget"));
    m_steps->setMaximumWidth(260);
    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_rule = new QTextBrowser;
    m_rule->setObjectName(QStringLiteral("ruleTextBrowser"));
    m_rule->setMinimumWidth(240);
    m_rule->setHtml(tr("<p>Select a checklist item to see the rule it enforces and the evidence it needs.</p>"));
    for (ReviewStep step : domain::allReviewSteps()) {
        m_pages->addWidget(buildPage(step));
    }
    fillSteps();
    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_steps);
    splitter->addWidget(m_pages);
    splitter->addWidget(m_rule);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);

    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("timelineListWidget"));
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(splitter);
    auto* timelineBox = new QGroupBox(tr("Timeline (audit log of this application)"));
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    vertical->addWidget(timelineBox);
    vertical->setStretchFactor(0, 4);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical, 1);
    setCentralWidget(central);
    fillActions();
    fillTimeline();
}

void ApplicationWindow::fillSteps() {
    m_steps->clear();
    for (ReviewStep step : domain::allReviewSteps()) {
        const CheckStatus status =
            step == ReviewStep::Summary
                ? (domain::Workflow::unmetItems(m_application, domain::CheckGate::Intake).isEmpty() &&
                           domain::Workflow::unmetItems(m_application, domain::CheckGate::Submission).isEmpty()
                       ? CheckStatus::Passed
                       : CheckStatus::Pending)
                : stepStatus(m_application, step);
        auto* item = new QListWidgetItem(statusIcon(status), tr("%1 — %2").arg(domain::reviewStepTitle(step),
                                                                               domain::checkStatusDisplayName(status)));
        m_steps->addItem(item);
    }
}

void ApplicationWindow::fillActions() {
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
    delete m_certificateLabel;
    m_certificateLabel = nullptr;
    const auto addButton = [this](const QString& text, const QString& name, auto onClick) {
        auto* button = new QPushButton(text);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, onClick);
        m_actionsLayout->addWidget(button);
        m_actionButtons << button;
    };
    for (domain::WorkflowAction action : domain::Workflow::availableActions(m_application, m_user)) {
        if (action == domain::WorkflowAction::Approve) {
            // Approval is a ceremony over the exact certificate content (R-APR-2).
            addButton(tr("Approve…"), domain::actionId(action) + QStringLiteral("Button"), [this] { approve(); });
            continue;
        }
        addButton(domain::actionDisplayName(action), domain::actionId(action) + QStringLiteral("Button"),
                  [this, action] { perform(action); });
    }
    const bool mayTakePartInIssuance = m_user.keyCustodian && !m_user.disabled;
    if (mayTakePartInIssuance &&
        domain::Workflow::readyToIssue(m_application, m_workspace.settings().requiredApprovals)) {
        addButton(tr("Issue certificate…"), QStringLiteral("issueButton"),
                  [this] { emit issueRequested(m_applicationId); });
    }
    const auto certificate = m_workspace.certificates().currentFor(m_applicationId);
    if (certificate && certificate->has_value() && !(*certificate)->certificate.isEmpty()) {
        const app::CertificateRecord& record = **certificate;
        m_certificateLabel = new QLabel(
            record.revoked() ? tr("Certificate %1, revoked %2").arg(record.serial, localTime(record.revokedAt))
                             : tr("Certificate %1, valid until %2").arg(record.serial, localTime(record.notAfter)));
        m_certificateLabel->setObjectName(QStringLiteral("certificateLabel"));
        m_certificateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_actionsLayout->addWidget(m_certificateLabel);
        addButton(tr("Save certificate…"), QStringLiteral("saveCertificateButton"), [this] { saveCertificate(); });
    }
    if (app::DossierService::mayProduce(m_user)) {
        addButton(tr("Dossier PDF…"), QStringLiteral("dossierButton"), [this] { saveDossier(); });
    }
}

void ApplicationWindow::saveDossier() {
    app::DossierService service(m_workspace);
    const auto dossier = service.build(m_user, m_applicationId);
    if (!dossier) {
        Prompts::showError(this, tr("Dossier"), dossier.error().userMessage, dossier.error().detail);
        return;
    }
    const QString path =
        Prompts::askSaveFile(this, tr("Save the dossier"), m_application.externalReference + QStringLiteral(".pdf"));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const domain::Status written = report::writePdf(dossier->html, dossier->title, path);
    QApplication::restoreOverrideCursor();
    QFile file(path);
    const domain::Status recorded = !written ? written
                                    : file.open(QIODevice::ReadOnly)
                                        ? service.recordExport(m_user, m_applicationId, path, file.readAll())
                                        : domain::Status(domain::fail(QStringLiteral("report.write-failed"),
                                                                      tr("%1 cannot be read back.").arg(path)));
    if (!recorded) {
        Prompts::showError(this, tr("Dossier"), recorded.error().userMessage, recorded.error().detail);
    }
}

QStringList ApplicationWindow::actionButtonTexts() const {
    QStringList texts;
    for (const QPushButton* button : m_actionButtons) {
        texts << button->text();
    }
    return texts;
}

void ApplicationWindow::fillTimeline() {
    app::AuditFilter filter;
    filter.applicationId = m_applicationId;
    const auto entries = m_workspace.audit().page(filter, 0, 500);
    m_timeline->clear();
    if (!entries) {
        return;
    }
    for (const domain::AuditEntry& entry : *entries) {
        auto* item =
            new QListWidgetItem(tr("%1  %2  %3").arg(localTime(entry.timeUtc()), entry.actor, timelineText(entry)));
        item->setToolTip(
            tr("%1 UTC · No. %2 · %3\n%4").arg(entry.time).arg(entry.sequence).arg(entry.eventType, entry.detailsJson));
        m_timeline->addItem(item);
    }
}

void ApplicationWindow::showStep(ReviewStep step) {
    m_steps->setCurrentRow(int(domain::allReviewSteps().indexOf(step)));
}

QWidget* ApplicationWindow::buildPage(ReviewStep step) {
    switch (step) {
    case ReviewStep::ApplicantCsr:
        return buildApplicantPage();
    case ReviewStep::Organization:
        return buildOrganizationPage();
    case ReviewStep::Documents:
        return buildDocumentsPage();
    case ReviewStep::Authority:
        return buildAuthorityPage();
    case ReviewStep::Domains:
        return buildDomainsPage();
    case ReviewStep::Summary:
        return buildSummaryPage();
    }
    return new QWidget;
}

QTreeWidget* ApplicationWindow::checklistTree(const QList<domain::ChecklistDefinition>& definitions) {
    auto* tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("checklistTreeWidget"));
    tree->setHeaderLabels({tr("Status"), tr("Check"), tr("Rule"), tr("Decided by"), tr("When"), tr("Note")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (const domain::ChecklistDefinition& definition : definitions) {
        const domain::ChecklistItem* item = m_application.item(definition.code);
        const CheckStatus status = item ? item->status : CheckStatus::Pending;
        const bool mandatory = domain::Workflow::isMandatory(definition, m_application);
        auto* row = new QTreeWidgetItem(tree);
        row->setIcon(0, statusIcon(status));
        row->setText(0, domain::checkStatusDisplayName(status));
        row->setText(1, mandatory ? definition.title() : tr("%1 (if applicable)").arg(definition.title()));
        row->setText(2, tr("%1 · %2").arg(definition.citation, definition.requirementId));
        row->setText(3, item ? item->decidedBy : QString());
        row->setText(4, item ? localTime(item->decidedAt) : QString());
        row->setText(5, item ? item->note : QString());
        row->setData(0, kCodeRole, definition.code);
    }
    for (int column = 0; column < tree->columnCount(); ++column) {
        tree->resizeColumnToContents(column);
    }
    tree->setMinimumHeight(int(definitions.size() + 2) * tree->fontMetrics().height() * 3 / 2);
    connect(tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current) {
            showRule(current->data(0, kCodeRole).toString());
        }
    });
    return tree;
}

void ApplicationWindow::showRule(const QString& code) {
    const domain::ChecklistDefinition* definition = domain::Checklist::find(code);
    if (!definition) {
        return;
    }
    m_rule->setHtml(tr("<h3>%1</h3><p><b>%2</b> · %3</p><p>%4</p><p><i>%5</i></p>")
                        .arg(definition->title().toHtmlEscaped(), definition->citation, definition->requirementId,
                             definition->policyText().toHtmlEscaped(),
                             definition->automatic ? tr("Decided by the workstation's own checks.")
                                                   : tr("Recorded by the validating officer with its evidence.")));
}

QWidget* ApplicationWindow::buildApplicantPage() {
    const domain::CsrSummary& csr = m_application.csr;
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("applicantPage"));
    auto* layout = new QVBoxLayout(page);

    auto* csrBox = new QGroupBox(tr("Certificate signing request"));
    auto* csrForm = new QFormLayout(csrBox);
    auto* subject = valueLabel(csr.subjectText(), csrBox);
    subject->setObjectName(QStringLiteral("csrSubjectLabel"));
    csrForm->addRow(tr("Subject (as requested)"), subject);
    auto* sans = valueLabel(csr.dnsNames.join(QStringLiteral(", ")), csrBox);
    sans->setObjectName(QStringLiteral("csrSansLabel"));
    csrForm->addRow(tr("SAN dNSNames"), sans);
    if (!csr.otherNames.isEmpty()) {
        csrForm->addRow(tr("Other SAN entries"), valueLabel(csr.otherNames.join(QStringLiteral(", ")), csrBox));
    }
    auto* key = valueLabel(csr.curve.isEmpty() ? tr("%1 %2 bits").arg(csr.keyType).arg(csr.keyBits)
                                               : tr("%1 %2 (%3 bits)").arg(csr.keyType, csr.curve).arg(csr.keyBits),
                           csrBox);
    key->setObjectName(QStringLiteral("csrKeyLabel"));
    csrForm->addRow(tr("Public key"), key);
    csrForm->addRow(tr("Signature algorithm"), valueLabel(csr.signatureAlgorithm, csrBox));
    auto* signature = new QLabel(csr.signatureValid ? tr("✔ Verifies with the CSR's own key (proof of possession)")
                                                    : tr("✘ Does NOT verify: the request was altered or is forged"),
                                 csrBox);
    signature->setObjectName(QStringLiteral("csrSignatureLabel"));
    signature->setStyleSheet(csr.signatureValid ? QStringLiteral("color: #1e7b34;")
                                                : QStringLiteral("color: #b3261e; font-weight: bold;"));
    csrForm->addRow(tr("Signature"), signature);
    csrForm->addRow(tr("Key SHA-256 (SPKI)"), valueLabel(csr.publicKeySha256, csrBox));
    layout->addWidget(csrBox);

    auto* namesBox = new QGroupBox(tr("Requested names"));
    auto* namesLayout = new QVBoxLayout(namesBox);
    auto* names = valueLabel(m_application.fqdns.join(QLatin1Char('\n')), namesBox);
    names->setObjectName(QStringLiteral("requestedNamesLabel"));
    namesLayout->addWidget(names);
    layout->addWidget(namesBox);

    layout->addWidget(checkResultsBox());
    layout->addWidget(previewBox());

    auto* agreementBox = new QGroupBox(tr("Subscriber Agreement"));
    auto* agreementForm = new QFormLayout(agreementBox);
    agreementForm->addRow(tr("Version"), valueLabel(m_application.agreement.version, agreementBox));
    agreementForm->addRow(tr("Accepted"), valueLabel(localTime(m_application.agreement.acceptedAt), agreementBox));
    agreementForm->addRow(tr("Accepted by"), valueLabel(m_application.agreement.acceptedBy, agreementBox));
    layout->addWidget(agreementBox);

    layout->addWidget(new QLabel(tr("<b>Checklist</b>")));
    layout->addWidget(checklistTree(domain::Checklist::forStep(ReviewStep::ApplicantCsr)));
    layout->addStretch();
    return scrollable(page);
}

QGroupBox* ApplicationWindow::checkResultsBox() {
    // R-CSR-2..4: every automatic check, as decided at intake, with what it found and its rule.
    auto* box = new QGroupBox(tr("Key and name checks"));
    auto* tree = new QTreeWidget(box);
    tree->setObjectName(QStringLiteral("csrChecksTreeWidget"));
    tree->setHeaderLabels({tr("Status"), tr("Check"), tr("Result"), tr("Rule")});
    tree->setAlternatingRowColors(true);
    const auto addResult = [](QTreeWidgetItem* row, const domain::CheckResult& result) {
        row->setIcon(0, statusIcon(result.status));
        row->setText(0, domain::checkStatusDisplayName(result.status));
        row->setText(1, result.id);
        row->setText(2, result.message);
        row->setText(3, tr("%1 · %2").arg(result.citation, result.requirementId));
    };
    const domain::CsrCheckReport& report = m_application.csrChecks;
    auto* keyRow = new QTreeWidgetItem(tree, {QString(), tr("Public key")});
    const CheckStatus keyStatus =
        report.keyQualityPassed() && report.weakKeyPassed() ? CheckStatus::Passed : CheckStatus::Failed;
    keyRow->setIcon(0, statusIcon(keyStatus));
    keyRow->setText(0, domain::checkStatusDisplayName(keyStatus));
    for (const domain::CheckResult& result : report.key) {
        addResult(new QTreeWidgetItem(keyRow), result);
    }
    keyRow->setExpanded(!report.keyQualityPassed() || !report.weakKeyPassed());
    for (const domain::NameCheck& name : report.names) {
        auto* nameRow = new QTreeWidgetItem(tree);
        nameRow->setIcon(0, statusIcon(name.ok() ? CheckStatus::Passed : CheckStatus::Failed));
        nameRow->setText(0, domain::checkStatusDisplayName(name.ok() ? CheckStatus::Passed : CheckStatus::Failed));
        nameRow->setText(1, name.ascii == name.requested ? name.ascii : tr("%1 (%2)").arg(name.ascii, name.requested));
        nameRow->setText(
            2, name.registrableDomain.isEmpty() ? QString() : tr("Registrable domain: %1").arg(name.registrableDomain));
        for (const domain::CheckResult& result : name.results) {
            addResult(new QTreeWidgetItem(nameRow), result);
        }
        nameRow->setExpanded(!name.ok());
    }
    if (report.key.isEmpty()) {
        new QTreeWidgetItem(tree, {QString(), tr("Not checked (imported before these checks existed)")});
    }
    for (int column = 0; column < tree->columnCount(); ++column) {
        tree->resizeColumnToContents(column);
    }
    tree->setMinimumHeight(tree->fontMetrics().height() * 12);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(tree);
    return box;
}

QGroupBox* ApplicationWindow::previewBox() {
    // R-ISS-1, R-ISS-2: the certificate as it would be issued today, linted.
    const app::CertificatePreviewReport report =
        app::CertificatePreviewService(m_workspace)
            .preview(m_application, app::CertificatePreviewService::Subject::ClaimsUntilVerified);
    auto* box =
        new QGroupBox(tr("Certificate preview (from the data as it stands; verified values replace the applicant's)"));
    auto* layout = new QVBoxLayout(box);
    if (!report.built) {
        auto* problem = new QLabel(tr("✘ No certificate can be built: %1").arg(report.problem.toHtmlEscaped()), box);
        problem->setObjectName(QStringLiteral("previewProblemLabel"));
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        layout->addWidget(problem);
        return box;
    }
    auto* form = new QFormLayout;
    // R-CSR-5: say where O, ST and L come from; claims serve an early lint only.
    auto* subject =
        valueLabel(report.subject + QLatin1Char('\n') +
                       (report.subjectVerified ? tr("✔ O, ST, L verified by evidence #%1").arg(report.subjectEvidenceId)
                                               : tr("⚠ O, ST, L as the applicant claims them: not yet verified, so no "
                                                    "certificate can be approved")),
                   box);
    subject->setObjectName(QStringLiteral("previewSubjectLabel"));
    form->addRow(tr("Subject"), subject);
    form->addRow(tr("SAN dNSNames"), valueLabel(report.dnsNames.join(QStringLiteral(", ")), box));
    form->addRow(tr("Validity"), valueLabel(tr("%1 to %2 (UTC)")
                                                .arg(report.notBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                     report.notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                                            box));
    auto* verdict = new QLabel(
        report.passed() ? tr("✔ Passes all %n lints", nullptr, int(report.lint.size()))
                        : tr("✘ %n lint error(s): this certificate cannot be issued", nullptr, report.errors),
        box);
    verdict->setObjectName(QStringLiteral("previewVerdictLabel"));
    verdict->setStyleSheet(report.passed() ? QStringLiteral("color: #1e7b34;")
                                           : QStringLiteral("color: #b3261e; font-weight: bold;"));
    form->addRow(tr("Lint"), verdict);
    layout->addLayout(form);
    auto* tree = new QTreeWidget(box);
    tree->setObjectName(QStringLiteral("lintTreeWidget"));
    tree->setHeaderLabels({tr("Status"), tr("Lint"), tr("Result"), tr("Rule")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (const domain::CheckResult& result : report.lint) {
        auto* row = new QTreeWidgetItem(tree);
        row->setIcon(0, statusIcon(result.status));
        row->setText(0, domain::checkStatusDisplayName(result.status));
        row->setText(1, result.id);
        row->setText(2, result.message.isEmpty() ? QString() : result.message);
        row->setText(3, result.citation);
    }
    for (int column = 0; column < tree->columnCount(); ++column) {
        tree->resizeColumnToContents(column);
    }
    tree->setMinimumHeight(tree->fontMetrics().height() * 12);
    layout->addWidget(tree);
    return box;
}

QWidget* ApplicationWindow::buildOrganizationPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("organizationPage"));
    auto* layout = new QVBoxLayout(page);
    auto* organization = new OrganizationPage(m_workspace, m_user, m_application);
    // Reloading rebuilds this page, so it waits until the page's own slot has returned.
    connect(organization, &OrganizationPage::evidenceRecorded, this, &ApplicationWindow::reload, Qt::QueuedConnection);
    layout->addWidget(organization);
    layout->addWidget(new QLabel(tr("<b>Checklist</b>")));
    layout->addWidget(checklistTree(domain::Checklist::forStep(ReviewStep::Organization)));
    layout->addStretch();
    return scrollable(page);
}

QWidget* ApplicationWindow::buildDocumentsPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("documentsPage"));
    auto* layout = new QVBoxLayout(page);
    auto* documents = new DocumentsPage(m_workspace, m_user, m_application);
    // Reloading rebuilds this page, so it waits until the page's own slot has returned.
    connect(documents, &DocumentsPage::documentsChanged, this, &ApplicationWindow::reload, Qt::QueuedConnection);
    layout->addWidget(documents);
    layout->addWidget(new QLabel(tr("<b>Checklist</b>")));
    layout->addWidget(checklistTree(domain::Checklist::forStep(ReviewStep::Documents)));
    return scrollable(page);
}

QWidget* ApplicationWindow::buildAuthorityPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("authorityPage"));
    auto* layout = new QVBoxLayout(page);
    auto* authority = new AuthorityPage(m_workspace, m_user, m_application);
    // Reloading rebuilds this page, so it waits until the page's own slot has returned.
    connect(authority, &AuthorityPage::callbackRecorded, this, &ApplicationWindow::reload, Qt::QueuedConnection);
    layout->addWidget(authority);
    layout->addWidget(new QLabel(tr("<b>Checklist</b>")));
    layout->addWidget(checklistTree(domain::Checklist::forStep(ReviewStep::Authority)));
    layout->addStretch();
    return scrollable(page);
}

QWidget* ApplicationWindow::buildDomainsPage() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* domains = new DomainsPage(m_workspace, m_user, m_application);
    // Reloading rebuilds this page, so it waits until the page's own slot has returned.
    connect(domains, &DomainsPage::evidenceRecorded, this, &ApplicationWindow::reload, Qt::QueuedConnection);
    layout->addWidget(domains);
    layout->addWidget(new QLabel(tr("<b>Checklist</b>")));
    layout->addWidget(checklistTree(domain::Checklist::forStep(ReviewStep::Domains)));
    layout->addStretch();
    return scrollable(page);
}

QWidget* ApplicationWindow::buildSummaryPage() {
    auto* summary = new SummaryPage(m_application, m_user);
    summary->setObjectName(QStringLiteral("summaryPage"));
    connect(summary, &SummaryPage::submitRequested, this,
            [this] { perform(domain::WorkflowAction::SubmitForApproval); });
    connect(summary, &SummaryPage::checkSelected, this, &ApplicationWindow::showRule);
    return scrollable(summary);
}

void ApplicationWindow::approve() {
    ApprovalDialog dialog(m_workspace, m_user, m_application, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit applicationChanged(m_applicationId);
    }
}

void ApplicationWindow::saveCertificate() {
    const auto certificate = m_workspace.certificates().currentFor(m_applicationId);
    if (!certificate || !certificate->has_value() || (*certificate)->certificate.isEmpty()) {
        return;
    }
    const QString path =
        Prompts::askSaveFile(this, tr("Save certificate"), (*certificate)->serial + QStringLiteral(".pem"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(app::CaSetupService::toPem((*certificate)->certificate, "CERTIFICATE").toLatin1()) < 0) {
        Prompts::showError(this, tr("Save certificate"), tr("%1 cannot be written.").arg(path), file.errorString());
    }
}

void ApplicationWindow::recordAdditionalVerification() {
    const QString title = domain::Checklist::find(u"risk.additional-verification")->title();
    const auto note = Prompts::askReason(
        this, title, tr("What was verified, with whom and from which source (recorded in the audit log):"));
    if (!note) {
        return;
    }
    const auto confirmed =
        Prompts::askYesNo(this, title, tr("Did the additional verification confirm the application?"));
    if (!confirmed) {
        return;
    }
    const auto recorded = app::ApplicationService(m_workspace)
                              .recordCheck(m_user, m_applicationId, QStringLiteral("risk.additional-verification"),
                                           *confirmed ? CheckStatus::Passed : CheckStatus::Failed, note->trimmed());
    if (!recorded) {
        Prompts::showError(this, title, recorded.error().userMessage, recorded.error().detail);
    }
    reload();
}

void ApplicationWindow::perform(domain::WorkflowAction action) {
    domain::WorkflowRequest request;
    request.action = action;
    const bool needsReason = action == domain::WorkflowAction::ReturnToApplicant ||
                             action == domain::WorkflowAction::Reject || action == domain::WorkflowAction::SendBack;
    if (needsReason) {
        const auto reason = Prompts::askReason(this, domain::actionDisplayName(action),
                                               tr("Reason (recorded in the audit log and shown to the next person):"));
        if (!reason) {
            return;
        }
        request.reason = reason->trimmed();
    }
    if (action == domain::WorkflowAction::Reject) {
        // R-IN-3: a rejection for suspected fraud or phishing is held against later applications.
        const auto fraud = Prompts::askYesNo(this, domain::actionDisplayName(action),
                                             tr("Is the application rejected for suspected fraud or phishing? "
                                                "Later applications with the same organization, names or key will "
                                                "then be flagged high risk."));
        if (!fraud) {
            return;
        }
        request.suspectedFraud = *fraud;
    }
    app::ApplicationService service(m_workspace);
    const auto moved = service.perform(m_user, m_applicationId, request);
    if (!moved) {
        Prompts::showError(this, domain::actionDisplayName(action), moved.error().userMessage, moved.error().detail);
        reload();
        return;
    }
    reload();
    emit applicationChanged(m_applicationId);
}

} // namespace ra::ui
