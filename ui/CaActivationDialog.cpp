// SPDX-License-Identifier: Apache-2.0
#include "ui/CaActivationDialog.h"

#include "ui/SecretFields.h"

#include "app/CaActivationService.h"
#include "ui/StatusIcons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ra::ui {

CaActivationDialog::CaActivationDialog(app::Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("caActivationDialog"));
    setWindowTitle(tr("Activate the CA key"));
    setWindowIcon(namedIcon(QStringLiteral("lock")));
    auto* intro = new QLabel(tr("Two Key Custodians activate the CA key together (CP 6.2.2). Each signs in and "
                                "enters their share of the activation data; nothing typed here is shown or kept."),
                             this);
    intro->setWordWrap(true);
    auto* panels = new QHBoxLayout;
    panels->addWidget(buildPanel(m_panels[0], 1));
    panels->addWidget(buildPanel(m_panels[1], 2));
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("activationResultLabel"));
    m_resultLabel->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* activate = buttons->addButton(tr("Activate"), QDialogButtonBox::AcceptRole);
    activate->setObjectName(QStringLiteral("activateButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(activate, &QPushButton::clicked, this, &CaActivationDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        clearSecrets();
        reject();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(panels);
    layout->addWidget(m_resultLabel);
    layout->addWidget(buttons);
}

CaActivationDialog::~CaActivationDialog() {
    clearSecrets();
}

QWidget* CaActivationDialog::buildPanel(Panel& panel, int number) {
    auto* box = new QGroupBox(tr("Key Custodian %1").arg(number), this);
    panel.user = new QLineEdit(box);
    panel.user->setObjectName(QStringLiteral("custodian%1UserLineEdit").arg(number));
    panel.password = new QLineEdit(box);
    panel.password->setObjectName(QStringLiteral("custodian%1PasswordLineEdit").arg(number));
    panel.code = new QLineEdit(box);
    panel.code->setObjectName(QStringLiteral("custodian%1CodeLineEdit").arg(number));
    panel.share = new QLineEdit(box);
    panel.share->setObjectName(QStringLiteral("custodian%1ShareLineEdit").arg(number));
    for (QLineEdit* secret : {panel.password, panel.code, panel.share}) {
        secret->setEchoMode(QLineEdit::Password);
    }
    auto* form = new QFormLayout(box);
    form->addRow(tr("User name"), panel.user);
    form->addRow(tr("Password"), panel.password);
    form->addRow(tr("One-time code"), panel.code);
    form->addRow(tr("PIN share"), panel.share);
    return box;
}

void CaActivationDialog::clearSecrets() {
    for (Panel& panel : m_panels) {
        for (QLineEdit* secret : {panel.password, panel.code, panel.share}) {
            if (secret) {
                secret->clear();
            }
        }
    }
}

void CaActivationDialog::attempt() {
    const QString first = m_panels[0].user->text().trimmed();
    const QString second = m_panels[1].user->text().trimmed();
    if (!first.isEmpty() && first == second) {
        // The second panel refuses the first custodian (the service refuses it too, and audits).
        m_resultLabel->setText(tr("✘ The second custodian must be a different person from the first."));
    }
    app::CustodianSecrets secrets[2];
    for (int i = 0; i < 2; ++i) {
        secrets[i].username = m_panels[i].user->text().trimmed();
        secrets[i].password = takeSecret(m_panels[i].password);
        secrets[i].totpCode = QString::fromUtf8([&] {
            const crypto::SecureBytes code = takeSecret(m_panels[i].code);
            return QByteArray(reinterpret_cast<const char*>(code.data()), qsizetype(code.size()));
        }());
        secrets[i].pinShare = takeSecret(m_panels[i].share);
    }
    m_resultLabel->setText(tr("Activating…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto module = app::CaActivationService(m_workspace).openSigningModule(std::move(secrets[0]), std::move(secrets[1]));
    QApplication::restoreOverrideCursor();
    if (!module) {
        m_resultLabel->setText(tr("✘ Not activated: %1").arg(module.error().userMessage));
        m_resultLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        return;
    }
    m_module = std::move(*module);
    m_custodians = {first, second};
    accept();
}

} // namespace ra::ui
