// SPDX-License-Identifier: Apache-2.0
#include "ui/DataSourcesDialog.h"

#include "app/OrganizationService.h"
#include "app/Workspace.h"
#include "ui/Prompts.h"
#include "ui/StatusIcons.h"
#include "ui/TableHelpers.h"
#include "ui_DataSourcesDialog.h"

#include <QHeaderView>

namespace ra::ui {

DataSourcesDialog::DataSourcesDialog(app::Workspace& workspace, const domain::User& administrator, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DataSourcesDialog>())
    , m_workspace(workspace)
    , m_administrator(administrator) {
    m_ui->setupUi(this);
    m_ui->sourcesTableWidget->verticalHeader()->hide();
    m_ui->sourcesTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_ui->kindComboBox->addItem(tr("Consulted by the officer"),
                                domain::ReliableDataSource::kindId(domain::ReliableDataSource::Kind::Other));
    m_ui->kindComboBox->addItem(
        tr("NTA corporate-number registry (looked up by the workstation)"),
        domain::ReliableDataSource::kindId(domain::ReliableDataSource::Kind::NtaCorporateNumber));
    connect(m_ui->approveButton, &QPushButton::clicked, this, &DataSourcesDialog::approve);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &DataSourcesDialog::withdrawSelected);
    connect(m_ui->sourcesTableWidget, &QTableWidget::itemSelectionChanged, this, &DataSourcesDialog::showSelected);
    const bool mayManage = m_administrator.can(domain::Permission::ManageDataSources) && !m_administrator.disabled;
    m_ui->evaluationGroupBox->setVisible(mayManage);
    m_ui->withdrawButton->setVisible(mayManage);
    reload();
}

DataSourcesDialog::~DataSourcesDialog() = default;

void DataSourcesDialog::reload() {
    const auto sources = app::OrganizationService(m_workspace).sources();
    m_sources = sources ? *sources : QList<domain::ReliableDataSource>();
    if (!sources) {
        m_ui->problemLabel->setText(QStringLiteral("✘ ") + sources.error().userMessage);
    }
    QTableWidget* table = m_ui->sourcesTableWidget;
    table->setRowCount(0);
    for (const domain::ReliableDataSource& source : m_sources) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, tableCell(QString::number(source.id)));
        table->setItem(row, 1, tableCell(source.name));
        table->setItem(row, 2, tableCell(source.provider));
        auto* status = tableCell(
            source.citable() ? tr("approved by %1, %2").arg(source.approvedBy, localTime(source.approvedAt))
                             : tr("withdrawn by %1, %2").arg(source.withdrawnBy, localTime(source.withdrawnAt)));
        status->setIcon(statusIcon(source.citable() ? domain::CheckStatus::Passed : domain::CheckStatus::Failed));
        table->setItem(row, 3, status);
        table->setItem(row, 4, tableCell(source.url));
    }
    table->resizeColumnsToContents();
    showSelected();
}

void DataSourcesDialog::showSelected() {
    const int row = m_ui->sourcesTableWidget->currentRow();
    const bool selected = row >= 0 && row < m_sources.size();
    m_ui->withdrawButton->setEnabled(selected && m_sources.at(row).citable());
    if (!selected) {
        m_ui->evaluationLabel->setText(tr("Select a source to read its evaluation (CP 3.2.2.7)."));
        return;
    }
    const domain::ReliableDataSource& source = m_sources.at(row);
    m_ui->evaluationLabel->setText(
        tr("<b>%1</b><br>Provider and purpose: %2 — %3<br>Age of the data: %4<br>Update frequency: %5<br>Public "
           "accessibility: %6<br>Difficulty of falsification: %7<br>Approved by %8 on %9")
            .arg(source.name.toHtmlEscaped(), source.provider.toHtmlEscaped(), source.purpose.toHtmlEscaped(),
                 source.dataAge.toHtmlEscaped(), source.updateFrequency.toHtmlEscaped(),
                 source.publicAccessibility.toHtmlEscaped(), source.falsificationDifficulty.toHtmlEscaped(),
                 source.approvedBy.toHtmlEscaped(), localTime(source.approvedAt)));
}

domain::ReliableDataSource DataSourcesDialog::evaluation() const {
    domain::ReliableDataSource source;
    source.name = m_ui->nameLineEdit->text().trimmed();
    source.kind = m_ui->kindComboBox->currentData().toString() ==
                          domain::ReliableDataSource::kindId(domain::ReliableDataSource::Kind::NtaCorporateNumber)
                      ? domain::ReliableDataSource::Kind::NtaCorporateNumber
                      : domain::ReliableDataSource::Kind::Other;
    source.provider = m_ui->providerLineEdit->text().trimmed();
    source.url = m_ui->urlLineEdit->text().trimmed();
    source.purpose = m_ui->purposeLineEdit->text().trimmed();
    source.dataAge = m_ui->dataAgeLineEdit->text().trimmed();
    source.updateFrequency = m_ui->updateFrequencyLineEdit->text().trimmed();
    source.publicAccessibility = m_ui->accessibilityLineEdit->text().trimmed();
    source.falsificationDifficulty = m_ui->falsificationLineEdit->text().trimmed();
    return source;
}

void DataSourcesDialog::approve() {
    const auto approved = app::OrganizationService(m_workspace).approveSource(m_administrator, evaluation());
    if (!approved) {
        m_ui->problemLabel->setText(tr("✘ Not approved: %1").arg(approved.error().userMessage));
        return; // what was typed stays
    }
    m_ui->problemLabel->setText(tr("✔ %1 approved: officers may cite it now.").arg(approved->name));
    for (QLineEdit* edit : m_ui->evaluationGroupBox->findChildren<QLineEdit*>()) {
        edit->clear();
    }
    reload();
}

void DataSourcesDialog::withdrawSelected() {
    const int row = m_ui->sourcesTableWidget->currentRow();
    if (row < 0 || row >= m_sources.size()) {
        return;
    }
    const domain::ReliableDataSource source = m_sources.at(row);
    const auto confirmed =
        Prompts::askYesNo(this, tr("Withdraw data source"),
                          tr("Withdraw “%1”? Officers can no longer cite it; what was recorded from it is "
                             "kept and keeps naming it.")
                              .arg(source.name));
    if (!confirmed || !*confirmed) {
        return;
    }
    if (auto withdrawn = app::OrganizationService(m_workspace).withdrawSource(m_administrator, source.id); !withdrawn) {
        m_ui->problemLabel->setText(tr("✘ Not withdrawn: %1").arg(withdrawn.error().userMessage));
        return;
    }
    m_ui->problemLabel->setText(tr("✔ %1 withdrawn.").arg(source.name));
    reload();
}

} // namespace ra::ui
