// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace ra::domain {

// A source of organization data the CA has evaluated and approved (R-ORG-4, CP 3.2.2.7): only
// approved, not withdrawn sources may be cited as evidence.
struct ReliableDataSource {
    // How the workstation reaches it: the NTA's corporate-number API is looked up by the tool,
    // any other source is consulted by the officer, who enters what it says.
    enum class Kind { NtaCorporateNumber, Other };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Other;
    QString provider;
    QString url;
    // CP 3.2.2.7's evaluation criteria, in the words of the administrator who evaluated it.
    QString purpose;                 // the provider and the purpose of collecting the data
    QString dataAge;                 // the age of the information provided
    QString updateFrequency;         // how often it is updated
    QString publicAccessibility;     // public accessibility of the data
    QString falsificationDifficulty; // relative difficulty of falsifying or altering the data
    QString approvedBy;
    QDateTime approvedAt;
    QString withdrawnBy;
    QDateTime withdrawnAt;

    [[nodiscard]] bool citable() const { return !approvedBy.isEmpty() && !withdrawnAt.isValid(); }
    [[nodiscard]] static QString kindId(Kind kind) {
        return kind == Kind::NtaCorporateNumber ? QStringLiteral("nta-corporate-number") : QStringLiteral("other");
    }
};

} // namespace ra::domain
