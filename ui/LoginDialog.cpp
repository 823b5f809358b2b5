// SPDX-License-Identifier: Apache-2.0
#include "ui/LoginDialog.h"

#include "app/AuthService.h"
#include "app/Workspace.h"
#include "crypto/SecureBytes.h"
#include "translations/Translations.h"
#include "ui/EnrolmentDialog.h"
#include "ui/SecretFields.h"
#include "ui/StatusIcons.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QVBoxLayout>

namespace ra::ui {

LoginDialog::LoginDialog(app::Workspace& workspace, Mode mode, const std::optional<domain::User>& lockedUser,
                         QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_lockedUser(lockedUser) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowIcon(namedIcon(QStringLiteral("ra-workstation")));
    m_titleLabel = new QLabel(this);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_codeEdit = new QLineEdit(this);
    m_codeEdit->setObjectName(QStringLiteral("codeLineEdit"));
    m_codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), this));
    m_codeEdit->setMaxLength(8);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    for (const QString& language : translations::availableLanguages()) {
        m_languageCombo->addItem(translations::languageDisplayName(language), language);
    }
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(translations::currentLanguage()));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));

    m_userLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_codeLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_userLabel->setBuddy(m_userEdit);
    m_passwordLabel->setBuddy(m_passwordEdit);
    m_codeLabel->setBuddy(m_codeEdit);
    m_languageLabel->setBuddy(m_languageCombo);

    auto* form = new QFormLayout;
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_codeLabel, m_codeEdit);
    form->addRow(m_languageLabel, m_languageCombo);

    m_buttons = new QDialogButtonBox(this);
    m_signInButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    if (mode == Mode::Login) {
        m_enrolButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        m_enrolButton->setObjectName(QStringLiteral("firstSignInButton"));
        connect(m_enrolButton, &QPushButton::clicked, this, &LoginDialog::firstSignIn);
    }
    connect(m_signInButton, &QPushButton::clicked, this, &LoginDialog::attempt);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_logoutRequested = m_mode == Mode::Unlock;
        reject();
    });
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &LoginDialog::languageChosen);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    if (mode == Mode::Unlock && lockedUser) {
        m_userEdit->setText(lockedUser->username);
        m_userEdit->setReadOnly(true);
        m_languageCombo->setEnabled(false);
        m_passwordEdit->setFocus();
    } else {
        m_userEdit->setFocus();
    }
    retranslate();
    setMinimumWidth(380);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::retranslate() {
    setWindowTitle(m_mode == Mode::Login ? tr("RA Workstation — Sign in") : tr("RA Workstation — Locked"));
    m_titleLabel->setText(m_mode == Mode::Login ? tr("Sign in to %1").arg(m_workspace.directory())
                                                : tr("The session is locked. Sign in again to continue, or log out."));
    m_userLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_codeLabel->setText(tr("One-time &code"));
    m_codeEdit->setPlaceholderText(tr("6 digits from your authenticator (not needed by auditors)"));
    m_languageLabel->setText(tr("&Language"));
    m_signInButton->setText(m_mode == Mode::Login ? tr("Sign in") : tr("Unlock"));
    m_cancelButton->setText(m_mode == Mode::Login ? tr("Quit") : tr("Log out"));
    if (m_enrolButton) {
        m_enrolButton->setText(tr("&First sign-in…"));
        m_enrolButton->setToolTip(tr("Enrol with the code an administrator gave you: choose your password and set "
                                     "up your authenticator."));
    }
}

void LoginDialog::firstSignIn() {
    EnrolmentDialog dialog(m_workspace, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.enrolled()) {
        return;
    }
    m_userEdit->setText(dialog.enrolled()->username);
    m_messageLabel->setText(tr("You are enrolled. Sign in with your new password and a code from your "
                               "authenticator."));
    m_passwordEdit->setFocus();
}

void LoginDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void LoginDialog::languageChosen(int index) {
    const QString language = m_languageCombo->itemData(index).toString();
    translations::install(*QCoreApplication::instance(), language);
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

void LoginDialog::attempt() {
    const crypto::SecureBytes password = takeSecret(m_passwordEdit);
    app::AuthService auth(m_workspace);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto user = m_mode == Mode::Login || !m_lockedUser
                    ? auth.login(m_userEdit->text().trimmed(), password, m_codeEdit->text())
                    : auth.unlock(*m_lockedUser, password, m_codeEdit->text());
    QApplication::restoreOverrideCursor();
    m_codeEdit->clear();
    if (!user) {
        m_messageLabel->setText(user.error().userMessage);
        m_passwordEdit->setFocus();
        return;
    }
    m_user = *user;
    accept();
}

} // namespace ra::ui
