// SPDX-License-Identifier: Apache-2.0
// Fuzz target, libFuzzer interface: any bytes as a certificate. The linter lints whatever OpenSSL
// accepts and refuses the rest; neither may crash (issue 3 "Bad input").
#include "crypto/lint/Linter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QString& profile : ra::crypto::lint::Linter::profiles()) {
        (void)ra::crypto::lint::Linter::run(input, std::nullopt, profile);
    }
    return 0;
}
