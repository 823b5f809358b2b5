// SPDX-License-Identifier: Apache-2.0
#include "ui/ApprovalDialog.h"

#include "ui/SecretFields.h"

#include "app/ApplicationService.h"
#include "app/ApprovalService.h"
#include "app/AuthService.h"
#include "app/CertificatePreviewService.h"
#include "app/Workspace.h"
#include "domain/Workflow.h"
#include "ui/Prompts.h"
#include "ui/StatusIcons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ra::ui {

ApprovalDialog::ApprovalDialog(app::Workspace& workspace, const domain::User& supervisor,
                               const domain::Application& application, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_supervisor(supervisor)
    , m_applicationId(application.id) {
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve application %1").arg(application.externalReference));
    setWindowIcon(namedIcon(QStringLiteral("passed")));
    auto* intro = new QLabel(tr("You approve the issuance of exactly this certificate (CP 5.2.2, 6.2.2). Your approval "
                                "is signed with your own key over its SHA-256 digest; any later change to the content "
                                "voids it."),
                             this);
    intro->setWordWrap(true);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildContent(application));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("approvalPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("approvalCodeLineEdit"));
    m_code->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Your password (opens your approval key)"), m_password);
    form->addRow(tr("Your one-time code, now"), m_code);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("approvalResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText); // refusals may quote application text

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* approve = buttons->addButton(tr("Approve and sign"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveButton"));
    approve->setEnabled(!m_contentDigest.isEmpty());
    QPushButton* back = buttons->addButton(tr("Send back…"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("sendBackButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(approve, &QPushButton::clicked, this, &ApprovalDialog::attempt);
    connect(back, &QPushButton::clicked, this, &ApprovalDialog::sendBack);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);
    resize(820, 720);
}

QWidget* ApprovalDialog::buildContent(const domain::Application& application) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    // The content every approval covers (UI.md: preview, extensions, lint report, evidence).
    const auto candidate = app::ApprovalService(m_workspace).contentToApprove(m_supervisor, application.id);
    auto* certificate = new QGroupBox(tr("The certificate"), content);
    auto* certificateForm = new QFormLayout(certificate);
    if (!candidate) {
        auto* problem = new QLabel(tr("✘ It cannot be approved: %1").arg(candidate.error().userMessage), certificate);
        problem->setWordWrap(true);
        certificateForm->addRow(problem);
        layout->addWidget(certificate);
        return content;
    }
    m_contentDigest = candidate->tbsSha256;
    const app::CertificatePreviewReport report = app::CertificatePreviewService::describe(candidate->candidate);
    const auto addRow = [&](const QString& label, const QString& value) {
        auto* text = new QLabel(value, certificate);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        certificateForm->addRow(label, text);
    };
    addRow(tr("Subject"), report.subject);
    addRow(tr("Serial"), candidate->serial);
    addRow(tr("Validity (UTC)"),
           tr("%1 to %2").arg(candidate->notBefore.toString(Qt::ISODate), candidate->notAfter.toString(Qt::ISODate)));
    addRow(tr("SHA-256 of the tbsCertificate"), candidate->tbsSha256);
    auto* extensions = new QListWidget(certificate);
    extensions->setObjectName(QStringLiteral("approvalExtensionsList"));
    extensions->setWordWrap(true);
    extensions->addItems(report.extensions);
    certificateForm->addRow(tr("Extensions"), extensions);
    addRow(tr("Lint"), report.errors == 0 ? tr("✔ Passes all %1 lints").arg(report.lint.size())
                                          : tr("✘ %1 lint error(s)").arg(report.errors));
    layout->addWidget(certificate);

    auto* evidence = new QGroupBox(tr("Checks and who decided them"), content);
    auto* evidenceLayout = new QVBoxLayout(evidence);
    auto* checks = new QTreeWidget(evidence);
    checks->setObjectName(QStringLiteral("approvalChecksTree"));
    checks->setRootIsDecorated(false);
    checks->setHeaderLabels({tr("Check"), tr("Policy"), tr("Status"), tr("Decided by"), tr("Note")});
    for (const domain::ChecklistDefinition& definition : domain::Checklist::definitions()) {
        const domain::ChecklistItem* item = application.item(definition.code);
        const domain::CheckStatus status = item ? item->status : domain::CheckStatus::Pending;
        auto* row = new QTreeWidgetItem(checks, {definition.title(), definition.citation,
                                                 domain::checkStatusDisplayName(status),
                                                 item ? item->decidedBy : QString(), item ? item->note : QString()});
        row->setIcon(2, statusIcon(status));
    }
    checks->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    evidenceLayout->addWidget(checks);
    layout->addWidget(evidence);
    return content;
}

ApprovalDialog::~ApprovalDialog() {
    m_password->clear();
    m_code->clear();
}

void ApprovalDialog::attempt() {
    const crypto::SecureBytes password = takeSecret(m_password);
    const QString code = m_code->text().trimmed();
    m_code->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // R-ROLE-3: the second factor is entered at the moment of approval, and checked again here.
    const auto fresh = app::AuthService(m_workspace).login(m_supervisor.username, password, code);
    const auto approved =
        fresh ? app::ApprovalService(m_workspace).approve(*fresh, password, m_applicationId, m_contentDigest)
              : domain::Result<app::ApprovalOutcome>(std::unexpected(fresh.error()));
    QApplication::restoreOverrideCursor();
    if (!approved) {
        m_resultLabel->setText(tr("✘ Not approved: %1").arg(approved.error().userMessage));
        m_resultLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        return;
    }
    accept();
}

void ApprovalDialog::sendBack() {
    const auto reason = Prompts::askReason(this, domain::actionDisplayName(domain::WorkflowAction::SendBack),
                                           tr("What must the officer look at again? (recorded in the audit log)"));
    if (!reason || reason->trimmed().isEmpty()) {
        return;
    }
    domain::WorkflowRequest request;
    request.action = domain::WorkflowAction::SendBack;
    request.reason = reason->trimmed();
    const auto moved = app::ApplicationService(m_workspace).perform(m_supervisor, m_applicationId, request);
    if (!moved) {
        m_resultLabel->setText(tr("✘ Not sent back: %1").arg(moved.error().userMessage));
        return;
    }
    accept();
}

} // namespace ra::ui
