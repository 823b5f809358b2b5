// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/CorporateRecord.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

namespace ra::app {

// Where the National Tax Agency's Corporate Number System Web-API is: the base URL, a security
// setting (https://api.houjin-bangou.nta.go.jp in production, the lab's nginx in the demo and
// tests), and the application ID the NTA issued to the CA (workspace.ini [corporate_number]). The
// ID is a credential: it goes into requests only, never into logs, audit entries or stored references.
struct CorporateNumberApiSettings {
    QUrl baseUrl;
    QString applicationId;
    int timeoutMs = 15000;
    [[nodiscard]] bool configured() const { return baseUrl.isValid() && !applicationId.isEmpty(); }
};

// What the registry answered to one request, kept whole as evidence (R-ORG-1).
struct CorporateNumberAnswer {
    QUrl reference;  // the request without the application ID: what evidence may cite
    QByteArray body; // the exact bytes received
    QDateTime receivedAt;
    QDate lastUpdateDate; // of the registry's data
    QList<domain::CorporateRecord> records;
};

// The version 4 API (XML, Unicode: type=12), asked afresh each time. Hostile answers are refused:
// over kMaxBodyBytes, slower than the timeout, redirects, HTTP errors, a DTD or entity (no
// expansion attack gets a chance), an encoding other than UTF-8, malformed XML, a document other
// than <corporations>. Blocks; safe on any thread (it makes its own network access manager).
class CorporateNumberApi {
public:
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;
    static constexpr int kMaxRecords = 2000; // the API's own page size for name searches

    explicit CorporateNumberApi(CorporateNumberApiSettings settings)
        : m_settings(std::move(settings)) {}

    // /4/num: the corporation with `corporateNumber` (canonical, check digit already verified).
    [[nodiscard]] domain::Result<CorporateNumberAnswer> byNumber(const QString& corporateNumber,
                                                                 const QDateTime& now) const;
    // /4/name: corporations whose name starts with `name`.
    [[nodiscard]] domain::Result<CorporateNumberAnswer> byName(const QString& name, const QDateTime& now) const;

    // The answer's records, or why the bytes are not a version 4 <corporations> document.
    [[nodiscard]] static domain::Result<CorporateNumberAnswer> parse(const QByteArray& body);

private:
    [[nodiscard]] domain::Result<CorporateNumberAnswer>
    get(const QString& path, const QList<std::pair<QString, QString>>& query, const QDateTime& now) const;
    CorporateNumberApiSettings m_settings;
};

} // namespace ra::app
