// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Callback.h"
#include "domain/CorporateRecord.h"
#include "domain/Evidence.h"
#include "domain/ReliableDataSource.h"
#include "domain/User.h"

#include <QJsonObject>

namespace ra::app {

// The one JSON form of each record: used by `ra-cli --json`, exports and storage of summaries.
[[nodiscard]] QJsonObject toJson(const domain::CsrSummary& csr);
[[nodiscard]] domain::CsrSummary csrSummaryFromJson(const QJsonObject& object);
[[nodiscard]] QJsonObject toJson(const domain::CheckResult& result);
[[nodiscard]] QJsonObject toJson(const domain::CsrCheckReport& report);
[[nodiscard]] domain::CsrCheckReport csrCheckReportFromJson(const QJsonObject& object);
[[nodiscard]] QJsonObject toJson(const domain::Application& application);
[[nodiscard]] QJsonObject toJson(const domain::User& user);
[[nodiscard]] QJsonObject toJson(const domain::AuditEntry& entry);
// An entry as toJson wrote it (an export line): every hashed field, exactly as stored.
[[nodiscard]] domain::AuditEntry auditEntryFromJson(const QJsonObject& object);
[[nodiscard]] QJsonObject toJson(const domain::ReliableDataSource& source);
[[nodiscard]] QJsonObject toJson(const domain::Callback& callback);
[[nodiscard]] QJsonObject toJson(const domain::VerifiedOrganization& verified);
[[nodiscard]] QJsonObject toJson(const domain::Evidence& evidence);
// What a registry name search found: enough to choose the number to look up.
[[nodiscard]] QJsonObject toJson(const domain::CorporateRecord& record);

} // namespace ra::app
