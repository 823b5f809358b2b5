// SPDX-License-Identifier: Apache-2.0
#include "app/FaultInjection.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdlib>

namespace ra::app {

void faultPoint([[maybe_unused]] const char* step) {
#ifdef RA_FAULT_INJECTION
    if (qgetenv("RA_FAULT_POINT") == step) {
        std::_Exit(kFaultExitCode);
    }
#endif
}

} // namespace ra::app
