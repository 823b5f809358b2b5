// SPDX-License-Identifier: Apache-2.0
#include "ui/DocumentsPage.h"

#include "app/DocumentService.h"
#include "app/Workspace.h"
#include "domain/DocumentReview.h"
#include "domain/SeparationOfDuties.h"
#include "ui/Prompts.h"
#include "ui/StatusIcons.h"
#include "ui/TableHelpers.h"
#include "ui_DocumentsPage.h"

#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QScrollArea>

namespace ra::ui {

namespace {
constexpr int kDocumentIdRole = Qt::UserRole + 1;
}

DocumentsPage::DocumentsPage(app::Workspace& workspace, const domain::User& user,
                             const domain::Application& application, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DocumentsPage>())
    , m_workspace(workspace)
    , m_user(user)
    , m_application(application) {
    m_ui->setupUi(this);
    m_ui->documentStatusLabel->setTextFormat(Qt::PlainText); // quotes the package's file names
    for (QTableWidget* table : {m_ui->documentsTableWidget, m_ui->inspectionsTableWidget}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    for (const domain::InspectionCheck& check : domain::DocumentReview::standardChecks()) {
        auto* box = new QCheckBox(check.title(), m_ui->inspectionGroupBox);
        box->setObjectName(check.id + QStringLiteral("CheckBox"));
        box->setProperty("checkId", check.id);
        m_ui->checksLayout->addWidget(box);
        m_checks << box;
    }
    m_inspections =
        app::DocumentService(m_workspace).inspections(m_application.id).value_or(QList<domain::DocumentInspection>{});
    fillDocuments();
    fillInspections();

    const auto current = m_workspace.applications().byId(m_application.id);
    const auto allowed = current ? domain::SeparationOfDuties::mayRecordEvidence(m_user, *current)
                                 : domain::Status(std::unexpected(current.error()));
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->inspectButton), static_cast<QWidget*>(m_ui->replaceButton),
                            static_cast<QWidget*>(m_ui->findingLineEdit)}) {
        widget->setEnabled(allowed.has_value());
    }
    for (QCheckBox* box : m_checks) {
        box->setEnabled(allowed.has_value());
    }
    if (!allowed) {
        m_ui->problemLabel->setText(allowed.error().userMessage);
    }
    connect(m_ui->documentsTableWidget, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDocument(row); });
    // The newest current version is shown first: the one an officer inspects next.
    const QList<domain::Document> relied = domain::DocumentReview::current(m_application.documents);
    for (int row = 0; row < m_application.documents.size() && !relied.isEmpty(); ++row) {
        if (m_application.documents.at(row).id == relied.back().id) {
            m_ui->documentsTableWidget->setCurrentCell(row, 0);
        }
    }
    connect(m_ui->inspectButton, &QPushButton::clicked, this, [this] { (void)inspectSelected(); });
    connect(m_ui->replaceButton, &QPushButton::clicked, this, [this] { (void)replaceSelected(); });
}

DocumentsPage::~DocumentsPage() = default;

