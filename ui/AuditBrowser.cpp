// SPDX-License-Identifier: Apache-2.0
#include "ui/AuditBrowser.h"

#include "app/AuditLogService.h"
#include "app/JsonViews.h"
#include "app/Workspace.h"
#include "ui/AuditLogModel.h"
#include "ui/Prompts.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ra::ui {

AuditBrowser::AuditBrowser(app::Workspace& workspace, const domain::User& user, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_user(user) {
    setObjectName(QStringLiteral("auditBrowser"));
    // R-AUD-2: the checkpoints are checked with the key the HSM holds, read now (no signing
    // session is open while the main window is built), never with a copy from the database.
    m_auditPublicKey = app::AuditLogService(workspace).auditPublicKeyFromHsm().value_or(QByteArray());
    m_model = new AuditLogModel(workspace.audit(), this);

    m_fromEdit = new QDateTimeEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateTimeEdit"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_fromEdit->setSpecialValueText(tr("any time"));
    m_fromEdit->setDateTime(m_fromEdit->minimumDateTime());
    m_toEdit = new QDateTimeEdit(this);
    m_toEdit->setObjectName(QStringLiteral("toDateTimeEdit"));
    m_toEdit->setCalendarPopup(true);
    m_toEdit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    m_toEdit->setSpecialValueText(tr("now"));
    m_toEdit->setDateTime(m_toEdit->minimumDateTime());
    m_actorCombo = new QComboBox(this);
    m_actorCombo->setObjectName(QStringLiteral("actorComboBox"));
    m_eventCombo = new QComboBox(this);
    m_eventCombo->setObjectName(QStringLiteral("eventComboBox"));
    for (QComboBox* combo : {m_actorCombo, m_eventCombo}) {
        combo->addItem(tr("(all)"), QString());
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    if (auto actors = workspace.audit().actors()) {
        for (const QString& actor : *actors) {
            m_actorCombo->addItem(actor, actor);
        }
    }
    if (auto events = workspace.audit().eventTypes()) {
        for (const QString& event : *events) {
            m_eventCombo->addItem(event, event);
        }
    }
    m_applicationSpin = new QSpinBox(this);
    m_applicationSpin->setObjectName(QStringLiteral("applicationSpinBox"));
    m_applicationSpin->setRange(0, std::numeric_limits<int>::max());
    m_applicationSpin->setSpecialValueText(tr("(all)"));
    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(QStringLiteral("textLineEdit"));
    m_textEdit->setPlaceholderText(tr("Text in details"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMinimumWidth(m_textEdit->fontMetrics().averageCharWidth() * 18);
    auto* applyButton = new QPushButton(tr("&Filter"), this);
    applyButton->setObjectName(QStringLiteral("filterButton"));

    auto* filters = new QHBoxLayout;
    const auto addLabelled = [&](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget);
    };
    addLabelled(tr("From"), m_fromEdit);
    addLabelled(tr("To"), m_toEdit);
    addLabelled(tr("Actor"), m_actorCombo);
    addLabelled(tr("Event"), m_eventCombo);
    addLabelled(tr("Application"), m_applicationSpin);
    filters->addWidget(m_textEdit, 1);
    filters->addWidget(applyButton);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("entryPlainTextEdit"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_verifyButton = new QPushButton(tr("&Verify chain"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_exportButton = new QPushButton(tr("&Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setVisible(user.can(domain::Permission::ExportAuditLog));
    m_chainLabel = new QLabel(tr("Chain not verified in this session."), this);
    m_chainLabel->setObjectName(QStringLiteral("chainLabel"));
    m_chainLabel->setWordWrap(true);
    m_chainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_verifyButton);
    actions->addWidget(m_chainLabel, 1);
    actions->addWidget(m_countLabel);
    actions->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    connect(applyButton, &QPushButton::clicked, this, &AuditBrowser::applyFilter);
    connect(m_textEdit, &QLineEdit::returnPressed, this, &AuditBrowser::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditBrowser::showEntry);
    connect(m_verifyButton, &QPushButton::clicked, this, &AuditBrowser::startVerification);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditBrowser::exportLog);
    connect(&m_watcher, &QFutureWatcher<app::AuditVerification>::finished, this, &AuditBrowser::verificationDone);
    applyFilter();
}

AuditBrowser::~AuditBrowser() {
    m_watcher.waitForFinished();
}

void AuditBrowser::applyFilter() {
    app::AuditFilter filter;
    if (m_fromEdit->dateTime() != m_fromEdit->minimumDateTime()) {
        filter.from = m_fromEdit->dateTime().toUTC();
    }
    if (m_toEdit->dateTime() != m_toEdit->minimumDateTime()) {
        filter.to = m_toEdit->dateTime().toUTC();
    }
    filter.actor = m_actorCombo->currentData().toString();
    filter.eventType = m_eventCombo->currentData().toString();
    filter.applicationId = m_applicationSpin->value();
    filter.text = m_textEdit->text().trimmed();
    m_model->setFilter(filter);
    m_countLabel->setText(tr("%n entries", nullptr, int(m_model->totalCount())));
    m_table->resizeColumnsToContents();
}

void AuditBrowser::showEntry() {
    const domain::AuditEntry* entry = m_model->entry(m_table->currentIndex().row());
    m_detail->setPlainText(entry ? QString::fromUtf8(QJsonDocument(app::toJson(*entry)).toJson(QJsonDocument::Indented))
                                 : QString());
}

void AuditBrowser::startVerification() {
    if (m_watcher.isRunning()) {
        return;
    }
    m_verifyButton->setEnabled(false);
    m_chainLabel->setText(tr("Verifying the chain…"));
    const QString path = m_workspace.databasePath();
    const QByteArray key = m_auditPublicKey;
    m_watcher.setFuture(QtConcurrent::run([path, key] { return app::AuditLogService::verifyDatabase(path, key); }));
}

void AuditBrowser::verificationDone() {
    const app::AuditVerification result = m_watcher.result();
    m_verifyButton->setEnabled(true);
    m_chainLabel->setText(result.ok() ? tr("✔ %1").arg(result.message)
                          : result.firstBadSequence == 0
                              ? tr("✘ %1").arg(result.message)
                              : tr("✘ Chain broken at entry %1: %2").arg(result.firstBadSequence).arg(result.message));
    // Intact but vouched for by nothing outside the database (no checkpoint checked): amber.
    const bool anchored = result.checkpointsChecked && result.checkpointsVerified > 0;
    m_chainLabel->setStyleSheet(!result.ok() ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                : anchored   ? QStringLiteral("color: #1e7b34;")
                                             : QStringLiteral("color: #8a5a00;"));
    (void)m_workspace.record(m_user.username, domain::audit_event::AuditVerified,
                             {{QStringLiteral("status"), result.problemId()},
                              {QStringLiteral("entries"), result.entriesChecked},
                              {QStringLiteral("first_bad_seq"), result.firstBadSequence}});
    emit verificationFinished(result.ok());
}

QString AuditBrowser::verificationText() const {
    return m_chainLabel->text();
}

void AuditBrowser::exportLog() {
    if (!m_user.can(domain::Permission::ExportAuditLog)) {
        return;
    }
    const QString path = Prompts::askSaveFile(this, tr("Export the audit log"), QStringLiteral("audit-log.jsonl"));
    if (path.isEmpty()) {
        return;
    }
    app::AuditLogService service(m_workspace);
    const auto written = service.exportTo(m_user, path);
    if (!written) {
        Prompts::showError(this, tr("Export failed"), written.error().userMessage, written.error().detail);
        return;
    }
    m_chainLabel->setText(tr("%n entries exported to %1.", nullptr, int(*written)).arg(path));
    applyFilter();
}

} // namespace ra::ui
