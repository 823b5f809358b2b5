// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/mpic/MutualTls.h"
#include "app/mpic/Perspective.h"
#include "domain/Mpic.h"

#include <QUrl>

#include <functional>

namespace ra::app {

// A remote perspective as the workstation knows it (the perspectives settings); its RIR and
// region are the workstation's configuration, not the agent's claim.
struct PerspectiveEndpoint {
    QString name; // must be the common name of the agent's certificate
    QString region;
    domain::Rir rir = domain::Rir::Apnic;
    QUrl url; // https://HOST:PORT
};

struct MpicSettings {
    ObserverOptions primary; // the workstation's own resolver
    QList<PerspectiveEndpoint> perspectives;
    MutualTlsFiles tls;
    int timeoutMs = 15000; // a perspective that has not answered by then counts as non-corroborating
};

struct MpicRoundResult {
    PerspectiveReport primary;
    QList<PerspectiveReport> remote; // one per configured perspective, in configuration order
    QList<domain::PerspectiveObservation> observations;
    domain::MpicDecision decision;
    qint64 elapsedMs = 0;

    // Everything above, for the audit trail (R-DCV-4).
    [[nodiscard]] QJsonObject toJson() const;
};

// One corroboration round (R-MPIC-1..3): the primary lookup and every remote perspective run at
// the same time; each remote report is judged by `corroborates` (same random value, same CAA
// permission, ...) and the domain decides quorum, phase-in and RIR diversity for `day`.
class MpicRound {
public:
    // Judges a remote report once every report is in, the primary's included (same contact, ...).
    using Corroborates = std::function<bool(const PerspectiveReport& remote, const PerspectiveReport& primary)>;
    using Progress = std::function<void(const PerspectiveReport&)>;

    // Blocks until every perspective has answered or timed out; `progress` is called on the
    // calling thread as each report (the primary's included) arrives.
    [[nodiscard]] static MpicRoundResult run(const MpicSettings& settings, const PerspectiveTask& task,
                                             const Corroborates& corroborates, QDate day,
                                             const Progress& progress = {});
    // The configured perspectives that answer their health check, over the same channel, within
    // `timeoutMs` (the status bar's "perspectives online").
    [[nodiscard]] static QStringList online(const MpicSettings& settings, int timeoutMs);
};

} // namespace ra::app
