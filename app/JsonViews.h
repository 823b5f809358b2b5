// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Callback.h"
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
[[nodiscard]] QJsonObject toJson(const domain::ReliableDataSource& source);
[[nodiscard]] QJsonObject toJson(const domain::Callback& callback);

} // namespace ra::app
