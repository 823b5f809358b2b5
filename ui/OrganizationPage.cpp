// SPDX-License-Identifier: Apache-2.0
#include "ui/OrganizationPage.h"

#include "app/OrganizationService.h"
#include "app/Workspace.h"
#include "domain/CorporateNumber.h"
#include "domain/DatedRules.h"
#include "domain/DocumentReview.h"
#include "ui/EvidenceDialog.h"
#include "ui/StatusIcons.h"
#include "ui/TableHelpers.h"
#include "ui_OrganizationPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QPointer>
#include <QScrollBar>
#include <QtConcurrent/QtConcurrentRun>

namespace ra::ui {

OrganizationPage::OrganizationPage(app::Workspace& workspace, const domain::User& user,
                                   const domain::Application& application, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrganizationPage>())
    , m_workspace(workspace)
    , m_user(user)
    , m_application(application) {
    m_ui->setupUi(this);
    for (QTableWidget* table :
         {m_ui->comparisonTableWidget, m_ui->evidenceTableWidget, m_ui->searchResultsTableWidget}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    connect(m_ui->lookUpButton, &QPushButton::clicked, this, [this] { lookUp(m_ui->corporateNumberLineEdit->text()); });
    connect(m_ui->corporateNumberLineEdit, &QLineEdit::returnPressed, this,
            [this] { lookUp(m_ui->corporateNumberLineEdit->text()); });
    m_ui->searchNameLineEdit->setText(m_application.organization.legalName);
    connect(m_ui->searchButton, &QPushButton::clicked, this,
            [this] { searchByName(m_ui->searchNameLineEdit->text()); });
    connect(m_ui->searchNameLineEdit, &QLineEdit::returnPressed, this,
            [this] { searchByName(m_ui->searchNameLineEdit->text()); });
    // Choosing a hit (click, or Enter on it) only fills the number: looking it up, and recording
    // it, stays the officer's act. Tabbing through the list changes nothing typed.
    const auto choose = [this](int row) {
        if (const QTableWidgetItem* number = m_ui->searchResultsTableWidget->item(row, 0)) {
            m_ui->corporateNumberLineEdit->setText(number->text());
        }
    };
    connect(m_ui->searchResultsTableWidget, &QTableWidget::cellClicked, this, choose);
    connect(m_ui->searchResultsTableWidget, &QTableWidget::cellActivated, this, [this, choose](int row) {
        choose(row);
        m_ui->lookUpButton->setFocus();
    });
    connect(m_ui->otherEvidenceButton, &QPushButton::clicked, this, &OrganizationPage::recordOtherEvidence);
    connect(m_ui->reuseButton, &QPushButton::clicked, this, &OrganizationPage::reuseOffered);
    connect(m_ui->corporateNumberLineEdit, &QLineEdit::textChanged, this, &OrganizationPage::updateReuseOffer);
    const auto allowed = app::OrganizationService(m_workspace).mayRecord(m_user, m_application.id);
    m_mayRecord = allowed.has_value();
    if (!m_mayRecord) {
        m_ui->progressLabel->setText(allowed.error().userMessage);
    }
    fill();
    setRunning(false);
    updateReuseOffer();
}

OrganizationPage::~OrganizationPage() = default;

void OrganizationPage::setRunning(bool running) {
    m_running = running;
    m_ui->lookUpButton->setEnabled(m_mayRecord && !running);
    m_ui->corporateNumberLineEdit->setEnabled(m_mayRecord && !running);
    m_ui->otherEvidenceButton->setEnabled(m_mayRecord && !running);
    m_ui->searchButton->setEnabled(m_mayRecord && !running);
    m_ui->searchNameLineEdit->setEnabled(m_mayRecord && !running);
}

void OrganizationPage::searchByName(const QString& name) {
    if (m_running || !m_mayRecord) {
        return;
    }
    setRunning(true);
    m_ui->progressLabel->setText(tr("Searching the registry for “%1”…").arg(name.simplified()));
    const app::CorporateNumberApiSettings settings = m_workspace.corporateNumberApiSettings();
    const QDateTime now = m_workspace.clock().nowUtc();
    const auto page = std::make_shared<const QPointer<OrganizationPage>>(this);
    // The registry was asked: the search is audited even if this page is gone by then (a reload).
    // The workspace outlives every window of the session.
    app::Workspace* workspace = &m_workspace;
    (void)QtConcurrent::run([page, workspace, user = m_user, applicationId = m_application.id, settings, name, now] {
        auto answer = app::OrganizationService::askRegistryByName(settings, name, now);
        QMetaObject::invokeMethod(
            qApp,
            [page, workspace, user, applicationId, name, answer = std::move(answer)] {
                const auto found = app::OrganizationService(*workspace).noteSearch(user, applicationId, name, answer);
                OrganizationPage* alive = page->data();
                if (!alive) {
                    return;
                }
                alive->setRunning(false);
                QString problem;
                if (!found) {
                    problem = found.error().userMessage;
                } else if (found->isEmpty()) {
                    problem = tr("The registry has no corporation whose name starts with “%1”. Search with the name "
                                 "as registered (in Japanese), or ask the applicant for the corporate number.")
                                  .arg(name.simplified());
                }
                alive->showSearchResults(found ? *found : QList<domain::CorporateRecord>{});
                alive->m_ui->progressLabel->setText(
                    problem.isEmpty() ? tr("%n corporation(s) found: choose one, then look its number up.", nullptr,
                                           int(found->size()))
                                      : QStringLiteral("✘ ") + problem);
                emit alive->searchFinished(problem);
            },
            Qt::QueuedConnection);
    });
}

void OrganizationPage::showSearchResults(const QList<domain::CorporateRecord>& records) {
    QTableWidget* table = m_ui->searchResultsTableWidget;
    table->setRowCount(0);
    for (const domain::CorporateRecord& record : records) {
        const QString status =
            record.closed() ? tr("closed %1").arg(record.closeDate.toString(Qt::ISODate)).trimmed() : tr("active");
        const int row = table->rowCount();
        table->insertRow(row);
        const QStringList cells{record.corporateNumber, record.name,
                                record.prefectureName + record.cityName + record.streetNumber + record.addressOutside,
                                status};
        for (int column = 0; column < cells.size(); ++column) {
            table->setItem(row, column, tableCell(cells.at(column)));
        }
    }
    table->setVisible(!records.isEmpty());
    table->resizeColumnsToContents();
    fitRows(table, int(qMin(records.size(), 5))); // a long list scrolls: the comparison stays in view
}

void OrganizationPage::updateReuseOffer() {
    // Asked only once the typed number is whole: not a database query per keystroke.
    const auto number = domain::CorporateNumber::parse(m_ui->corporateNumberLineEdit->text());
    const std::optional<domain::Evidence> earlier =
        m_mayRecord && number ? app::OrganizationService(m_workspace).reusableAnswer(m_application.id, *number)
                              : std::nullopt;
    m_ui->reuseButton->setVisible(earlier.has_value());
    m_ui->reuseButton->setEnabled(earlier.has_value() && !m_running);
    if (!earlier) {
        m_ui->reuseLabel->clear();
        return;
    }
    const QDateTime now = m_workspace.clock().nowUtc();
    const int limit = domain::DatedRules::on(now.date()).organizationReuseDays;
    m_ui->reuseLabel->setText(
        tr("The registry answered about this corporation for application #%1 on %2 (evidence #%3, confirms %4): "
           "%n day(s) old, reusable until %5.",
           nullptr, int(earlier->ageInDays(now)))
            .arg(QString::number(earlier->applicationId), localTime(earlier->obtainedAt), QString::number(earlier->id),
                 earlier->confirms.id(), earlier->obtainedAt.addDays(limit).date().toString(Qt::ISODate)));
}

void OrganizationPage::reuseOffered() {
    if (m_running || !m_mayRecord) {
        return;
    }
    const auto reused = app::OrganizationService(m_workspace)
                            .reuseAnswer(m_user, m_application.id, m_ui->corporateNumberLineEdit->text());
    m_ui->progressLabel->setText(
        reused ? tr("Evidence #%1 recorded: confirms %2.").arg(reused->evidence.id).arg(reused->evidence.confirms.id())
               : QStringLiteral("✘ ") + reused.error().userMessage);
    emit evidenceRecorded();
}

void OrganizationPage::recordOtherEvidence() {
    if (m_running || !m_mayRecord) {
        return;
    }
    const auto sources = app::OrganizationService(m_workspace).sources();
    if (!sources) {
        m_ui->progressLabel->setText(QStringLiteral("✘ ") + sources.error().userMessage);
        return;
    }
    QList<domain::ReliableDataSource> citable;
    for (const domain::ReliableDataSource& source : *sources) {
        if (source.citable() && source.kind == domain::ReliableDataSource::Kind::Other) {
            citable << source;
        }
    }
    auto* dialog = new EvidenceDialog(
        m_application.id, domain::DocumentReview::current(m_application.documents), citable,
        m_workspace.clock().nowUtc(),
        [this](const domain::Evidence& entered) -> domain::Status {
            const auto recorded = app::OrganizationService(m_workspace).recordEvidence(m_user, entered);
            if (recorded) {
                emit evidenceRecorded(); // queued: the window reloads after the dialog closed
            }
            return domain::toStatus(recorded);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrganizationPage::fill() {
    fillComparison();
    fillEvidence();
}

void OrganizationPage::fillComparison() {
    const std::optional<app::RegistryLookup> lookup =
        app::OrganizationService(m_workspace).latestRegistryLookup(m_application.id);
    QTableWidget* table = m_ui->comparisonTableWidget;
    table->setRowCount(0);
    if (!lookup) {
        const domain::Organization& org = m_application.organization;
        const QList<std::pair<QString, QString>> claims{{tr("Legal name"), org.legalName},
                                                        {tr("Prefecture"), org.stateOrProvince},
                                                        {tr("City"), org.locality},
                                                        {tr("Street"), org.streetAddress},
                                                        {tr("Postal code"), org.postalCode},
                                                        {tr("Country"), org.country},
                                                        {tr("DBA / tradename"), org.doingBusinessAs}};
        for (const auto& [field, claimed] : claims) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, tableCell(field));
            table->setItem(row, 1, tableCell(claimed));
            table->setItem(row, 2, tableCell(tr("not looked up yet")));
            auto* result = tableCell(tr("pending"));
            result->setIcon(statusIcon(domain::CheckStatus::Pending));
            table->setItem(row, 3, result);
        }
        m_ui->registryRecordLabel->setText(
            tr("Nothing is verified yet: look the organization up by its corporate number. The application's "
               "values are claims."));
        m_ui->subjectLabel->setText(tr("⚠ Not yet verified: no certificate can be approved until evidence confirms "
                                       "the organization's name and address."));
        fitRows(table, table->rowCount());
        return;
    }
    m_ui->corporateNumberLineEdit->setText(lookup->evidence.corporateNumber);
    for (const domain::FieldComparison& field : lookup->comparison.fields) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, tableCell(field.title()));
        table->setItem(row, 1, tableCell(field.claimed));
        table->setItem(row, 2, tableCell(field.registry));
        // In words as well as colour (UI.md: colour-blind safe).
        auto* result = tableCell(field.same ? tr("same") : tr("DIFFERS"));
        result->setIcon(statusIcon(field.same ? domain::CheckStatus::Passed : domain::CheckStatus::Failed));
        table->setItem(row, 3, result);
        if (!field.same) {
            for (int column = 0; column < 4; ++column) {
                table->item(row, column)->setBackground(QColor(0xfd, 0xe7, 0xe9));
                table->item(row, column)->setForeground(QColor(0x5f, 0x11, 0x0b));
            }
        }
    }
    table->resizeColumnsToContents();
    fitRows(table, table->rowCount());
    const domain::CorporateRecord& record = lookup->record;
    QString text =
        tr("Corporate number %1 (check digit ✔) · %2 · retrieved %3 by %4 · record updated %5")
            .arg(record.corporateNumber, lookup->evidence.dataSourceName, localTime(lookup->evidence.obtainedAt),
                 lookup->evidence.recordedBy, record.updateDate.toString(Qt::ISODate));
    if (record.process == QLatin1String("12") || record.process == QLatin1String("11")) {
        text += QLatin1Char('\n') + tr("⚠ The registry recorded a change of %1 on %2.")
                                        .arg(record.process == QLatin1String("12") ? tr("address") : tr("name"),
                                             record.changeDate.toString(Qt::ISODate));
    }
    text += QLatin1Char('\n') +
            tr("Response SHA-256 %1 · %2").arg(lookup->evidence.responseSha256, lookup->evidence.reference);
    if (!lookup->comparison.problems.isEmpty()) {
        text += QLatin1Char('\n') + lookup->comparison.problems.join(QLatin1Char('\n'));
    }
    m_ui->registryRecordLabel->setText(text);
}

void OrganizationPage::fillEvidence() {
    app::OrganizationService service(m_workspace);
    const auto evidence = service.evidence(m_application.id);
    const QDateTime now = m_workspace.clock().nowUtc();
    const int limit = domain::DatedRules::on(now.date()).organizationReuseDays;
    QTableWidget* table = m_ui->evidenceTableWidget;
    table->setRowCount(0);
    for (const domain::Evidence& item : evidence ? *evidence : QList<domain::Evidence>()) {
        const int row = table->rowCount();
        table->insertRow(row);
        const bool usable = item.reusableAt(now, limit);
        table->setItem(row, 0, tableCell(QString::number(item.id)));
        table->setItem(row, 1,
                       tableCell(item.dataSourceName.isEmpty() ? domain::evidenceSourceDisplayName(item.source)
                                                               : item.dataSourceName));
        table->setItem(row, 2, tableCell(item.reference));
        auto* confirms = tableCell(item.confirms.id());
        confirms->setIcon(statusIcon(item.confirms.any() ? domain::CheckStatus::Passed : domain::CheckStatus::Failed));
        table->setItem(row, 3, confirms);
        auto* obtained =
            tableCell(tr("%1 (%n day(s) old)", nullptr, int(item.ageInDays(now))).arg(localTime(item.obtainedAt)));
        obtained->setToolTip(item.obtainedAt.toString(Qt::ISODate) + QStringLiteral(" UTC"));
        table->setItem(row, 4, obtained);
        table->setItem(row, 5,
                       tableCell(usable ? item.obtainedAt.addDays(limit).date().toString(Qt::ISODate)
                                        : tr("expired (limit %n day(s))", nullptr, limit)));
        table->setItem(row, 6, tableCell(item.recordedBy));
        table->setItem(row, 7, tableCell(item.responseSha256));
    }
    table->resizeColumnsToContents();
    fitRows(table, qMin(table->rowCount(), 6));
    const std::optional<domain::Evidence> subject = service.subjectEvidence(m_application.id);
    if (subject) {
        m_ui->subjectLabel->setText(tr("✔ O=%1, ST=%2, L=%3, C=%4 — from evidence #%5, not from the application")
                                        .arg(subject->verified.legalName, subject->verified.stateOrProvince,
                                             subject->verified.locality, subject->verified.country)
                                        .arg(subject->id));
    } else if (evidence && !evidence->isEmpty()) {
        m_ui->subjectLabel->setText(tr("⚠ No evidence confirms both the name and the address: no certificate can be "
                                       "approved. Return the application for correction, or verify otherwise."));
    }
}

void OrganizationPage::lookUp(const QString& typed) {
    if (m_running || !m_mayRecord) {
        return;
    }
    // A mistyped number is told at once, and audited like every refusal, without asking anyone.
    const auto number = domain::CorporateNumber::parse(typed);
    if (!number) {
        (void)app::OrganizationService(m_workspace)
            .record(m_user, m_application.id, typed, std::unexpected(number.error()));
        m_ui->progressLabel->setText(QStringLiteral("✘ ") + number.error().userMessage);
        emit lookupFinished(number.error().userMessage);
        return;
    }
    setRunning(true);
    m_ui->progressLabel->setText(tr("Asking the registry for %1…").arg(*number));
    const app::CorporateNumberApiSettings settings = m_workspace.corporateNumberApiSettings();
    const QDateTime now = m_workspace.clock().nowUtc();
    const auto page = std::make_shared<const QPointer<OrganizationPage>>(this);
    const QString corporateNumber = *number;
    (void)QtConcurrent::run([page, settings, corporateNumber, now] {
        auto answer = app::OrganizationService::askRegistry(settings, corporateNumber, now);
        QMetaObject::invokeMethod(
            qApp,
            [page, corporateNumber, answer = std::move(answer)] {
                OrganizationPage* alive = page->data();
                if (!alive) {
                    return; // the window was closed: nothing is recorded, the look-up can be run again
                }
                const auto recorded = app::OrganizationService(alive->m_workspace)
                                          .record(alive->m_user, alive->m_application.id, corporateNumber, answer);
                const QString problem = recorded ? QString() : recorded.error().userMessage;
                alive->m_ui->progressLabel->setText(recorded ? tr("Evidence #%1 recorded: confirms %2.")
                                                                   .arg(recorded->evidence.id)
                                                                   .arg(recorded->evidence.confirms.id())
                                                             : QStringLiteral("✘ ") + problem);
                alive->setRunning(false);
                alive->fill();
                emit alive->lookupFinished(problem);
                emit alive->evidenceRecorded();
            },
            Qt::QueuedConnection);
    });
}

} // namespace ra::ui
