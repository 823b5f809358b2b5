// SPDX-License-Identifier: Apache-2.0
#include "domain/Mpic.h"

#include "domain/DatedRules.h"

#include <QCoreApplication>
#include <QSet>

namespace ra::domain {

namespace {
constexpr Rir kAllRirs[] = {Rir::Arin, Rir::RipeNcc, Rir::Apnic, Rir::Lacnic, Rir::Afrinic};
}

QString rirId(Rir rir) {
    switch (rir) {
    case Rir::Arin:
        return QStringLiteral("ARIN");
    case Rir::RipeNcc:
        return QStringLiteral("RIPE NCC");
    case Rir::Apnic:
        return QStringLiteral("APNIC");
    case Rir::Lacnic:
        return QStringLiteral("LACNIC");
    case Rir::Afrinic:
        return QStringLiteral("AFRINIC");
    }
    return {};
}

std::optional<Rir> rirFromId(QStringView id) {
    for (Rir rir : kAllRirs) {
        if (id.compare(rirId(rir), Qt::CaseInsensitive) == 0) {
            return rir;
        }
    }
    return std::nullopt;
}

int Mpic::allowedNonCorroborations(int remotePerspectives) {
    if (remotePerspectives >= 6) {
        return 2;
    }
    return remotePerspectives >= 2 ? 1 : 0;
}

MpicDecision Mpic::decide(const QList<PerspectiveObservation>& observations, qint64 attemptId, QDate day) {
    const RuleSet rules = DatedRules::on(day);
    MpicDecision decision;
    QSet<QString> perspectives;
    QSet<Rir> rirs;
    for (const PerspectiveObservation& observation : observations) {
        if (observation.attemptId != attemptId) {
            ++decision.ignoredFromOtherAttempts; // R-MPIC-3: a retry never reuses earlier answers
            continue;
        }
        if (perspectives.contains(observation.perspective)) {
            continue; // one vote per perspective
        }
        perspectives.insert(observation.perspective);
        if (observation.outcome == PerspectiveObservation::Outcome::Corroborates) {
            ++decision.corroborating;
            rirs.insert(observation.rir);
        } else {
            ++decision.nonCorroborating;
        }
    }
    decision.remotePerspectives = int(perspectives.size());
    decision.allowedNonCorroborations = allowedNonCorroborations(decision.remotePerspectives);
    for (Rir rir : kAllRirs) {
        if (rirs.contains(rir)) {
            decision.corroboratingRirs << rirId(rir);
        }
    }
    if (rules.minRemotePerspectives == 0) {
        decision.corroborated = true;
        decision.reason = QCoreApplication::translate("Mpic", "Multi-perspective corroboration is not required on %1.")
                              .arg(day.toString(Qt::ISODate));
        return decision;
    }
    if (decision.remotePerspectives < rules.minRemotePerspectives) {
        decision.reason =
            QCoreApplication::translate("Mpic", "%1 remote perspective(s) answered; %2 are required on %3 "
                                                "(CP 3.2.2.9).")
                .arg(decision.remotePerspectives)
                .arg(rules.minRemotePerspectives)
                .arg(day.toString(Qt::ISODate));
        return decision;
    }
    if (!rules.mpicQuorumEnforced) {
        decision.corroborated = true;
        decision.reason = QCoreApplication::translate("Mpic", "Quorum is not enforced yet on %1; %2 of %3 remote "
                                                              "perspectives corroborate.")
                              .arg(day.toString(Qt::ISODate))
                              .arg(decision.corroborating)
                              .arg(decision.remotePerspectives);
        return decision;
    }
    if (decision.nonCorroborating > decision.allowedNonCorroborations) {
        decision.reason = QCoreApplication::translate("Mpic", "%1 of %2 remote perspectives did not corroborate; at "
                                                              "most %3 may (CP table 3.2.2.9-1).")
                              .arg(decision.nonCorroborating)
                              .arg(decision.remotePerspectives)
                              .arg(decision.allowedNonCorroborations);
        return decision;
    }
    if (decision.corroboratingRirs.size() < rules.minCorroboratingRirs) {
        decision.reason = QCoreApplication::translate("Mpic", "The corroborating perspectives span %1 RIR(s); at least "
                                                              "%2 are required (CP 3.2.2.9).")
                              .arg(decision.corroboratingRirs.size())
                              .arg(rules.minCorroboratingRirs);
        return decision;
    }
    decision.corroborated = true;
    decision.reason = QCoreApplication::translate("Mpic", "%1 of %2 remote perspectives corroborate, from %3.")
                          .arg(decision.corroborating)
                          .arg(decision.remotePerspectives)
                          .arg(decision.corroboratingRirs.join(QStringLiteral(", ")));
    return decision;
}

} // namespace ra::domain
