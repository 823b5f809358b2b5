// SPDX-License-Identifier: Apache-2.0
#include "ui/ApprovalDialog.h"

#include "app/ApprovalService.h"
#include "app/AuthService.h"
#include "app/CertificatePreviewService.h"
#include "app/Workspace.h"
#include "ui/StatusIcons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra::ui {

ApprovalDialog::ApprovalDialog(app::Workspace& workspace, const domain::User& supervisor,
                               const domain::Application& application, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_supervisor(supervisor)
    , m_applicationId(application.id) {
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(tr("Approve application %1").arg(application.id));
    setWindowIcon(namedIcon(QStringLiteral("passed")));

    // Later approvals cover the content the first one fixed; the first fixes it now.
    QString content;
    const auto candidate = m_workspace.certificates().currentFor(application.id);
    const bool fixed = !application.approvals.isEmpty() && candidate && candidate->has_value() &&
                       (*candidate)->tbsSha256 == application.approvals.front().contentDigest;
    const app::CertificatePreviewReport preview = app::CertificatePreviewService(m_workspace).preview(application);
    if (fixed) {
        content = tr("<p>The content the first approval fixed:</p><p>Serial <tt>%1</tt><br>Valid %2 – %3<br>"
                     "SHA-256 of the tbsCertificate <tt>%4</tt></p>")
                      .arg((*candidate)->serial, (*candidate)->notBefore.toString(Qt::ISODate),
                           (*candidate)->notAfter.toString(Qt::ISODate), (*candidate)->tbsSha256);
    } else if (preview.built) {
        content = tr("<p>Subject %1<br>Names %2<br>Valid from now until %3<br>Lint errors: %4</p>"
                     "<p>Approving fixes this content (serial, validity, every field).</p>")
                      .arg(preview.subject.toHtmlEscaped(), preview.dnsNames.join(QStringLiteral(", ")),
                           preview.notAfter.toString(Qt::ISODate))
                      .arg(preview.errors);
    } else {
        content = tr("<p>The certificate cannot be built: %1</p>").arg(preview.problem.toHtmlEscaped());
    }
    auto* intro = new QLabel(
        tr("<p>You approve the issuance of exactly this certificate (CP 5.2.2, 6.2.2). Your approval is signed "
           "with your own key over its SHA-256 digest; any later change to the content voids it.</p>") +
            content,
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("approvalPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("approvalCodeLineEdit"));
    m_code->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("Your password"), m_password);
    form->addRow(tr("Your one-time code, now"), m_code);
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("approvalResultLabel"));
    m_resultLabel->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* approve = buttons->addButton(tr("Approve and sign"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(QStringLiteral("approveButton"));
    approve->setEnabled(fixed || preview.passed());
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(approve, &QPushButton::clicked, this, &ApprovalDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);
}

ApprovalDialog::~ApprovalDialog() {
    m_password->clear();
    m_code->clear();
}

void ApprovalDialog::attempt() {
    QByteArray passwordText = m_password->text().toUtf8();
    const crypto::SecureBytes password = crypto::SecureBytes::takeFrom(passwordText);
    const QString code = m_code->text().trimmed();
    m_password->clear();
    m_code->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // R-ROLE-3: the second factor is entered at the moment of approval, and checked again here.
    const auto fresh = app::AuthService(m_workspace).login(m_supervisor.username, password, code);
    const auto approved = fresh ? app::ApprovalService(m_workspace).approve(*fresh, password, m_applicationId)
                                : domain::Result<app::ApprovalOutcome>(std::unexpected(fresh.error()));
    QApplication::restoreOverrideCursor();
    if (!approved) {
        m_resultLabel->setText(tr("✘ Not approved: %1").arg(approved.error().userMessage));
        m_resultLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        return;
    }
    accept();
}

} // namespace ra::ui
