// SPDX-License-Identifier: Apache-2.0
#include "ui/ChangePasswordDialog.h"

#include "app/AuthService.h"
#include "crypto/SecureBytes.h"
#include "ui/SecretFields.h"
#include "ui_ChangePasswordDialog.h"

#include <QApplication>
#include <QPushButton>

namespace ra::ui {

ChangePasswordDialog::ChangePasswordDialog(app::Workspace& workspace, const domain::User& user, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangePasswordDialog>())
    , m_workspace(workspace)
    , m_user(user) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change password"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    m_ui->currentLineEdit->setFocus();
    setMinimumWidth(440);
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::accept() {
    const crypto::SecureBytes current = takeSecret(m_ui->currentLineEdit);
    const crypto::SecureBytes password = takeSecret(m_ui->newLineEdit);
    const crypto::SecureBytes repeated = takeSecret(m_ui->repeatLineEdit);
    if (!password.equals(repeated)) {
        m_ui->messageLabel->setText(tr("The two new passwords differ. Type them again."));
        m_ui->newLineEdit->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const domain::Status changed = app::AuthService(m_workspace).changePassword(m_user, current, password);
    QApplication::restoreOverrideCursor();
    if (!changed) {
        m_ui->messageLabel->setText(changed.error().userMessage);
        m_ui->currentLineEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ra::ui
