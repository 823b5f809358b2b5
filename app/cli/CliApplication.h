// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace ra::app {

// ra-cli: the use cases for scripting, operations and tests (contract in DESIGN.md).
// Exit codes: 0 success, 1 the check found problems, 2 bad usage, unreadable input or refusal.
int runCli(const QStringList& arguments);

} // namespace ra::app
