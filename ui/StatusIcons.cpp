// SPDX-License-Identifier: Apache-2.0
#include "ui/StatusIcons.h"

namespace ra::ui {

QIcon namedIcon(const QString& name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon statusIcon(domain::CheckStatus status) {
    switch (status) {
    case domain::CheckStatus::Passed:
        return namedIcon(QStringLiteral("passed"));
    case domain::CheckStatus::Failed:
        return namedIcon(QStringLiteral("failed"));
    case domain::CheckStatus::NotApplicable:
        return namedIcon(QStringLiteral("na"));
    case domain::CheckStatus::Pending:
        break;
    }
    return namedIcon(QStringLiteral("pending"));
}

} // namespace ra::ui
