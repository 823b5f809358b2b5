// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Checklist.h"

#include <QIcon>

namespace ra::ui {

// Icons always come with text beside them (colour-blind safe, UI.md).
[[nodiscard]] QIcon statusIcon(domain::CheckStatus status);
[[nodiscard]] QIcon namedIcon(const QString& name); // "risk", "lock", "import", "refresh", "ra-workstation"

} // namespace ra::ui
