// SPDX-License-Identifier: Apache-2.0
#include "ui/EvidenceDialog.h"

#include "domain/OrganizationVerification.h"
#include "ui_EvidenceDialog.h"

#include <QPushButton>

namespace ra::ui {

EvidenceDialog::EvidenceDialog(qint64 applicationId, const QList<domain::Document>& documents,
                               const QList<domain::ReliableDataSource>& sources, const QDateTime& now, Recorder record,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EvidenceDialog>())
    , m_applicationId(applicationId)
    , m_record(std::move(record)) {
    m_ui->setupUi(this);
    for (const domain::EvidenceSource kind : domain::OrganizationVerification::enteredKinds()) {
        m_ui->kindComboBox->addItem(domain::evidenceSourceDisplayName(kind), domain::evidenceSourceId(kind));
    }
    for (const domain::ReliableDataSource& source : sources) {
        m_ui->dataSourceComboBox->addItem(source.name, source.id);
    }
    for (const domain::Document& document : documents) {
        auto* item = new QListWidgetItem(
            QStringLiteral("#%1  %2  %3").arg(document.id).arg(document.fileName, document.description),
            m_ui->documentsListWidget);
        item->setData(Qt::UserRole, document.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->obtainedDateTimeEdit->setMaximumDateTime(now.toLocalTime());
    m_ui->obtainedDateTimeEdit->setDateTime(now.toLocalTime());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record evidence"));
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &EvidenceDialog::updateFields);
    for (QCheckBox* box : {m_ui->nameCheckBox, m_ui->addressCheckBox, m_ui->countryCheckBox, m_ui->tradenameCheckBox}) {
        connect(box, &QCheckBox::toggled, this, &EvidenceDialog::updateFields);
    }
    updateFields();
}

EvidenceDialog::~EvidenceDialog() = default;

// Presentation only: a value is typed for each part the source confirms; the service decides.
void EvidenceDialog::updateFields() {
    const bool citesDataSource = m_ui->kindComboBox->currentData().toString() ==
                                 domain::evidenceSourceId(domain::EvidenceSource::ReliableDataSource);
    m_ui->dataSourceComboBox->setEnabled(citesDataSource);
    m_ui->legalNameLineEdit->setEnabled(m_ui->nameCheckBox->isChecked());
    for (QLineEdit* edit : {m_ui->stateLineEdit, m_ui->localityLineEdit, m_ui->streetLineEdit}) {
        edit->setEnabled(m_ui->addressCheckBox->isChecked());
    }
    m_ui->countryLineEdit->setEnabled(m_ui->countryCheckBox->isChecked());
    m_ui->tradenameLineEdit->setEnabled(m_ui->tradenameCheckBox->isChecked());
}

domain::Evidence EvidenceDialog::entered() const {
    domain::Evidence evidence;
    evidence.applicationId = m_applicationId;
    evidence.source = domain::evidenceSourceFromId(m_ui->kindComboBox->currentData().toString())
                          .value_or(domain::EvidenceSource::GovernmentAgency);
    if (m_ui->dataSourceComboBox->isEnabled()) {
        evidence.dataSourceId = m_ui->dataSourceComboBox->currentData().toLongLong();
    }
    evidence.reference = m_ui->referenceLineEdit->text().trimmed();
    evidence.obtainedAt = m_ui->obtainedDateTimeEdit->dateTime().toUTC();
    evidence.confirms = {m_ui->nameCheckBox->isChecked(), m_ui->addressCheckBox->isChecked(),
                         m_ui->countryCheckBox->isChecked(), m_ui->tradenameCheckBox->isChecked()};
    const auto value = [](const QLineEdit* edit) { return edit->isEnabled() ? edit->text().trimmed() : QString(); };
    evidence.verified = {value(m_ui->legalNameLineEdit), value(m_ui->stateLineEdit),   value(m_ui->localityLineEdit),
                         value(m_ui->streetLineEdit),    value(m_ui->countryLineEdit), value(m_ui->tradenameLineEdit)};
    for (int row = 0; row < m_ui->documentsListWidget->count(); ++row) {
        const QListWidgetItem* item = m_ui->documentsListWidget->item(row);
        if (item->checkState() == Qt::Checked) {
            evidence.documentIds << item->data(Qt::UserRole).toLongLong();
        }
    }
    evidence.note = m_ui->notePlainTextEdit->toPlainText().trimmed();
    return evidence;
}

void EvidenceDialog::accept() {
    const domain::Status recorded = m_record(entered());
    if (!recorded) {
        m_ui->problemLabel->setText(tr("✘ Not recorded: %1").arg(recorded.error().userMessage));
        return; // stays open with what was typed
    }
    QDialog::accept();
}

} // namespace ra::ui
