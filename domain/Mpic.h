// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ra::domain {

// The Regional Internet Registries a Network Perspective is configured with (R-MPIC-2).
enum class Rir { Arin, RipeNcc, Apnic, Lacnic, Afrinic };

[[nodiscard]] QString rirId(Rir rir); // "ARIN", "RIPE NCC", "APNIC", "LACNIC", "AFRINIC"
[[nodiscard]] std::optional<Rir> rirFromId(QStringView id);

// What one remote perspective reported for one attempt (R-MPIC-1).
struct PerspectiveObservation {
    enum class Outcome {
        Corroborates, // saw the same random value / token / contact / CAA decision as the primary
        Differs,      // saw something else
        Failed,       // timed out or failed: counts as non-corroborating
    };
    QString perspective;
    Rir rir = Rir::Apnic;
    qint64 attemptId = 0; // R-MPIC-3: only the attempt's own observations count
    Outcome outcome = Outcome::Failed;
    QString observed;
};

// The corroboration decision for one attempt, with its arithmetic shown.
struct MpicDecision {
    bool corroborated = false;
    int remotePerspectives = 0;
    int corroborating = 0;
    int nonCorroborating = 0;
    int allowedNonCorroborations = 0;
    int ignoredFromOtherAttempts = 0;
    QStringList corroboratingRirs;
    QString reason; // translated
};

// CP 3.2.2.9: quorum (table 3.2.2.9-1), the dated phase-in of R-TIME-1 and RIR diversity.
class Mpic {
public:
    // Table 3.2.2.9-1: with 2-5 remote perspectives at most 1 non-corroboration, with 6 or more 2.
    [[nodiscard]] static int allowedNonCorroborations(int remotePerspectives);

    // Whether the remote perspectives of attempt `attemptId` corroborate the primary on `day`.
    [[nodiscard]] static MpicDecision decide(const QList<PerspectiveObservation>& observations, qint64 attemptId,
                                             QDate day);
};

} // namespace ra::domain
