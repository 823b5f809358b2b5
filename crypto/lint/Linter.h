// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/lint/Lint.h"
#include "domain/Error.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <vector>

namespace ra::crypto::lint {

struct LintResult {
    const LintInfo* info = nullptr;
    Status status = Status::Pass;
    QString message; // translated description, then what was found
};

// Runs every lint on a certificate (R-ISS-2). Accepts what OpenSSL accepts (PEM or DER, strict or
// not) and lints it rather than refuse it.
class Linter {
public:
    [[nodiscard]] static const std::vector<std::unique_ptr<Lint>>& all();
    // The profiles lints can be run for; "tls-server" unless told otherwise.
    [[nodiscard]] static QStringList profiles();

    // Each lint applies by the certificate's notBefore, or by `at` when given; the lints of another
    // profile than `profile` are not applicable.
    [[nodiscard]] static domain::Result<QList<LintResult>> run(const QByteArray& certificate,
                                                               const std::optional<QDate>& at = std::nullopt,
                                                               const QString& profile = QStringLiteral("tls-server"));
    [[nodiscard]] static QList<LintResult> run(const CertificateView& certificate, const std::optional<QDate>& at,
                                               const QString& profile);
    [[nodiscard]] static bool hasErrors(const QList<LintResult>& results);
};

// The lints, by source; each file adds its own (Linter::all gathers them).
void addProfileLints(std::vector<std::unique_ptr<Lint>>& lints);
void addBaselineLints(std::vector<std::unique_ptr<Lint>>& lints);
void addRfc5280Lints(std::vector<std::unique_ptr<Lint>>& lints);
void addEncodingLints(std::vector<std::unique_ptr<Lint>>& lints);
void addOcspResponderLints(std::vector<std::unique_ptr<Lint>>& lints);

} // namespace ra::crypto::lint
