// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <expected>

namespace ra::domain {

// The one error type of every library API (STYLE.md): a stable code for programs and tests,
// a translated message for people, and an untranslated detail for logs and the audit trail.
struct Error {
    QString code;
    QString userMessage;
    QString detail;
};

template <class T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(QString code, QString userMessage, QString detail = {}) {
    return std::unexpected<Error>(Error{std::move(code), std::move(userMessage), std::move(detail)});
}

// Keeps only success or failure of a result (GCC 12's std::expected has no transform()).
template <class T>
[[nodiscard]] Status toStatus(const Result<T>& result) {
    if (!result) {
        return std::unexpected(result.error());
    }
    return {};
}

} // namespace ra::domain
