// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>

namespace ra::domain {

// One corporation as the National Tax Agency's Corporate Number System publishes it (Web-API
// version 4, the <corporation> element; field names follow the API's).
struct CorporateRecord {
    QString corporateNumber;
    QString process; // 01 new, 11 name changed, 12 domestic address changed, 21 closed, 71 merged, ...
    QDate updateDate;
    QDate changeDate;
    QString name; // 商号又は名称: the legal name
    QString kind; // 101 national agency … 301 kabushiki kaisha …
    QString prefectureName;
    QString cityName;
    QString streetNumber;
    QString prefectureCode; // empty for a corporation with an address abroad only
    QString postCode;
    QString addressOutside;
    QDate closeDate;
    QString closeCause; // 01 liquidated, 11 dissolved by merger, 21 closed by the registrar, 31 other
    QString successorCorporateNumber;
    QDate assignmentDate;
    bool latest = true;
    QString enName;
    QString enPrefectureName;
    QString enCityName;
    QString furigana;
    bool excludedFromSearch = false; // hihyoji

    // Closed or merged away: the corporation no longer exists as registered (R-ORG-1 blocks it).
    // Also by the process alone (closed 21, absorbed 71, tradename deleted 81, deleted 99), and when
    // the record is not the latest: a close date that did not parse never reads as active.
    [[nodiscard]] bool closed() const {
        return closeDate.isValid() || !closeCause.isEmpty() || !latest || process == QLatin1String("21") ||
               process == QLatin1String("71") || process == QLatin1String("81") || process == QLatin1String("99");
    }
    [[nodiscard]] bool domestic() const { return !prefectureCode.isEmpty() && !prefectureName.isEmpty(); }
};

} // namespace ra::domain