void DocumentsPage::fillDocuments() {
    QTableWidget* table = m_ui->documentsTableWidget;
    const QList<domain::Document>& documents = m_application.documents;
    const QList<domain::Document> current = domain::DocumentReview::current(documents);
    table->setRowCount(0);
    for (const domain::Document& document : documents) {
        const bool isCurrent = std::any_of(current.cbegin(), current.cend(),
                                           [&](const domain::Document& other) { return other.id == document.id; });
        qint64 replacedBy = 0;
        for (const domain::Document& other : documents) {
            replacedBy = other.replaces == document.id ? other.id : replacedBy;
        }
        const domain::DocumentInspection* newest = nullptr;
        for (const domain::DocumentInspection& inspection : m_inspections) {
            newest = inspection.documentId == document.id ? &inspection : newest;
        }
        const QString version =
            isCurrent ? (document.replaces ? tr("current, replaces #%1").arg(document.replaces) : tr("current"))
                      : tr("replaced by #%1").arg(replacedBy);
        const int row = table->rowCount();
        table->insertRow(row);
        auto* number = tableCell(QStringLiteral("#%1").arg(document.id));
        number->setData(kDocumentIdRole, document.id);
        table->setItem(row, 0, number);
        table->setItem(row, 1, tableCell(document.fileName));
        table->setItem(row, 2, tableCell(version));
        table->setItem(row, 3, tableCell(document.kind));
        table->setItem(row, 4, tableCell(document.description));
        table->setItem(row, 5, tableCell(QLocale().formattedDataSize(document.size)));
        table->setItem(row, 6, tableCell(tr("%1 by %2").arg(localTime(document.addedAt), document.addedBy)));
        const domain::CheckStatus status = !newest          ? domain::CheckStatus::Pending
                                           : newest->passed ? domain::CheckStatus::Passed
                                                            : domain::CheckStatus::Failed;
        auto* inspection = tableCell(!newest          ? tr("not inspected")
                                     : newest->passed ? tr("passed (#%1)").arg(newest->id)
                                                      : tr("FAILED (#%1): %2").arg(newest->id).arg(newest->finding));
        inspection->setIcon(statusIcon(status));
        table->setItem(row, 7, inspection);
        table->setItem(row, 8, tableCell(document.sha256));
        if (!isCurrent) {
            for (int column = 0; column < table->columnCount(); ++column) {
                table->item(row, column)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        }
    }
    table->resizeColumnsToContents();
    fitRows(table, qMin(table->rowCount(), 6));
    if (documents.isEmpty()) {
        m_ui->documentStatusLabel->setText(tr("No documents were attached to this application."));
    }
}

void DocumentsPage::fillInspections() {
    QTableWidget* table = m_ui->inspectionsTableWidget;
    table->setRowCount(0);
    for (const domain::DocumentInspection& inspection : m_inspections) {
        QString file;
        for (const domain::Document& document : m_application.documents) {
            file = document.id == inspection.documentId ? document.fileName : file;
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, tableCell(localTime(inspection.inspectedAt)));
        table->setItem(row, 1, tableCell(tr("#%1 %2").arg(inspection.documentId).arg(file)));
        auto* result = tableCell(inspection.passed ? tr("passed") : tr("FAILED"));
        result->setIcon(statusIcon(inspection.passed ? domain::CheckStatus::Passed : domain::CheckStatus::Failed));
        table->setItem(row, 2, result);
        table->setItem(row, 3, tableCell(inspection.confirmed.join(QStringLiteral(", "))));
        table->setItem(row, 4, tableCell(inspection.finding));
        table->setItem(row, 5, tableCell(inspection.inspectedBy));
    }
    table->resizeColumnsToContents();
    fitRows(table, qMin(table->rowCount(), 4));
}

qint64 DocumentsPage::selectedDocumentId() const {
    const QTableWidgetItem* item = m_ui->documentsTableWidget->item(m_ui->documentsTableWidget->currentRow(), 0);
    return item ? item->data(kDocumentIdRole).toLongLong() : 0;
}

void DocumentsPage::showDocument(int row) {
    QStackedWidget* stack = m_ui->previewStackedWidget;
    while (stack->count() > 0) {
        QWidget* old = stack->widget(0);
        stack->removeWidget(old);
        old->deleteLater();
    }
    if (row < 0 || row >= m_application.documents.size()) {
        return;
    }
    const domain::Document& document = m_application.documents.at(row);
    // R-DOC-1: show a stored document only after checking it is still the one attached.
    if (!app::DocumentService(m_workspace).storedIntact(document)) {
        m_ui->documentStatusLabel->setText(tr("✘ The stored file of %1 is missing or does not match its SHA-256: it "
                                              "may have been altered. Do not rely on it; report it.")
                                               .arg(document.fileName));
        m_ui->documentStatusLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        return;
    }
    m_ui->documentStatusLabel->setText(tr("✔ %1 matches its recorded SHA-256.").arg(document.fileName));
    m_ui->documentStatusLabel->setStyleSheet(QStringLiteral("color: #1e7b34;"));
    const QString path = m_workspace.documentPath(document.sha256);
    if (document.mediaType == QLatin1String("application/pdf")) {
        auto* pdf = new QPdfDocument(stack);
        auto* view = new QPdfView;
        view->setObjectName(QStringLiteral("pdfView"));
        pdf->load(path);
        view->setDocument(pdf);
        view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        stack->addWidget(view);
    } else if (document.mediaType.startsWith(QLatin1String("image/"))) {
        auto* label = new QLabel;
        label->setObjectName(QStringLiteral("imagePreviewLabel"));
        label->setPixmap(QPixmap(path));
        label->setAlignment(Qt::AlignCenter);
        auto* scroll = new QScrollArea;
        scroll->setWidget(label);
        scroll->setWidgetResizable(true);
        stack->addWidget(scroll);
    } else {
        stack->addWidget(new QLabel(tr("No preview for %1.").arg(document.mediaType)));
    }
}

void DocumentsPage::say(const QString& problem, const QString& success) {
    m_ui->problemLabel->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #1e7b34;")
                                                        : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_ui->problemLabel->setText(problem.isEmpty() ? success : tr("✘ Not recorded: %1").arg(problem));
}

QString DocumentsPage::inspectSelected() {
    QStringList confirmed;
    for (const QCheckBox* box : m_checks) {
        if (box->isChecked()) {
            confirmed << box->property("checkId").toString();
        }
    }
    const qint64 documentId = selectedDocumentId();
    if (documentId == 0) {
        say(tr("Select the document you inspected."), {});
        return tr("Select the document you inspected.");
    }
    const auto inspection =
        app::DocumentService(m_workspace)
            .inspect(m_user, m_application.id, documentId, confirmed, m_ui->findingLineEdit->text());
    if (!inspection) {
        say(inspection.error().userMessage, {});
        return inspection.error().userMessage;
    }
    say({}, inspection->passed ? tr("✔ Inspection #%1 recorded: passed.").arg(inspection->id)
                               : tr("Inspection #%1 recorded: failed.").arg(inspection->id));
    emit documentsChanged();
    return {};
}

QString DocumentsPage::replaceSelected() {
    const qint64 documentId = selectedDocumentId();
    if (documentId == 0) {
        say(tr("Select the document to replace."), {});
        return tr("Select the document to replace.");
    }
    const QString file = Prompts::askOpenFile(this, tr("New version of document #%1").arg(documentId),
                                              tr("Documents (*.pdf *.png *.jpg *.jpeg)"));
    if (file.isEmpty()) {
        return tr("Cancelled.");
    }
    const auto version = app::DocumentService(m_workspace).replace(m_user, m_application.id, documentId, file, {});
    if (!version) {
        say(version.error().userMessage, {});
        return version.error().userMessage;
    }
    say({}, tr("✔ Document #%1 replaces #%2: inspect the new version.").arg(version->id).arg(documentId));
    emit documentsChanged();
    return {};
}

} // namespace ra::ui
