// SPDX-License-Identifier: Apache-2.0
#include "ui/SummaryPage.h"

#include "domain/Checklist.h"
#include "domain/Workflow.h"
#include "ui/StatusIcons.h"
#include "ui/TableHelpers.h"
#include "ui_SummaryPage.h"

#include <QHeaderView>

namespace ra::ui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;

enum Column { StatusColumn, CheckColumn, RuleColumn, DecidedByColumn, WhenColumn, NoteColumn };
} // namespace

SummaryPage::SummaryPage(const domain::Application& application, const domain::User& user, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SummaryPage>())
    , m_application(application)
    , m_user(user) {
    m_ui->setupUi(this);
    connect(m_ui->summarySubmitButton, &QPushButton::clicked, this, &SummaryPage::submitRequested);
    connect(m_ui->checksTreeWidget, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        if (current && !current->data(StatusColumn, kCodeRole).toString().isEmpty()) {
            emit checkSelected(current->data(StatusColumn, kCodeRole).toString());
        }
    });
    fillChecks();
    fillSubmission();
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::fillChecks() {
    QTreeWidget* tree = m_ui->checksTreeWidget;
    tree->clear();
    int mandatory = 0;
    for (const domain::ReviewStep step : domain::allReviewSteps()) {
        const QList<domain::ChecklistDefinition> definitions = domain::Checklist::forStep(step);
        if (definitions.isEmpty()) {
            continue;
        }
        auto* group = new QTreeWidgetItem(tree, {domain::reviewStepTitle(step)});
        QFont bold = group->font(StatusColumn);
        bold.setBold(true);
        group->setFont(StatusColumn, bold);
        group->setFirstColumnSpanned(true);
        for (const domain::ChecklistDefinition& definition : definitions) {
            const domain::ChecklistItem* item = m_application.item(definition.code);
            const domain::CheckStatus status = item ? item->status : domain::CheckStatus::Pending;
            const bool required = domain::Workflow::isMandatory(definition, m_application);
            mandatory += required ? 1 : 0;
            auto* row = new QTreeWidgetItem(group);
            // An optional item nobody needed to decide (no tradename, not high risk) is not "pending".
            const bool notRequired = !required && status == domain::CheckStatus::Pending;
            row->setIcon(StatusColumn, statusIcon(notRequired ? domain::CheckStatus::NotApplicable : status));
            row->setText(StatusColumn, notRequired ? tr("Not required") : domain::checkStatusDisplayName(status));
            row->setText(CheckColumn, definition.title());
            row->setText(RuleColumn, tr("%1 · %2").arg(definition.citation, definition.requirementId));
            row->setText(DecidedByColumn, item ? item->decidedBy : QString());
            row->setText(WhenColumn, item ? localTime(item->decidedAt) : QString());
            row->setText(NoteColumn, item ? item->note : QString());
            row->setToolTip(NoteColumn, item ? item->note : QString());
            row->setData(StatusColumn, kCodeRole, definition.code);
        }
    }
    tree->expandAll();
    for (int column = StatusColumn; column < NoteColumn; ++column) {
        tree->resizeColumnToContents(column);
    }
    // Met as the workflow judges it (a high-risk match answered by the additional verification).
    const qsizetype unmet = domain::Workflow::unmetItems(m_application, domain::CheckGate::Intake).size() +
                            domain::Workflow::unmetItems(m_application, domain::CheckGate::Submission).size();
    const int passed = mandatory - int(unmet);
    m_ui->countLabel->setText(tr("%1 of %n mandatory check(s) passed.", nullptr, mandatory).arg(passed));
}

void SummaryPage::fillSubmission() {
    const bool available =
        domain::Workflow::availableActions(m_application, m_user).contains(domain::WorkflowAction::SubmitForApproval);
    m_ui->summarySubmitButton->setText(domain::actionDisplayName(domain::WorkflowAction::SubmitForApproval));
    m_ui->summarySubmitButton->setEnabled(available);
    if (available) {
        m_ui->submitReasonLabel->setText(tr("Every mandatory check has passed: the application can go to the "
                                            "supervisors' approval queue."));
        return;
    }
    const QStringList unmet = domain::Workflow::unmetItems(m_application, domain::CheckGate::Intake) +
                              domain::Workflow::unmetItems(m_application, domain::CheckGate::Submission);
    QStringList titles;
    for (const QString& code : unmet) {
        const domain::ChecklistDefinition* definition = domain::Checklist::find(code);
        titles << (definition ? tr("%1 (%2)").arg(definition->title(), definition->citation) : code);
    }
    m_ui->submitReasonLabel->setText(
        unmet.isEmpty() ? tr("The application is %1: submission is for its validating officer while it is in review.")
                              .arg(domain::stateDisplayName(m_application.state))
                        : tr("Submission stays disabled until these mandatory checks pass: %1")
                              .arg(titles.join(QStringLiteral("; "))));
}

} // namespace ra::ui
