// SPDX-License-Identifier: Apache-2.0
#include "ui/AuthorityPage.h"

#include "app/AuthorityService.h"
#include "app/OrganizationService.h"
#include "app/Workspace.h"
#include "domain/SeparationOfDuties.h"
#include "ui/StatusIcons.h"
#include "ui/TableHelpers.h"
#include "ui_AuthorityPage.h"

#include <QHeaderView>

namespace ra::ui {

namespace {
QString orDash(const QString& text) {
    return text.isEmpty() ? QStringLiteral("—") : text;
}
} // namespace

AuthorityPage::AuthorityPage(app::Workspace& workspace, const domain::User& user,
                             const domain::Application& application, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuthorityPage>())
    , m_workspace(workspace)
    , m_user(user)
    , m_application(application) {
    m_ui->setupUi(this);
    const domain::Representative& representative = m_application.representative;
    // What the applicant typed is shown as typed: never as markup or a link (issue 12 item 11).
    for (QLabel* label : {m_ui->representativeNameLabel, m_ui->representativeTitleLabel, m_ui->representativeEmailLabel,
                          m_ui->representativePhoneLabel, m_ui->problemLabel}) {
        label->setTextFormat(Qt::PlainText);
    }
    m_ui->representativeNameLabel->setText(orDash(representative.name));
    m_ui->representativeTitleLabel->setText(orDash(representative.title));
    m_ui->representativeEmailLabel->setText(orDash(representative.email));
    m_ui->representativePhoneLabel->setText(orDash(representative.phone));

    for (const domain::CallbackChannel channel :
         {domain::CallbackChannel::Telephone, domain::CallbackChannel::Email, domain::CallbackChannel::Postal}) {
        m_ui->channelComboBox->addItem(domain::callbackChannelDisplayName(channel), domain::callbackChannelId(channel));
    }
    for (const domain::CallbackOutcome outcome :
         {domain::CallbackOutcome::Confirmed, domain::CallbackOutcome::Denied, domain::CallbackOutcome::NotReached}) {
        m_ui->outcomeComboBox->addItem(domain::callbackOutcomeDisplayName(outcome), domain::callbackOutcomeId(outcome));
    }
    const QDateTime now = m_workspace.clock().nowUtc().toLocalTime();
    m_ui->reachedAtDateTimeEdit->setMaximumDateTime(now);
    m_ui->reachedAtDateTimeEdit->setDateTime(now);
    m_ui->reachedAtDateTimeEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_ui->callbacksTableWidget->verticalHeader()->hide();
    m_ui->callbacksTableWidget->horizontalHeader()->setStretchLastSection(true);
    fillSources();
    fillHistory();

    // Said before the officer fills the form in, not after (the service checks again on record).
    const auto current = m_workspace.applications().byId(m_application.id);
    const auto allowed = current ? domain::SeparationOfDuties::mayRecordEvidence(m_user, *current)
                                 : domain::Status(std::unexpected(current.error()));
    m_ui->callbackGroupBox->setEnabled(allowed.has_value());
    if (!allowed) {
        m_ui->problemLabel->setEnabled(true);
        m_ui->problemLabel->setText(allowed.error().userMessage);
    }
    connect(m_ui->recordButton, &QPushButton::clicked, this, [this] { (void)record(); });
}

AuthorityPage::~AuthorityPage() = default;

void AuthorityPage::fillSources() {
    const auto sources = app::OrganizationService(m_workspace).sources();
    m_ui->sourceComboBox->clear();
    if (!sources) {
        return;
    }
    for (const domain::ReliableDataSource& source : *sources) {
        if (source.citable()) {
            m_ui->sourceComboBox->addItem(source.name, source.id);
        }
    }
    if (m_ui->sourceComboBox->count() == 0) {
        m_ui->sourceComboBox->setPlaceholderText(tr("No approved source: an administrator approves one first"));
    }
}

void AuthorityPage::fillHistory() {
    const auto callbacks = app::AuthorityService(m_workspace).callbacks(m_application.id);
    QTableWidget* table = m_ui->callbacksTableWidget;
    table->setRowCount(0);
    for (const domain::Callback& callback : callbacks.value_or(QList<domain::Callback>{})) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, tableCell(localTime(callback.reachedAt)));
        table->setItem(row, 1, tableCell(domain::callbackChannelDisplayName(callback.channel)));
        table->setItem(row, 2, tableCell(callback.contact));
        table->setItem(row, 3, tableCell(tr("%1 — %2").arg(callback.dataSourceName, callback.sourceReference)));
        table->setItem(row, 4,
                       tableCell(callback.personTitle.isEmpty()
                                     ? callback.personReached
                                     : tr("%1 (%2)").arg(callback.personReached, callback.personTitle)));
        auto* outcome = tableCell(domain::callbackOutcomeDisplayName(callback.outcome));
        outcome->setIcon(statusIcon(callback.outcome == domain::CallbackOutcome::Confirmed ? domain::CheckStatus::Passed
                                    : callback.outcome == domain::CallbackOutcome::Denied
                                        ? domain::CheckStatus::Failed
                                        : domain::CheckStatus::Pending));
        table->setItem(row, 5, outcome);
        table->setItem(row, 6, tableCell(tr("%1, %2").arg(callback.recordedBy, localTime(callback.recordedAt))));
    }
    table->resizeColumnsToContents();
    fitRows(table, qMin(table->rowCount(), 5));
}

domain::Callback AuthorityPage::fromForm() const {
    domain::Callback callback;
    callback.applicationId = m_application.id;
    callback.channel = domain::callbackChannelFromId(m_ui->channelComboBox->currentData().toString())
                           .value_or(domain::CallbackChannel::Telephone);
    callback.contact = m_ui->contactLineEdit->text().trimmed();
    callback.dataSourceId = m_ui->sourceComboBox->currentData().toLongLong();
    callback.sourceReference = m_ui->sourceReferenceLineEdit->text().trimmed();
    callback.personReached = m_ui->personLineEdit->text().trimmed();
    callback.personTitle = m_ui->personTitleLineEdit->text().trimmed();
    callback.reachedAt = m_ui->reachedAtDateTimeEdit->dateTime().toUTC();
    callback.outcome = domain::callbackOutcomeFromId(m_ui->outcomeComboBox->currentData().toString())
                           .value_or(domain::CallbackOutcome::NotReached);
    callback.note = m_ui->noteLineEdit->text().trimmed();
    return callback;
}

QString AuthorityPage::record() {
    const auto recorded = app::AuthorityService(m_workspace).recordCallback(m_user, fromForm());
    if (!recorded) {
        m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_ui->problemLabel->setText(tr("✘ Not recorded: %1").arg(recorded.error().userMessage));
        return recorded.error().userMessage;
    }
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #1e7b34;"));
    m_ui->problemLabel->setText(tr("✔ Call-back #%1 recorded.").arg(recorded->id));
    fillHistory();
    emit callbackRecorded();
    return {};
}

} // namespace ra::ui
