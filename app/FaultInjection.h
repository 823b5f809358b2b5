// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace ra::app {

// R-ISS-3 is proved by killing the process between the steps of issuance. In builds with
// RA_FAULT_INJECTION (every build but the release preset), a step named in $RA_FAULT_POINT ends the
// process on the spot with exit code 86, as a crash or `kill -9` would: no destructors, no
// rollback, no flush. Elsewhere this does nothing.
void faultPoint(const char* step);

inline constexpr int kFaultExitCode = 86;

} // namespace ra::app
