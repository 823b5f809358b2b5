// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace ra::domain {

// The review pages, in the order an officer works through them (UI.md).
enum class ReviewStep { ApplicantCsr, Organization, Documents, Authority, Domains, Summary };

[[nodiscard]] QList<ReviewStep> allReviewSteps();
[[nodiscard]] QString reviewStepTitle(ReviewStep step); // translated

enum class CheckStatus { Pending, Passed, Failed, NotApplicable };

[[nodiscard]] QString checkStatusId(CheckStatus status);
[[nodiscard]] CheckStatus checkStatusFromId(QStringView id);
[[nodiscard]] QString checkStatusDisplayName(CheckStatus status); // translated

// When an item must have passed: before review starts (checked at intake) or before the
// application may be submitted for approval.
enum class CheckGate { Intake, Submission };

// One kind of check, with the rule it enforces and the policy text it answers to.
struct ChecklistDefinition {
    QString code; // stable: "csr.proof-of-possession"
    ReviewStep step;
    QString requirementId; // "R-CSR-1"
    QString citation;      // "CP 3.2.1"
    CheckGate gate;
    bool mandatory = true;
    bool automatic = false; // decided by the tool rather than recorded by an officer

    [[nodiscard]] QString title() const;      // translated
    [[nodiscard]] QString policyText() const; // translated summary of the cited rule
};

// The state of one check on one application.
struct ChecklistItem {
    QString code;
    CheckStatus status = CheckStatus::Pending;
    QString decidedBy; // username, empty while pending
    QDateTime decidedAt;
    QString note;
};

class Checklist {
public:
    [[nodiscard]] static const QList<ChecklistDefinition>& definitions();
    [[nodiscard]] static const ChecklistDefinition* find(QStringView code);
    [[nodiscard]] static QList<ChecklistDefinition> forStep(ReviewStep step);
    // Items decided only by their records (organization evidence, call-backs, inspections): their
    // own services decide them again from the records; nothing sets them directly.
    [[nodiscard]] static bool decidedByRecords(QStringView code);
};

} // namespace ra::domain
