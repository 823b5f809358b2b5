// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>
#include <QStringList>

namespace ra::app::enrolment_codes {

// R-ROLE-4: one part of an enrolment code, 80 random bits as 16 base32 letters in groups of four
// ("ABCD-EFGH-JKMN-PQRS"), easy to read out over the telephone.
[[nodiscard]] QString newPart();
// The parts a holder typed, in the order typed: case, spaces and dashes do not matter.
[[nodiscard]] QStringList partsOf(const QString& typed);
// What is hashed and compared: the part's 16 letters.
[[nodiscard]] crypto::SecureBytes secretOf(const QString& part);

} // namespace ra::app::enrolment_codes
