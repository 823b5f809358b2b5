// SPDX-License-Identifier: Apache-2.0
#include "domain/Application.h"

#include <QCoreApplication>

namespace ra::domain {

QByteArray approvalStatement(qint64 applicationId, const QString& approver, const QDateTime& approvedAt,
                             const QString& contentDigest) {
    // One field per line, names first: no value can run into the next field.
    return QStringLiteral("ra-workstation approval v1\napplication=%1\napprover=%2\napproved_at=%3\n"
                          "tbs_sha256=%4\n")
        .arg(applicationId)
        .arg(approver, approvedAt.toUTC().toString(Qt::ISODateWithMs), contentDigest.toLower())
        .toUtf8();
}

QByteArray approverKeyStatement(qint64 userId, const QString& username, const QString& publicKeySha256,
                                const QDateTime& certifiedAt) {
    return QStringLiteral("ra-workstation approver key v1\nuser_id=%1\nuser=%2\npublic_key_sha256=%3\n"
                          "certified_at=%4\n")
        .arg(userId)
        .arg(username, publicKeySha256.toLower(), certifiedAt.toUTC().toString(Qt::ISODateWithMs))
        .toUtf8();
}

QList<ApplicationState> allApplicationStates() {
    using enum ApplicationState;
    return {Received, InReview, ReadyForApproval, Approved, Issued, Returned, Rejected};
}

QString stateId(ApplicationState state) {
    switch (state) {
    case ApplicationState::Received:
        return QStringLiteral("received");
    case ApplicationState::InReview:
        return QStringLiteral("in_review");
    case ApplicationState::ReadyForApproval:
        return QStringLiteral("ready_for_approval");
    case ApplicationState::Approved:
        return QStringLiteral("approved");
    case ApplicationState::Issued:
        return QStringLiteral("issued");
    case ApplicationState::Returned:
        return QStringLiteral("returned");
    case ApplicationState::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ApplicationState> stateFromId(QStringView id) {
    for (ApplicationState state : allApplicationStates()) {
        if (id == stateId(state)) {
            return state;
        }
    }
    return std::nullopt;
}

QString stateDisplayName(ApplicationState state) {
    switch (state) {
    case ApplicationState::Received:
        return QCoreApplication::translate("ApplicationState", "Received");
    case ApplicationState::InReview:
        return QCoreApplication::translate("ApplicationState", "In review");
    case ApplicationState::ReadyForApproval:
        return QCoreApplication::translate("ApplicationState", "Ready for approval");
    case ApplicationState::Approved:
        return QCoreApplication::translate("ApplicationState", "Approved");
    case ApplicationState::Issued:
        return QCoreApplication::translate("ApplicationState", "Issued");
    case ApplicationState::Returned:
        return QCoreApplication::translate("ApplicationState", "Returned");
    case ApplicationState::Rejected:
        return QCoreApplication::translate("ApplicationState", "Rejected");
    }
    return {};
}

bool isFinal(ApplicationState state) {
    return state == ApplicationState::Issued || state == ApplicationState::Rejected;
}

const ChecklistItem* Application::item(QStringView code) const {
    for (const ChecklistItem& candidate : checklist) {
        if (candidate.code == code) {
            return &candidate;
        }
    }
    return nullptr;
}

ChecklistItem* Application::item(QStringView code) {
    return const_cast<ChecklistItem*>(std::as_const(*this).item(code));
}

void Application::record(const QString& code, CheckStatus status, const QString& by, const QDateTime& at,
                         const QString& note) {
    ChecklistItem* existing = item(code);
    if (!existing) {
        checklist.append(ChecklistItem{code, CheckStatus::Pending, {}, {}, {}});
        existing = &checklist.last();
    }
    existing->status = status;
    existing->decidedBy = by;
    existing->decidedAt = at;
    existing->note = note;
}

} // namespace ra::domain
