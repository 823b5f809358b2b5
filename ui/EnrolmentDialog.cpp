// SPDX-License-Identifier: Apache-2.0
#include "ui/EnrolmentDialog.h"

#include "app/AuthService.h"
#include "app/Workspace.h"
#include "ui/SecretFields.h"
#include "ui_EnrolmentDialog.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace ra::ui {

EnrolmentDialog::EnrolmentDialog(app::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnrolmentDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("enrolmentDialog"));
    m_ui->totpLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), this));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->secretLabel->setFont(fixed);
    m_ui->enrolmentCodeLineEdit->setFont(fixed);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
    connect(m_ui->buttonBox->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, &EnrolmentDialog::proceed);
    m_ui->pages->setCurrentWidget(m_ui->codePage);
    m_ui->userLineEdit->setFocus();
    setMinimumWidth(520);
}

EnrolmentDialog::~EnrolmentDialog() = default;

void EnrolmentDialog::proceed() {
    if (m_ui->pages->currentWidget() == m_ui->codePage) {
        checkCode();
    } else {
        enrol();
    }
}

void EnrolmentDialog::done(int result) {
    m_ui->secretLabel->clear();
    m_ui->addressLineEdit->clear();
    m_ui->enrolmentCodeLineEdit->clear();
    m_ui->passwordLineEdit->clear();
    m_ui->repeatLineEdit->clear();
    m_totpSecret.clear();
    QDialog::done(result);
}

void EnrolmentDialog::showProblem(const QString& message) {
    m_ui->messageLabel->setText(message);
}

void EnrolmentDialog::checkCode() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto holder = app::AuthService(m_workspace)
                      .checkEnrolmentCode(m_ui->userLineEdit->text().trimmed(), m_ui->enrolmentCodeLineEdit->text());
    QApplication::restoreOverrideCursor();
    if (!holder) {
        showProblem(holder.error().userMessage);
        m_ui->enrolmentCodeLineEdit->setFocus();
        return;
    }
    m_holder = *holder;
    showProblem({});
    const bool secondFactor = domain::requiresSecondFactor(holder->role);
    m_ui->authenticatorGroupBox->setVisible(secondFactor);
    if (secondFactor) {
        m_totpSecret = app::AuthService::newTotpSecret();
        m_ui->secretLabel->setText(app::AuthService::totpSecretText(m_totpSecret));
        m_ui->addressLineEdit->setText(app::AuthService::totpAddress(holder->username, m_totpSecret));
        m_ui->addressLineEdit->setCursorPosition(0);
    }
    m_ui->userLineEdit->setReadOnly(true);
    m_ui->enrolmentCodeLineEdit->setReadOnly(true);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Enrol"));
    m_ui->pages->setCurrentWidget(m_ui->choicesPage);
    adjustSize(); // the second step is taller than the first
    m_ui->passwordLineEdit->setFocus();
}

void EnrolmentDialog::enrol() {
    const crypto::SecureBytes password = takeSecret(m_ui->passwordLineEdit);
    const crypto::SecureBytes repeated = takeSecret(m_ui->repeatLineEdit);
    if (!password.equals(repeated)) {
        showProblem(tr("The two passwords differ. Type them again."));
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto enrolled = app::AuthService(m_workspace)
                        .enrol(m_holder->username, m_ui->enrolmentCodeLineEdit->text(), password, m_totpSecret,
                               m_ui->totpLineEdit->text());
    QApplication::restoreOverrideCursor();
    m_ui->totpLineEdit->clear();
    if (!enrolled) {
        showProblem(enrolled.error().userMessage);
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_enrolled = *enrolled;
    accept();
}

} // namespace ra::ui
