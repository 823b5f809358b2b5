// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CorporateRecord.h"
#include "domain/Error.h"

#include <QList>
#include <QString>

namespace ra::app {

class WebLab;

// The lab's copy of the National Tax Agency's Corporate Number System Web-API (version 4), served
// by the lab's nginx at http://ADDRESS/4/num and /4/name in the API's own XML format, with a
// record for every demo organization — one closed by merger, one whose address changed and one
// whose registered name differs from its application's. Requests without the lab's application ID
// are refused (403) as the NTA refuses them. Name searches answer exact names only.
class CorporateNumberLab {
public:
    static constexpr const char* kApplicationId = "RA-LAB-APPLICATION-ID";

    // `directory`: the lab's folder (its web server's files live under web/www/ADDRESS).
    CorporateNumberLab(QString directory, QString address);

    // Writes the demo records and the API's routes into the running web server (reloaded).
    [[nodiscard]] domain::Status install(WebLab& web) const;
    // What the registry says of one corporation (replaces its record).
    [[nodiscard]] domain::Status setCorporation(const domain::CorporateRecord& record) const;
    // [corporate_number] base_url and application_id, for SettingsService::changeForLab.
    [[nodiscard]] QList<std::pair<QString, QString>> settingValues() const;
    [[nodiscard]] QString baseUrl() const;

    [[nodiscard]] static QList<domain::CorporateRecord> demoCorporations();
    // A <corporations> document of the API holding `records`.
    [[nodiscard]] static QByteArray toXml(const QList<domain::CorporateRecord>& records, const QDate& lastUpdate);

private:
    [[nodiscard]] QString path(const QString& name) const;
    QString m_directory;
    QString m_address;
};

} // namespace ra::app
