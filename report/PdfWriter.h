// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Error.h"

#include <QString>

namespace ra::report {

// Renders self-contained HTML to an A4 PDF with Qt's own PDF writer (QPdfWriter). Needs a
// QGuiApplication (ra-cli starts one, offscreen, for the commands that print).
[[nodiscard]] domain::Status writePdf(const QString& html, const QString& title, const QString& path);

} // namespace ra::report
