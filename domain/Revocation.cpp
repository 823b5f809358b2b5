// SPDX-License-Identifier: Apache-2.0
#include "domain/Revocation.h"

namespace ra::domain {

namespace {
constexpr RevocationReason kAll[] = {RevocationReason::Unspecified,          RevocationReason::KeyCompromise,
                                     RevocationReason::AffiliationChanged,   RevocationReason::Superseded,
                                     RevocationReason::CessationOfOperation, RevocationReason::PrivilegeWithdrawn};
}

QString revocationReasonId(RevocationReason reason) {
    switch (reason) {
    case RevocationReason::Unspecified:
        return QStringLiteral("unspecified");
    case RevocationReason::KeyCompromise:
        return QStringLiteral("keyCompromise");
    case RevocationReason::AffiliationChanged:
        return QStringLiteral("affiliationChanged");
    case RevocationReason::Superseded:
        return QStringLiteral("superseded");
    case RevocationReason::CessationOfOperation:
        return QStringLiteral("cessationOfOperation");
    case RevocationReason::PrivilegeWithdrawn:
        return QStringLiteral("privilegeWithdrawn");
    }
    return {};
}

std::optional<RevocationReason> revocationReasonFromId(QStringView id) {
    for (RevocationReason reason : kAll) {
        if (id.compare(revocationReasonId(reason), Qt::CaseInsensitive) == 0) {
            return reason;
        }
    }
    return std::nullopt;
}

QStringList revocationReasonIds() {
    QStringList ids;
    for (RevocationReason reason : kAll) {
        ids << revocationReasonId(reason);
    }
    return ids;
}

int crlReasonCode(RevocationReason reason) {
    switch (reason) {
    case RevocationReason::Unspecified:
        return -1;
    case RevocationReason::KeyCompromise:
        return 1;
    case RevocationReason::AffiliationChanged:
        return 3;
    case RevocationReason::Superseded:
        return 4;
    case RevocationReason::CessationOfOperation:
        return 5;
    case RevocationReason::PrivilegeWithdrawn:
        return 9;
    }
    return -1;
}

bool offeredToSubscriber(RevocationReason reason) {
    return reason != RevocationReason::PrivilegeWithdrawn;
}

} // namespace ra::domain
