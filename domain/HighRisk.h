// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Checklist.h"
#include "domain/ports/ISpoofChecker.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace ra::domain {

// One reason an application is high risk (R-IN-3, R-IN-4).
struct HighRiskMatch {
    enum class Kind {
        RevokedCertificate,  // R-IN-3: same organization, name, registrable domain or key as a revoked certificate
        RejectedApplication, // R-IN-3: … as an application rejected for suspected fraud or phishing
        HighRiskName,        // R-IN-4: a name on the administrators' high-risk list
        LookAlike,           // R-IN-4: confusable with a high-risk name or an earlier customer's domain
        MixedScript,         // R-IN-4: an IDN label mixing scripts
    };
    Kind kind = Kind::HighRiskName;
    QString name;        // the requested name (or key / corporate number) that matched
    QString matchedWith; // the record or name it matched
    QString detail;      // how (same key, same registrable domain, skeleton …)

    [[nodiscard]] QString kindId() const;   // "revoked-certificate", …
    [[nodiscard]] QString describe() const; // one line, translated
};

// A name on the high-risk list (brands, phishing terms), with its skeleton computed when added.
struct HighRiskName {
    qint64 id = 0;
    QString name;
    QString skeleton;
    QString reason;
};

// One requested name as the matching sees it: its labels below the public suffix in Unicode, each
// with its skeleton, and the skeleton of its registrable label.
struct RequestedName {
    QString fqdn;              // A-labels
    QString registrableDomain; // A-labels
    QStringList labels;        // Unicode, below the public suffix, the registrable label last
    QStringList skeletons;     // of each label
    [[nodiscard]] QString registrableSkeleton() const { return skeletons.value(skeletons.size() - 1); }
};

class HighRiskRules {
public:
    // The name's labels below its public suffix in Unicode, with their skeletons.
    [[nodiscard]] static RequestedName describe(const QString& fqdn, const QString& registrableDomain,
                                                const ISpoofChecker& spoof);
    // R-IN-4: names on the list, and look-alikes of them: a label whose skeleton contains a listed
    // name's skeleton ("paypal-login", "paypa1", "pаypal" for "paypal"); and IDN labels that mix
    // scripts.
    [[nodiscard]] static QList<HighRiskMatch> nameMatches(const RequestedName& name, const QList<HighRiskName>& list,
                                                          const ISpoofChecker& spoof);
    // What a typed high-risk name is listed as: one DNS label (letters, digits, hyphens; Unicode
    // allowed, at most 63 octets as an A-label) in lower-case Unicode; nullopt for anything else
    // ("pay pal", "paypal.com", "-paypal"), which could never match a requested name's label.
    [[nodiscard]] static std::optional<QString> listableName(const QString& typed);
    // The decision of intake.high-risk-match: passed without matches, failed with each named.
    [[nodiscard]] static CheckStatus status(const QList<HighRiskMatch>& matches) {
        return matches.isEmpty() ? CheckStatus::Passed : CheckStatus::Failed;
    }
    [[nodiscard]] static QString note(const QList<HighRiskMatch>& matches);
    // Listed names shorter than this are not searched inside labels (too many false alarms).
    static constexpr int kMinContainedLength = 4;
};

} // namespace ra::domain
