// SPDX-License-Identifier: Apache-2.0
#include "ui/HighRiskNamesDialog.h"

#include "app/HighRiskService.h"
#include "app/Workspace.h"
#include "ui/Prompts.h"
#include "ui/TableHelpers.h"
#include "ui_HighRiskNamesDialog.h"

#include <QHeaderView>

namespace ra::ui {

HighRiskNamesDialog::HighRiskNamesDialog(app::Workspace& workspace, const domain::User& administrator, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HighRiskNamesDialog>())
    , m_workspace(workspace)
    , m_administrator(administrator) {
    m_ui->setupUi(this);
    m_ui->namesTableWidget->verticalHeader()->hide();
    m_ui->namesTableWidget->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->addButton, &QPushButton::clicked, this, &HighRiskNamesDialog::add);
    connect(m_ui->nameLineEdit, &QLineEdit::returnPressed, this, &HighRiskNamesDialog::add);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &HighRiskNamesDialog::removeSelected);
    connect(m_ui->namesTableWidget, &QTableWidget::itemSelectionChanged, this,
            [this] { m_ui->removeButton->setEnabled(m_ui->namesTableWidget->currentRow() >= 0); });
    reload();
}

HighRiskNamesDialog::~HighRiskNamesDialog() = default;

void HighRiskNamesDialog::reload() {
    const auto names = app::HighRiskService(m_workspace).names();
    m_names = names ? *names : QList<domain::HighRiskName>();
    if (!names) {
        m_ui->problemLabel->setText(QStringLiteral("✘ ") + names.error().userMessage);
    }
    QTableWidget* table = m_ui->namesTableWidget;
    table->setRowCount(0);
    for (const domain::HighRiskName& listed : m_names) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, tableCell(listed.name));
        table->setItem(row, 1, tableCell(listed.skeleton));
        table->setItem(row, 2, tableCell(listed.reason));
    }
    table->resizeColumnsToContents();
    m_ui->removeButton->setEnabled(false);
}

void HighRiskNamesDialog::add() {
    const auto added = app::HighRiskService(m_workspace)
                           .addName(m_administrator, m_ui->nameLineEdit->text(), m_ui->reasonLineEdit->text());
    if (!added) {
        m_ui->problemLabel->setText(tr("✘ Not added: %1").arg(added.error().userMessage));
        return; // what was typed stays
    }
    m_ui->problemLabel->setText(
        tr("✔ “%1” added: applications requesting it or a look-alike are flagged high risk from now on.")
            .arg(added->name));
    m_ui->nameLineEdit->clear();
    m_ui->reasonLineEdit->clear();
    reload();
}

void HighRiskNamesDialog::removeSelected() {
    const int row = m_ui->namesTableWidget->currentRow();
    if (row < 0 || row >= m_names.size()) {
        return;
    }
    const domain::HighRiskName listed = m_names.at(row);
    // The reason is the confirmation: cancelling the question removes nothing.
    const std::optional<QString> reason =
        Prompts::askReason(this, tr("Remove high-risk name"),
                           tr("Why does “%1” come off the list? Later applications are no longer matched against it; "
                              "applications already flagged stay flagged.")
                               .arg(listed.name));
    if (!reason) {
        return;
    }
    if (auto removed = app::HighRiskService(m_workspace).removeName(m_administrator, listed.id, *reason); !removed) {
        m_ui->problemLabel->setText(tr("✘ Not removed: %1").arg(removed.error().userMessage));
        return;
    }
    m_ui->problemLabel->setText(tr("✔ “%1” removed.").arg(listed.name));
    reload();
}

} // namespace ra::ui
