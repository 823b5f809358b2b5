// SPDX-License-Identifier: Apache-2.0
#include "domain/User.h"

#include <QSet>

namespace ra::domain {

bool isReservedUsername(const QString& username) {
    static const QSet<QString> reserved{
        QStringLiteral("system"),     QStringLiteral("bootstrap"),  QStringLiteral("demo-setup"),
        QStringLiteral("root"),       QStringLiteral("nobody"),     QStringLiteral("anonymous"),
        QStringLiteral("unknown"),    QStringLiteral("ca"),         QStringLiteral("hsm"),
        QStringLiteral("ra"),         QStringLiteral("setup"),      QStringLiteral("officer"),
        QStringLiteral("supervisor"), QStringLiteral("auditor"),    QStringLiteral("administrator"),
        QStringLiteral("custodian"),  QStringLiteral("custodians"), QStringLiteral("signing-module"),
        QStringLiteral("lab"),
    };
    return reserved.contains(username);
}

} // namespace ra::domain
